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
use crate::params::Params;
use crate::projection::{Bands, Projection, Series, Summary};
use crate::scenario::{Scenario, ShockKind, StepKind, StepRole};

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
}

impl<'a> Ensemble<'a> {
    /// An empty ensemble for `scenario` under `params`.
    pub fn new(scenario: &'a Scenario, params: &'a Params) -> Ensemble<'a> {
        Ensemble::until(scenario, params, scenario.horizon_months)
    }

    /// An empty ensemble that simulates only months 0 to `last_month` (at most the horizon):
    /// what happens later cannot change them, so explanations of an early month stop there.
    pub fn until(scenario: &'a Scenario, params: &'a Params, last_month: u32) -> Ensemble<'a> {
        let mut plan = Plan::new(scenario, params);
        plan.horizon = last_month.min(scenario.horizon_months);
        let tally = Tally::new(plan.horizon as usize + 1);
        Ensemble { plan, tally }
    }

    /// Runs the runs with these indices and adds them to the ensemble. The same index always
    /// gives the same run.
    pub fn add_runs(&mut self, runs: Range<u32>) {
        let mut state = RunState::new(&self.plan);
        for run in runs {
            state.reset(&self.plan, run);
            state.simulate(&self.plan, &mut self.tally);
        }
    }

    /// The projection of the runs added so far.
    pub fn projection(&self) -> Projection {
        self.tally.projection(self.plan.scenario)
    }
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

/// An ensemble run a slice at a time by a caller that cannot hold a borrow of the scenario
/// between slices: the page runs a large ensemble across animation frames, so that it keeps
/// answering the reader while a hundred thousand futures are simulated. Runs are added in
/// index order, so the finished projection is bit for bit the one [`simulate`] gives.
pub struct ProgressiveEnsemble {
    tally: Tally,
    next_run: u32,
}

impl ProgressiveEnsemble {
    /// An empty ensemble for `scenario`, which every later call must be given again.
    pub fn new(scenario: &Scenario) -> ProgressiveEnsemble {
        ProgressiveEnsemble {
            tally: Tally::new(scenario.horizon_months as usize + 1),
            next_run: 0,
        }
    }

    /// Runs up to `runs` more of the scenario's runs, the next ones by index. Compiling the
    /// scenario again for each slice costs little next to the slice itself.
    pub fn advance(&mut self, scenario: &Scenario, params: &Params, runs: u32) {
        let end = self.next_run.saturating_add(runs).min(scenario.runs);
        let plan = Plan::new(scenario, params);
        let mut state = RunState::new(&plan);
        for run in self.next_run..end {
            state.reset(&plan, run);
            state.simulate(&plan, &mut self.tally);
        }
        self.next_run = end.max(self.next_run);
    }

    /// How many runs have been added.
    pub fn runs_done(&self) -> u32 {
        self.next_run
    }

    /// Whether every run of `scenario` has been added.
    pub fn is_complete(&self, scenario: &Scenario) -> bool {
        self.next_run >= scenario.runs
    }

    /// The projection of the runs added so far.
    pub fn projection(&self, scenario: &Scenario) -> Projection {
        self.tally.projection(scenario)
    }
}

/// The scenario compiled for simulation: steps and shocks sorted by month.
struct Plan<'a> {
    scenario: &'a Scenario,
    params: &'a Params,
    horizon: u32,
    /// Steps in the order they fall due (by month, then as written).
    steps: Vec<PlannedStep>,
    shocks: Vec<(u32, ShockKind, f64)>,
    relief_steps: usize,
    /// Legitimacy's starting level: its support level before anything happens.
    initial_legitimacy: f64,
    /// What verification implies before any step: the same for every run.
    initial_verification: Verification,
}

#[derive(Clone, Copy)]
struct PlannedStep {
    kind: StepKind,
    month: u32,
    size: f64,
    conditional: bool,
    transparent: bool,
}

impl<'a> Plan<'a> {
    fn new(scenario: &'a Scenario, params: &'a Params) -> Plan<'a> {
        let mut steps: Vec<PlannedStep> = scenario
            .steps
            .iter()
            .map(|s| PlannedStep {
                kind: s.kind,
                month: s.month,
                size: s.size,
                conditional: s.conditional,
                transparent: s.transparent,
            })
            .collect();
        // A stable sort keeps steps of the same month in the order they were written.
        steps.sort_by_key(|s| s.month);
        let mut shocks: Vec<(u32, ShockKind, f64)> = scenario
            .shocks
            .iter()
            .map(|s| (s.month, s.kind, s.size))
            .collect();
        shocks.sort_by_key(|s| s.0);
        let relief_steps = steps.iter().filter(|s| s.kind.is_relief()).count();
        let a = &scenario.assumptions;
        let empty = Measures::default();
        let initial_verification = verification(&empty, a, params);
        let initial_legitimacy = support_level(&initial_verification, params, 0.0, 0.0, 0.0, false);
        Plan {
            scenario,
            params,
            horizon: scenario.horizon_months,
            steps,
            shocks,
            relief_steps,
            initial_legitimacy,
            initial_verification,
        }
    }
}

/// Levels of the confidence-building measures in place, each in 0..=1.
#[derive(Clone, Copy, Default, PartialEq)]
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
    /// The spoiler's violation rate before leverage and distrust.
    spoiler_base: f64,
    /// Weight of leverage held in deterring the spoiler.
    spoiler_leverage: f64,
    /// Spoiler pressure per unit of lost legitimacy: hardliners amplified by neighbours.
    pressure_scale: f64,
    /// How much uncertainty about the target amplifies spoiler pressure.
    uncertainty_weight: f64,
    /// The hazard's log scale before the monthly pressures.
    hazard_base: f64,
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
        spoiler_base: p.spoiler_base + p.spoiler_hardliners * a.hardliners
            - p.spoiler_deterrence * m.snapback * hit,
        spoiler_leverage: p.spoiler_leverage * a.dependence,
        pressure_scale: a.hardliners
            * (1.0 + a.regional_spillover * (1.0 - p.spoiler_pressure_regional_cut * m.regional)),
        uncertainty_weight: p.spoiler_pressure_uncertainty
            * (1.0 - p.spoiler_pressure_criteria_cut * m.criteria),
        hazard_base: p.hazard_base - p.hazard_guarantee * guarantee,
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

/// How much the process leans on outside sponsors: the baseline engagement plus guarantees.
pub(crate) fn sponsorship(a: &crate::Assumptions, p: &Params, guarantees: f64) -> f64 {
    a.sponsors + p.guarantee_sponsorship * guarantees
}

/// Legitimacy's support level: where public support in the target society heads.
///
/// `0.5 − 0.3·hardliners + 0.3·min(benefits, 1) + 0.1·grievance + 0.08·forum + 0.05·cooperation
/// − 0.5·paternalism + 0.2·economy − 0.15·dependence·(1 − economy) − 0.1·min(withheld, 1)
/// − 0.05·min(tension, 2) − 0.15·broken`, clamped to 0..=1 (the `support_*` fields of
/// [`Params`], at their default values); the terms that change only with steps come
/// precomputed in `v.cached`.
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

/// One run's state, reused across runs to avoid allocation.
struct RunState {
    rng: Xoshiro256PlusPlus,
    reformer: bool,
    broken: bool,
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
    verification: Verification,
    relief_fast: f64,
    relief_slow: f64,
    relief_social: f64,
    /// Relief that cannot be taken back (released assets, humanitarian exemptions), in all and
    /// by channel.
    relief_kept: f64,
    kept_fast: f64,
    kept_social: f64,
    relief_total: f64,
    /// Relief weighted by the pressure it releases (humanitarian relief releases little).
    relief_pressure: f64,
    econ_fast: f64,
    econ_slow: f64,
    econ_social: f64,
    clean_months: u32,
    pending: Vec<PlannedStep>,
    /// What verification implied for measures seen in earlier runs: most runs take the same
    /// steps, so most recomputations are lookups.
    seen: Vec<(Measures, Verification)>,
    relief_left: usize,
    received_relief: bool,
    next_step: usize,
    next_shock: usize,
}

impl RunState {
    fn new(plan: &Plan) -> RunState {
        RunState {
            rng: Xoshiro256PlusPlus::seed_from_u64(0),
            reformer: false,
            broken: false,
            trust: 0.0,
            target_trust: 0.0,
            legitimacy: 0.0,
            capital: 0.0,
            unverified: 0.0,
            tension: 0.0,
            measures: Measures::default(),
            verification: Verification::default(),
            relief_fast: 0.0,
            relief_slow: 0.0,
            relief_social: 0.0,
            relief_kept: 0.0,
            kept_fast: 0.0,
            kept_social: 0.0,
            relief_total: 0.0,
            relief_pressure: 0.0,
            econ_fast: 0.0,
            econ_slow: 0.0,
            econ_social: 0.0,
            clean_months: 0,
            pending: Vec::with_capacity(plan.steps.len()),
            seen: Vec::new(),
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
        self.trust = a.initial_trust;
        self.target_trust = a.target_trust;
        self.legitimacy = plan.initial_legitimacy;
        self.capital = plan.params.capital_start;
        self.unverified = 0.0;
        self.tension = 0.0;
        self.measures = Measures::default();
        self.verification = plan.initial_verification;
        self.relief_fast = 0.0;
        self.relief_slow = 0.0;
        self.relief_social = 0.0;
        self.relief_kept = 0.0;
        self.kept_fast = 0.0;
        self.kept_social = 0.0;
        self.relief_total = 0.0;
        self.relief_pressure = 0.0;
        self.econ_fast = 0.0;
        self.econ_slow = 0.0;
        self.econ_social = 0.0;
        self.clean_months = 0;
        self.pending.clear();
        self.relief_left = plan.relief_steps;
        self.received_relief = false;
        self.next_step = 0;
        self.next_shock = 0;
    }

    /// A uniform number in [0, 1) from the top 53 bits.
    #[inline(always)]
    fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Two uniform numbers in [0, 1) from the two halves of one draw.
    #[inline(always)]
    fn uniform_pair(&mut self) -> (f64, f64) {
        let bits = self.rng.next_u64();
        const SCALE: f64 = 1.0 / (1u64 << 32) as f64;
        (
            (bits >> 32) as f64 * SCALE,
            (bits & 0xFFFF_FFFF) as f64 * SCALE,
        )
    }

    fn simulate(&mut self, plan: &Plan, tally: &mut Tally) {
        let p = plan.params;
        let a = plan.scenario.assumptions;
        let mut breakdown_month = None;
        let mut full_relief_month = None;
        for month in 0..=plan.horizon {
            // Every month draws the same three numbers, used or not, to keep runs comparable.
            // Two of them are split into pairs of 32-bit uniforms: a resolution of 2^-32 is far
            // finer than any probability they are compared with.
            let (u_violation, u_flag) = self.uniform_pair();
            let (u_react, u_snapback) = self.uniform_pair();
            let u_breakdown = self.uniform();

            let was_broken = self.broken;
            if !self.broken {
                self.take_scheduled_steps(plan, month);
                self.take_shocks(plan, month);
                let v = self.verification;

                // Violations: a reformer errs rarely; a spoiler weighs leverage, deterrence,
                // hardliners and its own distrust.
                let reformer_rate = p.reformer_error + p.reformer_error_hardliners * a.hardliners;
                let leverage = self.leverage();
                // spoiler_base + spoiler_hardliners·hardliners − spoiler_deterrence·snapback·hit
                // (cached) + spoiler_distrust·(1 − q) − spoiler_leverage·dependence·L.
                let spoiler_rate = (v.cached.spoiler_base
                    + p.spoiler_distrust * (1.0 - self.target_trust)
                    - v.cached.spoiler_leverage * leverage)
                    .clamp(p.spoiler_rate_floor, p.spoiler_rate_ceiling);
                let violated = u_violation
                    < if self.reformer {
                        reformer_rate
                    } else {
                        spoiler_rate
                    };

                // Verification as signal detection, then Bayes' rule over the two types.
                let flagged = u_flag < if violated { v.hit } else { v.false_alarm };
                let flag_if_reformer =
                    reformer_rate * v.hit + (1.0 - reformer_rate) * v.false_alarm;
                let flag_if_spoiler = spoiler_rate * v.hit + (1.0 - spoiler_rate) * v.false_alarm;
                let (like_reformer, like_spoiler) = if flagged {
                    (flag_if_reformer, flag_if_spoiler)
                } else {
                    (1.0 - flag_if_reformer, 1.0 - flag_if_spoiler)
                };
                let prior = self.trust;
                let joint = prior * like_reformer;
                self.trust = joint / (joint + (1.0 - prior) * like_spoiler);

                if flagged {
                    // The response rule: react with probability (1 − generosity) times the
                    // chance that the flagged violation is real.
                    let violation_rate = prior * reformer_rate + (1.0 - prior) * spoiler_rate;
                    let flag_rate = violation_rate * v.hit + (1.0 - violation_rate) * v.false_alarm;
                    let real = violation_rate * v.hit / flag_rate;
                    self.clean_months = 0;
                    if u_react < (1.0 - a.generosity) * real {
                        if !violated {
                            self.target_trust -= p.target_trust_false_alarm * self.target_trust;
                        }
                        if u_snapback < p.snapback_trigger * self.measures.snapback {
                            self.break_down(p);
                        }
                    }
                } else if v.coverage > 0.0 {
                    // A verified clean month: the review period advances, political capital
                    // grows, and the charge of unverified relief fades.
                    self.clean_months += 1;
                    self.capital += p.capital_gain * (1.0 - self.capital);
                    self.unverified *= 1.0 - p.unverified_decay;
                }

                if !self.broken {
                    self.release_pending(plan, month, violated);
                }
                if let Some(done) = self.relief_done(plan, month) {
                    full_relief_month.get_or_insert(done);
                }

                // Political capital: relief without verification reads as tactical theater,
                // and the charge grows faster than the stock of unverified relief.
                self.capital = (self.capital
                    - p.capital_theater * self.unverified * self.unverified)
                    .clamp(0.0, 1.0);
                self.target_trust = self.target_trust.clamp(0.0, 1.0);
            }

            self.update_economy(p);
            let economy = self.economy();
            let withheld = if self.broken {
                0.0
            } else {
                self.announced_withheld()
            };
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
                // Spoiler pressure: hardliners·(1 − G)·(1 + spillover·(1 − 0.6·regional))
                // ·(1 + 2·p(1 − p)·(1 − 0.5·criteria)), with the `spoiler_pressure_*` fields of
                // Params; the step-dependent factors are cached.
                let c = &self.verification.cached;
                let spoilers = c.pressure_scale
                    * (1.0 - self.legitimacy)
                    * (1.0 + c.uncertainty_weight * uncertainty);
                // x = hazard_base − hazard_guarantee·guarantee (cached) + the monthly pressures.
                let x = c.hazard_base
                    + p.hazard_distrust * (1.0 - self.trust)
                    + p.hazard_target_distrust * (1.0 - self.target_trust)
                    + p.hazard_spoilers * spoilers
                    + p.hazard_capital * (1.0 - self.capital)
                    + self.tension;
                // h = 1 − exp(−λ) never exceeds λ = exp(x), and λ never exceeds a power of two
                // read off x, so the exponentials are computed only for the rare draws below
                // that bound: the same decision, most months without a single exponential.
                if u_breakdown < power_of_two_above_exp(x) {
                    let rate = libm::exp(x);
                    if u_breakdown < rate && u_breakdown < -libm::expm1(-rate) {
                        self.break_down(p);
                    }
                }
            }
            if self.broken && !was_broken {
                breakdown_month = Some(month);
            }
            self.tension *= p.tension_persistence;

            tally.record(
                month as usize,
                [
                    self.trust,
                    self.target_trust,
                    economy,
                    self.leverage(),
                    self.legitimacy,
                ],
            );
        }
        tally.finish_run(breakdown_month, full_relief_month);
    }

    fn take_scheduled_steps(&mut self, plan: &Plan, month: u32) {
        while let Some(step) = plan.steps.get(self.next_step) {
            if step.month != month {
                break;
            }
            self.next_step += 1;
            if step.conditional {
                self.pending.push(*step);
            } else {
                self.apply_step(plan, step, true);
            }
        }
    }

    fn take_shocks(&mut self, plan: &Plan, month: u32) {
        let a = &plan.scenario.assumptions;
        let p = plan.params;
        while let Some(&(at, kind, size)) = plan.shocks.get(self.next_shock) {
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
                ShockKind::SenderWithdrawal => {}
            }
            self.legitimacy = self.legitimacy.clamp(0.0, 1.0);
            self.capital = self.capital.clamp(0.0, 1.0);
        }
    }

    fn apply_step(&mut self, plan: &Plan, step: &PlannedStep, on_time: bool) {
        let p = plan.params;
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
            StepRole::Reform => {
                // A costly step is a signal: transparent, it is seen in full; opaque, only as
                // far as verification reaches (GRIT; Kydd's costly signals).
                let visibility = if step.transparent {
                    1.0
                } else {
                    p.opaque_visibility * self.verification.coverage
                };
                let boost = 1.0 + p.signal_strength * step.size * visibility;
                let odds = self.trust / (1.0 - self.trust).max(1e-12) * boost;
                self.trust = (odds / (1.0 + odds)).clamp(0.0, 1.0);
                self.capital = (self.capital + p.reform_capital * step.size * visibility).min(1.0);
                match step.kind {
                    StepKind::PoliticalReform => {
                        m.benefits += p.political_reform_benefits * step.size
                    }
                    StepKind::HumanitarianAccess => {
                        m.benefits += p.humanitarian_access_benefits * step.size
                    }
                    _ => {}
                }
            }
            StepRole::Relief => self.deliver_relief(p, step, on_time),
        }
        // A measure changes what verification implies; relief and reforms change only the
        // everyday benefits behind legitimacy's support level.
        if step.kind.role() == StepRole::Confidence {
            self.verification = match self.seen.iter().find(|(m, _)| *m == self.measures) {
                Some((_, v)) => *v,
                None => {
                    let v = verification(&self.measures, a, p);
                    if self.seen.len() < 64 {
                        self.seen.push((self.measures, v));
                    }
                    v
                }
            };
        } else {
            self.verification.cached.support_base = support_base(&self.measures, a, p);
        }
    }

    fn deliver_relief(&mut self, p: &Params, step: &PlannedStep, on_time: bool) {
        let room = (1.0 - self.relief_total).max(0.0);
        let amount = if step.kind == StepKind::FullLifting {
            step.size * room
        } else {
            step.size.min(room)
        };
        match step.kind {
            StepKind::HumanitarianExemption => {
                self.relief_social += amount;
                self.relief_kept += amount;
                self.kept_social += amount;
                self.relief_pressure += p.humanitarian_exemption_pressure * amount;
                self.measures.benefits += p.humanitarian_exemption_benefits * amount;
            }
            StepKind::TravelEasing => {
                self.relief_social += amount;
                self.relief_pressure += amount;
                self.measures.benefits += p.travel_easing_benefits * amount;
            }
            StepKind::SectoralEasing => {
                self.relief_fast += amount;
                self.relief_pressure += amount;
            }
            StepKind::AssetUnfreezing => {
                self.relief_fast += amount;
                self.relief_kept += amount;
                self.kept_fast += amount;
                self.relief_pressure += amount;
            }
            StepKind::FinancialChannels => {
                self.relief_slow += amount;
                self.relief_pressure += amount;
            }
            _ => {
                let fast = amount * p.full_lifting_fast_share;
                let slow = amount * p.full_lifting_slow_share;
                self.relief_fast += fast;
                self.relief_slow += slow;
                self.relief_social += amount - fast - slow;
                self.relief_pressure += amount;
            }
        }
        self.relief_total += amount;
        self.received_relief = true;
        self.relief_left = self.relief_left.saturating_sub(1);
        // Relief given where nothing verifies it is the stock the "tactical theater" charge
        // grows from; published, transparent relief draws a little less of it.
        let openness = if step.transparent {
            p.unverified_transparent_share
        } else {
            1.0
        };
        self.unverified += amount * (1.0 - self.verification.coverage) * openness;
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
    fn release_pending(&mut self, plan: &Plan, month: u32, violated: bool) {
        if self.pending.is_empty() {
            return;
        }
        let p = plan.params;
        let reviewed = self.verification.coverage > 0.0
            && self.clean_months >= self.verification.review_months;
        let mut released_any = false;
        let mut index = 0;
        while index < self.pending.len() {
            let step = self.pending[index];
            let ready = if step.kind.role() == StepRole::Reform {
                self.received_relief
            } else {
                reviewed
            };
            if ready {
                self.pending.remove(index);
                self.apply_step(plan, &step, step.month == month);
                released_any |= step.kind.role() != StepRole::Reform;
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

    fn announced_withheld(&self) -> f64 {
        self.pending
            .iter()
            .filter(|s| s.kind.is_relief() && s.transparent)
            .map(|s| s.size)
            .sum()
    }

    fn update_economy(&mut self, p: &Params) {
        let v = &self.verification;
        // Investor confidence: 0.15 + 0.25·criteria + 0.15·guarantee − 0.1·snapback·(1 − criteria)
        // (cached) + 0.25·q + 0.2·K − 0.3·broken, with the `confidence_*` fields of Params.
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

    fn leverage(&self) -> f64 {
        let reversible = (self.relief_total - self.relief_kept).max(0.0);
        (1.0 - self.relief_pressure + self.verification.snapback_reach * reversible).clamp(0.0, 1.0)
    }

    /// The process breaks down: reversible relief is withdrawn and the target's trust falls.
    fn break_down(&mut self, p: &Params) {
        if self.broken {
            return;
        }
        self.broken = true;
        // Only what cannot be taken back stays: released assets and humanitarian exemptions,
        // in the channels they went through. Humanitarian relief releases only part of its
        // pressure (`humanitarian_exemption_pressure`), the rest of what is kept all of it.
        self.relief_fast = self.kept_fast;
        self.relief_slow = 0.0;
        self.relief_social = self.kept_social;
        self.relief_pressure =
            self.relief_kept - (1.0 - p.humanitarian_exemption_pressure) * self.kept_social;
        self.relief_total = self.relief_kept;
        self.target_trust *= p.target_trust_after_breakdown;
        self.pending.clear();
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

/// What the ensemble keeps: histograms and sums per series and month, and when runs broke
/// down and received all their relief. Nothing grows with the number of runs.
struct Tally {
    months: usize,
    runs: u32,
    histograms: Vec<u32>,
    sums: Vec<f64>,
    broke_in: Vec<u32>,
    full_relief_in: Vec<u32>,
}

const SERIES: usize = 5;

impl Tally {
    fn new(months: usize) -> Tally {
        Tally {
            months,
            runs: 0,
            histograms: vec![0; SERIES * months * BINS],
            sums: vec![0.0; SERIES * months],
            broke_in: vec![0; months],
            full_relief_in: vec![0; months],
        }
    }

    /// Counts one run's values at a month. The month's bins for all series lie together, so a
    /// run's five writes stay close in memory.
    #[inline(always)]
    fn record(&mut self, month: usize, values: [f64; SERIES]) {
        let bins = &mut self.histograms[month * SERIES * BINS..(month + 1) * SERIES * BINS];
        let sums = &mut self.sums[month * SERIES..(month + 1) * SERIES];
        for (series, value) in values.into_iter().enumerate() {
            bins[series * BINS + bin_of(value)] += 1;
            sums[series] += value;
        }
    }

    fn finish_run(&mut self, breakdown: Option<u32>, full_relief: Option<u32>) {
        self.runs += 1;
        if let Some(month) = breakdown {
            self.broke_in[month as usize] += 1;
        }
        if let Some(month) = full_relief {
            self.full_relief_in[month as usize] += 1;
        }
    }

    fn projection(&self, scenario: &Scenario) -> Projection {
        let runs = self.runs.max(1);
        let bands = |series: usize| {
            let mut b = Bands::default();
            for month in 0..self.months {
                let slot = month * SERIES + series;
                let bins = &self.histograms[slot * BINS..(slot + 1) * BINS];
                let [p10, p25, p50, p75, p90] =
                    quantiles(bins, self.runs, [0.10, 0.25, 0.50, 0.75, 0.90]);
                b.p10.push(p10);
                b.p25.push(p25);
                b.p50.push(p50);
                b.p75.push(p75);
                b.p90.push(p90);
                b.mean.push((self.sums[slot] / runs as f64).clamp(0.0, 1.0));
            }
            b
        };
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
        let series_index = |s: Series| Series::ALL.iter().position(|x| *x == s).unwrap_or(0);
        Projection {
            horizon_months: (self.months - 1) as u32,
            trust: bands(series_index(Series::Trust)),
            target_trust: bands(series_index(Series::TargetTrust)),
            economy: bands(series_index(Series::Economy)),
            leverage: bands(series_index(Series::Leverage)),
            legitimacy: bands(series_index(Series::Legitimacy)),
            summary: Summary {
                breakdown_probability: *backsliding_risk.last().unwrap_or(&0.0),
                median_breakdown_month,
                full_relief_month_p50,
            },
            backsliding_risk,
            hazard,
            trust_if_sincere: None,
            trust_if_insincere: None,
            relief_in_force: None,
            outcomes: None,
            warnings: check_sequence(scenario),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::power_of_two_above_exp;

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
