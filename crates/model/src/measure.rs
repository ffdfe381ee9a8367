//! One number a reader cares about, read from a scenario's ensemble with its Monte Carlo
//! error: what "What matters most?" ranks by and what "Suggest a better order" improves.
//!
//! The error comes from batches. A scenario's runs are cut into [`BATCHES`] slices of
//! consecutive runs, and each slice is summarized on its own. Two scenarios measured this way
//! face the same luck slice by slice (common random numbers, see the engine), so the spread of
//! their slice-by-slice differences is the error of the difference, which is far smaller than
//! the error of either value alone.

use crate::engine::Ensemble;
use crate::params::Params;
use crate::projection::{Projection, Series};
use crate::scenario::Scenario;
use crate::words::{Arg, Message, Template};

/// The measures' names, for the catalogues.
pub const MEASURE_TEMPLATES: &[&Template] = &[
    &BREAKDOWN_BY,
    &TRUST_AT_END,
    &RECOVERY_AT_END,
    &RECOVERY_OVER_TIME,
];
const BREAKDOWN_BY: Template = Template {
    id: "measure-breakdown-by",
    english: "the risk of breakdown by month { $month }",
};
const TRUST_AT_END: Template = Template {
    id: "measure-trust-at-end",
    english: "trust in the target at month { $month }",
};
const RECOVERY_AT_END: Template = Template {
    id: "measure-recovery-at-end",
    english: "economic recovery at month { $month }",
};
const RECOVERY_OVER_TIME: Template = Template {
    id: "measure-recovery-over-time",
    english: "economic recovery averaged over months 0 to { $month }",
};
/// How many slices a measurement cuts the runs into. Ten gives a usable estimate of the
/// spread (nine degrees of freedom) while each slice of a 1,000-run ensemble still holds 100
/// runs.
pub const BATCHES: u32 = 10;

/// A number read from a projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Measure {
    /// The share of futures broken down by this month (at most the horizon). Lower is better.
    BreakdownBy {
        /// The month read, clamped to the horizon.
        month: u32,
    },
    /// The sanctioning side's trust in the target at the horizon, averaged over futures.
    /// Higher is better.
    TrustAtEnd,
    /// The share of the sanctions' output loss recovered at the horizon, averaged over futures.
    /// Higher is better.
    RecoveryAtEnd,
    /// The share recovered averaged over every month to the horizon, and over futures: the
    /// recovery people live through, so relief that comes late counts for less. Higher is
    /// better.
    RecoveryOverTime,
}

impl Measure {
    /// The measure's name on the command line and in files: `breakdown`, `trust` or `recovery`.
    pub fn key(self) -> &'static str {
        match self {
            Measure::BreakdownBy { .. } => "breakdown",
            Measure::TrustAtEnd => "trust",
            Measure::RecoveryAtEnd => "recovery",
            Measure::RecoveryOverTime => "recovery_over_time",
        }
    }

    /// The measure in plain words, for a scenario of `horizon` months.
    pub fn describe(self, horizon: u32) -> String {
        self.message(horizon).english()
    }

    /// The measure in plain words, as a message for the reader's language.
    pub fn message(self, horizon: u32) -> Message {
        let (template, month) = match self {
            Measure::BreakdownBy { month } => (&BREAKDOWN_BY, month.min(horizon)),
            Measure::TrustAtEnd => (&TRUST_AT_END, horizon),
            Measure::RecoveryAtEnd => (&RECOVERY_AT_END, horizon),
            Measure::RecoveryOverTime => (&RECOVERY_OVER_TIME, horizon),
        };
        Message::new(template, vec![("month", Arg::Month(month))])
    }

    /// Whether a lower value is the better outcome.
    pub fn lower_is_better(self) -> bool {
        matches!(self, Measure::BreakdownBy { .. })
    }

    /// The last month the measure reads: later months cannot change it, so ensembles stop there.
    pub fn last_month(self, horizon: u32) -> u32 {
        match self {
            Measure::BreakdownBy { month } => month.min(horizon),
            Measure::TrustAtEnd | Measure::RecoveryAtEnd | Measure::RecoveryOverTime => horizon,
        }
    }

    /// Whether the measure reads [`Measure::last_month`] alone (all but the recovery over
    /// time), so that its ensembles need not record the months before.
    pub(crate) fn reads_its_last_month_alone(self) -> bool {
        !matches!(self, Measure::RecoveryOverTime)
    }

    /// Reads the measure from a projection that reaches [`Measure::last_month`]. Means, not
    /// medians: a mean moves smoothly with a change and averages exactly across slices.
    pub fn read(self, projection: &Projection) -> f64 {
        let last = projection.len() - 1;
        match self {
            Measure::BreakdownBy { month } => {
                projection.backsliding_risk[(month as usize).min(last)]
            }
            Measure::TrustAtEnd => projection.bands(Series::Trust).mean[last],
            Measure::RecoveryAtEnd => projection.bands(Series::Economy).mean[last],
            Measure::RecoveryOverTime => {
                let mean = &projection.bands(Series::Economy).mean;
                mean.iter().sum::<f64>() / mean.len() as f64
            }
        }
    }
}

/// A measure taken slice by slice: the values of the [`BATCHES`] slices and their sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct Sliced {
    values: Vec<f64>,
    sizes: Vec<u32>,
}

impl Sliced {
    /// Measures `scenario` under `params`, slice by slice, with the scenario's own seed and runs.
    pub fn measure(scenario: &Scenario, params: &Params, measure: Measure) -> Sliced {
        let last_month = measure.last_month(scenario.horizon_months);
        let slices = BATCHES.min(scenario.runs.max(1));
        let mut values = Vec::with_capacity(slices as usize);
        let mut sizes = Vec::with_capacity(slices as usize);
        for slice in 0..slices {
            // Slices of as equal a size as the runs allow, in run order.
            let start = (u64::from(scenario.runs) * u64::from(slice) / u64::from(slices)) as u32;
            let end = (u64::from(scenario.runs) * u64::from(slice + 1) / u64::from(slices)) as u32;
            if end == start {
                continue;
            }
            let mut ensemble = Ensemble::until(scenario, params, last_month).luck_alone();
            if measure.reads_its_last_month_alone() {
                ensemble = ensemble.reading_the_last_month();
            }
            ensemble.add_runs(start..end);
            values.push(measure.read(&ensemble.projection()));
            sizes.push(end - start);
        }
        Sliced { values, sizes }
    }

    /// The value over all runs: the slices' values weighted by their sizes, which for a mean
    /// or a share is exactly the value of the whole ensemble.
    pub fn value(&self) -> f64 {
        let total: f64 = self.sizes.iter().map(|&n| f64::from(n)).sum();
        self.values
            .iter()
            .zip(&self.sizes)
            .map(|(v, &n)| v * f64::from(n))
            .sum::<f64>()
            / total.max(1.0)
    }

    /// `self` plus `weight` times `other`, slice by slice: a weighted score of two measures of
    /// the same runs.
    pub(crate) fn weighted(&self, other: &Sliced, weight: f64) -> Sliced {
        Sliced {
            values: self
                .values
                .iter()
                .zip(&other.values)
                .map(|(a, b)| a + weight * b)
                .collect(),
            sizes: self.sizes.clone(),
        }
    }

    /// `self` minus `other`, with its standard error from the spread of the slice-by-slice
    /// differences. Both must come from scenarios with the same runs and seed, so that slice
    /// `k` of each faced the same luck.
    pub fn minus(&self, other: &Sliced) -> Difference {
        let differences: Vec<f64> = self
            .values
            .iter()
            .zip(&other.values)
            .map(|(a, b)| a - b)
            .collect();
        Difference {
            value: self.value() - other.value(),
            standard_error: standard_error(&differences),
        }
    }
}

/// A difference between two measurements and its Monte Carlo standard error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// The difference itself, over all runs.
    pub value: f64,
    /// Its standard error: the spread of the slices' differences over the root of their count.
    pub standard_error: f64,
}

impl Difference {
    /// Whether the difference is within noise: smaller than twice its standard error, the
    /// rule every comparison in the product uses (about 95% confidence).
    pub fn within_noise(self) -> bool {
        self.value.abs() < 2.0 * self.standard_error
    }
}

/// The standard error of the mean of `values`; zero for fewer than two.
fn standard_error(values: &[f64]) -> f64 {
    let n = values.len();
    if n < 2 {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    let variance = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1) as f64;
    libm::sqrt(variance / n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Step, StepKind};

    fn scenario() -> Scenario {
        Scenario {
            runs: 400,
            horizon_months: 36,
            steps: vec![
                Step::new(StepKind::HumanitarianExemption, 0),
                Step::new(StepKind::SectoralEasing, 12),
            ],
            ..Scenario::default()
        }
    }

    #[test]
    fn the_sliced_value_is_the_whole_ensembles_value() {
        let scenario = scenario();
        let params = Params::default();
        let whole = crate::engine::simulate_with(&scenario, &params);
        for measure in [
            Measure::BreakdownBy { month: 24 },
            Measure::TrustAtEnd,
            Measure::RecoveryAtEnd,
            Measure::RecoveryOverTime,
        ] {
            let sliced = Sliced::measure(&scenario, &params, measure);
            assert!(
                (sliced.value() - measure.read(&whole)).abs() < 1e-9,
                "{measure:?}: {} against {}",
                sliced.value(),
                measure.read(&whole)
            );
        }
    }

    #[test]
    fn the_same_scenario_differs_from_itself_by_nothing_and_a_change_shows_its_error() {
        let scenario = scenario();
        let params = Params::default();
        let measure = Measure::BreakdownBy { month: 36 };
        let base = Sliced::measure(&scenario, &params, measure);
        let same = base.minus(&Sliced::measure(&scenario, &params, measure));
        assert_eq!((same.value, same.standard_error), (0.0, 0.0));

        let mut changed = scenario.clone();
        changed.assumptions.hardliners = 0.9;
        let difference = Sliced::measure(&changed, &params, measure).minus(&base);
        assert!(difference.standard_error > 0.0, "{difference:?}");
        assert!(
            difference.value > 0.0,
            "more hardliners, more breakdowns: {difference:?}"
        );
    }
}
