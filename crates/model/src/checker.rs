//! The sequencing checker: plain-language warnings about a sequence, before any simulation.
//! Each rule names the step it is about by its label and month, so a reader can find it.

use crate::scenario::{Scenario, Step, StepKind};

/// Most warnings returned, so a pathological scenario does not bury the reader.
pub(crate) const MAX_WARNINGS: usize = 12;

/// Warnings about the scenario's sequence, most important first.
pub fn check_sequence(scenario: &Scenario) -> Vec<String> {
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
            None if !step.conditional => warnings.push(format!(
                "{} at month {} comes with no verification step at all: nothing can show whether the target complies.",
                step.kind.label(),
                step.month
            )),
            Some(first) if step.month < first && !step.conditional => warnings.push(format!(
                "{} at month {} comes before any verification step (the first is at month {first}).",
                step.kind.label(),
                step.month
            )),
            _ => {}
        }
    }

    for step in relief.iter().filter(|s| s.conditional) {
        if first_verification.is_none() {
            warnings.push(format!(
                "{} at month {} is conditional, but nothing verifies compliance: it will never be released.",
                step.kind.label(),
                step.month
            ));
        }
    }

    let planned: f64 = relief
        .iter()
        .filter(|s| s.kind != StepKind::FullLifting)
        .map(|s| s.size)
        .sum();
    if planned > 1.0 + 1e-9 {
        warnings.push(format!(
            "Relief steps add up to {:.0}% of all sanctions; anything past 100% has no effect.",
            planned * 100.0
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
            warnings.push(format!(
                "{} at month {} comes after full lifting at month {lifting}: nothing is left to relieve.",
                step.kind.label(),
                step.month
            ));
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
        warnings.push(format!(
            "{:.0}% of all sanctions are relieved in the first three months: little leverage is left for later stages.",
            early.min(1.0) * 100.0
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
            warnings.push(format!(
                "The snapback clause at month {} has nothing to detect violations with: it barely deters, and rumours alone can trigger it.",
                snapback.month
            ));
        } else if !has(StepKind::IndependentAudit) && !has(StepKind::JointCommittee) {
            warnings.push(format!(
                "The snapback clause at month {} has no audit or joint committee to weed out false alarms: a false alarm could reverse relief.",
                snapback.month
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
        warnings.push(
            "Heavy reliance on outside sponsors can read as paternalism in the target society and cost legitimacy."
                .to_string(),
        );
    }

    for step in steps
        .iter()
        .filter(|s| s.kind.role() == crate::StepRole::Reform && s.conditional)
    {
        if relief.is_empty() {
            warnings.push(format!(
                "{} at month {} waits for relief, but no relief is planned: it will never happen.",
                step.kind.label(),
                step.month
            ));
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
        warnings.push(
            "No step brings everyday benefits or a voice to the target's public (humanitarian relief or access, grievance redress, a civil society forum): support for the process may stay thin."
                .to_string(),
        );
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
