//! "Suggest a better order": a search over the months of the reader's own steps (and, if
//! asked, whether each waits for verified compliance or is announced with published criteria)
//! for the sequence that does best on one objective, then an honest check of the result.
//!
//! The search is coordinate descent on a grid: one unlocked step at a time, every admissible
//! month on a coarse grid plus the months next to its own, keeping a move only when it
//! improves the objective; sweeps repeat until one changes nothing. Every candidate is run
//! with the scenario's seed, so all of them face the same futures (common random numbers)
//! and the search compares sequences, not luck. It is written here rather than taken from an
//! optimisation crate because the space is small, discrete and constrained (whole months,
//! locked steps, gaps between tranches), which the general solvers (argmin's are continuous,
//! or need a random neighbourhood and a cooling schedule of their own) fit worse than a plain
//! grid, and because the search must stop after any evaluation so the page can show progress
//! and cancel.
//!
//! A search that picks the best of many candidates on one set of futures flatters its winner.
//! So the suggestion is measured again against the reader's sequence on a fresh seed, and
//! only an improvement of at least twice its standard error is offered; anything less is
//! reported as "no clear improvement".

use crate::engine::Ensemble;
use crate::measure::{Difference, Measure, Sliced};
use crate::params::Params;
use crate::scenario::{Scenario, limits};
use crate::words::{Arg, Message, Template};

/// The search's sentences, for the catalogues.
pub const OPTIMIZE_TEMPLATES: &[&Template] = &[
    &WEIGHTED,
    &MOVE,
    &AND_THEN,
    &MOVED,
    &WAITS,
    &NO_LONGER_WAITS,
    &ANNOUNCED,
    &NO_LONGER_ANNOUNCED,
];
const WEIGHTED: Template = Template {
    id: "objective-weighted",
    english: "{ $breakdown } less { $weight } times { $recovery }",
};
const MOVE: Template = Template {
    id: "move",
    english: "{ $step }: { $changes }",
};
const AND_THEN: Template = Template {
    id: "move-and-then",
    english: "{ $list }; { $next }",
};
const MOVED: Template = Template {
    id: "move-month",
    english: "month { $from } → { $to }",
};
const WAITS: Template = Template {
    id: "move-waits",
    english: "waits for verified compliance",
};
const NO_LONGER_WAITS: Template = Template {
    id: "move-no-longer-waits",
    english: "no longer waits for verified compliance",
};
const ANNOUNCED: Template = Template {
    id: "move-announced",
    english: "announced with published criteria",
};
const NO_LONGER_ANNOUNCED: Template = Template {
    id: "move-no-longer-announced",
    english: "no longer announced with published criteria",
};
/// What the search minimises.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Objective {
    /// The share of futures broken down by this month.
    Breakdown {
        /// The month read, clamped to the horizon.
        month: u32,
    },
    /// The share broken down by `month`, less `recovery_weight` times the economic recovery
    /// averaged over the months to the horizon (so relief that comes late, or after the
    /// horizon, counts for less): with a weight of 0.5, a sequence that recovers ten points
    /// more on average may break down five points more often and score the same.
    Weighted {
        /// The month the breakdown share is read at, clamped to the horizon.
        month: u32,
        /// How many points of breakdown one point of recovery is worth; 0 to 10.
        recovery_weight: f64,
    },
}

impl Objective {
    /// The objective in plain words, for a scenario of `horizon` months.
    pub fn describe(self, horizon: u32) -> String {
        self.message(horizon).english()
    }

    /// The objective in plain words, as a message for the reader's language.
    pub fn message(self, horizon: u32) -> Message {
        match self {
            Objective::Breakdown { month } => Measure::BreakdownBy { month }.message(horizon),
            Objective::Weighted {
                month,
                recovery_weight,
            } => Message::new(
                &WEIGHTED,
                vec![
                    (
                        "breakdown",
                        Arg::Said(Box::new(Measure::BreakdownBy { month }.message(horizon))),
                    ),
                    ("weight", Arg::Number(recovery_weight)),
                    (
                        "recovery",
                        Arg::Said(Box::new(Measure::RecoveryOverTime.message(horizon))),
                    ),
                ],
            ),
        }
    }

    /// The objective of a projection that reaches the horizon.
    fn read(self, projection: &crate::projection::Projection) -> f64 {
        match self {
            Objective::Breakdown { month } => Measure::BreakdownBy { month }.read(projection),
            Objective::Weighted {
                month,
                recovery_weight,
            } => {
                Measure::BreakdownBy { month }.read(projection)
                    - recovery_weight * Measure::RecoveryOverTime.read(projection)
            }
        }
    }

    /// The objective measured slice by slice, for an honest comparison.
    fn sliced(self, scenario: &Scenario, params: &Params) -> Sliced {
        match self {
            Objective::Breakdown { month } => {
                Sliced::measure(scenario, params, Measure::BreakdownBy { month })
            }
            Objective::Weighted {
                month,
                recovery_weight,
            } => Sliced::measure(scenario, params, Measure::BreakdownBy { month }).weighted(
                &Sliced::measure(scenario, params, Measure::RecoveryOverTime),
                -recovery_weight,
            ),
        }
    }

    /// The last month a projection must reach to read the objective.
    fn last_month(self, horizon: u32) -> u32 {
        match self {
            Objective::Breakdown { month } => month.min(horizon),
            Objective::Weighted { .. } => horizon,
        }
    }

    /// Whether the objective reads [`Objective::last_month`] alone: the breakdown by a month
    /// does, a weighted score also reads the recovery of every month.
    fn reads_its_last_month_alone(self) -> bool {
        matches!(self, Objective::Breakdown { .. })
    }
}

/// What the search may and may not do.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    /// What to minimise.
    pub objective: Objective,
    /// Indices of steps that must stay exactly as they are (an exercise's locked steps).
    pub locked: Vec<usize>,
    /// The fewest months between any two relief steps that the search places. A pair already
    /// closer in the reader's sequence may stay as it is.
    pub min_gap: u32,
    /// No step the search moves goes before this month.
    pub not_before: u32,
    /// No step the search moves goes into the last this many months: a step placed there is
    /// judged on too few months after it, so the search would favour pushing steps out of
    /// sight rather than ordering them better.
    pub end_margin: u32,
    /// Whether the search may also switch a step's "waits for verified compliance" and
    /// "announced with published criteria".
    pub flags: bool,
    /// Runs per candidate while searching; the final check uses the scenario's own runs.
    pub search_runs: u32,
    /// The most sweeps over the steps.
    pub max_sweeps: u32,
}

impl Search {
    /// A search for `objective` with no constraints: every step free, months from 0 to a year
    /// before the horizon, no gap, flags left as they are, up to 500 runs a candidate and four
    /// sweeps.
    pub fn new(objective: Objective) -> Search {
        Search {
            objective,
            locked: Vec::new(),
            min_gap: 0,
            not_before: 0,
            end_margin: 12,
            flags: false,
            search_runs: 500,
            max_sweeps: 4,
        }
    }
}

/// Why a search cannot start, in words that name the option to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchError(pub String);

impl core::fmt::Display for SearchError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One change the suggestion makes to a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// The step's index in the scenario's steps.
    pub step: usize,
    /// Its month before and after.
    pub from_month: u32,
    /// Its month in the suggestion.
    pub to_month: u32,
    /// Whether the suggestion switches "waits for verified compliance".
    pub conditional_switched: bool,
    /// Whether the suggestion switches "announced with published criteria".
    pub transparent_switched: bool,
}

impl Move {
    /// The change in plain words, for the scenario it was made to: "Sectoral easing: month 6 →
    /// 14; waits for verified compliance".
    pub fn describe(&self, original: &Scenario) -> String {
        self.message(original).english()
    }

    /// The move in plain words, as a message for the reader's language: the step, then each
    /// change to it.
    pub fn message(&self, original: &Scenario) -> Message {
        let step = &original.steps[self.step];
        let mut parts = Vec::new();
        if self.from_month != self.to_month {
            parts.push(Message::new(
                &MOVED,
                vec![
                    ("from", Arg::Month(self.from_month)),
                    ("to", Arg::Month(self.to_month)),
                ],
            ));
        }
        if self.conditional_switched {
            let template = if step.conditional {
                &NO_LONGER_WAITS
            } else {
                &WAITS
            };
            parts.push(Message::new(template, vec![]));
        }
        if self.transparent_switched {
            let template = if step.transparent {
                &NO_LONGER_ANNOUNCED
            } else {
                &ANNOUNCED
            };
            parts.push(Message::new(template, vec![]));
        }
        let mut changes = parts.into_iter();
        let first = changes.next().map(|m| Arg::Said(Box::new(m)));
        // Each further change joins the list by its own message, so a language puts its own
        // separator between them.
        let mut list = first.unwrap_or(Arg::Text(String::new()));
        for next in changes {
            list = Arg::Said(Box::new(Message::new(
                &AND_THEN,
                vec![("list", list), ("next", Arg::Said(Box::new(next)))],
            )));
        }
        Message::new(
            &MOVE,
            vec![("step", Arg::Step(step.kind)), ("changes", list)],
        )
    }
}

/// What the search found, measured again on a fresh seed.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The objective in plain words.
    pub objective: String,
    /// The best sequence the search found (the reader's own when it found nothing better).
    pub scenario: Scenario,
    /// What it changes, step by step.
    pub moves: Vec<Move>,
    /// The seed of the fresh futures both sequences were measured on.
    pub check_seed: u64,
    /// The objective of the reader's sequence on the fresh futures.
    pub before: f64,
    /// The objective of the suggestion on the same futures.
    pub after: f64,
    /// `before` minus `after` (positive is better), with its standard error.
    pub improvement: Difference,
    /// How many candidate sequences the search ran.
    pub evaluations: u32,
}

impl Suggestion {
    /// Whether the suggestion is worth offering: it changes something, and it improves the
    /// objective on fresh futures by at least twice the improvement's standard error.
    pub fn is_clear(&self) -> bool {
        !self.moves.is_empty() && self.improvement.value > 0.0 && !self.improvement.within_noise()
    }
}

/// How far a search has come.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// Candidates run so far.
    pub evaluations: u32,
    /// The share of the search done, 0 to 1: a sweep's share of the most sweeps, so it only
    /// ever rises, and reaches 1 when the search stops.
    pub fraction: f64,
    /// The best objective found so far, on the search's futures.
    pub best: f64,
}

/// A search in progress. [`Optimizer::advance`] runs a few candidates at a time, so a caller
/// can report progress between calls and simply stop calling to cancel.
pub struct Optimizer<'p> {
    original: Scenario,
    params: &'p Params,
    search: Search,
    /// The best sequence so far, with the search's runs.
    best: Scenario,
    best_value: f64,
    /// Where the search is: the sweep, the step in it, and the candidates for that step.
    sweep: u32,
    step: usize,
    candidates: Vec<Scenario>,
    improved_this_sweep: bool,
    evaluations: u32,
    done: bool,
}

impl<'p> Optimizer<'p> {
    /// Checks the search's options against the scenario and runs the reader's sequence once.
    pub fn new(
        scenario: &Scenario,
        params: &'p Params,
        search: Search,
    ) -> Result<Optimizer<'p>, SearchError> {
        let steps = scenario.steps.len();
        if let Some(&bad) = search.locked.iter().find(|&&i| i >= steps) {
            return Err(SearchError(format!(
                "locked step {bad} does not exist: the scenario has {steps} steps, numbered 0 to {}",
                steps.saturating_sub(1)
            )));
        }
        if search.not_before > scenario.horizon_months {
            return Err(SearchError(format!(
                "not before month {} is past the horizon (month {}): choose a month from 0 to {}",
                search.not_before, scenario.horizon_months, scenario.horizon_months
            )));
        }
        if search.min_gap > scenario.horizon_months {
            return Err(SearchError(format!(
                "a minimum gap of {} months is longer than the horizon ({} months)",
                search.min_gap, scenario.horizon_months
            )));
        }
        if let Objective::Weighted {
            recovery_weight, ..
        } = search.objective
            && !(0.0..=10.0).contains(&recovery_weight)
        {
            return Err(SearchError(format!(
                "the recovery weight must be from 0 to 10, not {recovery_weight}"
            )));
        }
        if search.search_runs == 0 || search.search_runs > limits::MAX_RUNS {
            return Err(SearchError(format!(
                "runs per candidate must be from 1 to {}, not {}",
                limits::MAX_RUNS,
                search.search_runs
            )));
        }
        let mut best = scenario.clone();
        best.runs = search.search_runs.min(scenario.runs.max(1));
        let mut optimizer = Optimizer {
            original: scenario.clone(),
            params,
            best_value: 0.0,
            best,
            sweep: 0,
            step: 0,
            candidates: Vec::new(),
            improved_this_sweep: false,
            evaluations: 0,
            done: steps == 0 || search.max_sweeps == 0,
            search,
        };
        optimizer.best_value = optimizer.evaluate(&optimizer.best.clone());
        optimizer.candidates = optimizer.candidates_for(0);
        Ok(optimizer)
    }

    /// Runs up to `evaluations` more candidates and says how far the search has come.
    pub fn advance(&mut self, evaluations: u32) -> Progress {
        for _ in 0..evaluations {
            if self.done {
                break;
            }
            match self.candidates.pop() {
                Some(candidate) => {
                    let value = self.evaluate(&candidate);
                    // Strictly better only, so that ties keep the reader's own choice.
                    if value < self.best_value - 1e-12 {
                        self.best_value = value;
                        self.best = candidate;
                        self.improved_this_sweep = true;
                    }
                }
                None => self.next_step(),
            }
        }
        self.progress()
    }

    /// Whether the search has stopped.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// How far the search has come.
    pub fn progress(&self) -> Progress {
        let steps = self.original.steps.len().max(1) as f64;
        let sweeps = f64::from(self.search.max_sweeps.max(1));
        let fraction = if self.done {
            1.0
        } else {
            (f64::from(self.sweep) + self.step as f64 / steps) / sweeps
        };
        Progress {
            evaluations: self.evaluations,
            fraction: fraction.min(1.0),
            best: self.best_value,
        }
    }

    /// Runs the search to its end and checks the result on a fresh seed.
    pub fn run(mut self) -> Suggestion {
        while !self.done {
            self.advance(64);
        }
        self.finish()
    }

    /// Checks the best sequence found so far against the reader's on a fresh seed, with the
    /// scenario's own runs: a search stopped early still gives an honest answer.
    pub fn finish(self) -> Suggestion {
        let mut suggested = self.best.clone();
        suggested.runs = self.original.runs;
        let moves = moves(&self.original, &suggested);
        if moves.is_empty() {
            // Nothing changed: the reader's own sequence, exactly as written.
            suggested = self.original.clone();
        }
        let check_seed = fresh_seed(self.original.seed);
        let mut before = self.original.clone();
        before.seed = check_seed;
        let mut after = suggested.clone();
        after.seed = check_seed;
        let objective = self.search.objective;
        let before = objective.sliced(&before, self.params);
        let after = objective.sliced(&after, self.params);
        Suggestion {
            objective: objective.describe(self.original.horizon_months),
            scenario: suggested,
            moves,
            check_seed,
            before: before.value(),
            after: after.value(),
            improvement: before.minus(&after),
            evaluations: self.evaluations,
        }
    }

    fn evaluate(&mut self, candidate: &Scenario) -> f64 {
        self.evaluations += 1;
        let last = self.search.objective.last_month(candidate.horizon_months);
        let mut ensemble = Ensemble::until(candidate, self.params, last).luck_alone();
        if self.search.objective.reads_its_last_month_alone() {
            ensemble = ensemble.reading_the_last_month();
        }
        ensemble.add_runs(0..candidate.runs);
        self.search.objective.read(&ensemble.projection())
    }

    /// Moves on to the next unlocked step, or the next sweep, or stops.
    fn next_step(&mut self) {
        self.step += 1;
        if self.step >= self.original.steps.len() {
            self.sweep += 1;
            self.step = 0;
            if !self.improved_this_sweep || self.sweep >= self.search.max_sweeps {
                self.done = true;
                return;
            }
            self.improved_this_sweep = false;
        }
        self.candidates = self.candidates_for(self.step);
    }

    /// The variants of the best sequence so far that change step `index` alone, in reverse
    /// order of trial (they are popped from the end).
    fn candidates_for(&self, index: usize) -> Vec<Scenario> {
        // A scenario with no steps has nothing to vary.
        let Some(&step) = self.best.steps.get(index) else {
            return Vec::new();
        };
        if self.search.locked.contains(&index) {
            return Vec::new();
        }
        let base = &self.best;
        let horizon = base.horizon_months;
        // The latest month a moved step may take; never before the earliest.
        let latest = horizon
            .saturating_sub(self.search.end_margin)
            .max(self.search.not_before);
        let stride = (horizon / 16).max(1);
        let mut months: Vec<u32> = (self.search.not_before..=latest)
            .step_by(stride as usize)
            .collect();
        months.push(latest);
        for offset in [1, 2] {
            months.push(step.month.saturating_add(offset));
            months.push(step.month.saturating_sub(offset));
        }
        months.sort_unstable();
        months.dedup();
        let mut variants = Vec::new();
        for month in months {
            if month == step.month
                || month > latest
                || month < self.search.not_before
                || !self.gap_allows(base, index, month)
            {
                continue;
            }
            let mut variant = base.clone();
            variant.steps[index].month = month;
            variants.push(variant);
        }
        if self.search.flags {
            for switch in [
                |s: &mut crate::scenario::Step| s.conditional = !s.conditional,
                |s: &mut crate::scenario::Step| s.transparent = !s.transparent,
            ] {
                let mut variant = base.clone();
                switch(&mut variant.steps[index]);
                variants.push(variant);
            }
        }
        variants.reverse();
        variants
    }

    /// Whether step `index` may go to `month` without coming closer than the minimum gap to
    /// another relief step.
    fn gap_allows(&self, scenario: &Scenario, index: usize, month: u32) -> bool {
        let step = &scenario.steps[index];
        if self.search.min_gap == 0 || !step.kind.is_relief() {
            return true;
        }
        scenario.steps.iter().enumerate().all(|(j, other)| {
            j == index
                || !other.kind.is_relief()
                || other.month.abs_diff(month) >= self.search.min_gap
        })
    }
}

/// What `suggested` changes in `original`, step by step.
fn moves(original: &Scenario, suggested: &Scenario) -> Vec<Move> {
    original
        .steps
        .iter()
        .zip(&suggested.steps)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(step, (a, b))| Move {
            step,
            from_month: a.month,
            to_month: b.month,
            conditional_switched: a.conditional != b.conditional,
            transparent_switched: a.transparent != b.transparent,
        })
        .collect()
}

/// A seed for the check that no search could have tuned to: a fixed mix of the scenario's
/// seed (SplitMix64's finaliser), kept within the seeds a link can carry.
fn fresh_seed(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) & limits::MAX_SEED
}

/// Searches for a better order of `scenario`'s steps (see [`Optimizer`]) and checks it.
pub fn optimize(
    scenario: &Scenario,
    params: &Params,
    search: Search,
) -> Result<Suggestion, SearchError> {
    Ok(Optimizer::new(scenario, params, search)?.run())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Step, StepKind};

    /// Everything given at once, with nothing asked in return: a sequence the literature
    /// says invites exploitation, so a better order exists.
    fn front_loaded() -> Scenario {
        Scenario {
            runs: 400,
            horizon_months: 36,
            steps: vec![
                Step::new(StepKind::ComplianceStep, 30),
                Step::new(StepKind::SectoralEasing, 0),
                Step::new(StepKind::FinancialChannels, 0),
                Step::new(StepKind::AssetUnfreezing, 0),
                Step::new(StepKind::IndependentMonitoring, 30),
            ],
            ..Scenario::default()
        }
    }

    fn search() -> Search {
        Search {
            search_runs: 200,
            max_sweeps: 2,
            ..Search::new(Objective::Breakdown { month: 36 })
        }
    }

    /// A scenario with no steps has nothing to reorder: the answer is its own sequence, and
    /// nothing is suggested.
    #[test]
    fn a_scenario_without_steps_gets_no_suggestion() {
        let scenario = Scenario {
            runs: 100,
            ..Scenario::default()
        };
        let suggestion = optimize(&scenario, &Params::default(), search()).unwrap();
        assert!(suggestion.moves.is_empty());
        assert!(!suggestion.is_clear());
        assert_eq!(suggestion.scenario, scenario);
    }

    #[test]
    fn locked_steps_stay_and_every_step_stays_within_the_horizon() {
        let scenario = front_loaded();
        let search = Search {
            locked: vec![1, 4],
            flags: true,
            ..search()
        };
        let suggestion = optimize(&scenario, &Params::default(), search).unwrap();
        assert_eq!(suggestion.scenario.steps[1], scenario.steps[1]);
        assert_eq!(suggestion.scenario.steps[4], scenario.steps[4]);
        assert!(suggestion.moves.iter().all(|m| m.step != 1 && m.step != 4));
        assert!(
            suggestion
                .scenario
                .steps
                .iter()
                .all(|s| s.month <= scenario.horizon_months)
        );
        // Nothing is pushed into the last year, where it would be judged on too few months.
        assert!(
            suggestion
                .moves
                .iter()
                .all(|m| m.to_month <= scenario.horizon_months - 12),
            "{suggestion:#?}"
        );
    }

    #[test]
    fn the_suggestion_is_no_worse_on_fresh_futures_beyond_noise() {
        let scenario = front_loaded();
        let suggestion = optimize(&scenario, &Params::default(), search()).unwrap();
        assert!(!suggestion.moves.is_empty(), "{suggestion:#?}");
        assert!(
            suggestion.improvement.value > -2.0 * suggestion.improvement.standard_error,
            "{suggestion:#?}"
        );
        // Nothing in the search could have seen these futures.
        assert_ne!(suggestion.check_seed, scenario.seed);
    }

    #[test]
    fn spreading_front_loaded_relief_is_a_clear_improvement() {
        let scenario = front_loaded();
        let suggestion = optimize(&scenario, &Params::default(), search()).unwrap();
        assert!(suggestion.is_clear(), "{suggestion:#?}");
        assert!(suggestion.after < suggestion.before, "{suggestion:#?}");
    }

    #[test]
    fn the_gap_and_the_earliest_month_hold_for_every_step_it_moves() {
        let scenario = front_loaded();
        let search = Search {
            min_gap: 6,
            not_before: 3,
            ..search()
        };
        let suggestion = optimize(&scenario, &Params::default(), search).unwrap();
        let steps = &suggestion.scenario.steps;
        for m in &suggestion.moves {
            assert!(m.to_month >= 3, "{m:?}");
            if steps[m.step].kind.is_relief() {
                for (j, other) in steps.iter().enumerate() {
                    if j != m.step && other.kind.is_relief() {
                        assert!(
                            other.month.abs_diff(m.to_month) >= 6,
                            "{m:?} against {other:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn it_is_deterministic_and_a_stopped_search_still_answers() {
        let scenario = front_loaded();
        let params = Params::default();
        let first = optimize(&scenario, &params, search()).unwrap();
        assert_eq!(first, optimize(&scenario, &params, search()).unwrap());

        let mut stopped = Optimizer::new(&scenario, &params, search()).unwrap();
        let progress = stopped.advance(3);
        assert_eq!(
            progress.evaluations, 4,
            "the reader's sequence, then three candidates"
        );
        assert!(progress.fraction < 1.0);
        let early = stopped.finish();
        assert_eq!(early.evaluations, 4);
    }

    #[test]
    fn bad_options_name_what_to_change() {
        let scenario = front_loaded();
        let params = Params::default();
        for (search, words) in [
            (
                Search {
                    locked: vec![9],
                    ..search()
                },
                "locked step 9 does not exist",
            ),
            (
                Search {
                    not_before: 99,
                    ..search()
                },
                "past the horizon",
            ),
            (
                Search {
                    min_gap: 40,
                    ..search()
                },
                "longer than the horizon",
            ),
            (
                Search::new(Objective::Weighted {
                    month: 36,
                    recovery_weight: -1.0,
                }),
                "recovery weight",
            ),
        ] {
            let error = Optimizer::new(&scenario, &params, search).err().unwrap();
            assert!(error.0.contains(words), "{error}");
        }
    }
}
