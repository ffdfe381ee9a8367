//! Runs one ensemble of the benchmark's twenty-step scenario: a fixed workload for
//! instruction-counting profilers (`valgrind --tool=callgrind`).
use relief_model::{simulate, Scenario, Shock, ShockKind, Step, StepKind};

/// A scenario with twenty steps of every role and two shocks, spread over the horizon.
fn twenty_steps(horizon: u32, runs: u32) -> Scenario {
    let kinds = [
        StepKind::HumanitarianExemption,
        StepKind::IndependentMonitoring,
        StepKind::ComplianceStep,
        StepKind::IndependentAudit,
        StepKind::SectoralEasing,
        StepKind::JointCommittee,
        StepKind::PoliticalReform,
        StepKind::PublishedCriteria,
        StepKind::FinancialChannels,
        StepKind::SnapbackClause,
        StepKind::HumanitarianAccess,
        StepKind::SponsorGuarantee,
        StepKind::AssetUnfreezing,
        StepKind::GrievanceRedress,
        StepKind::TravelEasing,
        StepKind::CivilSocietyForum,
        StepKind::ComplianceStep,
        StepKind::InformationExchange,
        StepKind::TechnicalCooperation,
        StepKind::FullLifting,
    ];
    let steps = kinds
        .iter()
        .enumerate()
        .map(|(i, &kind)| {
            let mut step = Step::new(kind, (i as u32 * horizon / 24).min(horizon - 1));
            step.conditional = kind.is_relief() && i > 4;
            step.transparent = i % 3 == 0;
            if kind.is_relief() && kind != StepKind::FullLifting {
                step.size = 0.1;
            }
            step
        })
        .collect();
    Scenario {
        horizon_months: horizon,
        runs,
        seed: 7,
        steps,
        shocks: vec![
            Shock { kind: ShockKind::SpoilerAttack, month: horizon / 3, size: 0.5 },
            Shock { kind: ShockKind::EconomicShock, month: horizon / 2, size: 0.4 },
        ],
        ..Scenario::default()
    }
}

fn main() {
    let projection = simulate(&twenty_steps(48, 1000));
    println!("{}", projection.summary.breakdown_probability);
}
