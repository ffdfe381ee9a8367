//! Any valid scenario, simulated.
//!
//! The fuzzer's bytes are decoded (with `arbitrary`) into a scenario that is valid by
//! construction, kept small so that each input runs in about a millisecond: a horizon of 6 to
//! 60 months, 1 to 64 runs, up to four senders, at most 40 steps and 8 shocks (relief steps may
//! name a sender and expire, a sender's withdrawal may name the sender). The projection must
//! hold only finite values in range, ordered percentiles, a breakdown risk that never falls and
//! ends at the breakdown probability, and outcome shares that sum to 1. The sequencing checker
//! and the explanation must not panic and must give values in range too.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use relief_model::{
    Assumption, Assumptions, Bands, Outcome, Scenario, Series, Shock, ShockKind, Step, StepKind,
    Target, check_sequence, explain, parse_scenario, scenario_to_json, simulate,
};

const MAX_STEPS: usize = 40;
/// The names senders are drawn from, in order: the first `sender_count % 5` of them.
const SENDER_NAMES: [&str; 4] = ["US", "EU", "UN", "UK"];
const MAX_SHOCKS: usize = 8;
/// The explanation re-runs the ensemble once per step and shock: fewer runs keep it quick.
const MAX_EXPLAIN_RUNS: u32 = 16;

#[derive(Arbitrary, Debug)]
struct Input {
    horizon: u8,
    runs: u8,
    seed: u64,
    assumptions: [Unit; Assumption::ALL.len()],
    sender_count: u8,
    steps: Vec<StepInput>,
    shocks: Vec<ShockInput>,
    explain_target: u8,
    explain_month: u8,
    parameter_uncertainty: bool,
}

#[derive(Arbitrary, Debug)]
struct StepInput {
    kind: u8,
    month: u8,
    size: Unit,
    conditional: bool,
    transparent: bool,
    sender: Option<u8>,
    expires_after: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct ShockInput {
    kind: u8,
    month: u8,
    size: Unit,
    sender: Option<u8>,
}

/// A number in 0..=1: mostly a fraction of 255 as a slider gives, sometimes any double in
/// range (subnormals, values a hair from 0 or 1), as a hand-written document may hold.
#[derive(Arbitrary, Debug)]
enum Unit {
    Fraction(u8),
    Bits(u64),
}

impl Unit {
    fn value(&self) -> f64 {
        match *self {
            Unit::Fraction(x) => f64::from(x) / 255.0,
            Unit::Bits(bits) => {
                // The two top bits cleared: a positive double below 2, its exponent at most 0.
                let x = f64::from_bits(bits >> 2);
                if x > 1.0 { x - 1.0 } else { x }
            }
        }
    }
}

impl Input {
    fn scenario(&self) -> Scenario {
        let horizon = 6 + u32::from(self.horizon) % 55;
        let mut assumptions = Assumptions::default();
        for (a, v) in Assumption::ALL.iter().zip(&self.assumptions) {
            a.set(&mut assumptions, v.value());
        }
        let senders: Vec<String> = SENDER_NAMES
            .iter()
            .take(usize::from(self.sender_count) % (SENDER_NAMES.len() + 1))
            .map(|name| name.to_string())
            .collect();
        // A sender can only be named when there are senders; the index wraps into the list.
        let sender = |drawn: Option<u8>| match senders.len() as u8 {
            0 => None,
            count => drawn.map(|i| i % count),
        };
        let steps = self
            .steps
            .iter()
            .take(MAX_STEPS)
            .map(|s| {
                let kind = StepKind::ALL[usize::from(s.kind) % StepKind::ALL.len()];
                Step {
                    kind,
                    month: u32::from(s.month) % horizon,
                    size: s.size.value(),
                    conditional: s.conditional,
                    transparent: s.transparent,
                    sender: sender(s.sender).filter(|_| kind.is_relief()),
                    // 1..=256 months folded into the format's 1..=240.
                    expires_after: s
                        .expires_after
                        .map(|m| 1 + u32::from(m) % relief_model::limits::MAX_HORIZON)
                        .filter(|_| kind.is_relief()),
                }
            })
            .collect();
        let shocks = self
            .shocks
            .iter()
            .take(MAX_SHOCKS)
            .map(|s| {
                let kind = ShockKind::ALL[usize::from(s.kind) % ShockKind::ALL.len()];
                Shock {
                    kind,
                    month: u32::from(s.month) % horizon,
                    size: s.size.value(),
                    sender: sender(s.sender).filter(|_| kind == ShockKind::SenderWithdrawal),
                }
            })
            .collect();
        Scenario {
            title: String::new(),
            description: String::new(),
            sources: Vec::new(),
            horizon_months: horizon,
            runs: 1 + u32::from(self.runs) % 64,
            seed: self.seed & relief_model::limits::MAX_SEED,
            parameter_uncertainty: self.parameter_uncertainty,
            senders,
            assumptions,
            steps,
            shocks,
        }
    }

    fn target(&self) -> Target {
        match usize::from(self.explain_target) % (Series::ALL.len() + 1) {
            i if i < Series::ALL.len() => Target::Series(Series::ALL[i]),
            _ => Target::BackslidingRisk,
        }
    }
}

fn unit(x: f64) -> bool {
    x.is_finite() && (0.0..=1.0).contains(&x)
}

/// Checks one banded series: one value a month, each in range, percentiles in order.
fn check_bands(name: &str, b: &Bands, len: usize) {
    for (stat, values) in b.columns() {
        assert_eq!(values.len(), len, "{name}.{stat}");
        for (m, &v) in values.iter().enumerate() {
            assert!(unit(v), "{name}.{stat}[{m}] = {v}");
        }
    }
    for m in 0..len {
        let row = [b.p10[m], b.p25[m], b.p50[m], b.p75[m], b.p90[m]];
        assert!(
            row.windows(2).all(|w| w[0] <= w[1]),
            "{name} percentiles out of order at month {m}: {row:?}"
        );
    }
}

fuzz_target!(|input: Input| {
    let scenario = input.scenario();
    // Valid by construction: written out, it reads back accepted and unchanged.
    let json = scenario_to_json(&scenario);
    assert_eq!(
        parse_scenario(&json).as_ref(),
        Ok(&scenario),
        "written as below, the scenario reads back refused or changed:\n{json}"
    );

    let p = simulate(&scenario);
    let len = scenario.horizon_months as usize + 1;
    assert_eq!(p.horizon_months, scenario.horizon_months);
    for series in Series::ALL {
        check_bands(series.key(), p.bands(series), len);
    }
    for (name, bands) in [
        ("trust_if_sincere", &p.trust_if_sincere),
        ("trust_if_insincere", &p.trust_if_insincere),
        ("relief_in_force", &p.relief_in_force),
    ] {
        if let Some(bands) = bands {
            check_bands(name, bands, len);
        }
    }
    if let Some(outcomes) = &p.outcomes {
        for m in 0..len {
            let shares = Outcome::ALL.map(|o| outcomes.shares(o)[m]);
            assert!(
                shares.iter().all(|&s| unit(s)),
                "outcomes at month {m}: {shares:?}"
            );
            let total: f64 = shares.iter().sum();
            assert!(
                (total - 1.0).abs() < 1e-9,
                "outcome shares sum to {total} at month {m}: {shares:?}"
            );
        }
    }
    assert_eq!(p.backsliding_risk.len(), len);
    assert_eq!(p.hazard.len(), len);
    for (m, (&risk, &hazard)) in p.backsliding_risk.iter().zip(&p.hazard).enumerate() {
        assert!(unit(risk), "backsliding_risk[{m}] = {risk}");
        assert!(unit(hazard), "hazard[{m}] = {hazard}");
    }
    for (m, w) in p.backsliding_risk.windows(2).enumerate() {
        assert!(
            w[0] <= w[1],
            "backsliding_risk falls from {} to {} at month {}",
            w[0],
            w[1],
            m + 1
        );
    }
    assert_eq!(p.summary.breakdown_probability, p.backsliding_risk[len - 1]);
    // The runs under drawn calibrations: there exactly when asked for, in range, and the risk's
    // range around their risk.
    assert_eq!(
        p.with_parameter_uncertainty.is_some(),
        scenario.parameter_uncertainty
    );
    if let Some(drawn) = &p.with_parameter_uncertainty {
        for series in Series::ALL {
            check_bands(series.key(), drawn.bands(series), len);
        }
        for m in 0..len {
            let (low, risk, high) = (
                drawn.backsliding_risk_low[m],
                drawn.backsliding_risk[m],
                drawn.backsliding_risk_high[m],
            );
            assert!(
                unit(low) && unit(risk) && unit(high),
                "month {m}: {low}, {risk}, {high}"
            );
            assert!(
                low <= risk && risk <= high,
                "month {m}: {risk} outside {low} to {high}"
            );
        }
    }
    for month in [
        p.summary.median_breakdown_month,
        p.summary.full_relief_month_p50,
    ]
    .into_iter()
    .flatten()
    {
        assert!(
            month <= scenario.horizon_months,
            "a summary month {month} past the horizon"
        );
    }

    for warning in check_sequence(&scenario) {
        assert!(!warning.is_empty(), "an empty warning");
        assert!(
            !warning.contains("{ $"),
            "a warning with a value missing: {warning}"
        );
    }

    let small = Scenario {
        runs: scenario.runs.min(MAX_EXPLAIN_RUNS),
        ..scenario
    };
    let target = input.target();
    // Months past the horizon are allowed (the explanation clamps them).
    let e = explain(&small, target, u32::from(input.explain_month) % 16);
    assert!(e.month <= small.horizon_months);
    assert!(unit(e.value), "explained value {}", e.value);
    assert!(
        unit(e.without_anything),
        "value without anything {}",
        e.without_anything
    );
    for c in &e.contributions {
        let count = if c.source == "step" {
            small.steps.len()
        } else {
            small.shocks.len()
        };
        assert!(
            c.source == "step" || c.source == "shock",
            "source {:?}",
            c.source
        );
        assert!(c.index < count, "{} index {} of {count}", c.source, c.index);
        assert!(
            c.delta.is_finite() && (-1.0..=1.0).contains(&c.delta),
            "delta {}",
            c.delta
        );
        // Every placeable of the sentence's template has its value.
        let sentence = c.sentence.english();
        assert!(
            !sentence.is_empty() && !sentence.contains("{ $"),
            "sentence {sentence:?}"
        );
    }
});
