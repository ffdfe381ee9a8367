//! "Why?": which steps and shocks moved a series at a month, and by how much.
//!
//! Each step and shock is removed in turn and the scenario re-run with the same seed; its
//! contribution is the value with it minus the value without it. Runs share their luck across
//! these re-runs (see the engine), so a difference is the step's effect, not noise. Effects
//! are measured on the ensemble mean, which, unlike a median, moves smoothly and adds up.
//! Interactions mean the contributions need not sum to the whole change; the explanation
//! reports both, honestly.

use crate::engine::Ensemble;
use crate::params::Params;
use crate::projection::{Projection, Series};
use crate::scenario::{Scenario, StepKind, StepRole};
use crate::words::{Arg, Message, Template};

macro_rules! templates {
    ($($name:ident = $id:literal : $english:literal;)*) => {
        $(const $name: Template = Template { id: $id, english: $english };)*
        /// Every sentence "Why?" says, for the catalogues.
        pub const EXPLAIN_TEMPLATES: &[&Template] = &[$(&$name),*];
    };
}

templates! {
    STEP_AT = "why-step-at-month": "{ $step } at month { $month }";
    SHOCK_AT = "why-shock-at-month": "{ $shock } at month { $month }";
    RAISED = "why-raised": "{ $what } raised { $target } by { $amount }.";
    LOWERED = "why-lowered": "{ $what } lowered { $target } by { $amount }.";
    RAISED_BECAUSE = "why-raised-because": "{ $what } raised { $target } by { $amount }: { $reason }";
    LOWERED_BECAUSE = "why-lowered-because": "{ $what } lowered { $target } by { $amount }: { $reason }";
    AMOUNT = "why-amount": "{ $amount }";
    AMOUNT_POINTS = "why-amount-points": "{ $amount } percentage points";
    AMOUNT_RECOVERY = "why-amount-recovery": "{ $amount } points of recovery";
    NOUN_TRUST = "why-noun-trust": "trust in the target";
    NOUN_TARGET_TRUST = "why-noun-target_trust": "the target's trust";
    NOUN_ECONOMY = "why-noun-economy": "economic recovery";
    NOUN_LEVERAGE = "why-noun-leverage": "leverage";
    NOUN_LEGITIMACY = "why-noun-legitimacy": "legitimacy";
    NOUN_RISK = "why-noun-backsliding_risk": "the risk of breakdown";
    SHOCK_REASON = "why-reason-shock": "{ $explanation }";
    REASON_CONDITIONAL = "why-reason-conditional": "it waited for verified compliance, so it came as a reward rather than a gamble.";
    REASON_UNVERIFIED = "why-reason-unverified": "it came before any verification step, so it read as relief for nothing.";
    REASON_SPENDS_PRESSURE = "why-reason-spends-pressure": "relief spends the pressure that sanctions hold.";
    REASON_EVERYDAY = "why-reason-everyday-benefits": "everyday benefits build support for the process at little cost in leverage.";
    REASON_DELIVERED = "why-reason-delivered": "relief delivered as promised builds the target's trust and reopens its economy.";
    REASON_TRANSPARENT = "why-reason-transparent": "a transparent, costly step is a strong signal of good faith.";
    REASON_OPAQUE = "why-reason-opaque": "an opaque step is only seen as far as verification reaches.";
    REASON_VERIFICATION = "why-reason-verification": "verification lets the sanctioning side tell compliance from violation.";
    REASON_SNAPBACK = "why-reason-snapback": "a snapback deters violations but reverses relief when it fires.";
    REASON_CRITERIA = "why-reason-published-criteria": "published criteria shorten reviews and steady investors.";
    REASON_GUARANTEE = "why-reason-guarantee": "a guarantee makes breakdown costlier for both sides.";
    REASON_VOICE = "why-reason-voice": "a voice for the public builds support for the process.";
    REASON_NEIGHBOURS = "why-reason-neighbours": "coordinated neighbours give spoilers less to exploit.";
}

/// What an explanation can be asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// One of the five banded series (its mean over runs).
    Series(Series),
    /// The share of runs broken down by the month.
    BackslidingRisk,
}

impl Target {
    /// The target's JSON name: a series key, or `backsliding_risk`.
    pub fn key(self) -> &'static str {
        match self {
            Target::Series(s) => s.key(),
            Target::BackslidingRisk => "backsliding_risk",
        }
    }

    /// Finds a target by its JSON name.
    pub fn from_key(key: &str) -> Option<Target> {
        if key == "backsliding_risk" {
            Some(Target::BackslidingRisk)
        } else {
            Series::from_key(key).map(Target::Series)
        }
    }

    fn noun(self) -> &'static Template {
        match self {
            Target::Series(Series::Trust) => &NOUN_TRUST,
            Target::Series(Series::TargetTrust) => &NOUN_TARGET_TRUST,
            Target::Series(Series::Economy) => &NOUN_ECONOMY,
            Target::Series(Series::Leverage) => &NOUN_LEVERAGE,
            Target::Series(Series::Legitimacy) => &NOUN_LEGITIMACY,
            Target::BackslidingRisk => &NOUN_RISK,
        }
    }

    fn read(self, projection: &Projection, month: usize) -> f64 {
        match self {
            Target::Series(s) => projection.bands(s).mean[month],
            Target::BackslidingRisk => projection.backsliding_risk[month],
        }
    }
}

/// What one step or shock contributed.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// `"step"` or `"shock"`.
    pub source: &'static str,
    /// Its index in the scenario's `steps` or `shocks`.
    pub index: usize,
    /// The value with it minus the value without it.
    pub delta: f64,
    /// The contribution in plain words ([`Message::english`] for English).
    pub sentence: Message,
}

/// The explanation of one series at one month.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// What was explained.
    pub target: Target,
    /// The month explained.
    pub month: u32,
    /// The value in the scenario (ensemble mean, or the breakdown share).
    pub value: f64,
    /// The value with no steps and no shocks at all.
    pub without_anything: f64,
    /// Contributions, largest effect first; steps and shocks with no effect are left out.
    pub contributions: Vec<Contribution>,
}

/// Effects smaller than this are reported as none: below what the ensemble resolves.
const NEGLIGIBLE: f64 = 0.0005;

fn value_until(scenario: &Scenario, params: &Params, target: Target, month: u32) -> f64 {
    let mut ensemble = Ensemble::until(scenario, params, month)
        .luck_alone()
        .reading_the_last_month();
    ensemble.add_runs(0..scenario.runs);
    target.read(&ensemble.projection(), month as usize)
}

/// One ensemble an explanation runs: the scenario itself, the scenario with no steps and no
/// shocks, or the scenario without one step or shock. Each is independent of the others, so
/// they can be run apart (the page shares them among its workers) and the explanation put
/// together from their values with [`explain_from_values`], the same bits as [`explain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rerun {
    /// The scenario as it is.
    Whole,
    /// The scenario with no steps and no shocks at all.
    Bare,
    /// The scenario without the step at this index.
    WithoutStep(usize),
    /// The scenario without the shock at this index.
    WithoutShock(usize),
}

/// The ensembles that explaining a series at `month` in the scenario runs, in the order
/// [`explain_from_values`] reads their values: the whole, the bare, then each step and shock
/// that could have moved the month.
///
/// Shocks, measures and the target's steps after the month cannot have moved it, so they are
/// not re-run. Relief promised for later can: it is what keeps an insincere target honest until
/// then (the shadow of the future).
pub fn explanation_reruns(scenario: &Scenario, month: u32) -> Vec<Rerun> {
    let month = month.min(scenario.horizon_months);
    let steps = scenario
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.month <= month || s.kind.is_relief())
        .map(|(index, _)| Rerun::WithoutStep(index));
    let shocks = scenario
        .shocks
        .iter()
        .enumerate()
        .filter(|(_, s)| s.month <= month)
        .map(|(index, _)| Rerun::WithoutShock(index));
    [Rerun::Whole, Rerun::Bare]
        .into_iter()
        .chain(steps)
        .chain(shocks)
        .collect()
}

/// The value of `target` at `month` (clamped to the horizon) in one of an explanation's
/// ensembles. Every re-run uses the scenario's seed, so runs share their luck across them.
pub fn rerun_value(scenario: &Scenario, target: Target, month: u32, rerun: Rerun) -> f64 {
    let params = Params::default();
    let month = month.min(scenario.horizon_months);
    let changed = match rerun {
        Rerun::Whole => None,
        Rerun::Bare => Some(Scenario {
            steps: Vec::new(),
            shocks: Vec::new(),
            ..scenario.clone()
        }),
        Rerun::WithoutStep(index) => {
            let mut without = scenario.clone();
            without.steps.remove(index);
            Some(without)
        }
        Rerun::WithoutShock(index) => {
            let mut without = scenario.clone();
            without.shocks.remove(index);
            Some(without)
        }
    };
    value_until(changed.as_ref().unwrap_or(scenario), &params, target, month)
}

/// Explains `target` at `month` (clamped to the horizon) in the scenario.
pub fn explain(scenario: &Scenario, target: Target, month: u32) -> Explanation {
    let reruns = explanation_reruns(scenario, month);
    let values: Vec<f64> = reruns
        .iter()
        .map(|rerun| rerun_value(scenario, target, month, *rerun))
        .collect();
    assemble(scenario, target, month, &reruns, &values)
}

/// Puts an explanation together from the values of its ensembles, one for each of
/// [`explanation_reruns`] in its order (each from [`rerun_value`]). Says so, rather than
/// guessing, when the values do not match the re-runs in number.
pub fn explain_from_values(
    scenario: &Scenario,
    target: Target,
    month: u32,
    values: &[f64],
) -> Result<Explanation, String> {
    let month = month.min(scenario.horizon_months);
    let reruns = explanation_reruns(scenario, month);
    if values.len() != reruns.len() {
        return Err(format!(
            "explaining month {month} takes {} values, one for each ensemble re-run, but {} were given",
            reruns.len(),
            values.len()
        ));
    }
    Ok(assemble(scenario, target, month, &reruns, values))
}

/// The explanation from the re-runs' values, one for each of `reruns` (the whole and the bare
/// first), in order.
fn assemble(
    scenario: &Scenario,
    target: Target,
    month: u32,
    reruns: &[Rerun],
    values: &[f64],
) -> Explanation {
    let month = month.min(scenario.horizon_months);
    let value = values[0];
    let without_anything = values[1];
    let mut contributions = Vec::new();
    for (rerun, without) in reruns.iter().zip(values).skip(2) {
        // The difference a step or shock made is kept, when it is not negligible, with a
        // sentence saying why.
        let delta = value - without;
        if delta.abs() < NEGLIGIBLE {
            continue;
        }
        let contribution = match *rerun {
            Rerun::WithoutStep(index) => {
                let step = &scenario.steps[index];
                let what = Message::new(
                    &STEP_AT,
                    vec![
                        ("step", Arg::Step(step.kind)),
                        ("month", Arg::Month(step.month)),
                    ],
                );
                let reason =
                    step_reason(scenario, index, target, delta).map(|r| Message::new(r, vec![]));
                Contribution {
                    source: "step",
                    index,
                    delta,
                    sentence: sentence(what, target, delta, reason),
                }
            }
            Rerun::WithoutShock(index) => {
                let shock = &scenario.shocks[index];
                let what = Message::new(
                    &SHOCK_AT,
                    vec![
                        ("shock", Arg::Shock(shock.kind)),
                        ("month", Arg::Month(shock.month)),
                    ],
                );
                let reason = Message::new(
                    &SHOCK_REASON,
                    vec![("explanation", Arg::ShockExplanation(shock.kind))],
                );
                Contribution {
                    source: "shock",
                    index,
                    delta,
                    sentence: sentence(what, target, delta, Some(reason)),
                }
            }
            Rerun::Whole | Rerun::Bare => continue,
        };
        contributions.push(contribution);
    }
    contributions.sort_by(|a, b| {
        b.delta
            .abs()
            .total_cmp(&a.delta.abs())
            .then(a.index.cmp(&b.index))
    });
    Explanation {
        target,
        month,
        value,
        without_anything,
        contributions,
    }
}

fn sentence(what: Message, target: Target, delta: f64, reason: Option<Message>) -> Message {
    let amount = match target {
        Target::BackslidingRisk => Message::new(
            &AMOUNT_POINTS,
            vec![("amount", Arg::Decimal(delta.abs() * 100.0, 1))],
        ),
        Target::Series(Series::Economy) => Message::new(
            &AMOUNT_RECOVERY,
            vec![("amount", Arg::Decimal(delta.abs() * 100.0, 1))],
        ),
        // Two decimals, or three for effects smaller than 0.01, so no effect reads "by 0.00".
        _ => Message::new(
            &AMOUNT,
            vec![(
                "amount",
                Arg::Decimal(delta.abs(), if delta.abs() < 0.01 { 3 } else { 2 }),
            )],
        ),
    };
    let template = match (delta > 0.0, reason.is_some()) {
        (true, true) => &RAISED_BECAUSE,
        (true, false) => &RAISED,
        (false, true) => &LOWERED_BECAUSE,
        (false, false) => &LOWERED,
    };
    let mut args = vec![
        ("what", Arg::Said(Box::new(what))),
        (
            "target",
            Arg::Said(Box::new(Message::new(target.noun(), vec![]))),
        ),
        ("amount", Arg::Said(Box::new(amount))),
    ];
    if let Some(reason) = reason {
        args.push(("reason", Arg::Said(Box::new(reason))));
    }
    Message::new(template, args)
}

/// Which way a reason explains a change: one that helps the process (trust, recovery, support
/// up; the risk of breakdown down), one that harms it, or either way.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Explains {
    Help,
    Harm,
    Either,
}

/// Why a step moved things as it did, in the words of the mechanism behind it. A reason is given
/// only where it explains the direction the change took: a step whose usual effect is to help,
/// but which here lowered trust a little, is reported without a reason rather than with one that
/// contradicts its own figure.
fn step_reason(
    scenario: &Scenario,
    index: usize,
    target: Target,
    delta: f64,
) -> Option<&'static Template> {
    let step = &scenario.steps[index];
    let verified_before = scenario
        .steps
        .iter()
        .any(|s| s.kind.is_verification() && s.month <= step.month);
    let leverage = matches!(target, Target::Series(Series::Leverage));
    let (reason, explains) = match step.kind.role() {
        StepRole::Relief => {
            if step.conditional {
                (&REASON_CONDITIONAL, Explains::Help)
            } else if !verified_before && step.kind != StepKind::HumanitarianExemption {
                (&REASON_UNVERIFIED, Explains::Harm)
            } else if leverage {
                (&REASON_SPENDS_PRESSURE, Explains::Harm)
            } else if step.kind == StepKind::HumanitarianExemption {
                (&REASON_EVERYDAY, Explains::Help)
            } else {
                (&REASON_DELIVERED, Explains::Help)
            }
        }
        StepRole::Reform => {
            if step.transparent {
                (&REASON_TRANSPARENT, Explains::Help)
            } else {
                (&REASON_OPAQUE, Explains::Either)
            }
        }
        StepRole::Confidence => match step.kind {
            k if k.is_verification() && delta.abs() > 0.0 => {
                (&REASON_VERIFICATION, Explains::Either)
            }
            StepKind::SnapbackClause => (&REASON_SNAPBACK, Explains::Either),
            StepKind::PublishedCriteria => (&REASON_CRITERIA, Explains::Help),
            StepKind::SponsorGuarantee => (&REASON_GUARANTEE, Explains::Help),
            StepKind::GrievanceRedress | StepKind::CivilSocietyForum => {
                (&REASON_VOICE, Explains::Help)
            }
            StepKind::RegionalCoordination => (&REASON_NEIGHBOURS, Explains::Help),
            _ => return None,
        },
    };
    // Every series is better higher; the risk of breakdown is better lower.
    let helped = match target {
        Target::BackslidingRisk => delta < 0.0,
        Target::Series(_) => delta > 0.0,
    };
    let agrees = match explains {
        Explains::Help => helped,
        Explains::Harm => !helped,
        Explains::Either => true,
    };
    agrees.then_some(reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Step;

    #[test]
    fn a_reason_never_contradicts_the_direction_of_its_change() {
        let scenario = Scenario {
            steps: vec![Step {
                conditional: true,
                ..Step::new(StepKind::FinancialChannels, 18)
            }],
            ..Scenario::default()
        };
        let trust = Target::Series(Series::Trust);
        let up = step_reason(&scenario, 0, trust, 0.02);
        assert_eq!(
            up.map(|t| t.english),
            Some("it waited for verified compliance, so it came as a reward rather than a gamble.")
        );
        assert_eq!(step_reason(&scenario, 0, trust, -0.006), None);
        // The risk of breakdown is better lower: a fall is what a reward explains.
        assert!(step_reason(&scenario, 0, Target::BackslidingRisk, -0.01).is_some());
        assert_eq!(
            step_reason(&scenario, 0, Target::BackslidingRisk, 0.01),
            None
        );
        // Relief that is neither conditional nor early spends leverage: its fall is explained,
        // a rise is not.
        let verified = Scenario {
            steps: vec![
                Step::new(StepKind::IndependentMonitoring, 0),
                Step::new(StepKind::FinancialChannels, 18),
            ],
            ..Scenario::default()
        };
        let leverage = Target::Series(Series::Leverage);
        assert_eq!(
            step_reason(&verified, 1, leverage, -0.05).map(|t| t.english),
            Some("relief spends the pressure that sanctions hold.")
        );
        assert_eq!(step_reason(&verified, 1, leverage, 0.05), None);
    }

    #[test]
    fn an_explanation_put_together_from_re_runs_made_apart_is_the_same_bits() {
        // As the page's workers make them: each re-run on its own, finished in any order.
        let scenario = Scenario {
            steps: vec![
                Step::new(StepKind::IndependentMonitoring, 0),
                Step::new(StepKind::SectoralEasing, 4),
                Step::new(StepKind::FinancialChannels, 30),
            ],
            shocks: vec![crate::Shock {
                kind: crate::ShockKind::SpoilerAttack,
                month: 8,
                size: 0.5,
                sender: None,
            }],
            runs: 300,
            ..Scenario::default()
        };
        let target = Target::BackslidingRisk;
        let reruns = explanation_reruns(&scenario, 12);
        assert_eq!(
            reruns,
            [
                Rerun::Whole,
                Rerun::Bare,
                Rerun::WithoutStep(0),
                Rerun::WithoutStep(1),
                Rerun::WithoutStep(2),
                Rerun::WithoutShock(0)
            ]
        );
        let mut values = vec![f64::NAN; reruns.len()];
        for (i, rerun) in reruns.iter().enumerate().rev() {
            values[i] = rerun_value(&scenario, target, 12, *rerun);
        }
        let apart = explain_from_values(&scenario, target, 12, &values).unwrap();
        assert_eq!(apart, explain(&scenario, target, 12));
        assert!(!apart.contributions.is_empty());
        let short = explain_from_values(&scenario, target, 12, &values[1..]).unwrap_err();
        assert!(
            short.contains("takes 6 values") && short.contains("5 were given"),
            "{short}"
        );
    }

    #[test]
    fn one_step_gets_the_whole_change() {
        let scenario = Scenario {
            steps: vec![Step::new(StepKind::SectoralEasing, 0)],
            runs: 400,
            ..Scenario::default()
        };
        for target in [
            Target::Series(Series::Economy),
            Target::Series(Series::Leverage),
            Target::BackslidingRisk,
        ] {
            let e = explain(&scenario, target, 12);
            assert_eq!(e.contributions.len(), 1, "{target:?}");
            let whole = e.value - e.without_anything;
            assert!(
                (e.contributions[0].delta - whole).abs() < 1e-12,
                "{target:?}: {} vs {whole}",
                e.contributions[0].delta
            );
        }
    }

    #[test]
    fn unverified_relief_is_named_in_plain_words() {
        let scenario = Scenario {
            steps: vec![
                Step::new(StepKind::AssetUnfreezing, 2),
                Step::new(StepKind::IndependentMonitoring, 6),
            ],
            runs: 400,
            ..Scenario::default()
        };
        let e = explain(&scenario, Target::Series(Series::Leverage), 12);
        let first = &e.contributions[0];
        assert_eq!((first.source, first.index), ("step", 0));
        let sentence = first.sentence.english();
        assert!(
            sentence.starts_with("Asset unfreezing at month 2 lowered leverage by"),
            "{sentence}"
        );
        assert!(
            sentence.contains("before any verification step"),
            "{sentence}"
        );
    }

    #[test]
    fn later_measures_and_shocks_do_not_explain_an_earlier_month_but_later_relief_can() {
        let scenario = Scenario {
            steps: vec![
                Step::new(StepKind::IndependentMonitoring, 0),
                Step::new(StepKind::SectoralEasing, 2),
                Step::new(StepKind::FinancialChannels, 30),
                Step::new(StepKind::IndependentAudit, 30),
            ],
            shocks: vec![crate::Shock {
                kind: crate::ShockKind::SpoilerAttack,
                month: 30,
                size: 0.5,
                sender: None,
            }],
            runs: 400,
            assumptions: crate::Assumptions {
                good_faith: 0.0,
                ..crate::Assumptions::default()
            },
            ..Scenario::default()
        };
        let e = explain(&scenario, Target::Series(Series::Trust), 12);
        assert!(
            e.contributions
                .iter()
                .all(|c| c.source == "step" && c.index != 3),
            "{:?}",
            e.contributions
        );
        // Relief still to come keeps an insincere target honest until then, so it moves what
        // the sanctioning side sees before it arrives.
        assert!(
            e.contributions
                .iter()
                .any(|c| c.source == "step" && c.index == 2),
            "{:?}",
            e.contributions
        );
    }
}
