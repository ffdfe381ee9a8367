//! Property tests: any valid scenario gives a projection with finite values in range,
//! a never-decreasing risk of breakdown whose last value is the breakdown probability, outcome
//! shares that sum to 1, and the same projection twice; and it survives a write and a read.

use proptest::prelude::*;
use relief_model::{
    Assumption, Assumptions, Bands, Counts, Ensemble, Outcome, Params, Scenario, Series, Shock,
    ShockKind, Step, StepKind, limits, parse_scenario, scenario_from_link, scenario_to_json,
    scenario_to_link, simulate,
};

/// Up to four distinct sender names; none half the time, as in every first-edition scenario.
fn senders() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        Just(Vec::new()),
        prop::sample::subsequence(vec!["US", "EU", "UN", "UK", "Japan", "Canada"], 1..=4)
            .prop_map(|names| names.into_iter().map(String::from).collect()),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        6u32..=72,
        1u32..=200,
        any::<u64>(),
        prop::collection::vec(0.0f64..=1.0, Assumption::ALL.len()),
        senders(),
    )
        .prop_flat_map(|(horizon, runs, seed, assumption_values, senders)| {
            // A sender index is drawn whatever the list; it is kept only where the format
            // allows one (relief steps, a sender's withdrawal) and when there are senders.
            let sender_count = senders.len();
            let sender = prop::option::of(0u8..8).prop_map(move |index| {
                index
                    .filter(|_| sender_count > 0)
                    .map(|i| i % sender_count as u8)
            });
            let step = (
                0..StepKind::ALL.len(),
                0..horizon,
                0.0f64..=1.0,
                any::<bool>(),
                any::<bool>(),
                sender.clone(),
                prop::option::of(1u32..=limits::MAX_HORIZON),
            )
                .prop_map(
                    |(kind, month, size, conditional, transparent, sender, expires_after)| {
                        let kind = StepKind::ALL[kind];
                        Step {
                            kind,
                            month,
                            size,
                            conditional,
                            transparent,
                            sender: sender.filter(|_| kind.is_relief()),
                            expires_after: expires_after.filter(|_| kind.is_relief()),
                        }
                    },
                );
            let shock = (0..ShockKind::ALL.len(), 0..horizon, 0.0f64..=1.0, sender).prop_map(
                |(kind, month, size, sender)| {
                    let kind = ShockKind::ALL[kind];
                    Shock {
                        kind,
                        month,
                        size,
                        sender: sender.filter(|_| kind == ShockKind::SenderWithdrawal),
                    }
                },
            );
            (
                prop::collection::vec(step, 0..30),
                prop::collection::vec(shock, 0..5),
            )
                .prop_map(move |(steps, shocks)| {
                    let mut assumptions = Assumptions::default();
                    for (a, v) in Assumption::ALL.iter().zip(&assumption_values) {
                        a.set(&mut assumptions, *v);
                    }
                    Scenario {
                        horizon_months: horizon,
                        runs,
                        seed: seed & ((1 << 53) - 1),
                        senders: senders.clone(),
                        assumptions,
                        steps,
                        shocks,
                        ..Scenario::default()
                    }
                })
        })
}

/// A banded series in range, its percentiles in order, one value a month.
fn check_bands(name: &str, bands: &Bands, months: usize) -> Result<(), TestCaseError> {
    for (stat, values) in bands.columns() {
        prop_assert_eq!(values.len(), months);
        for v in values {
            prop_assert!(
                v.is_finite() && (0.0..=1.0).contains(v),
                "{}.{} = {}",
                name,
                stat,
                v
            );
        }
    }
    for m in 0..months {
        prop_assert!(
            bands.p10[m] <= bands.p25[m]
                && bands.p25[m] <= bands.p50[m]
                && bands.p50[m] <= bands.p75[m]
                && bands.p75[m] <= bands.p90[m],
            "{} out of order at month {}",
            name,
            m
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_scenario_gives_values_in_range(s in scenario()) {
        let p = simulate(&s);
        prop_assert_eq!(p.len(), s.horizon_months as usize + 1);
        for series in Series::ALL {
            check_bands(series.key(), p.bands(series), p.len())?;
        }
        let later = [
            ("trust_if_sincere", &p.trust_if_sincere),
            ("trust_if_insincere", &p.trust_if_insincere),
            ("relief_in_force", &p.relief_in_force),
        ];
        for (name, bands) in later {
            if let Some(bands) = bands {
                check_bands(name, bands, p.len())?;
            }
        }
        if let Some(outcomes) = &p.outcomes {
            for m in 0..p.len() {
                let mut total = 0.0;
                for outcome in Outcome::ALL {
                    let share = outcomes.shares(outcome)[m];
                    prop_assert!(share.is_finite() && (0.0..=1.0).contains(&share), "{} = {} at month {}", outcome.key(), share, m);
                    total += share;
                }
                prop_assert!((total - 1.0).abs() < 1e-9, "the outcome shares sum to {} at month {}", total, m);
            }
        }
        for pair in p.backsliding_risk.windows(2) {
            prop_assert!(pair[0] <= pair[1]);
        }
        for v in p.backsliding_risk.iter().chain(&p.hazard) {
            prop_assert!(v.is_finite() && (0.0..=1.0).contains(v));
        }
        prop_assert_eq!(p.summary.breakdown_probability, *p.backsliding_risk.last().unwrap());
        prop_assert_eq!(simulate(&s), p);
    }

    #[test]
    fn any_valid_scenario_survives_a_write_and_a_read_and_a_link(s in scenario()) {
        let json = scenario_to_json(&s);
        prop_assert_eq!(parse_scenario(&json), Ok(s.clone()), "written as {}", json);
        prop_assert_eq!(scenario_from_link(&scenario_to_link(&s)), Ok(s));
    }

    #[test]
    fn ensembles_of_slices_merge_into_the_ensemble_run_at_once_in_any_order(
        s in scenario(),
        cuts in proptest::collection::vec(0.0f64..1.0, 0..6),
        reversed in any::<bool>(),
    ) {
        // The runs cut at arbitrary places into slices, as threads or workers would share
        // them, each slice run by an ensemble of its own.
        let params = Params::default();
        let mut bounds: Vec<u32> = cuts.iter().map(|c| (c * f64::from(s.runs)) as u32).collect();
        bounds.extend([0, s.runs]);
        bounds.sort_unstable();
        let mut slices: Vec<Ensemble> = bounds
            .windows(2)
            .map(|w| {
                let mut e = Ensemble::new(&s, &params);
                e.add_runs(w[0]..w[1]);
                e
            })
            .collect();
        if reversed {
            slices.reverse();
        }
        let mut merged = Ensemble::new(&s, &params);
        for slice in &slices {
            merged.merge(slice);
        }
        // Bit for bit, whatever the slices and the order they merge in.
        prop_assert_eq!(merged.projection(), simulate(&s));
    }

    #[test]
    fn counts_of_slices_sent_as_words_merge_in_run_order_into_the_ensemble(
        s in scenario(),
        slice in 1u32..=64,
    ) {
        // As the page's workers run them: each slice counted on its own, written as words,
        // read back where they are merged, and merged in run order.
        let params = Params::default();
        let mut merged = Counts::new(&s);
        let mut start = 0;
        while start < s.runs {
            let end = (start + slice).min(s.runs);
            let words = Counts::of_runs(&s, &params, start..end).to_words();
            let counts = Counts::from_words(&words).expect("words a slice wrote read back");
            prop_assert_eq!(counts.runs(), end - start);
            merged.merge(&counts).unwrap();
            // What has been merged so far is the ensemble of the runs so far.
            let mut so_far = s.clone();
            so_far.runs = end;
            prop_assert_eq!(merged.projection(&s), simulate(&so_far));
            start = end;
        }
        // Bit for bit: the same runs, whoever ran them.
        prop_assert_eq!(merged.projection(&s), simulate(&s));
        // Runs past the end add nothing.
        prop_assert_eq!(Counts::of_runs(&s, &params, s.runs..s.runs + slice).runs(), 0);
    }

}
