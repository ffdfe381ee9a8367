//! Speed of the ensemble, against the budgets: 1,000 runs × 48 months × 20 steps in at most
//! 2.5 ms on one core; 100,000 runs × 240 months in under 2 s, and at most 0.5 s on every core
//! (with the `parallel` feature, which `cargo xtask bench` turns on); cost linear in runs ×
//! months.
//! And of the analyses built on it: "What matters most?" for 9 assumptions and 20 steps in at
//! most 2 s; "Suggest a better order" for 20 steps at 1,000 runs in at most 5 s, with its first
//! progress (the reader's sequence and the first candidates) within 200 ms.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use relief_model::{
    Measure, Objective, Optimizer, Params, Scenario, Search, Series, Shock, ShockKind, Step,
    StepKind, Target, explain, optimize, sensitivity, simulate,
};

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
            Shock {
                kind: ShockKind::SpoilerAttack,
                month: horizon / 3,
                size: 0.5,
                sender: None,
            },
            Shock {
                kind: ShockKind::EconomicShock,
                month: horizon / 2,
                size: 0.4,
                sender: None,
            },
        ],
        ..Scenario::default()
    }
}

fn budgets(c: &mut Criterion) {
    let mut group = c.benchmark_group("ensemble");
    let page = twenty_steps(48, 1000);
    group.throughput(Throughput::Elements(1000 * 49));
    group.bench_function("1000 runs x 48 months x 20 steps", |b| {
        b.iter(|| simulate(&page))
    });
    // With the model's doubt every run is run twice, once under a drawn calibration.
    let doubted = Scenario {
        parameter_uncertainty: true,
        ..page.clone()
    };
    group.bench_function(
        "1000 runs x 48 months x 20 steps, with the model's doubt",
        |b| b.iter(|| simulate(&doubted)),
    );
    group.finish();

    // "Why?" for one month re-runs the scenario once per step: budget 100 ms in the browser.
    let mut why = c.benchmark_group("explain");
    why.sample_size(10);
    why.bench_function("why trust at month 24, 20 steps, 1000 runs", |b| {
        b.iter(|| explain(&page, Target::Series(Series::Trust), 24))
    });
    why.finish();

    let mut analyses = c.benchmark_group("analyses");
    analyses.sample_size(10);
    let params = Params::default();
    analyses.bench_function(
        "what matters most, 9 assumptions and 20 steps, 1000 runs",
        |b| b.iter(|| sensitivity(&page, &params, Measure::BreakdownBy { month: 48 })),
    );
    let search = Search::new(Objective::Weighted {
        month: 48,
        recovery_weight: 0.5,
    });
    analyses.bench_function("better order, 20 steps, 1000 runs", |b| {
        b.iter(|| optimize(&page, &params, search.clone()).unwrap())
    });
    // What the page waits for before its first progress: the reader's sequence and a first
    // slice of eight candidates.
    analyses.bench_function("better order, first progress", |b| {
        b.iter(|| {
            let mut optimizer = Optimizer::new(&page, &params, search.clone()).unwrap();
            optimizer.advance(8)
        })
    });
    analyses.finish();

    let mut large = c.benchmark_group("ensemble-large");
    large.sample_size(10);
    let big = twenty_steps(240, 100_000);
    large.throughput(Throughput::Elements(100_000 * 241));
    large.bench_function("100000 runs x 240 months", |b| b.iter(|| simulate(&big)));
    // The command line's way: the same runs in slices on every core, merged into the same bits.
    #[cfg(feature = "parallel")]
    large.bench_function("100000 runs x 240 months, every core", |b| {
        b.iter(|| relief_model::simulate_on_every_core(&big))
    });
    large.finish();

    // Cost should grow linearly in runs × months: the same throughput at every size.
    let mut scaling = c.benchmark_group("scaling");
    scaling.sample_size(20);
    for (runs, horizon) in [(500, 24), (1000, 48), (2000, 96), (4000, 240)] {
        let scenario = twenty_steps(horizon, runs);
        scaling.throughput(Throughput::Elements(runs as u64 * (horizon as u64 + 1)));
        scaling.bench_with_input(
            BenchmarkId::from_parameter(format!("{runs}x{horizon}")),
            &scenario,
            |b, s| b.iter(|| simulate(s)),
        );
    }
    scaling.finish();
}

criterion_group!(benches, budgets);
criterion_main!(benches);
