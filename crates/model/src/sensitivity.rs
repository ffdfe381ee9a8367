//! "What matters most?": how far one outcome moves when each assumption, and each step's
//! month and size, swings across its range while everything else stays put. The answer is a
//! tornado: one bar a factor, longest first.
//!
//! Every variant is run with the scenario's own seed and runs, so all of them face the same
//! futures (common random numbers) and a bar's length is the factor's effect, not luck. Each
//! bar also carries its Monte Carlo standard error (see [`crate::measure`]); a bar shorter
//! than twice its error is marked as within noise rather than ranked as if it were real.

use crate::measure::{Difference, Measure, Sliced};
use crate::params::Params;
use crate::scenario::{Assumption, Scenario};
use crate::words::{Arg, Message, Template};

/// The factors' names, for the catalogues.
pub const SENSITIVITY_TEMPLATES: &[&Template] = &[&ASSUMPTION, &WHEN, &HOW_MUCH];
const ASSUMPTION: Template = Template {
    id: "factor-assumption",
    english: "{ $name }",
};
const WHEN: Template = Template {
    id: "factor-when",
    english: "When: { $step } (month { $month })",
};
const HOW_MUCH: Template = Template {
    id: "factor-how-much",
    english: "How much: { $step } (month { $month })",
};
/// What swings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    /// An assumption, across its whole range, 0 to 1.
    Assumption(Assumption),
    /// The month of the step at this index in the scenario's steps, from month 0 to the horizon.
    StepMonth(usize),
    /// The size of the step at this index, from 0 to 1.
    StepSize(usize),
}

impl Factor {
    /// The factor in plain words, naming the step by its kind and month.
    pub fn describe(self, scenario: &Scenario) -> String {
        self.message(scenario).english()
    }

    /// The factor in plain words, as a message for the reader's language.
    pub fn message(self, scenario: &Scenario) -> Message {
        let step_at = |template: &'static Template, i: usize| {
            let step = &scenario.steps[i];
            Message::new(
                template,
                vec![
                    ("step", Arg::Step(step.kind)),
                    ("month", Arg::Month(step.month)),
                ],
            )
        };
        match self {
            Factor::Assumption(a) => Message::new(&ASSUMPTION, vec![("name", Arg::Assumption(a))]),
            Factor::StepMonth(i) => step_at(&WHEN, i),
            Factor::StepSize(i) => step_at(&HOW_MUCH, i),
        }
    }

    /// The factor's value in `scenario`.
    pub fn value(self, scenario: &Scenario) -> f64 {
        match self {
            Factor::Assumption(a) => a.get(&scenario.assumptions),
            Factor::StepMonth(i) => f64::from(scenario.steps[i].month),
            Factor::StepSize(i) => scenario.steps[i].size,
        }
    }

    /// The two ends of the factor's range.
    pub fn range(self, scenario: &Scenario) -> (f64, f64) {
        match self {
            Factor::Assumption(_) | Factor::StepSize(_) => (0.0, 1.0),
            Factor::StepMonth(_) => (0.0, f64::from(scenario.horizon_months)),
        }
    }

    /// The factor's kind and key in files: `assumption` and the assumption's key, or
    /// `step_month` or `step_size` and the step's index.
    pub fn file_fields(self) -> (&'static str, serde_json::Value) {
        match self {
            Factor::Assumption(a) => ("assumption", a.key().into()),
            Factor::StepMonth(i) => ("step_month", i.into()),
            Factor::StepSize(i) => ("step_size", i.into()),
        }
    }

    /// A copy of `scenario` with the factor set to `value`.
    pub fn apply(self, scenario: &Scenario, value: f64) -> Scenario {
        let mut changed = scenario.clone();
        match self {
            Factor::Assumption(a) => a.set(&mut changed.assumptions, value),
            // Months are whole; the range's ends always are.
            Factor::StepMonth(i) => changed.steps[i].month = value.round() as u32,
            Factor::StepSize(i) => changed.steps[i].size = value,
        }
        changed
    }
}

/// One bar of the tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    /// What swung.
    pub factor: Factor,
    /// The factor in plain words.
    pub label: String,
    /// Its value in the scenario as written.
    pub value: f64,
    /// The low end of its range, and the outcome there.
    pub low: f64,
    /// The outcome with the factor at the low end.
    pub at_low: f64,
    /// The high end of its range.
    pub high: f64,
    /// The outcome with the factor at the high end.
    pub at_high: f64,
    /// The outcome at the high end minus at the low end, with its standard error.
    pub effect: Difference,
}

impl Swing {
    /// The length of the bar: how far the outcome moves across the factor's range.
    pub fn reach(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }

    /// Whether the bar is shorter than twice its standard error.
    pub fn within_noise(&self) -> bool {
        self.effect.within_noise()
    }
}

/// The tornado for one outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    /// The outcome every bar measures.
    pub measure: Measure,
    /// The outcome in plain words.
    pub outcome: String,
    /// The outcome for the scenario as written: where every bar's two ends meet.
    pub baseline: f64,
    /// The bars, longest first; bars within noise come after every bar that is not.
    pub swings: Vec<Swing>,
}

/// Every factor of `scenario`: the assumptions, then each step's month and size.
pub fn factors(scenario: &Scenario) -> Vec<Factor> {
    let mut factors: Vec<Factor> = Assumption::ALL
        .into_iter()
        .map(Factor::Assumption)
        .collect();
    for i in 0..scenario.steps.len() {
        factors.push(Factor::StepMonth(i));
        factors.push(Factor::StepSize(i));
    }
    factors
}

/// Swings every factor of `scenario` (see [`factors`]) across its range and measures the
/// outcome at both ends.
pub fn sensitivity(scenario: &Scenario, params: &Params, measure: Measure) -> Sensitivity {
    sensitivity_of(scenario, params, measure, &factors(scenario), |_, _| {})
}

/// Swings the given factors, telling `progress` after each how many of them are done and how
/// many there are, so a caller on the page can show progress.
pub fn sensitivity_of(
    scenario: &Scenario,
    params: &Params,
    measure: Measure,
    factors: &[Factor],
    mut progress: impl FnMut(usize, usize),
) -> Sensitivity {
    let baseline = Sliced::measure(scenario, params, measure).value();
    let mut swings = Vec::with_capacity(factors.len());
    for (done, &factor) in factors.iter().enumerate() {
        let (low, high) = factor.range(scenario);
        let at_low = Sliced::measure(&factor.apply(scenario, low), params, measure);
        let at_high = Sliced::measure(&factor.apply(scenario, high), params, measure);
        swings.push(Swing {
            factor,
            label: factor.describe(scenario),
            value: factor.value(scenario),
            low,
            at_low: at_low.value(),
            high,
            at_high: at_high.value(),
            effect: at_high.minus(&at_low),
        });
        progress(done + 1, factors.len());
    }
    // Real effects first, longest first; a stable sort keeps the factors' order among equals.
    swings.sort_by(|a, b| {
        a.within_noise()
            .cmp(&b.within_noise())
            .then(b.reach().total_cmp(&a.reach()))
    });
    Sensitivity {
        measure,
        outcome: measure.describe(scenario.horizon_months),
        baseline,
        swings,
    }
}

/// The tornado as a JSON document, as `relief sensitivity --format json` writes it and the
/// page's worker hands it over: `{outcome, month, description, runs, seed, horizon_months,
/// baseline, swings: [{factor, key, label, value, low, high, at_low, at_high, effect,
/// standard_error, within_noise}]}`, the swings in their ranked order.
pub fn sensitivity_to_value(scenario: &Scenario, result: &Sensitivity) -> serde_json::Value {
    let swings: Vec<serde_json::Value> = result
        .swings
        .iter()
        .map(|s| {
            let (kind, key) = s.factor.file_fields();
            serde_json::json!({
                "factor": kind,
                "key": key,
                "label": s.label,
                "value": s.value,
                "low": s.low,
                "high": s.high,
                "at_low": s.at_low,
                "at_high": s.at_high,
                "effect": s.effect.value,
                "standard_error": s.effect.standard_error,
                "within_noise": s.within_noise(),
            })
        })
        .collect();
    serde_json::json!({
        "outcome": result.measure.key(),
        "month": result.measure.last_month(scenario.horizon_months),
        "description": result.outcome,
        "runs": scenario.runs,
        "seed": scenario.seed,
        "horizon_months": scenario.horizon_months,
        "baseline": result.baseline,
        "swings": swings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Step, StepKind};

    fn scenario() -> Scenario {
        Scenario {
            runs: 300,
            horizon_months: 36,
            steps: vec![
                Step::new(StepKind::HumanitarianExemption, 0),
                Step::new(StepKind::IndependentMonitoring, 2),
                Step::new(StepKind::SectoralEasing, 12),
            ],
            ..Scenario::default()
        }
    }

    #[test]
    fn every_factor_gets_one_bar_and_the_bars_are_ranked() {
        let scenario = scenario();
        let result = sensitivity(
            &scenario,
            &Params::default(),
            Measure::BreakdownBy { month: 36 },
        );
        assert_eq!(
            result.swings.len(),
            Assumption::ALL.len() + 2 * scenario.steps.len()
        );
        let real: Vec<&Swing> = result.swings.iter().filter(|s| !s.within_noise()).collect();
        assert!(!real.is_empty(), "some factor must matter: {result:#?}");
        for pair in real.windows(2) {
            assert!(pair[0].reach() >= pair[1].reach(), "{pair:#?}");
        }
        // Bars within noise never rank above a real one.
        let first_noise = result.swings.iter().position(Swing::within_noise);
        if let Some(at) = first_noise {
            assert!(result.swings[at..].iter().all(Swing::within_noise));
        }
    }

    #[test]
    fn the_baseline_lies_between_the_ends_of_an_assumption_that_moves_it_one_way() {
        // More hardliners mean more violations at every level, so breakdown rises from one
        // end of the range to the other, through the scenario as written.
        let scenario = scenario();
        let result = sensitivity(
            &scenario,
            &Params::default(),
            Measure::BreakdownBy { month: 36 },
        );
        let hardliners = result
            .swings
            .iter()
            .find(|s| s.factor == Factor::Assumption(Assumption::Hardliners))
            .unwrap();
        assert!(hardliners.at_low < result.baseline, "{hardliners:?}");
        assert!(result.baseline < hardliners.at_high, "{hardliners:?}");
        assert!(!hardliners.within_noise(), "{hardliners:?}");
    }

    #[test]
    fn a_dominant_assumption_ranks_first() {
        // A process with nothing promised and nothing to watch it: breakdowns come from the
        // violations that hardliners drive on both sides, so swinging their strength from
        // none to full moves breakdown by month 48 far more than any other factor.
        let scenario = Scenario {
            runs: 400,
            horizon_months: 48,
            steps: vec![Step::new(StepKind::ComplianceStep, 6)],
            ..Scenario::default()
        };
        let result = sensitivity(
            &scenario,
            &Params::default(),
            Measure::BreakdownBy { month: 48 },
        );
        let first = &result.swings[0];
        assert_eq!(
            first.factor,
            Factor::Assumption(Assumption::Hardliners),
            "{result:#?}"
        );
        assert!(
            first.reach() > 2.0 * result.swings[1].reach(),
            "{result:#?}"
        );
    }

    #[test]
    fn it_is_deterministic() {
        let scenario = scenario();
        let params = Params::default();
        let measure = Measure::RecoveryAtEnd;
        assert_eq!(
            sensitivity(&scenario, &params, measure),
            sensitivity(&scenario, &params, measure)
        );
    }
}
