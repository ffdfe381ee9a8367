//! Property tests: any valid scenario gives a projection with finite values in range,
//! a never-decreasing backsliding risk whose last value is the breakdown probability, and the
//! same projection twice.

use proptest::prelude::*;
use relief_model::{
    Assumption, Assumptions, Params, ProgressiveEnsemble, Scenario, Series, Shock, ShockKind, Step,
    StepKind, simulate,
};

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        6u32..=72,
        1u32..=200,
        any::<u64>(),
        prop::collection::vec(0.0f64..=1.0, 8),
    )
        .prop_flat_map(|(horizon, runs, seed, assumption_values)| {
            let step = (
                0..StepKind::ALL.len(),
                0..horizon,
                0.0f64..=1.0,
                any::<bool>(),
                any::<bool>(),
            )
                .prop_map(|(kind, month, size, conditional, transparent)| Step {
                    kind: StepKind::ALL[kind],
                    month,
                    size,
                    conditional,
                    transparent,
                    sender: None,
                    expires_after: None,
                });
            let shock = (0..ShockKind::ALL.len(), 0..horizon, 0.0f64..=1.0).prop_map(
                |(kind, month, size)| Shock {
                    kind: ShockKind::ALL[kind],
                    month,
                    size,
                    sender: None,
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
                        assumptions,
                        steps,
                        shocks,
                        ..Scenario::default()
                    }
                })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_scenario_gives_values_in_range(s in scenario()) {
        let p = simulate(&s);
        prop_assert_eq!(p.len(), s.horizon_months as usize + 1);
        for series in Series::ALL {
            for (name, values) in p.bands(series).columns() {
                prop_assert_eq!(values.len(), p.len());
                for v in values {
                    prop_assert!(v.is_finite() && (0.0..=1.0).contains(v), "{}.{} = {}", series.key(), name, v);
                }
            }
            let b = p.bands(series);
            for m in 0..p.len() {
                prop_assert!(b.p10[m] <= b.p25[m] && b.p25[m] <= b.p50[m] && b.p50[m] <= b.p75[m] && b.p75[m] <= b.p90[m]);
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
    fn an_ensemble_run_in_slices_is_the_ensemble_run_at_once(s in scenario(), slice in 1u32..=64) {
        let params = Params::default();
        let mut progressive = ProgressiveEnsemble::new(&s);
        let mut slices = 0;
        while !progressive.is_complete(&s) {
            let before = progressive.runs_done();
            progressive.advance(&s, &params, slice);
            prop_assert_eq!(progressive.runs_done(), (before + slice).min(s.runs));
            slices += 1;
        }
        prop_assert_eq!(slices, s.runs.div_ceil(slice));
        // Bit for bit: the same runs, added in the same order.
        prop_assert_eq!(progressive.projection(&s), simulate(&s));
        // Past the end, a slice adds nothing.
        progressive.advance(&s, &params, slice);
        prop_assert_eq!(progressive.runs_done(), s.runs);
    }
}
