//! The Monte Carlo engine: one month-by-month simulation per run, summarized into bands.
//!
//! Each run has its own random stream, derived from the scenario's seed and the run's index,
//! and draws the same number of numbers every month whatever happens. Two scenarios that differ
//! in one step therefore face the same luck run by run (common random numbers), which makes
//! comparisons and "why?" explanations far less noisy, and any subset of runs can be replayed.

use core::ops::Range;

use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

use crate::checker::check_sequence;
use crate::histogram::{BINS, bin_of, quantiles};
use crate::params::{Params, sponsorship};
use crate::projection::{Bands, Outcomes, ParameterUncertainty, Projection, Series, Summary};
use crate::scenario::{Scenario, ShockKind, StepKind, StepRole, limits};

/// Runs the scenario's ensemble with the product's calibration.
pub fn simulate(scenario: &Scenario) -> Projection {
    simulate_with(scenario, &Params::default())
}

/// Runs the scenario's ensemble with a given calibration.
pub fn simulate_with(scenario: &Scenario, params: &Params) -> Projection {
    let mut ensemble = Ensemble::new(scenario, params);
    ensemble.add_runs(0..scenario.runs);
    ensemble.projection()
}

/// An ensemble being accumulated: lets callers run any subset of a scenario's runs, for
/// example in batches to estimate Monte Carlo error.
pub struct Ensemble<'a> {
    plan: Plan<'a>,
    tally: Tally,
    /// The same runs under calibrations drawn from the plausible ranges, when the scenario
    /// asks for parameter uncertainty.
    drawn: Option<Drawn<'a>>,
}

/// The runs of a scenario again, each under one of [`CALIBRATIONS`] calibrations drawn from
/// the coefficients' plausible ranges: run `i` takes calibration `i mod CALIBRATIONS`.
struct Drawn<'a> {
    plans: Vec<Plan<'a>>,
    tally: Tally,
    calibrations: ByCalibration,
}

/// How many calibrations the runs under parameter uncertainty share. Twenty Latin-hypercube
/// draws cover every coefficient's range in strata of 5%, and leave each calibration enough
/// runs (fifty of the default thousand) to tell its risk of breakdown from luck.
pub const CALIBRATIONS: usize = 20;

/// Mixed into the scenario's seed for the stream that draws the calibrations ("calibr" in
/// ASCII), so that it never coincides with a run's own stream.
const CALIBRATION_STREAM: u64 = 0x6361_6C69_6272_0000;

/// What the runs under each calibration did, beside what the same runs did under the product's
/// calibration: how many there were, and when each broke down under either. Each run meets the
/// same luck under both, so the difference a calibration makes to the risk is measured run by
/// run, with far less noise than its risk alone; it is what tells the model's uncertainty about
/// the risk of breakdown from luck's.
#[derive(Clone, Debug, PartialEq)]
struct ByCalibration {
    months: usize,
    /// Runs per calibration.
    runs: Vec<u32>,
    /// Per calibration and month (calibration-major): runs that broke down then under the
    /// drawn calibration, under the product's, and, of those that broke down under both, the
    /// month of the later breakdown.
    drawn_broke_in: Vec<u32>,
    luck_broke_in: Vec<u32>,
    both_broke_in: Vec<u32>,
}

impl ByCalibration {
    fn new(months: usize) -> ByCalibration {
        ByCalibration {
            months,
            runs: vec![0; CALIBRATIONS],
            drawn_broke_in: vec![0; CALIBRATIONS * months],
            luck_broke_in: vec![0; CALIBRATIONS * months],
            both_broke_in: vec![0; CALIBRATIONS * months],
        }
    }

    /// Adds a run under `calibration` that broke down in month `drawn` (if it did), and in
    /// month `luck` under the product's calibration.
    fn record(&mut self, calibration: usize, drawn: Option<u32>, luck: Option<u32>) {
        self.runs[calibration] += 1;
        let at = |month: u32| calibration * self.months + month as usize;
        if let Some(m) = drawn {
            self.drawn_broke_in[at(m)] += 1;
        }
        if let Some(m) = luck {
            self.luck_broke_in[at(m)] += 1;
        }
        if let (Some(a), Some(b)) = (drawn, luck) {
            self.both_broke_in[at(a.max(b))] += 1;
        }
    }

    fn merge(&mut self, other: &ByCalibration) {
        let add = |a: &mut Vec<u32>, b: &Vec<u32>| {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        };
        add(&mut self.runs, &other.runs);
        add(&mut self.drawn_broke_in, &other.drawn_broke_in);
        add(&mut self.luck_broke_in, &other.luck_broke_in);
        add(&mut self.both_broke_in, &other.both_broke_in);
    }

    /// The words of [`Counts::to_words`] these take, after the runs per calibration.
    fn lists(&self) -> [&Vec<u32>; 3] {
        [
            &self.drawn_broke_in,
            &self.luck_broke_in,
            &self.both_broke_in,
        ]
    }

    /// The range of the risk of breakdown, month by month, that the model's uncertainty
    /// leaves: the risk of the runs under drawn calibrations ± 1.2816 τ, where τ² is the
    /// variance across calibrations of the change each makes to the risk, less the part luck
    /// gives runs that few (the method of moments of a random-effects meta-analysis,
    /// DerSimonian & Laird 1986). The change is measured run by run against the same run under
    /// the product's calibration (common random numbers), so luck's part is small. ±1.2816 τ
    /// holds 80% of a normal spread, as the bands' p10–p90 do. Calibrations with fewer than two
    /// runs are left out; with fewer than two left, the range is the risk itself.
    fn risk_range(&self, pooled: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let counted: Vec<usize> = (0..CALIBRATIONS).filter(|&c| self.runs[c] >= 2).collect();
        // Running totals per calibration: broken down under the drawn calibration, under the
        // product's, and under both, by the month reached.
        let mut drawn = [0u32; CALIBRATIONS];
        let mut luck = [0u32; CALIBRATIONS];
        let mut both = [0u32; CALIBRATIONS];
        let mut low = Vec::with_capacity(self.months);
        let mut high = Vec::with_capacity(self.months);
        for (month, &risk) in pooled.iter().enumerate() {
            let mut changes = Vec::with_capacity(counted.len());
            let mut noise = 0.0;
            for &c in &counted {
                let at = c * self.months + month;
                drawn[c] += self.drawn_broke_in[at];
                luck[c] += self.luck_broke_in[at];
                both[c] += self.both_broke_in[at];
                let n = f64::from(self.runs[c]);
                // Each run's change is -1, 0 or 1: its square is 1 where exactly one of the
                // two broke down by now.
                let change = (f64::from(drawn[c]) - f64::from(luck[c])) / n;
                let discordant = f64::from(drawn[c] + luck[c] - 2 * both[c]) / n;
                noise += (discordant - change * change).max(0.0) / (n - 1.0);
                changes.push(change);
            }
            let spread = if changes.len() < 2 {
                0.0
            } else {
                let k = changes.len() as f64;
                let mean = changes.iter().sum::<f64>() / k;
                let between =
                    changes.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (k - 1.0);
                1.2816 * (between - noise / k).max(0.0).sqrt()
            };
            low.push((risk - spread).clamp(0.0, 1.0));
            high.push((risk + spread).clamp(0.0, 1.0));
        }
        (low, high)
    }
}

impl<'a> Ensemble<'a> {
    /// An empty ensemble for `scenario` under `params`.
    pub fn new(scenario: &'a Scenario, params: &'a Params) -> Ensemble<'a> {
        Ensemble::until(scenario, params, scenario.horizon_months)
    }

    /// An empty ensemble that simulates only months 0 to `last_month` (at most the horizon):
    /// what happens later cannot change them, so explanations of an early month stop there.
    /// Under parameter uncertainty the drawn calibrations replace `params` for the second set
    /// of runs; the first is always under `params`.
    pub fn until(scenario: &'a Scenario, params: &'a Params, last_month: u32) -> Ensemble<'a> {
        let mut plan = Plan::new(scenario, params);
        plan.horizon = last_month.min(scenario.horizon_months);
        let months = plan.horizon as usize + 1;
        let tally = Tally::new(months);
        let drawn = scenario.parameter_uncertainty.then(|| {
            let mut stream =
                Xoshiro256PlusPlus::seed_from_u64(run_seed(scenario.seed ^ CALIBRATION_STREAM, 0));
            let plans = Params::latin_hypercube(CALIBRATIONS, || unit_interval(&mut stream))
                .iter()
                .map(|params| {
                    let mut drawn = Plan::new(scenario, params);
                    drawn.horizon = plan.horizon;
                    drawn
                })
                .collect();
            Drawn {
                plans,
                tally: Tally::new(months),
                calibrations: ByCalibration::new(months),
            }
        });
        Ensemble { plan, tally, drawn }
    }

    /// The same ensemble without the runs under drawn calibrations, whatever the scenario asks:
    /// for the analyses ("Why?", what matters most, a better order), which read luck alone
    /// under the product's calibration and would only pay twice for runs they do not read.
    pub fn luck_alone(mut self) -> Ensemble<'a> {
        self.drawn = None;
        self
    }

    /// The same ensemble recording its runs' values in its last month only: for a reader of
    /// that one month ("Why?"), which would otherwise pay for every earlier month's values to be
    /// counted and never read them. The last month's values, its outcomes and every breakdown
    /// and full relief (counted once a run ends) are the same bits; the earlier months of its
    /// projection hold no runs' values.
    pub fn reading_the_last_month(mut self) -> Ensemble<'a> {
        self.plan.first_recorded = self.plan.horizon;
        if let Some(drawn) = &mut self.drawn {
            for plan in &mut drawn.plans {
                plan.first_recorded = plan.horizon;
            }
        }
        self
    }

    /// Runs the runs with these indices and adds them to the ensemble. The same index always
    /// gives the same run.
    pub fn add_runs(&mut self, runs: Range<u32>) {
        let mut state = RunState::new(&self.plan);
        // When the runs are run again under drawn calibrations, each is compared with itself
        // under the product's: its breakdown month is kept for that.
        let mut luck = Vec::new();
        for run in runs.clone() {
            state.reset(&self.plan, run);
            let breakdown = state.simulate(&self.plan, &mut self.tally);
            if self.drawn.is_some() {
                luck.push(breakdown);
            }
        }
        if let Some(drawn) = &mut self.drawn {
            // One run state per calibration: what verification implied for a set of measures
            // (the state's cache) holds under one calibration only, and a cache shared across
            // them would make a run's answer depend on the runs before it in its slice.
            let mut states: Vec<Option<RunState>> = (0..drawn.plans.len()).map(|_| None).collect();
            for (run, luck) in runs.zip(luck) {
                // The run's luck is the same stream as under the product's calibration, so
                // the two sets of runs differ by the model's uncertainty alone.
                let calibration = run as usize % CALIBRATIONS;
                let plan = &drawn.plans[calibration];
                let state = states[calibration].get_or_insert_with(|| RunState::new(plan));
                state.reset(plan, run);
                let breakdown = state.simulate(plan, &mut drawn.tally);
                drawn.calibrations.record(calibration, breakdown, luck);
            }
        }
    }

    /// Adds the runs another ensemble of the same scenario and months has added: several
    /// ensembles, each running a slice of the runs (on a thread or in a worker of its own),
    /// merge into the projection [`simulate`] gives, bit for bit, whatever the slices and the
    /// order they merge in. Panics when the two simulate different months.
    pub fn merge(&mut self, other: &Ensemble) {
        self.tally.merge(&other.tally);
        if let (Some(drawn), Some(other)) = (&mut self.drawn, &other.drawn) {
            drawn.tally.merge(&other.tally);
            drawn.calibrations.merge(&other.calibrations);
        }
    }

    /// The projection of the runs added so far.
    pub fn projection(&self) -> Projection {
        let drawn = self.drawn.as_ref().map(|d| (&d.tally, &d.calibrations));
        projection_of(&self.tally, drawn, self.plan.scenario)
    }
}

/// A number in `0..1` from the top 53 bits of the next draw: every value a double can hold
/// there, equally likely.
fn unit_interval(stream: &mut Xoshiro256PlusPlus) -> f64 {
    (stream.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// The projection of a tally, with what the runs under drawn calibrations show when there
/// are any.
fn projection_of(
    tally: &Tally,
    drawn: Option<(&Tally, &ByCalibration)>,
    scenario: &Scenario,
) -> Projection {
    let mut projection = tally.projection(check_sequence(scenario));
    projection.with_parameter_uncertainty = drawn.map(|(drawn, calibrations)| {
        let p = drawn.projection(Vec::new());
        let (backsliding_risk_low, backsliding_risk_high) =
            calibrations.risk_range(&p.backsliding_risk);
        ParameterUncertainty {
            trust: p.trust,
            target_trust: p.target_trust,
            economy: p.economy,
            leverage: p.leverage,
            legitimacy: p.legitimacy,
            trust_if_sincere: p.trust_if_sincere,
            trust_if_insincere: p.trust_if_insincere,
            backsliding_risk: p.backsliding_risk,
            backsliding_risk_low,
            backsliding_risk_high,
            summary: p.summary,
        }
    });
    projection
}

/// A power of two at least as large as `exp(x)`, at most four times it, found without an
/// exponential: 2^k for an integer k above x·log2(e). The small margin covers the rounding of
/// that product and of `libm::exp`, so a draw at or above the bound is never below `exp(x)`.
/// Where no such power of two exists as a normal float (very large or very small x, or NaN),
/// it returns infinity, and the caller computes the exponential as before.
fn power_of_two_above_exp(x: f64) -> f64 {
    let t = x * core::f64::consts::LOG2_E + 1e-6;
    if !(-1000.0..1000.0).contains(&t) {
        return f64::INFINITY;
    }
    // Truncation toward zero, plus one, is at least the ceiling of t.
    let k = t as i64 + 1;
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// The counts that a slice of a scenario's runs adds to its ensemble, owned and portable: made
/// in one place and merged in another. The page runs slices in Web Workers, each sends its
/// counts to the page as words ([`Counts::to_words`]), and the page merges them in run order.
/// Every count and sum is an integer, so counts of any slices merge into the projection
/// [`simulate`] gives, bit for bit, whatever the slices and whoever ran them.
#[derive(Clone, Debug, PartialEq)]
pub struct Counts {
    tally: Tally,
    /// The same runs under drawn calibrations, when the scenario asks for parameter
    /// uncertainty, with what each calibration's runs did.
    drawn: Option<(Tally, ByCalibration)>,
}

/// Why words could not be read as [`Counts`], or two counts could not merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountsError(String);

impl core::fmt::Display for CountsError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CountsError {}

/// The first word of [`Counts::to_words`]: "RLC" and the layout's version, 1.
const COUNTS_MAGIC: u32 = 0x524C_4301;
/// Words before the tally's arrays: the magic, months, runs and sincere runs.
const COUNTS_HEADER: usize = 4;

impl Counts {
    /// No runs yet, for `scenario`'s months.
    pub fn new(scenario: &Scenario) -> Counts {
        let months = scenario.horizon_months as usize + 1;
        let tally = Tally::new(months);
        let drawn = scenario
            .parameter_uncertainty
            .then(|| (tally.clone(), ByCalibration::new(months)));
        Counts { tally, drawn }
    }

    /// The counts of the runs with these indices (those past the scenario's runs are left
    /// out). The same index always gives the same run, wherever it is run.
    pub fn of_runs(scenario: &Scenario, params: &Params, runs: Range<u32>) -> Counts {
        let mut ensemble = Ensemble::new(scenario, params);
        ensemble.add_runs(runs.start.min(scenario.runs)..runs.end.min(scenario.runs));
        Counts {
            tally: ensemble.tally,
            drawn: ensemble.drawn.map(|d| (d.tally, d.calibrations)),
        }
    }

    /// How many runs have been counted.
    pub fn runs(&self) -> u32 {
        self.tally.runs
    }

    /// Adds the runs `other` counted. Fails, changing nothing, when the two are of different
    /// horizons, or only one of them counts the runs under drawn calibrations too.
    pub fn merge(&mut self, other: &Counts) -> Result<(), CountsError> {
        if self.tally.months != other.tally.months {
            return Err(CountsError(format!(
                "counts of {} months cannot merge with counts of {}",
                self.tally.months, other.tally.months
            )));
        }
        match (&mut self.drawn, &other.drawn) {
            (Some((drawn, calibrations)), Some((other_drawn, other_calibrations))) => {
                drawn.merge(other_drawn);
                calibrations.merge(other_calibrations);
            }
            (None, None) => {}
            _ => {
                return Err(CountsError(
                    "counts with the model's uncertainty cannot merge with counts without it"
                        .into(),
                ));
            }
        }
        self.tally.merge(&other.tally);
        Ok(())
    }

    /// The projection of the runs counted so far.
    pub fn projection(&self, scenario: &Scenario) -> Projection {
        let drawn = self.drawn.as_ref().map(|(tally, by)| (tally, by));
        projection_of(&self.tally, drawn, scenario)
    }

    /// The counts as 32-bit words, little end first for each 64-bit sum: what a worker sends.
    /// Counts under drawn calibrations follow those of luck alone, laid out the same way, then
    /// each calibration's runs and breakdowns.
    pub fn to_words(&self) -> Vec<u32> {
        let months = self.tally.months;
        let mut words = Vec::with_capacity(Counts::word_count(months));
        let drawn = self.drawn.as_ref().map(|(tally, _)| tally);
        for t in core::iter::once(&self.tally).chain(drawn) {
            words.extend([COUNTS_MAGIC, t.months as u32, t.runs, t.sincere]);
            words.extend_from_slice(&t.histograms);
            words.extend_from_slice(&t.outcomes);
            words.extend_from_slice(&t.broke_in);
            words.extend_from_slice(&t.full_relief_in);
            for sum in &t.sums {
                let bits = *sum as u64;
                words.extend([bits as u32, (bits >> 32) as u32]);
            }
        }
        if let Some((_, by)) = &self.drawn {
            words.extend_from_slice(&by.runs);
            for list in by.lists() {
                words.extend_from_slice(list);
            }
        }
        words
    }

    /// Reads counts written by [`Counts::to_words`], checking that they are whole and add up:
    /// every month counts every run once in each series and once among the outcomes.
    pub fn from_words(words: &[u32]) -> Result<Counts, CountsError> {
        let fail = |why: String| Err(CountsError(format!("the counts cannot be read: {why}")));
        let months = Counts::months_of(words)?;
        let block = Counts::word_count(months);
        let with_drawn = 2 * block + CALIBRATIONS * (1 + 3 * months);
        if words.len() != block && words.len() != with_drawn {
            return fail(format!(
                "{} words where {months} months take {block} ({with_drawn} with the model's uncertainty)",
                words.len(),
            ));
        }
        let tally = Counts::tally_from_words(&words[..block])?;
        if words.len() == block {
            return Ok(Counts { tally, drawn: None });
        }
        let drawn = Counts::tally_from_words(&words[block..2 * block])?;
        if drawn.months != months || drawn.runs != tally.runs {
            return fail(format!(
                "the counts with the model's uncertainty are of {} runs over {} months, not {} over {months}",
                drawn.runs, drawn.months, tally.runs
            ));
        }
        let rest = &words[2 * block..];
        let list = |i: usize| {
            rest[CALIBRATIONS + i * CALIBRATIONS * months..][..CALIBRATIONS * months].to_vec()
        };
        let by = ByCalibration {
            months,
            runs: rest[..CALIBRATIONS].to_vec(),
            drawn_broke_in: list(0),
            luck_broke_in: list(1),
            both_broke_in: list(2),
        };
        let total = |v: &[u32]| v.iter().map(|&n| u64::from(n)).sum::<u64>();
        if total(&by.runs) != u64::from(drawn.runs) {
            return fail(format!(
                "the calibrations count {} runs of {}",
                total(&by.runs),
                drawn.runs
            ));
        }
        for c in 0..CALIBRATIONS {
            let of = |v: &[u32]| total(&v[c * months..(c + 1) * months]);
            let runs = u64::from(by.runs[c]);
            let (d, l, b) = (
                of(&by.drawn_broke_in),
                of(&by.luck_broke_in),
                of(&by.both_broke_in),
            );
            if d > runs || l > runs || b > d.min(l) {
                return fail(format!("calibration {c} has more breakdowns than runs"));
            }
        }
        for month in 0..months {
            let broken: u64 = (0..CALIBRATIONS)
                .map(|c| u64::from(by.drawn_broke_in[c * months + month]))
                .sum();
            let luck: u64 = (0..CALIBRATIONS)
                .map(|c| u64::from(by.luck_broke_in[c * months + month]))
                .sum();
            if broken != u64::from(drawn.broke_in[month])
                || luck != u64::from(tally.broke_in[month])
            {
                return fail(format!(
                    "the calibrations' breakdowns in month {month} do not add up"
                ));
            }
        }
        Ok(Counts {
            tally,
            drawn: Some((drawn, by)),
        })
    }

    /// The months of the tally whose words start `words`, once its header is checked.
    fn months_of(words: &[u32]) -> Result<usize, CountsError> {
        let fail = |why: String| Err(CountsError(format!("the counts cannot be read: {why}")));
        if words.len() < COUNTS_HEADER || words[0] != COUNTS_MAGIC {
            return fail("they do not start as counts do".into());
        }
        let months = words[1] as usize;
        if months == 0 || months > limits::MAX_HORIZON as usize + 1 {
            return fail(format!("{months} months is not a horizon"));
        }
        Ok(months)
    }

    /// Reads one tally of [`Counts::to_words`], of exactly the words its months take.
    fn tally_from_words(words: &[u32]) -> Result<Tally, CountsError> {
        let fail = |why: String| Err(CountsError(format!("the counts cannot be read: {why}")));
        let months = Counts::months_of(words)?;
        if words.len() != Counts::word_count(months) {
            return fail(format!(
                "{} words where {months} months take {}",
                words.len(),
                Counts::word_count(months)
            ));
        }
        let mut rest = &words[COUNTS_HEADER..];
        let mut take = |n: usize| {
            let (head, tail) = rest.split_at(n);
            rest = tail;
            head.to_vec()
        };
        let tally = Tally {
            months,
            runs: words[2],
            sincere: words[3],
            histograms: take(SLOTS * months * BINS),
            outcomes: take(4 * months),
            broke_in: take(months),
            full_relief_in: take(months),
            sums: take(2 * SLOTS * months)
                .chunks_exact(2)
                .map(|pair| (u64::from(pair[0]) | (u64::from(pair[1]) << 32)) as i64)
                .collect(),
        };
        if tally.sincere > tally.runs {
            return fail(format!("{} sincere runs of {}", tally.sincere, tally.runs));
        }
        let runs = u64::from(tally.runs);
        for month in 0..months {
            let outcomes: u64 = tally.outcomes[month * 4..month * 4 + 4]
                .iter()
                .map(|&n| u64::from(n))
                .sum();
            let slot = |s: usize| -> u64 {
                let at = (month * SLOTS + s) * BINS;
                tally.histograms[at..at + BINS]
                    .iter()
                    .map(|&n| u64::from(n))
                    .sum()
            };
            let trust = slot(SINCERE_SLOT) + slot(INSINCERE_SLOT);
            let others_whole = (1..RECORDED).all(|s| slot(s) == runs);
            if outcomes != runs || trust != runs || !others_whole {
                return fail(format!(
                    "month {month} does not count each of the {runs} runs once"
                ));
            }
        }
        let ended = |v: &[u32]| v.iter().map(|&n| u64::from(n)).sum::<u64>() <= runs;
        if !ended(&tally.broke_in) || !ended(&tally.full_relief_in) {
            return fail("more runs end than were run".into());
        }
        Ok(tally)
    }

    /// Words in the counts of `months` months.
    fn word_count(months: usize) -> usize {
        COUNTS_HEADER + SLOTS * months * BINS + 6 * months + 2 * SLOTS * months
    }
}

/// The scenario compiled for simulation: steps and shocks sorted by month.
struct Plan<'a> {
    scenario: &'a Scenario,
    params: Params,
    horizon: u32,
    /// The first month whose values the runs record: 0, unless only the last month is read
    /// (see [`Ensemble::reading_the_last_month`]).
    first_recorded: u32,
    /// Steps in the order they fall due (by month, then as written).
    steps: Vec<PlannedStep>,
    /// Shocks by month: when, what, how hard, and which sender it concerns.
    shocks: Vec<(u32, ShockKind, f64, u8)>,
    /// What falls due in each month of the horizon, so that a run's month looks once.
    due: Vec<Due>,
    relief_steps: usize,
    /// Relief promised over the whole plan, and by sender.
    promised: f64,
    promised_by: Vec<f64>,
    /// How many sanctioning parties act together (1 without named senders).
    senders: usize,
    /// Some relief expires unless renewed.
    expiring: bool,
    /// Monthly chance that the sanctioning side's politics turn against the deal, at full
    /// political capital: the `reneging` assumption spread evenly over `reneging_months`.
    renege_rate: f64,
    /// The same at no political capital: the highest it gets.
    renege_ceiling: f64,
    /// Legitimacy's starting level: its support level before anything happens.
    initial_legitimacy: f64,
    /// The sincere target's monthly chance of a violation or a missed step, by mistake.
    reformer_rate: f64,
    /// What verification implies before any step: the same for every run.
    initial_verification: Verification,
}

/// Whether any step, and any shock, is scheduled in a month.
///
/// A run takes every step and shock of a month in that month (whether its process is intact or
/// broken), in the order of `Plan::steps` and `Plan::shocks`. So at the start of a month the
/// next one to take is scheduled in that month exactly when the month has one: the table gives
/// the same answer as looking at the next step and shock, with one load.
#[derive(Clone, Copy, Default)]
struct Due {
    steps: bool,
    shocks: bool,
}

#[derive(Clone, Copy)]
struct PlannedStep {
    kind: StepKind,
    month: u32,
    size: f64,
    conditional: bool,
    transparent: bool,
    sender: u8,
    /// Months between renewals, 0 when the relief never lapses.
    expires_after: u32,
}

impl<'a> Plan<'a> {
    fn new(scenario: &'a Scenario, params: &Params) -> Plan<'a> {
        let mut steps: Vec<PlannedStep> = scenario
            .steps
            .iter()
            .map(|s| PlannedStep {
                kind: s.kind,
                month: s.month,
                size: s.size,
                conditional: s.conditional,
                transparent: s.transparent,
                sender: s.sender.unwrap_or(0),
                expires_after: s.expires_after.unwrap_or(0),
            })
            .collect();
        // A stable sort keeps steps of the same month in the order they were written.
        steps.sort_by_key(|s| s.month);
        let mut shocks: Vec<(u32, ShockKind, f64, u8)> = scenario
            .shocks
            .iter()
            .map(|s| (s.month, s.kind, s.size, s.sender.unwrap_or(0)))
            .collect();
        shocks.sort_by_key(|s| s.0);
        let mut due = vec![Due::default(); scenario.horizon_months as usize + 1];
        for step in &steps {
            if let Some(month) = due.get_mut(step.month as usize) {
                month.steps = true;
            }
        }
        for shock in &shocks {
            if let Some(month) = due.get_mut(shock.0 as usize) {
                month.shocks = true;
            }
        }
        let relief_steps = steps.iter().filter(|s| s.kind.is_relief()).count();
        let expiring = steps.iter().any(|s| s.expires_after > 0);
        let senders = scenario.senders.len().max(1);
        let mut promised_by = vec![0.0; senders];
        for s in steps.iter().filter(|s| s.kind.is_relief()) {
            if let Some(slot) = promised_by.get_mut(s.sender as usize) {
                *slot += s.size;
            }
        }
        let promised = promised_by.iter().sum();
        let a = &scenario.assumptions;
        let renege_rate = 1.0 - libm::pow(1.0 - a.reneging, 1.0 / params.reneging_months);
        let empty = Measures::default();
        let initial_verification = verification(&empty, a, params);
        let initial_legitimacy = support_level(&initial_verification, params, 0.0, 0.0, 0.0, false);
        Plan {
            scenario,
            params: params.clone(),
            horizon: scenario.horizon_months,
            first_recorded: 0,
            steps,
            shocks,
            due,
            relief_steps,
            promised,
            promised_by,
            senders,
            expiring,
            renege_rate,
            renege_ceiling: renege_rate * (1.0 + params.reneging_capital),
            initial_legitimacy,
            initial_verification,
            reformer_rate: reformer_rate(a, params),
        }
    }
}

/// Levels of the confidence-building measures in place, each in 0..=1.
#[derive(Clone, Copy, Default)]
struct Measures {
    monitoring: f64,
    audit: f64,
    committee: f64,
    information: f64,
    criteria: f64,
    snapback: f64,
    guarantee: f64,
    grievance: f64,
    forum: f64,
    cooperation: f64,
    regional: f64,
    /// Visible everyday benefits: humanitarian relief and access, reforms, travel.
    benefits: f64,
}

impl Measures {
    /// Every level, in the order of the fields.
    #[inline(always)]
    fn levels(&self) -> [f64; 12] {
        [
            self.monitoring,
            self.audit,
            self.committee,
            self.information,
            self.criteria,
            self.snapback,
            self.guarantee,
            self.grievance,
            self.forum,
            self.cooperation,
            self.regional,
            self.benefits,
        ]
    }

    /// A digest of the levels such that equal measures have equal fingerprints: a search
    /// compares whole measures only where the fingerprints agree. Adding zero makes −0 and +0,
    /// which are equal, alike.
    fn fingerprint(&self) -> u64 {
        self.levels().iter().fold(0, |digest: u64, level| {
            (digest.rotate_left(5) ^ (level + 0.0).to_bits()).wrapping_mul(0x517C_C1B7_2722_0A95)
        })
    }
}

/// Equal when every level is equal as a number, as a derived comparison would have it. All
/// twelve are compared, without stopping at the first that differs: a run looks up the
/// verification of its measures at every step it takes, the look-up usually matches, and
/// comparing all at once in pairs costs less than twelve tests and branches.
impl PartialEq for Measures {
    #[inline]
    fn eq(&self, other: &Measures) -> bool {
        self.levels()
            .iter()
            .zip(other.levels())
            .fold(true, |all, (a, b)| all & (*a == b))
    }
}

/// What the measures in place imply; recomputed only when a measure changes.
#[derive(Clone, Copy, Default)]
struct Verification {
    /// How much of what the target does the verifiers see, 0 with no verification step.
    coverage: f64,
    /// Chance a real violation raises a flag.
    hit: f64,
    /// Chance a clean month raises a flag anyway.
    false_alarm: f64,
    /// Share of reversible relief a snapback can take back.
    snapback_reach: f64,
    /// Verified clean months needed to release conditional steps.
    review_months: u32,
    /// The parts of the monthly equations that change only when a step is taken, computed
    /// once then rather than every month (the equations are written out where they are used).
    cached: Cached,
}

#[derive(Clone, Copy, Default)]
struct Cached {
    /// Legitimacy's support level with no economy, promises, tension or breakdown.
    support_base: f64,
    /// The support level's slope in economic recovery.
    support_economy: f64,
    /// Investor confidence from criteria, guarantees and an opaque snapback.
    confidence_base: f64,
    /// The insincere target's cheating rate before leverage, promised relief and distrust.
    spoiler_base: f64,
    /// Monthly rate at which each unseen violation comes to light.
    discovery_rate: f64,
    /// Weight of leverage held in deterring the spoiler.
    spoiler_leverage: f64,
    /// Spoiler pressure per unit of lost legitimacy: hardliners amplified by neighbours.
    pressure_scale: f64,
    /// How much uncertainty about the target amplifies spoiler pressure.
    uncertainty_weight: f64,
    /// The hazard's log scale before the monthly pressures.
    hazard_base: f64,
    /// Chance of a flag in a month of a sincere target: a violation by mistake seen, or a
    /// clean month misread.
    flag_if_reformer: f64,
}

fn verification(m: &Measures, a: &crate::Assumptions, p: &Params) -> Verification {
    let coverage = 1.0
        - (1.0 - p.coverage_monitoring * m.monitoring)
            * (1.0 - p.coverage_audit * m.audit)
            * (1.0 - p.coverage_information * m.information)
            * (1.0 - p.coverage_committee * m.committee);
    let (hit, false_alarm) = if coverage <= 0.0 {
        // With no verification, flags are rumours: as likely after a violation as without one.
        (p.rumour_rate, p.rumour_rate)
    } else {
        let false_alarm = p.rumour_rate
            * (1.0 - p.false_alarm_cut_audit * m.audit)
            * (1.0 - p.false_alarm_cut_committee * m.committee)
            * (1.0 - p.false_alarm_cut_criteria * m.criteria)
            * (1.0 - p.false_alarm_cut_information * m.information);
        (
            p.rumour_rate + (p.max_hit_rate - p.rumour_rate) * coverage,
            false_alarm,
        )
    };
    // Guarantees help with diminishing returns: the first sponsor matters most.
    let guarantee = guarantee_strength(a, p, m.guarantee);
    let review_months = if m.criteria >= p.review_criteria_level {
        p.review_months_with_criteria
    } else {
        p.review_months
    };
    let cached = Cached {
        support_base: support_base(m, a, p),
        support_economy: p.support_economy + p.support_dependence * a.dependence,
        confidence_base: p.confidence_base
            + p.confidence_criteria * m.criteria
            + p.confidence_guarantee * guarantee
            - p.confidence_opaque_snapback * m.snapback * (1.0 - m.criteria),
        // Deterrence: a reimposition the target believes (a snapback clause, which works
        // by itself, or the sanctioning side's own discretion, less its forgiveness) times
        // the chance cheating is seen.
        spoiler_base: p.spoiler_base + p.spoiler_hardliners * a.hardliners
            - p.spoiler_deterrence
                * (m.snapback
                    + (1.0 - m.snapback) * p.deterrence_without_snapback * (1.0 - a.generosity))
                * coverage
                * p.max_hit_rate,
        discovery_rate: p.discovery_watchdog
            + p.discovery_forum * m.forum
            + p.discovery_audit * m.audit
            + p.discovery_monitoring * m.monitoring
            + p.discovery_information * m.information,
        spoiler_leverage: p.spoiler_leverage * a.dependence,
        pressure_scale: a.hardliners
            * (1.0 + a.regional_spillover * (1.0 - p.spoiler_pressure_regional_cut * m.regional)),
        uncertainty_weight: p.spoiler_pressure_uncertainty
            * (1.0 - p.spoiler_pressure_criteria_cut * m.criteria),
        hazard_base: p.hazard_base - p.hazard_guarantee * guarantee,
        flag_if_reformer: {
            let rate = reformer_rate(a, p);
            rate * hit + (1.0 - rate) * false_alarm
        },
    };
    Verification {
        coverage,
        hit,
        false_alarm,
        snapback_reach: p.snapback_leverage * m.snapback * coverage,
        review_months,
        cached,
    }
}

/// The sincere target's monthly chance of a violation or a missed step: honest mistakes, more
/// of them where hardliners obstruct.
fn reformer_rate(a: &crate::Assumptions, p: &Params) -> f64 {
    p.reformer_error + p.reformer_error_hardliners * a.hardliners
}

/// The guarantee's strength against breakdown: 1 − exp(−saturation·(sponsors + guarantees)).
fn guarantee_strength(a: &crate::Assumptions, p: &Params, guarantees: f64) -> f64 {
    1.0 - libm::exp(-p.guarantee_saturation * (a.sponsors + guarantees))
}

/// Legitimacy's support level from the measures in place and the everyday benefits seen.
fn support_base(m: &Measures, a: &crate::Assumptions, p: &Params) -> f64 {
    let paternalism = (sponsorship(a, p, m.guarantee) - p.paternalism_threshold).max(0.0);
    p.support_base - p.support_hardliners * a.hardliners
        + p.support_benefits * m.benefits.min(p.support_benefits_cap)
        + p.support_grievance * m.grievance
        + p.support_forum * m.forum
        + p.support_cooperation * m.cooperation
        - p.support_dependence * a.dependence
        - p.support_paternalism * paternalism
}

/// Legitimacy's support level: where public support in the target society heads.
///
/// A base level, less hardliners, plus everyday benefits (capped), grievance redress, a
/// civil society forum and technical cooperation, less paternalism, plus economic recovery,
/// less hardship (dependence on what is not yet recovered), withheld announced relief and
/// tension (each capped), and less after a breakdown; clamped to 0..=1. Each weight is a
/// `support_*` field of [`Params`]; the terms that change only with steps come precomputed in
/// `v.cached`.
fn support_level(
    v: &Verification,
    p: &Params,
    economy: f64,
    announced_withheld: f64,
    tension: f64,
    broken: bool,
) -> f64 {
    let c = &v.cached;
    let level = c.support_base + c.support_economy * economy
        - p.support_withheld * announced_withheld.min(p.support_withheld_cap)
        - p.support_tension * tension.min(p.support_tension_cap)
        - if broken { p.support_breakdown } else { 0.0 };
    level.clamp(0.0, 1.0)
}

/// One delivery of relief, kept so that it can be taken back on its own: one sender's
/// withdrawal, a partial reimposition or a lapsed licence removes tranches, not everything.
#[derive(Clone, Copy)]
struct Tranche {
    /// The sender that gave it (index into the scenario's senders; 0 with one sanctioning side).
    sender: u8,
    /// Share of all sanctions relieved.
    amount: f64,
    /// The same amount split by economic channel.
    fast: f64,
    slow: f64,
    social: f64,
    /// Pressure released (humanitarian relief releases less than its amount).
    pressure: f64,
    /// Everyday benefits people feel from it.
    benefits: f64,
    /// Cannot be taken back: released assets, humanitarian exemptions.
    kept: bool,
    /// Months between renewals, 0 when it never lapses.
    expires_after: u32,
    /// The month it lapses unless verified compliance renews it.
    expires_at: u32,
    /// Share of its economic value left after other senders' secondary sanctions.
    value: f64,
    /// Still in force.
    active: bool,
}

/// Why a run's process broke down, which decides its outcome class.
#[derive(Clone, Copy, PartialEq)]
enum Cause {
    /// Relief was reimposed after verified cheating.
    CheatingCaught,
    /// Anything else: hardliners, a misread alarm, the sanctioning side's own politics.
    Other,
}

/// One run's state, reused across runs to avoid allocation.
struct RunState {
    rng: Xoshiro256PlusPlus,
    reformer: bool,
    broken: bool,
    /// Why the process last broke down.
    cause: Cause,
    /// Relief was last reimposed because cheating was verified, and none has been given since.
    caught: bool,
    /// Violations nobody has seen yet, which a later audit, monitor or watchdog may discover.
    hidden: f64,
    /// The sanctioning side's belief that the target is a reformer.
    trust: f64,
    /// The target's belief that relief will be delivered and kept.
    target_trust: f64,
    legitimacy: f64,
    capital: f64,
    /// Relief given without verification, not yet retired by verified clean months.
    unverified: f64,
    /// Passing pressure from shocks, in units of the hazard's log scale.
    tension: f64,
    measures: Measures,
    /// Everyday benefits from the target's own reforms (relief's benefits live in tranches).
    reform_benefits: f64,
    verification: Verification,
    tranches: Vec<Tranche>,
    /// Totals over the tranches in force, recomputed whenever one changes.
    relief_fast: f64,
    relief_slow: f64,
    relief_social: f64,
    relief_kept: f64,
    relief_total: f64,
    /// Relief weighted by the pressure it releases (humanitarian relief releases little).
    relief_pressure: f64,
    /// The leverage the sanctioning side holds (see `leverage`), kept up to date whenever relief
    /// or verification changes, which most months they do not.
    leverage: f64,
    /// Relief announced but withheld, pending release (see `announced_withheld`), kept up to
    /// date whenever the steps pending change.
    withheld: f64,
    /// Relief promised and not yet given: the target's reason to keep its word.
    promised: f64,
    /// The same by sender.
    promised_by: [f64; limits::MAX_SENDERS],
    /// Senders that have walked out, one bit each.
    withdrawn: u32,
    econ_fast: f64,
    econ_slow: f64,
    econ_social: f64,
    clean_months: u32,
    pending: Vec<PlannedStep>,
    /// What verification implied for measures seen in earlier runs: most runs take the same
    /// steps, so most recomputations are lookups.
    seen: Vec<(Measures, Verification)>,
    /// The fingerprint of each entry's measures (see [`Measures::fingerprint`]), kept apart so
    /// that a search reads eight bytes an entry.
    seen_fingerprints: Vec<u64>,
    /// Where in `seen` to look first: the entry after the last one found or added, since runs
    /// tend to take their steps in the order earlier runs took them.
    seen_next: usize,
    /// The last value each series recorded, with its bin and fixed-point value (see
    /// [`Recorded`]).
    recorded: [Recorded; RECORDED],
    relief_left: usize,
    received_relief: bool,
    next_step: usize,
    next_shock: usize,
}

/// This month's random numbers: every month draws all of them, used or not, so that runs stay
/// comparable across scenarios (common random numbers). Nine numbers come from three 64-bit
/// draws, 21 bits each: a resolution of 2^-21 (about one in two million) is far finer than any
/// probability they are compared with, and three draws a month cost what the first edition's
/// did. The draws are kept as drawn and each number is read only where it is used, since most
/// months use four of the nine.
#[derive(Clone, Copy)]
struct Draws([u64; 3]);

impl Draws {
    /// The 21 bits of draw `word` that start `shift` bits up, as a uniform number in [0, 1).
    #[inline(always)]
    fn part(&self, word: usize, shift: u32) -> f64 {
        const MASK: u64 = (1 << 21) - 1;
        const SCALE: f64 = 1.0 / (1u64 << 21) as f64;
        ((self.0[word] >> shift) & MASK) as f64 * SCALE
    }
    #[inline(always)]
    fn violation(&self) -> f64 {
        self.part(0, 43)
    }
    #[inline(always)]
    fn flag(&self) -> f64 {
        self.part(0, 22)
    }
    #[inline(always)]
    fn react(&self) -> f64 {
        self.part(0, 1)
    }
    #[inline(always)]
    fn snapback(&self) -> f64 {
        self.part(1, 43)
    }
    #[inline(always)]
    fn discover(&self) -> f64 {
        self.part(1, 22)
    }
    #[inline(always)]
    fn renege(&self) -> f64 {
        self.part(1, 1)
    }
    #[inline(always)]
    fn mimic(&self) -> f64 {
        self.part(2, 43)
    }
    #[inline(always)]
    fn reveal(&self) -> f64 {
        self.part(2, 22)
    }
    #[inline(always)]
    fn breakdown(&self) -> f64 {
        self.part(2, 1)
    }
}

impl RunState {
    fn new(plan: &Plan) -> RunState {
        RunState {
            rng: Xoshiro256PlusPlus::seed_from_u64(0),
            reformer: false,
            broken: false,
            cause: Cause::Other,
            caught: false,
            hidden: 0.0,
            trust: 0.0,
            target_trust: 0.0,
            legitimacy: 0.0,
            capital: 0.0,
            unverified: 0.0,
            tension: 0.0,
            measures: Measures::default(),
            reform_benefits: 0.0,
            verification: Verification::default(),
            tranches: Vec::with_capacity(plan.steps.len()),
            relief_fast: 0.0,
            relief_slow: 0.0,
            relief_social: 0.0,
            relief_kept: 0.0,
            relief_total: 0.0,
            relief_pressure: 0.0,
            leverage: 0.0,
            withheld: 0.0,
            promised: 0.0,
            promised_by: [0.0; limits::MAX_SENDERS],
            withdrawn: 0,
            econ_fast: 0.0,
            econ_slow: 0.0,
            econ_social: 0.0,
            clean_months: 0,
            pending: Vec::with_capacity(plan.steps.len()),
            seen: Vec::new(),
            seen_fingerprints: Vec::new(),
            seen_next: 0,
            recorded: [Recorded::of(0.0); RECORDED],
            relief_left: 0,
            received_relief: false,
            next_step: 0,
            next_shock: 0,
        }
    }

    fn reset(&mut self, plan: &Plan, run: u32) {
        let a = &plan.scenario.assumptions;
        self.rng = Xoshiro256PlusPlus::seed_from_u64(run_seed(plan.scenario.seed, run));
        self.reformer = self.uniform() < a.good_faith;
        self.broken = false;
        self.cause = Cause::Other;
        self.caught = false;
        self.hidden = 0.0;
        self.trust = a.initial_trust;
        self.target_trust = a.target_trust;
        self.legitimacy = plan.initial_legitimacy;
        self.capital = plan.params.capital_start;
        self.unverified = 0.0;
        self.tension = 0.0;
        self.measures = Measures::default();
        self.reform_benefits = 0.0;
        self.verification = plan.initial_verification;
        self.tranches.clear();
        self.relief_fast = 0.0;
        self.relief_slow = 0.0;
        self.relief_social = 0.0;
        self.relief_kept = 0.0;
        self.relief_total = 0.0;
        self.relief_pressure = 0.0;
        self.leverage = self.leverage();
        self.promised = plan.promised;
        self.promised_by = [0.0; limits::MAX_SENDERS];
        for (slot, promised) in self.promised_by.iter_mut().zip(&plan.promised_by) {
            *slot = *promised;
        }
        self.withdrawn = 0;
        self.econ_fast = 0.0;
        self.econ_slow = 0.0;
        self.econ_social = 0.0;
        self.clean_months = 0;
        self.pending.clear();
        self.withheld = 0.0;
        self.relief_left = plan.relief_steps;
        self.received_relief = false;
        self.next_step = 0;
        self.next_shock = 0;
        self.seen_next = 0;
    }

    /// A uniform number in [0, 1) from the top 53 bits.
    #[inline(always)]
    fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// This month's three draws (see [`Draws`]).
    #[inline(always)]
    fn draws(&mut self) -> Draws {
        Draws([
            self.rng.next_u64(),
            self.rng.next_u64(),
            self.rng.next_u64(),
        ])
    }

    /// The insincere target's monthly chance of cheating: what cheating gains, against the
    /// relief still to come, the leverage still held and a credible, verified reimposition
    /// (Fearon's commitment problem; the end-game of a finitely repeated game).
    fn spoiler_rate(&self, plan: &Plan) -> f64 {
        let p = &plan.params;
        let c = &self.verification.cached;
        (c.spoiler_base + p.spoiler_distrust * (1.0 - self.target_trust)
            - c.spoiler_leverage * self.leverage
            - p.spoiler_promise * self.promised.min(1.0))
        .clamp(p.spoiler_rate_floor, p.spoiler_rate_ceiling)
    }

    /// Simulates the run and tallies it; returns the month it broke down, if it did. Never
    /// inlined: it is the model's largest function, called from two loops (luck alone, and the
    /// runs under drawn calibrations), and one call per run costs nothing beside its months.
    #[inline(never)]
    fn simulate(&mut self, plan: &Plan, tally: &mut Tally) -> Option<u32> {
        let p = &plan.params;
        let mut breakdown_month = None;
        let mut full_relief_month = None;
        // A run's trust is counted by its type, in a slot chosen once per run.
        let trust_slot = if self.reformer {
            SINCERE_SLOT
        } else {
            INSINCERE_SLOT
        };
        // The tally has a month for each of the plan's months, and the plan says what falls
        // due in each month of the scenario's horizon, which is never shorter.
        debug_assert_eq!(tally.months, plan.horizon as usize + 1);
        debug_assert!(plan.due.len() > plan.horizon as usize);
        for (month, (counts, &due)) in (0u32..).zip(tally.months_mut().zip(&plan.due)) {
            let d = self.draws();
            // Most months have neither steps nor shocks: look before calling.
            let Due {
                steps: steps_due,
                shocks: shocks_due,
            } = due;
            debug_assert_eq!(
                steps_due,
                plan.steps
                    .get(self.next_step)
                    .is_some_and(|s| s.month == month)
            );
            debug_assert_eq!(
                shocks_due,
                plan.shocks
                    .get(self.next_shock)
                    .is_some_and(|s| s.0 == month)
            );
            if self.broken {
                // The parties may come back to the table, with the damage done.
                if steps_due {
                    self.set_aside_scheduled(plan, month);
                }
                if shocks_due {
                    self.take_shocks(plan, month);
                }
                if d.reveal() < p.restart_rate {
                    self.restart(plan);
                }
            } else {
                if steps_due {
                    self.take_scheduled_steps(plan, month, &d);
                }
                if shocks_due {
                    self.take_shocks(plan, month);
                }
            }
            if !self.broken {
                self.month_of_compliance(plan, month, &d);
                if let Some(done) = self.relief_done(plan, month) {
                    full_relief_month.get_or_insert(done);
                }
            }

            self.update_economy(p);
            let economy = self.economy();
            let withheld = if self.broken { 0.0 } else { self.withheld };
            let support = support_level(
                &self.verification,
                p,
                economy,
                withheld,
                self.tension,
                self.broken,
            );
            self.legitimacy =
                (self.legitimacy + p.legitimacy_rate * (support - self.legitimacy)).clamp(0.0, 1.0);

            if !self.broken {
                // The breakdown hazard, complementary log-log in the pressures on the process.
                let uncertainty = self.trust * (1.0 - self.trust);
                // Spoiler pressure: hardliners·(1 − G)·(1 + spillover·(1 − cut·regional))
                // ·(1 + weight·p(1 − p)·(1 − cut·criteria)), with the `spoiler_pressure_*`
                // fields of Params; the step-dependent factors are cached.
                let c = &self.verification.cached;
                let spoilers = c.pressure_scale
                    * (1.0 - self.legitimacy)
                    * (1.0 + c.uncertainty_weight * uncertainty);
                let x = c.hazard_base
                    + p.hazard_distrust * (1.0 - self.trust)
                    + p.hazard_target_distrust * (1.0 - self.target_trust)
                    + p.hazard_spoilers * spoilers
                    + p.hazard_capital * (1.0 - self.capital)
                    + self.tension;
                // h = 1 − exp(−λ) never exceeds λ = exp(x), and λ never exceeds a power of two
                // read off x, so the exponentials are computed only for the rare draws below
                // that bound: the same decision, most months without a single exponential.
                if d.breakdown() < power_of_two_above_exp(x) {
                    let rate = libm::exp(x);
                    if d.breakdown() < rate && d.breakdown() < -libm::expm1(-rate) {
                        self.break_down(p, Cause::Other);
                    }
                }
            }
            // The first breakdown is the one the breakdown risk counts.
            if breakdown_month.is_none() && self.broken {
                breakdown_month = Some(month);
            }
            self.tension *= p.tension_persistence;

            if month >= plan.first_recorded {
                counts.record(
                    [
                        self.trust,
                        self.target_trust,
                        economy,
                        self.leverage,
                        self.legitimacy,
                        self.relief_total,
                    ],
                    trust_slot,
                    self.outcome(),
                    &mut self.recorded,
                );
            }
        }
        tally.finish_run(self.reformer, breakdown_month, full_relief_month);
        breakdown_month
    }

    /// The outcome class of the run this month (see [`Outcomes`]).
    fn outcome(&self) -> usize {
        if self.broken {
            if self.cause == Cause::CheatingCaught {
                OUTCOME_CAUGHT
            } else {
                OUTCOME_COLLAPSED
            }
        } else if self.reformer {
            OUTCOME_SUSTAINED
        } else if self.caught {
            OUTCOME_CAUGHT
        } else if self.hidden > 0.0 && self.relief_total > 0.0 {
            OUTCOME_EXPLOITED
        } else {
            OUTCOME_SUSTAINED
        }
    }

    /// One month of an intact process: the target complies or cheats, the verifiers flag or
    /// not, the sanctioning side updates its belief and responds, hidden cheating may come to
    /// light, its own politics may turn, and relief is released, renewed or lapses.
    fn month_of_compliance(&mut self, plan: &Plan, month: u32, d: &Draws) {
        let p = &plan.params;
        let a = &plan.scenario.assumptions;
        let v = self.verification;
        let reformer_rate = plan.reformer_rate;
        let spoiler_rate = self.spoiler_rate(plan);
        let violated = d.violation()
            < if self.reformer {
                reformer_rate
            } else {
                spoiler_rate
            };

        // Verification as signal detection, then Bayes' rule over the two types.
        let flagged = d.flag() < if violated { v.hit } else { v.false_alarm };
        let flag_if_reformer = v.cached.flag_if_reformer;
        let flag_if_spoiler = spoiler_rate * v.hit + (1.0 - spoiler_rate) * v.false_alarm;
        let (like_reformer, like_spoiler) = if flagged {
            (flag_if_reformer, flag_if_spoiler)
        } else {
            (1.0 - flag_if_reformer, 1.0 - flag_if_spoiler)
        };
        let prior = self.trust;
        self.trust = bayes(prior, like_reformer, like_spoiler, p.belief_weight);
        if violated && !flagged && !self.reformer {
            self.hidden += 1.0;
        }

        if flagged {
            // The response rule: react with probability (1 − generosity) times the chance
            // that the flagged violation is real.
            let violation_rate = prior * reformer_rate + (1.0 - prior) * spoiler_rate;
            let flag_rate = violation_rate * v.hit + (1.0 - violation_rate) * v.false_alarm;
            let real = violation_rate * v.hit / flag_rate;
            self.clean_months = 0;
            if d.react() < (1.0 - a.generosity) * real {
                self.reimpose(p, violated, d.snapback());
            }
        } else if v.coverage > 0.0 {
            // A verified clean month: the review period advances, political capital grows,
            // and the charge of unverified relief fades.
            self.clean_months += 1;
            self.capital += p.capital_gain * (1.0 - self.capital);
            self.unverified *= 1.0 - p.unverified_decay;
        }

        // Cheating nobody saw may still come to light: later audits, monitors and
        // watchdogs. A discovery is verified cheating, and relief is reimposed.
        if !self.broken && self.hidden > 0.0 {
            // 1 − exp(−λ) never exceeds λ, so most months are decided without the exponential.
            let rate = v.cached.discovery_rate * self.hidden;
            if d.discover() < rate && d.discover() < -libm::expm1(-rate) {
                self.trust = bayes(self.trust, p.discovery_false_rate, 1.0, p.belief_weight);
                self.end_for_cheating(p, a.generosity, d.react());
            }
        }

        // The sanctioning side is a party with its own politics: below a threshold of trust
        // it takes relief back at its own discretion, and a new government may walk out.
        if !self.broken
            && !flagged
            && self.trust < p.discretionary_trust
            && self.relief_total > self.relief_kept
            && d.react() < p.discretionary_rate
        {
            self.take_back_tranche(p, violated);
        }
        // The cheap bound first: at no political capital walking out is likeliest.
        if d.renege() < plan.renege_ceiling
            && !self.broken
            && (self.relief_total > 0.0 || self.promised > 0.0)
            && d.renege() < plan.renege_rate * (1.0 + p.reneging_capital * (1.0 - self.capital))
        {
            self.withdraw_sender(plan, 0, 1.0);
        }

        if !self.broken {
            if plan.expiring {
                self.renew_or_lapse(plan, month);
            }
            self.release_pending(plan, month, violated, d);
        }

        // Political capital: relief without verification reads as tactical theater, and the
        // charge grows faster than the stock of unverified relief.
        self.capital =
            (self.capital - p.capital_theater * self.unverified * self.unverified).clamp(0.0, 1.0);
        self.target_trust = self.target_trust.clamp(0.0, 1.0);
    }

    /// The sanctioning side reacts to a violation it believes real: under a snapback clause
    /// relief may reverse wholesale (a breakdown); otherwise it takes back the latest tranche.
    fn reimpose(&mut self, p: &Params, violated: bool, u_snapback: f64) {
        // Cheating counts as caught only where verification stands behind the flag: a reaction
        // to a rumour that happens to follow real cheating is luck, not verification working.
        let cheating = violated && !self.reformer && self.verification.coverage > 0.0;
        if cheating {
            self.charge_for_cheating(p);
        }
        if u_snapback < p.snapback_trigger * self.measures.snapback {
            if !violated {
                self.target_trust -= p.target_trust_false_alarm * self.target_trust;
            }
            self.break_down(
                p,
                if cheating {
                    Cause::CheatingCaught
                } else {
                    Cause::Other
                },
            );
        } else {
            self.take_back_tranche(p, violated);
        }
    }

    /// Cheating verified: being played costs the sanctioning side at home, the more so the
    /// more relief the cheater was holding (the charge that relief was given away), and opens
    /// a crisis as large as the relief that must now be taken back.
    fn charge_for_cheating(&mut self, p: &Params) {
        self.capital = (self.capital - p.capital_caught * self.relief_total).max(0.0);
        self.tension += p.caught_tension * (self.relief_total - self.relief_kept);
        self.caught = true;
        self.hidden = 0.0;
    }

    /// Takes back the latest reversible tranche in force. Punishing a target that had not
    /// violated costs its trust in the sanctioning side.
    fn take_back_tranche(&mut self, p: &Params, violated: bool) {
        if !violated {
            self.target_trust -= p.target_trust_false_alarm * self.target_trust;
        }
        if let Some(t) = self.tranches.iter_mut().rev().find(|t| t.active && !t.kept) {
            t.active = false;
            self.recount_relief();
        }
    }

    /// Cheating proven beyond doubt (discovered, or a fake exposed), unless the sanctioning
    /// side forgives it. Where reversible relief is in force, the deal ends: it is all
    /// reimposed. Where relief is still held back, nothing needs reversing: the cheater is
    /// caught, what is pending stays pending, and the process goes on. Conditionality turns a
    /// defection into a delay instead of a rupture.
    fn end_for_cheating(&mut self, p: &Params, generosity: f64, u_react: f64) {
        // Proven cheating is known whether or not it is forgiven: it cannot be discovered again.
        let forgiven = u_react >= 1.0 - generosity;
        self.hidden = 0.0;
        if forgiven {
            return;
        }
        self.charge_for_cheating(p);
        self.clean_months = 0;
        if self.relief_total > self.relief_kept {
            self.break_down(p, Cause::CheatingCaught);
        }
    }

    /// A sender walks out: its reversible relief and all it still promised are gone, and its
    /// secondary sanctions chill the others' relief. With one sanctioning side, that is the
    /// end of the process.
    fn withdraw_sender(&mut self, plan: &Plan, sender: u8, size: f64) {
        let p = &plan.params;
        if plan.senders <= 1 {
            self.target_trust -= p.target_trust_withdrawal * self.target_trust;
            self.break_down(p, Cause::Other);
            return;
        }
        if self.withdrawn & (1 << sender) != 0 {
            return;
        }
        self.withdrawn |= 1 << sender;
        let reach = p.secondary_reach * size;
        let mut lost = 0.0;
        for t in self.tranches.iter_mut().filter(|t| t.active) {
            if t.sender == sender {
                if !t.kept {
                    t.active = false;
                    lost += t.amount;
                }
            } else {
                t.value *= 1.0 - reach;
            }
        }
        self.pending
            .retain(|s| !(s.kind.is_relief() && s.sender == sender));
        self.withheld = self.announced_withheld();
        let still_promised = self.promised_by[sender as usize];
        self.promised = (self.promised - still_promised).max(0.0);
        self.promised_by[sender as usize] = 0.0;
        self.recount_relief();
        // The target reads the walk-out as the sanctioning side's unreliability.
        let shaken = (lost + still_promised).min(1.0);
        self.target_trust -= p.target_trust_withdrawal * shaken.max(size) * self.target_trust;
        self.tension += p.withdrawal_tension * size;
    }

    /// Licences come up for renewal: verified compliance renews them, otherwise they lapse.
    fn renew_or_lapse(&mut self, plan: &Plan, month: u32) {
        let p = &plan.params;
        let verified =
            self.verification.coverage > 0.0 && self.clean_months >= p.renewal_clean_months;
        let mut lapsed = false;
        for t in self.tranches.iter_mut() {
            if t.active && t.expires_after > 0 && t.expires_at == month {
                if verified {
                    t.expires_at += t.expires_after;
                } else {
                    t.active = false;
                    lapsed = true;
                }
            }
        }
        if lapsed {
            self.target_trust -= p.target_trust_lapse * self.target_trust;
            self.recount_relief();
            // A lapse that leaves no reversible relief in force is the deal's end: the
            // sanctioning side let it run out rather than renew it.
            if self.relief_total <= self.relief_kept {
                let cause = if self.caught {
                    Cause::CheatingCaught
                } else {
                    Cause::Other
                };
                self.break_down(p, cause);
            }
        }
    }

    /// The totals over the tranches in force, and what they mean for everyday benefits.
    fn recount_relief(&mut self) {
        let (mut fast, mut slow, mut social, mut kept, mut total, mut pressure, mut benefits) =
            (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        for t in self.tranches.iter().filter(|t| t.active) {
            fast += t.fast * t.value;
            slow += t.slow * t.value;
            social += t.social * t.value;
            total += t.amount;
            pressure += t.pressure;
            benefits += t.benefits;
            if t.kept {
                kept += t.amount;
            }
        }
        self.relief_fast = fast;
        self.relief_slow = slow;
        self.relief_social = social;
        self.relief_kept = kept;
        self.relief_total = total;
        self.relief_pressure = pressure;
        self.measures.benefits = self.reform_benefits + benefits;
        self.leverage = self.leverage();
    }

    /// After a breakdown the parties may return: the process restarts with the trust it has
    /// left, and what was set aside waits again for verified compliance.
    fn restart(&mut self, plan: &Plan) {
        let p = &plan.params;
        self.broken = false;
        self.clean_months = 0;
        self.trust *= p.restart_trust;
        self.target_trust *= p.restart_trust;
        for step in self.pending.iter_mut().filter(|s| s.kind.is_relief()) {
            step.conditional = true;
        }
        let a = &plan.scenario.assumptions;
        self.verification.cached.support_base = support_base(&self.measures, a, p);
    }

    /// While the process is broken, steps that fall due are set aside: measures and the
    /// target's steps wait for a restart, relief for verified compliance after it. Shocks
    /// still strike (see `take_shocks`).
    fn set_aside_scheduled(&mut self, plan: &Plan, month: u32) {
        while let Some(step) = plan.steps.get(self.next_step) {
            if step.month != month {
                break;
            }
            self.next_step += 1;
            if !self.sender_gone(step) {
                self.pending.push(*step);
                self.withheld = self.announced_withheld();
            }
        }
    }

    fn sender_gone(&self, step: &PlannedStep) -> bool {
        step.kind.is_relief() && self.withdrawn & (1 << step.sender) != 0
    }

    fn take_scheduled_steps(&mut self, plan: &Plan, month: u32, d: &Draws) {
        while let Some(step) = plan.steps.get(self.next_step) {
            if step.month != month {
                break;
            }
            self.next_step += 1;
            if self.sender_gone(step) {
                continue;
            }
            if step.conditional {
                self.pending.push(*step);
                self.withheld = self.announced_withheld();
            } else {
                self.apply_step(plan, step, month, true, d);
            }
        }
    }

    fn take_shocks(&mut self, plan: &Plan, month: u32) {
        let a = &plan.scenario.assumptions;
        let p = &plan.params;
        while let Some(&(at, kind, size, sender)) = plan.shocks.get(self.next_shock) {
            if at != month {
                break;
            }
            self.next_shock += 1;
            match kind {
                ShockKind::SpoilerAttack => {
                    self.tension += p.spoiler_attack_tension * size;
                    self.legitimacy -= p.spoiler_attack_legitimacy * size;
                    self.capital -= p.spoiler_attack_capital * size;
                }
                ShockKind::LeadershipChange => {
                    self.target_trust -= p.target_trust_leadership * size * self.target_trust;
                    self.capital -= p.leadership_change_capital * size;
                    self.tension += p.leadership_change_tension * size;
                }
                ShockKind::RegionalCrisis => {
                    self.tension += p.regional_crisis_tension
                        * size
                        * (p.regional_crisis_exposure + a.regional_spillover);
                }
                ShockKind::EconomicShock => {
                    let kept = 1.0 - p.economic_shock_loss * size;
                    self.econ_fast *= kept;
                    self.econ_slow *= kept;
                    self.econ_social *= kept;
                    self.legitimacy -= p.economic_shock_legitimacy * size;
                }
                ShockKind::SenderWithdrawal => {
                    if self.broken && plan.senders > 1 {
                        // One of several senders that walks out while talks are off will not
                        // come back with them: what it set aside is gone. (The only sender
                        // walking out of a broken process changes nothing.)
                        self.withdrawn |= 1 << sender;
                        self.pending
                            .retain(|s| !(s.kind.is_relief() && s.sender == sender));
                        self.withheld = self.announced_withheld();
                    } else if !self.broken {
                        self.withdraw_sender(plan, sender, size);
                    }
                }
            }
            self.legitimacy = self.legitimacy.clamp(0.0, 1.0);
            self.capital = self.capital.clamp(0.0, 1.0);
        }
    }

    fn apply_step(
        &mut self,
        plan: &Plan,
        step: &PlannedStep,
        month: u32,
        on_time: bool,
        d: &Draws,
    ) {
        let p = &plan.params;
        let a = &plan.scenario.assumptions;
        let m = &mut self.measures;
        let add = |level: &mut f64| *level = (*level + step.size).min(1.0);
        match step.kind.role() {
            StepRole::Confidence => match step.kind {
                StepKind::IndependentMonitoring => add(&mut m.monitoring),
                StepKind::IndependentAudit => add(&mut m.audit),
                StepKind::JointCommittee => add(&mut m.committee),
                StepKind::InformationExchange => add(&mut m.information),
                StepKind::PublishedCriteria => add(&mut m.criteria),
                StepKind::SnapbackClause => add(&mut m.snapback),
                StepKind::SponsorGuarantee => add(&mut m.guarantee),
                StepKind::GrievanceRedress => add(&mut m.grievance),
                StepKind::CivilSocietyForum => add(&mut m.forum),
                StepKind::TechnicalCooperation => add(&mut m.cooperation),
                StepKind::RegionalCoordination => add(&mut m.regional),
                _ => {}
            },
            StepRole::Reform => self.signal(plan, step, d),
            StepRole::Relief => self.deliver_relief(plan, step, month, on_time),
        }
        // A measure changes what verification implies; relief and reforms change only the
        // everyday benefits behind legitimacy's support level.
        if step.kind.role() == StepRole::Confidence {
            let hinted = self
                .seen
                .get(self.seen_next)
                .is_some_and(|(m, _)| *m == self.measures);
            // No two entries hold equal measures (one is added only when none matches), so
            // whichever way the search goes, it finds the one entry that matches, if any.
            let mut fingerprint = None;
            let found = if hinted {
                Some(self.seen_next)
            } else {
                let wanted = *fingerprint.insert(self.measures.fingerprint());
                self.seen_fingerprints
                    .iter()
                    .zip(&self.seen)
                    .position(|(&f, (m, _))| f == wanted && *m == self.measures)
            };
            self.verification = match found {
                Some(at) => {
                    self.seen_next = at + 1;
                    self.seen[at].1
                }
                None => {
                    let v = verification(&self.measures, a, p);
                    if self.seen.len() < 64 {
                        let fingerprint =
                            fingerprint.unwrap_or_else(|| self.measures.fingerprint());
                        self.seen.push((self.measures, v));
                        self.seen_fingerprints.push(fingerprint);
                        self.seen_next = self.seen.len();
                    }
                    v
                }
            };
            self.leverage = self.leverage();
        } else {
            self.verification.cached.support_base = support_base(&self.measures, a, p);
        }
    }

    /// The target's step is a signal that separates the types only when it is costly to fake
    /// (Kydd). A sincere target takes it; an insincere one fakes it with a probability that
    /// rises with the relief it unlocks and falls with its cost and the chance the fake is
    /// exposed, and otherwise does not take it. The sanctioning side sees the step taken, a
    /// fake exposed, or the step missing, and moves its belief by the likelihood ratio, so a
    /// gesture nobody can check is worth almost nothing.
    fn signal(&mut self, plan: &Plan, step: &PlannedStep, d: &Draws) {
        let p = &plan.params;
        let a = &plan.scenario.assumptions;
        let v = &self.verification;
        let checked = v.coverage * p.max_hit_rate;
        let exposure = if step.transparent {
            1.0 - (1.0 - p.public_scrutiny) * (1.0 - checked)
        } else {
            p.opaque_visibility * checked
        };
        let mimic = (p.mimic_base + p.mimic_unlock * self.promised.min(1.0)
            - p.mimic_cost * step.size * exposure)
            .clamp(0.0, 1.0);
        let miss = plan.reformer_rate;
        let misjudged = v.false_alarm * exposure;
        // What the sanctioning side sees: 0 taken, 1 exposed as a fake, 2 missing.
        let seen = if self.reformer {
            if d.mimic() < miss {
                2
            } else if d.reveal() < misjudged {
                1
            } else {
                0
            }
        } else if d.mimic() >= mimic {
            2
        } else if d.reveal() < exposure {
            1
        } else {
            0
        };
        let (if_sincere, if_insincere) = match seen {
            0 => ((1.0 - miss) * (1.0 - misjudged), mimic * (1.0 - exposure)),
            1 => ((1.0 - miss) * misjudged, mimic * exposure),
            _ => (miss, 1.0 - mimic),
        };
        self.trust = bayes(self.trust, if_sincere, if_insincere, p.belief_weight);
        match seen {
            0 => {
                let genuine = self.reformer;
                if !genuine {
                    // A fake nobody caught is cheating still to be discovered.
                    self.hidden += 1.0;
                }
                self.capital = (self.capital + p.reform_capital * step.size).min(1.0);
                if genuine {
                    match step.kind {
                        StepKind::PoliticalReform => {
                            self.reform_benefits += p.political_reform_benefits * step.size
                        }
                        StepKind::HumanitarianAccess => {
                            self.reform_benefits += p.humanitarian_access_benefits * step.size
                        }
                        _ => {}
                    }
                    self.recount_relief();
                }
            }
            1 => {
                // An exposed fake is verified cheating; a misjudged real step is a false alarm.
                self.clean_months = 0;
                if self.reformer {
                    if d.react() < 1.0 - a.generosity {
                        self.reimpose(p, false, d.snapback());
                    }
                } else {
                    self.end_for_cheating(p, a.generosity, d.react());
                }
            }
            _ => {
                // A promised step not taken is a broken promise everyone can see: the
                // sanctioning side reacts as to a verified violation.
                self.clean_months = 0;
                self.capital = (self.capital - p.reform_capital * step.size).max(0.0);
                if d.react() < 1.0 - a.generosity {
                    self.reimpose(p, !self.reformer, d.snapback());
                }
            }
        }
    }

    fn deliver_relief(&mut self, plan: &Plan, step: &PlannedStep, month: u32, on_time: bool) {
        let p = &plan.params;
        let room = (1.0 - self.relief_total).max(0.0);
        let amount = if step.kind == StepKind::FullLifting {
            step.size * room
        } else {
            step.size.min(room)
        };
        let mut t = Tranche {
            sender: step.sender,
            amount,
            fast: 0.0,
            slow: 0.0,
            social: 0.0,
            pressure: amount,
            benefits: 0.0,
            kept: false,
            expires_after: step.expires_after,
            expires_at: month + step.expires_after,
            value: 1.0,
            active: true,
        };
        match step.kind {
            StepKind::HumanitarianExemption => {
                t.social = amount;
                t.kept = true;
                t.pressure = p.humanitarian_exemption_pressure * amount;
                t.benefits = p.humanitarian_exemption_benefits * amount;
            }
            StepKind::TravelEasing => {
                t.social = amount;
                t.benefits = p.travel_easing_benefits * amount;
            }
            StepKind::SectoralEasing => t.fast = amount,
            StepKind::AssetUnfreezing => {
                t.fast = amount;
                t.kept = true;
            }
            StepKind::FinancialChannels => t.slow = amount,
            _ => {
                t.fast = amount * p.full_lifting_fast_share;
                t.slow = amount * p.full_lifting_slow_share;
                t.social = amount - t.fast - t.slow;
            }
        }
        self.tranches.push(t);
        self.recount_relief();
        self.promised = (self.promised - step.size).max(0.0);
        let by_sender = &mut self.promised_by[step.sender as usize];
        *by_sender = (*by_sender - step.size).max(0.0);
        self.caught = false;
        self.received_relief = true;
        self.relief_left = self.relief_left.saturating_sub(1);
        // Relief given where nothing verifies it is the stock the "tactical theater" charge
        // grows from; published, transparent relief draws a little less of it.
        let openness = if step.transparent {
            p.unverified_transparent_share
        } else {
            1.0
        };
        // Relief counts as verified only as far as verification covers the target and a
        // track record of verified clean months stands behind it: relief ahead of any record
        // reads at home as a giveaway, however good the monitors.
        let record = (self.clean_months as f64 / p.track_record_months).min(1.0);
        self.unverified += amount * (1.0 - self.verification.coverage * record) * openness;
        // The target's trust grows when relief arrives as promised, more when announced
        // openly or guaranteed, less when it came late.
        let mut gain = p.target_trust_on_time * amount;
        if step.transparent {
            gain *= p.target_trust_transparent;
        }
        gain *= 1.0 + p.target_trust_guarantee * self.measures.guarantee;
        if !on_time {
            gain *= p.target_trust_late_share;
        }
        self.target_trust += gain.min(1.0) * (1.0 - self.target_trust);
    }

    /// Releases conditional steps: relief and measures after a full review period of verified
    /// clean months; the target's own conditional steps once it has received relief.
    fn release_pending(&mut self, plan: &Plan, month: u32, violated: bool, d: &Draws) {
        if self.pending.is_empty() {
            return;
        }
        let p = &plan.params;
        let reviewed = self.verification.coverage > 0.0
            && self.clean_months >= self.verification.review_months;
        let mut released_any = false;
        let mut index = 0;
        while index < self.pending.len() {
            let step = self.pending[index];
            let ready = if step.kind.role() == StepRole::Reform {
                self.received_relief
            } else if step.conditional {
                reviewed
            } else {
                // Set aside during a breakdown, not conditional: taken at the restart.
                true
            };
            if ready {
                self.pending.remove(index);
                self.withheld = self.announced_withheld();
                self.apply_step(plan, &step, month, step.month == month, d);
                released_any |= step.kind.role() != StepRole::Reform;
                if self.broken {
                    return;
                }
            } else {
                index += 1;
            }
        }
        if released_any {
            // Each released stage opens a new review period for the next.
            self.clean_months = 0;
        }
        if !violated {
            // Relief withheld from a target that complies erodes its trust, less when the
            // criteria for release are published.
            let overdue = self
                .pending
                .iter()
                .filter(|s| s.kind.is_relief() && s.month < month)
                .count();
            if overdue > 0 {
                let rate = p.target_trust_withheld
                    * (1.0 - p.target_trust_withheld_criteria_cut * self.measures.criteria);
                let counted = overdue.min(p.target_trust_withheld_max_steps as usize);
                self.target_trust -= rate * counted as f64 * self.target_trust;
            }
        }
    }

    fn relief_done(&self, plan: &Plan, month: u32) -> Option<u32> {
        (plan.relief_steps > 0 && self.relief_left == 0).then_some(month)
    }

    /// Relief announced but withheld; read through the `withheld` field, which holds it
    /// between changes of the steps pending.
    fn announced_withheld(&self) -> f64 {
        self.pending
            .iter()
            .filter(|s| s.kind.is_relief() && s.transparent)
            .map(|s| s.size)
            .sum()
    }

    fn update_economy(&mut self, p: &Params) {
        let v = &self.verification;
        // Investor confidence: the cached part (criteria, guarantee, an opaque snapback) plus
        // the target's trust and political capital, less a breakdown, with the
        // `confidence_*` fields of Params.
        let confidence = (v.cached.confidence_base
            + p.confidence_target_trust * self.target_trust
            + p.confidence_capital * self.capital
            - if self.broken {
                p.confidence_breakdown
            } else {
                0.0
            })
        .clamp(0.0, 1.0);
        let slow_rate = p.slow_rate_base + p.slow_rate_confidence * confidence;
        self.econ_fast += p.fast_rate * (self.relief_fast - self.econ_fast);
        self.econ_slow += slow_rate * (self.relief_slow - self.econ_slow);
        self.econ_social += p.social_rate * (self.relief_social - self.econ_social);
    }

    fn economy(&self) -> f64 {
        (self.econ_fast + self.econ_slow + self.econ_social).clamp(0.0, 1.0)
    }

    /// Leverage from the relief in force and the verification in place; read through the
    /// `leverage` field, which holds it between changes.
    fn leverage(&self) -> f64 {
        let reversible = (self.relief_total - self.relief_kept).max(0.0);
        (1.0 - self.relief_pressure + self.verification.snapback_reach * reversible).clamp(0.0, 1.0)
    }

    /// The process breaks down: reversible relief is withdrawn and the target's trust falls.
    /// What was still pending is set aside until the parties return.
    fn break_down(&mut self, p: &Params, cause: Cause) {
        if self.broken {
            return;
        }
        self.broken = true;
        self.cause = cause;
        for t in self.tranches.iter_mut() {
            if !t.kept {
                t.active = false;
            }
        }
        self.recount_relief();
        self.target_trust *= p.target_trust_after_breakdown;
    }
}

/// Bayes' rule over the two types: the belief in a reformer after an observation with these
/// likelihoods under each type, of which the sanctioning side takes in the share `weight`
/// (belief adjustment: people move toward the posterior, not all the way; Edwards 1968).
/// A partial step keeps the belief's expected value where Bayes' rule has it, so no pattern
/// of observations can raise the expected belief in an insincere target.
#[inline(always)]
fn bayes(prior: f64, if_reformer: f64, if_spoiler: f64, weight: f64) -> f64 {
    let joint = prior * if_reformer;
    let total = joint + (1.0 - prior) * if_spoiler;
    if total > 0.0 {
        (prior + weight * (joint / total - prior)).clamp(0.0, 1.0)
    } else {
        prior
    }
}

/// The seed of one run's stream: the scenario's seed and the run's index, mixed (SplitMix64's
/// finalizer) so that neighbouring seeds and runs give unrelated streams.
fn run_seed(seed: u64, run: u32) -> u64 {
    let mut z = seed ^ (u64::from(run) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// What the ensemble keeps: histograms and sums per series and month, the outcome classes,
/// and when runs broke down and received all their relief. Nothing grows with the number of
/// runs.
#[derive(Clone, Debug, PartialEq)]
struct Tally {
    months: usize,
    runs: u32,
    /// Runs that drew a sincere target.
    sincere: u32,
    histograms: Vec<u32>,
    /// Each series' sum over the runs, in fixed point ([`SUM_SCALE`] per unit): integer sums
    /// are exact, so tallies of any slices of the runs merge into the same bits in any order.
    sums: Vec<i64>,
    outcomes: Vec<u32>,
    broke_in: Vec<u32>,
    full_relief_in: Vec<u32>,
}

/// Series every run records each month: the five of the format, then relief in force.
const RECORDED: usize = 6;
/// Slots per month. Trust is kept by the target's type, in slot 0 for sincere runs and the last
/// slot for insincere ones; the trust of all runs is their sum, so no run writes it twice.
const SLOTS: usize = RECORDED + 1;
const SINCERE_SLOT: usize = 0;
const RELIEF_SLOT: usize = 5;
const INSINCERE_SLOT: usize = 6;

/// The fixed point of the tally's sums: 2^40 per unit, so a value in 0..=1 keeps a precision
/// of 10^-12, and a hundred thousand runs (the most a scenario has) sum far inside an i64.
const SUM_SCALE: f64 = (1u64 << 40) as f64;

/// A recorded value with its bin and its fixed-point value, both functions of the value alone.
#[derive(Clone, Copy)]
struct Recorded {
    bits: u64,
    /// A byte, since there are at most 256 bins: the compiler then sees that the bin index of
    /// every series but trust stays inside its month's counters, and checks none of them.
    bin: u8,
    fixed: i64,
}

const _: () = assert!(BINS <= 256);

impl Recorded {
    #[inline(always)]
    fn of(value: f64) -> Recorded {
        Recorded {
            bits: value.to_bits(),
            bin: bin_of(value) as u8,
            // Multiplying by a power of two is exact, and the cast truncates the same way on
            // every platform.
            fixed: (value * SUM_SCALE) as i64,
        }
    }
}

/// One month's counters of a tally: the bins of every slot, the sums and the outcome classes.
/// Their sizes are fixed, so recording a run's month checks no bounds but trust's.
struct MonthCounts<'t> {
    bins: &'t mut [u32; SLOTS * BINS],
    sums: &'t mut [i64; SLOTS],
    outcomes: &'t mut [u32; 4],
}

impl MonthCounts<'_> {
    /// Counts one run's values at this month, trust in `trust_slot` (the slot of the run's
    /// type). The month's bins for all series lie together, so a run's writes stay close in
    /// memory. `last` holds what the run recorded before, so that a value that has not moved
    /// is counted without being binned again.
    #[inline(always)]
    fn record(
        self,
        values: [f64; RECORDED],
        trust_slot: usize,
        outcome: usize,
        last: &mut [Recorded; RECORDED],
    ) {
        let slots = [trust_slot, 1, 2, 3, 4, 5];
        for ((value, last), slot) in values.into_iter().zip(last).zip(slots) {
            if value.to_bits() != last.bits {
                *last = Recorded::of(value);
            }
            self.bins[slot * BINS + last.bin as usize] += 1;
            self.sums[slot] += last.fixed;
        }
        self.outcomes[outcome] += 1;
    }
}

const OUTCOME_SUSTAINED: usize = 0;
const OUTCOME_EXPLOITED: usize = 1;
const OUTCOME_CAUGHT: usize = 2;
const OUTCOME_COLLAPSED: usize = 3;

impl Tally {
    fn new(months: usize) -> Tally {
        Tally {
            months,
            runs: 0,
            sincere: 0,
            histograms: vec![0; SLOTS * months * BINS],
            sums: vec![0; SLOTS * months],
            outcomes: vec![0; 4 * months],
            broke_in: vec![0; months],
            full_relief_in: vec![0; months],
        }
    }

    /// Each month's counters in turn, for a run to record its months into.
    fn months_mut(&mut self) -> impl Iterator<Item = MonthCounts<'_>> {
        self.histograms
            .chunks_exact_mut(SLOTS * BINS)
            .zip(self.sums.chunks_exact_mut(SLOTS))
            .zip(self.outcomes.chunks_exact_mut(4))
            .map(|((bins, sums), outcomes)| MonthCounts {
                bins: bins.try_into().expect("chunks of a month's bins"),
                sums: sums.try_into().expect("chunks of a month's sums"),
                outcomes: outcomes.try_into().expect("chunks of a month's outcomes"),
            })
    }

    /// Adds another tally of the same months: the runs it counted join these. Every count and
    /// sum is an integer, so tallies merge into the same bits whatever the slices and order.
    fn merge(&mut self, other: &Tally) {
        assert_eq!(
            self.months, other.months,
            "only tallies of the same months merge"
        );
        self.runs += other.runs;
        self.sincere += other.sincere;
        let add = |mine: &mut [u32], theirs: &[u32]| {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        };
        add(&mut self.histograms, &other.histograms);
        add(&mut self.outcomes, &other.outcomes);
        add(&mut self.broke_in, &other.broke_in);
        add(&mut self.full_relief_in, &other.full_relief_in);
        for (a, b) in self.sums.iter_mut().zip(&other.sums) {
            *a += b;
        }
    }

    fn finish_run(&mut self, sincere: bool, breakdown: Option<u32>, full_relief: Option<u32>) {
        self.runs += 1;
        if sincere {
            self.sincere += 1;
        }
        if let Some(month) = breakdown {
            self.broke_in[month as usize] += 1;
        }
        if let Some(month) = full_relief {
            self.full_relief_in[month as usize] += 1;
        }
    }

    /// The bands of the runs counted in these slots, which number `count`.
    fn bands(&self, slots: &[usize], count: u32) -> Bands {
        let divisor = count.max(1) as f64;
        let column = || Vec::with_capacity(self.months);
        let mut b = Bands {
            p10: column(),
            p25: column(),
            p50: column(),
            p75: column(),
            p90: column(),
            mean: column(),
        };
        let mut merged = [0u32; BINS];
        for month in 0..self.months {
            let bins_of = |slot: usize| {
                let at = (month * SLOTS + slot) * BINS;
                &self.histograms[at..at + BINS]
            };
            // One slot's bins are read where they lie; several are added up first.
            let bins = match slots {
                [slot] => bins_of(*slot),
                _ => {
                    merged.fill(0);
                    for &slot in slots {
                        for (total, n) in merged.iter_mut().zip(bins_of(slot)) {
                            *total += n;
                        }
                    }
                    &merged[..]
                }
            };
            let sum: i64 = slots
                .iter()
                .map(|slot| self.sums[month * SLOTS + slot])
                .sum();
            let [p10, p25, p50, p75, p90] = quantiles(bins, count, [0.10, 0.25, 0.50, 0.75, 0.90]);
            b.p10.push(p10);
            b.p25.push(p25);
            b.p50.push(p50);
            b.p75.push(p75);
            b.p90.push(p90);
            b.mean
                .push((sum as f64 / SUM_SCALE / divisor).clamp(0.0, 1.0));
        }
        b
    }

    /// The projection of the runs tallied, with the sequencing checker's `warnings` (computed
    /// once by the caller: the runs under drawn calibrations need none of their own).
    fn projection(&self, warnings: Vec<String>) -> Projection {
        let runs = self.runs.max(1);
        let mut backsliding_risk = Vec::with_capacity(self.months);
        let mut hazard = Vec::with_capacity(self.months);
        let mut broken = 0u32;
        let mut median_breakdown_month = None;
        for month in 0..self.months {
            let intact = runs - broken;
            hazard.push(if intact == 0 {
                0.0
            } else {
                self.broke_in[month] as f64 / intact as f64
            });
            broken += self.broke_in[month];
            let risk = broken as f64 / runs as f64;
            backsliding_risk.push(risk);
            if median_breakdown_month.is_none() && 2 * broken >= runs && broken > 0 {
                median_breakdown_month = Some(month as u32);
            }
        }
        let mut relieved = 0u32;
        let mut full_relief_month_p50 = None;
        for month in 0..self.months {
            relieved += self.full_relief_in[month];
            if 2 * relieved >= runs && relieved > 0 {
                full_relief_month_p50 = Some(month as u32);
                break;
            }
        }
        let mut outcomes = Outcomes::default();
        for month in 0..self.months {
            let share = |k: usize| self.outcomes[month * 4 + k] as f64 / runs as f64;
            outcomes.sustained.push(share(OUTCOME_SUSTAINED));
            outcomes.exploited.push(share(OUTCOME_EXPLOITED));
            outcomes.caught.push(share(OUTCOME_CAUGHT));
            outcomes.collapsed.push(share(OUTCOME_COLLAPSED));
        }
        let insincere = self.runs - self.sincere;
        let series_index = |s: Series| Series::ALL.iter().position(|x| *x == s).unwrap_or(0);
        let bands = |s: Series| self.bands(&[series_index(s)], self.runs);
        Projection {
            horizon_months: (self.months - 1) as u32,
            trust: self.bands(&[SINCERE_SLOT, INSINCERE_SLOT], self.runs),
            target_trust: bands(Series::TargetTrust),
            economy: bands(Series::Economy),
            leverage: bands(Series::Leverage),
            legitimacy: bands(Series::Legitimacy),
            summary: Summary {
                breakdown_probability: *backsliding_risk.last().unwrap_or(&0.0),
                median_breakdown_month,
                full_relief_month_p50,
            },
            backsliding_risk,
            hazard,
            trust_if_sincere: (self.sincere > 0).then(|| self.bands(&[SINCERE_SLOT], self.sincere)),
            trust_if_insincere: (insincere > 0).then(|| self.bands(&[INSINCERE_SLOT], insincere)),
            relief_in_force: Some(self.bands(&[RELIEF_SLOT], self.runs)),
            outcomes: Some(outcomes),
            warnings,
            with_parameter_uncertainty: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{COUNTS_HEADER, Counts, Ensemble, power_of_two_above_exp};
    use crate::projection::{Bands, ParameterUncertainty, Projection, Series, Summary};
    use crate::{Params, Scenario, Step, StepKind};

    /// A band's statistics at one month.
    fn band_at(band: &Bands, month: usize) -> Vec<f64> {
        band.columns()
            .into_iter()
            .map(|(_, values)| values[month])
            .collect()
    }

    /// Everything a projection says about one month: each series' bands, the risk, the hazard
    /// and the outcomes, with the summary.
    fn at_month(projection: &Projection, month: usize) -> Vec<f64> {
        let bands = |b: &Bands| band_at(b, month);
        let mut values: Vec<f64> = Series::ALL
            .iter()
            .flat_map(|&s| bands(projection.bands(s)))
            .collect();
        for optional in [
            &projection.trust_if_sincere,
            &projection.trust_if_insincere,
            &projection.relief_in_force,
        ] {
            values.extend(optional.as_ref().map(bands).unwrap_or_default());
        }
        let outcomes = projection.outcomes.as_ref().expect("outcomes");
        values.extend(
            [
                &projection.backsliding_risk,
                &projection.hazard,
                &outcomes.sustained,
                &outcomes.exploited,
                &outcomes.caught,
                &outcomes.collapsed,
            ]
            .map(|by_month| by_month[month]),
        );
        values.extend(summary_values(&projection.summary));
        values
    }

    /// A summary's numbers: they count every run's breakdown and full relief.
    fn summary_values(summary: &Summary) -> impl Iterator<Item = f64> {
        [
            Some(summary.breakdown_probability),
            summary.median_breakdown_month.map(f64::from),
            summary.full_relief_month_p50.map(f64::from),
        ]
        .into_iter()
        .flatten()
    }

    /// What the runs under drawn calibrations say of one month.
    fn doubt_at_month(doubt: Option<&ParameterUncertainty>, month: usize) -> Vec<f64> {
        let doubt = doubt.expect("the model's doubt");
        let bands = |b: &Bands| band_at(b, month);
        let mut values: Vec<f64> = Series::ALL
            .iter()
            .flat_map(|&s| bands(doubt.bands(s)))
            .collect();
        for optional in [&doubt.trust_if_sincere, &doubt.trust_if_insincere] {
            values.extend(optional.as_ref().map(bands).unwrap_or_default());
        }
        values.extend(
            [
                &doubt.backsliding_risk,
                &doubt.backsliding_risk_low,
                &doubt.backsliding_risk_high,
            ]
            .map(|by_month| by_month[month]),
        );
        values.extend(summary_values(&doubt.summary));
        values
    }

    /// An ensemble that records its last month alone ("Why?", the analyses) says of that month
    /// exactly what the whole ensemble says, bit for bit, with and without the model's doubt.
    #[test]
    fn reading_the_last_month_alone_gives_that_month_the_same_bits() {
        let params = Params::default();
        for name in ["phased-and-verified", "iran-2013", "venezuela-2023"] {
            let mut scenario = crate::preset(name).unwrap().scenario;
            scenario.runs = 300;
            for doubt in [false, true] {
                scenario.parameter_uncertainty = doubt;
                for month in [
                    0,
                    1,
                    9,
                    scenario.horizon_months / 2,
                    scenario.horizon_months,
                ] {
                    let mut whole = Ensemble::until(&scenario, &params, month);
                    whole.add_runs(0..scenario.runs);
                    let mut last =
                        Ensemble::until(&scenario, &params, month).reading_the_last_month();
                    last.add_runs(0..scenario.runs);
                    let (whole, last) = (whole.projection(), last.projection());
                    let m = month as usize;
                    let bits = |v: Vec<f64>| v.into_iter().map(f64::to_bits).collect::<Vec<_>>();
                    assert_eq!(
                        bits(at_month(&last, m)),
                        bits(at_month(&whole, m)),
                        "{name}, doubt {doubt}, month {month}"
                    );
                    if doubt {
                        let (whole, last) = (
                            doubt_at_month(whole.with_parameter_uncertainty.as_ref(), m),
                            doubt_at_month(last.with_parameter_uncertainty.as_ref(), m),
                        );
                        assert_eq!(
                            bits(last),
                            bits(whole),
                            "{name} with the model's doubt, month {month}"
                        );
                    }
                }
            }
        }
    }

    /// Counts that were cut short, tampered with or are not counts at all are refused with a
    /// reason, never merged into a projection.
    #[test]
    fn words_that_are_not_whole_counts_are_refused() {
        let scenario = Scenario {
            horizon_months: 12,
            runs: 40,
            steps: vec![Step::new(StepKind::SectoralEasing, 3)],
            ..Scenario::default()
        };
        let words = Counts::of_runs(&scenario, &Params::default(), 0..40).to_words();
        assert!(Counts::from_words(&words).is_ok());
        let month_zero_outcome = COUNTS_HEADER + 7 * 13 * 200;
        let cases: Vec<(&str, Vec<u32>, &str)> = vec![
            ("empty", vec![], "do not start as counts do"),
            (
                "another magic",
                [&[7], &words[1..]].concat(),
                "do not start as counts do",
            ),
            (
                "cut short",
                words[..words.len() - 1].to_vec(),
                "words where 13 months take",
            ),
            (
                "no months",
                [&words[..1], &[0], &words[2..]].concat(),
                "0 months is not a horizon",
            ),
            (
                "more sincere runs than runs",
                [&words[..3], &[41], &words[4..]].concat(),
                "41 sincere runs of 40",
            ),
            (
                "a run counted twice",
                {
                    let mut w = words.clone();
                    w[month_zero_outcome] += 1;
                    w
                },
                "month 0 does not count each of the 40 runs once",
            ),
        ];
        for (what, words, reason) in cases {
            let error = Counts::from_words(&words).expect_err(what).to_string();
            assert!(error.contains(reason), "{what}: {error}");
        }
    }

    /// Counts of different horizons do not merge, and the counts merged into are unchanged.
    #[test]
    fn counts_of_other_horizons_do_not_merge() {
        let short = Scenario {
            horizon_months: 12,
            runs: 10,
            ..Scenario::default()
        };
        let mut long = short.clone();
        long.horizon_months = 24;
        long.steps.push(Step::new(StepKind::SectoralEasing, 20));
        let params = Params::default();
        let mut counts = Counts::of_runs(&short, &params, 0..10);
        let before = counts.clone();
        let error = counts
            .merge(&Counts::of_runs(&long, &params, 0..10))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "counts of 13 months cannot merge with counts of 25"
        );
        assert_eq!(counts, before);
    }

    #[test]
    fn the_bound_is_a_power_of_two_above_the_exponential_and_close_to_it() {
        // Every x from −690 to 690 in steps that hit no special value, and the hazard's range
        // finely.
        let coarse = (-69_000..=69_000).map(|i| f64::from(i) * 0.01 + 1e-7);
        let fine = (-200_000..=20_000).map(|i| f64::from(i) * 0.000_05);
        for x in coarse.chain(fine) {
            let bound = power_of_two_above_exp(x);
            let exact = libm::exp(x);
            assert!(bound >= exact, "x = {x}: {bound} < {exact}");
            assert_eq!(
                bound.to_bits() & ((1 << 52) - 1),
                0,
                "x = {x}: not a power of two"
            );
            // Four times, and the margin's 2^(10^-6).
            assert!(
                bound <= 4.0 * exact * (1.0 + 1e-5),
                "x = {x}: {bound} is too loose"
            );
        }
        // Outside the normal powers of two, the caller computes the exponential itself.
        for x in [-800.0, 800.0, f64::NAN, f64::NEG_INFINITY, f64::INFINITY] {
            assert_eq!(power_of_two_above_exp(x), f64::INFINITY, "x = {x}");
        }
    }
}
