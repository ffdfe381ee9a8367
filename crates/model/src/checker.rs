//! The sequencing checker: plain-language warnings about a sequence, before any simulation.
//! Each rule names the step it is about by its label and month, so a reader can find it.
//! Each warning is a [`Message`], so the page can say it in the reader's language; the
//! projection keeps them in English ([`check_sequence`]).

use crate::scenario::{Scenario, Step, StepKind};
use crate::words::{Arg, Message, Template};

/// Most warnings returned, so a pathological scenario does not bury the reader.
pub(crate) const MAX_WARNINGS: usize = 12;

macro_rules! templates {
    ($($name:ident = $id:literal : $english:literal;)*) => {
        $(const $name: Template = Template { id: $id, english: $english };)*
        /// Every sentence the checker says, for the catalogues.
        pub const CHECKER_TEMPLATES: &[&Template] = &[$(&$name),*];
    };
}

templates! {
    UNVERIFIED = "check-relief-unverified": "{ $step } at month { $month } comes with no verification step at all: nothing can show whether the target complies.";
    BEFORE_VERIFICATION = "check-relief-before-verification": "{ $step } at month { $month } comes before any verification step (the first is at month { $first }).";
    NEVER_RELEASED = "check-conditional-never-released": "{ $step } at month { $month } is conditional, but nothing verifies compliance: it will never be released.";
    OVER_FULL = "check-relief-over-full": "Relief steps add up to { $share } of all sanctions; anything past 100% has no effect.";
    AFTER_LIFTING = "check-relief-after-lifting": "{ $step } at month { $month } comes after full lifting at month { $lifting }: nothing is left to relieve.";
    FRONT_LOADED = "check-relief-front-loaded": "{ $share } of all sanctions are relieved in the first three months: little leverage is left for later stages.";
    SNAPBACK_BLIND = "check-snapback-blind": "The snapback clause at month { $month } has nothing to detect violations with: it barely deters, and rumours alone can trigger it.";
    SNAPBACK_FALSE_ALARMS = "check-snapback-false-alarms": "The snapback clause at month { $month } has no audit or joint committee to weed out false alarms: a false alarm could reverse relief.";
    PATERNALISM = "check-sponsors-paternalism": "Heavy reliance on outside sponsors can read as paternalism in the target society and cost legitimacy.";
    REFORM_WAITS = "check-reform-waits-forever": "{ $step } at month { $month } waits for relief, but no relief is planned: it will never happen.";
    NO_EVERYDAY_BENEFIT = "check-no-everyday-benefit": "No step brings everyday benefits or a voice to the target's public (humanitarian relief or access, grievance redress, a civil society forum): support for the process may stay thin.";
}

fn step_at(template: &'static Template, step: &Step) -> Message {
    Message::new(
        template,
        vec![
            ("step", Arg::Step(step.kind)),
            ("month", Arg::Month(step.month)),
        ],
    )
}

/// Warnings about the scenario's sequence in English, most important first, as the projection
/// and the command line give them.
pub fn check_sequence(scenario: &Scenario) -> Vec<String> {
    sequence_warnings(scenario)
        .iter()
        .map(Message::english)
        .collect()
}

/// Warnings about the scenario's sequence, most important first, as messages.
pub fn sequence_warnings(scenario: &Scenario) -> Vec<Message> {
    let mut warnings = Vec::new();
    let steps = &scenario.steps;
    let first_verification = steps
        .iter()
        .filter(|s| s.kind.is_verification())
        .map(|s| s.month)
        .min();
    let relief: Vec<&Step> = steps.iter().filter(|s| s.kind.is_relief()).collect();

    // Relief before anyone can verify anything is the "tactical theater" the literature warns of.
    for step in &relief {
        if step.kind == StepKind::HumanitarianExemption {
            continue;
        }
        match first_verification {
            None if !step.conditional => warnings.push(step_at(&UNVERIFIED, step)),
            Some(first) if step.month < first && !step.conditional => {
                let mut warning = step_at(&BEFORE_VERIFICATION, step);
                warning.args.push(("first", Arg::Month(first)));
                warnings.push(warning);
            }
            _ => {}
        }
    }

    for step in relief.iter().filter(|s| s.conditional) {
        if first_verification.is_none() {
            warnings.push(step_at(&NEVER_RELEASED, step));
        }
    }

    let planned: f64 = relief
        .iter()
        .filter(|s| s.kind != StepKind::FullLifting)
        .map(|s| s.size)
        .sum();
    if planned > 1.0 + 1e-9 {
        warnings.push(Message::new(
            &OVER_FULL,
            vec![("share", Arg::Percent(planned))],
        ));
    }

    if let Some(lifting) = relief
        .iter()
        .filter(|s| s.kind == StepKind::FullLifting)
        .map(|s| s.month)
        .min()
    {
        for step in relief
            .iter()
            .filter(|s| s.month > lifting && !s.conditional)
        {
            let mut warning = step_at(&AFTER_LIFTING, step);
            warning.args.push(("lifting", Arg::Month(lifting)));
            warnings.push(warning);
        }
    }

    let early: f64 = relief
        .iter()
        .filter(|s| s.month <= 2 && !s.conditional && s.kind != StepKind::HumanitarianExemption)
        .map(|s| {
            if s.kind == StepKind::FullLifting {
                1.0
            } else {
                s.size
            }
        })
        .sum();
    if early >= 0.5 {
        warnings.push(Message::new(
            &FRONT_LOADED,
            vec![("share", Arg::Percent(early.min(1.0)))],
        ));
    }

    let has = |kind: StepKind| steps.iter().any(|s| s.kind == kind);
    if let Some(snapback) = steps.iter().find(|s| s.kind == StepKind::SnapbackClause) {
        let detects = steps.iter().any(|s| {
            matches!(
                s.kind,
                StepKind::IndependentMonitoring
                    | StepKind::IndependentAudit
                    | StepKind::InformationExchange
            )
        });
        if !detects {
            warnings.push(Message::new(
                &SNAPBACK_BLIND,
                vec![("month", Arg::Month(snapback.month))],
            ));
        } else if !has(StepKind::IndependentAudit) && !has(StepKind::JointCommittee) {
            warnings.push(Message::new(
                &SNAPBACK_FALSE_ALARMS,
                vec![("month", Arg::Month(snapback.month))],
            ));
        }
    }

    let guarantees: f64 = steps
        .iter()
        .filter(|s| s.kind == StepKind::SponsorGuarantee)
        .map(|s| s.size)
        .sum();
    let params = crate::Params::default();
    let engagement =
        crate::params::sponsorship(&scenario.assumptions, &params, guarantees.min(1.0));
    if engagement > params.paternalism_threshold + 1e-9 {
        warnings.push(Message::new(&PATERNALISM, vec![]));
    }

    for step in steps
        .iter()
        .filter(|s| s.kind.role() == crate::StepRole::Reform && s.conditional)
    {
        if relief.is_empty() {
            warnings.push(step_at(&REFORM_WAITS, step));
        }
    }

    let has_legitimacy_step = steps.iter().any(|s| {
        matches!(
            s.kind,
            StepKind::HumanitarianExemption
                | StepKind::HumanitarianAccess
                | StepKind::GrievanceRedress
                | StepKind::CivilSocietyForum
        )
    });
    if relief.len() >= 2 && !has_legitimacy_step {
        warnings.push(Message::new(&NO_EVERYDAY_BENEFIT, vec![]));
    }

    warnings.truncate(MAX_WARNINGS);
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Step;

    fn scenario(steps: Vec<Step>) -> Scenario {
        Scenario {
            steps,
            ..Scenario::default()
        }
    }

    fn conditional(mut step: Step) -> Step {
        step.conditional = true;
        step
    }

    /// Each case: the steps, and a phrase one warning must contain (or none at all).
    #[test]
    fn rules() {
        use StepKind::*;
        let cases: Vec<(Vec<Step>, Option<&str>)> = vec![
            (
                vec![
                    Step::new(SectoralEasing, 2),
                    Step::new(IndependentMonitoring, 4),
                ],
                Some(
                    "Sectoral easing at month 2 comes before any verification step (the first is at month 4)",
                ),
            ),
            (
                vec![Step::new(AssetUnfreezing, 0)],
                Some("no verification step at all"),
            ),
            (
                vec![conditional(Step::new(FinancialChannels, 6))],
                Some("nothing verifies compliance: it will never be released"),
            ),
            (
                vec![
                    Step::new(IndependentMonitoring, 0),
                    Step {
                        size: 0.8,
                        ..Step::new(SectoralEasing, 3)
                    },
                    Step {
                        size: 0.5,
                        ..Step::new(FinancialChannels, 12)
                    },
                ],
                Some("add up to 130%"),
            ),
            (
                vec![
                    Step::new(IndependentMonitoring, 0),
                    Step::new(FullLifting, 0),
                ],
                Some("relieved in the first three months"),
            ),
            (
                vec![
                    Step::new(IndependentMonitoring, 0),
                    Step::new(FullLifting, 6),
                    Step::new(TravelEasing, 8),
                ],
                Some("after full lifting at month 6"),
            ),
            (
                vec![Step::new(SnapbackClause, 0)],
                Some("nothing to detect violations with"),
            ),
            (
                vec![
                    Step::new(SnapbackClause, 0),
                    Step::new(IndependentMonitoring, 0),
                ],
                Some("false alarm could reverse relief"),
            ),
            (
                vec![conditional(Step::new(ComplianceStep, 3))],
                Some("waits for relief"),
            ),
            (
                vec![
                    Step::new(IndependentMonitoring, 0),
                    Step::new(SectoralEasing, 3),
                    Step::new(FinancialChannels, 12),
                ],
                Some("everyday benefits"),
            ),
            (
                vec![
                    Step::new(IndependentMonitoring, 0),
                    Step::new(HumanitarianExemption, 0),
                    conditional(Step::new(SectoralEasing, 6)),
                ],
                None,
            ),
        ];
        for (steps, expect) in cases {
            let warnings = check_sequence(&scenario(steps.clone()));
            match expect {
                Some(phrase) => assert!(
                    warnings.iter().any(|w| w.contains(phrase)),
                    "expected a warning containing {phrase:?} for {steps:?}, got {warnings:?}"
                ),
                None => assert!(
                    warnings.is_empty(),
                    "expected no warning for {steps:?}, got {warnings:?}"
                ),
            }
        }
    }

    #[test]
    fn sponsors_past_the_threshold_warn_of_paternalism() {
        let mut s = scenario(vec![Step::new(StepKind::SponsorGuarantee, 0)]);
        s.assumptions.sponsors = 0.6;
        assert!(check_sequence(&s).iter().any(|w| w.contains("paternalism")));
        s.assumptions.sponsors = 0.1;
        assert!(!check_sequence(&s).iter().any(|w| w.contains("paternalism")));
    }
}
