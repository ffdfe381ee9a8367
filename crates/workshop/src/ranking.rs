//! Comparing teams' sequences in a workshop: the four numbers each sequence is ranked on, the
//! ranking, and each team's debrief sheet, as JSON values for the page.
//!
//! The numbers come from the model's projection as they are: the share of runs broken down
//! by the horizon, the median trust in the target at month 24, the median economic recovery
//! at month 36 and the median leverage held at the horizon (each month moved to the horizon
//! when the horizon comes sooner). A team's place on a criterion is taken at the precision
//! the page shows (hundredths), so two teams the table shows as equal share a place. The
//! overall order adds up each team's four places, lowest total first; ties go to the lower
//! breakdown risk, then to the higher trust, then to the order the teams were added in.
//!
//! Plain Rust, tested natively with real model numbers (`cargo test -p relief-workshop --lib`).

use relief_model::{Projection, Scenario};
use serde_json::{Value, json};

use crate::exercise::{Exercise, Lock};
use relief_web::text::{level, percent};

/// The month trust is compared at.
pub const TRUST_MONTH: u32 = 24;
/// The month economic recovery is compared at.
pub const ECONOMY_MONTH: u32 = 36;

/// The four numbers a sequence is ranked on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    /// Share of runs broken down by the horizon: lower is better.
    pub breakdown_risk: f64,
    /// Median trust in the target at [`Scores::trust_month`]: higher is better.
    pub trust: f64,
    /// Median share of the economic loss recovered at [`Scores::economy_month`]: higher is
    /// better.
    pub economy: f64,
    /// Median leverage the sanctioning side still holds at the horizon: higher is better.
    pub leverage: f64,
    /// The month trust is read at: [`TRUST_MONTH`], or the horizon when it comes sooner.
    pub trust_month: u32,
    /// The month recovery is read at: [`ECONOMY_MONTH`], or the horizon when it comes sooner.
    pub economy_month: u32,
    /// The horizon, where risk and leverage are read.
    pub horizon: u32,
}

fn at(values: &[f64], month: u32) -> f64 {
    let i = (month as usize).min(values.len().saturating_sub(1));
    values.get(i).copied().unwrap_or(0.0)
}

/// The four numbers of one projection.
pub fn scores(p: &Projection) -> Scores {
    let horizon = p.horizon_months;
    let trust_month = TRUST_MONTH.min(horizon);
    let economy_month = ECONOMY_MONTH.min(horizon);
    Scores {
        breakdown_risk: at(&p.backsliding_risk, horizon),
        trust: at(&p.trust.p50, trust_month),
        economy: at(&p.economy.p50, economy_month),
        leverage: at(&p.leverage.p50, horizon),
        trust_month,
        economy_month,
        horizon,
    }
}

/// One thing the ranking weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// Breakdown risk at the horizon, lowest first.
    BreakdownRisk,
    /// Trust at month 24, highest first.
    Trust,
    /// Economic recovery at month 36, highest first.
    Economy,
    /// Leverage kept at the horizon, highest first.
    Leverage,
}

impl Criterion {
    /// All four, in the table's column order.
    pub const ALL: [Criterion; 4] = [
        Criterion::BreakdownRisk,
        Criterion::Trust,
        Criterion::Economy,
        Criterion::Leverage,
    ];

    /// The criterion's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::BreakdownRisk => "breakdown_risk",
            Criterion::Trust => "trust",
            Criterion::Economy => "economy",
            Criterion::Leverage => "leverage",
        }
    }

    /// The column heading, with the month it is read at.
    pub fn label(self, s: &Scores) -> String {
        match self {
            Criterion::BreakdownRisk => format!("Breakdown risk by month {}", s.horizon),
            Criterion::Trust => format!("Trust at month {}", s.trust_month),
            Criterion::Economy => format!("Economic recovery at month {}", s.economy_month),
            Criterion::Leverage => format!("Leverage kept at month {}", s.horizon),
        }
    }

    /// Whether a lower value is better.
    pub fn lower_is_better(self) -> bool {
        self == Criterion::BreakdownRisk
    }

    /// The criterion's value in a team's scores.
    pub fn value(self, s: &Scores) -> f64 {
        match self {
            Criterion::BreakdownRisk => s.breakdown_risk,
            Criterion::Trust => s.trust,
            Criterion::Economy => s.economy,
            Criterion::Leverage => s.leverage,
        }
    }

    /// The value as the page shows it.
    pub fn text(self, s: &Scores) -> String {
        match self {
            Criterion::BreakdownRisk => percent(s.breakdown_risk),
            Criterion::Economy => percent(s.economy),
            Criterion::Trust => level(s.trust),
            Criterion::Leverage => level(s.leverage),
        }
    }

    /// The value at the precision the page shows, oriented so that smaller is better.
    fn shown(self, s: &Scores) -> i64 {
        let hundredths = (self.value(s) * 100.0).round() as i64;
        if self.lower_is_better() {
            hundredths
        } else {
            -hundredths
        }
    }
}

/// Each team's place on one criterion: 1 is best, and teams the page shows as equal share a
/// place (so places may go 1, 1, 3).
pub fn places(scores: &[Scores], criterion: Criterion) -> Vec<usize> {
    scores
        .iter()
        .map(|s| {
            let mine = criterion.shown(s);
            1 + scores.iter().filter(|o| criterion.shown(o) < mine).count()
        })
        .collect()
}

/// The teams' indices in their overall order: by the sum of their four places, lowest first;
/// ties go to the lower breakdown risk, then the higher trust, then the earlier team.
pub fn overall_order(scores: &[Scores]) -> Vec<usize> {
    let per: Vec<Vec<usize>> = Criterion::ALL.iter().map(|&c| places(scores, c)).collect();
    let total = |i: usize| per.iter().map(|p| p[i]).sum::<usize>();
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by_key(|&i| {
        (
            total(i),
            Criterion::BreakdownRisk.shown(&scores[i]),
            Criterion::Trust.shown(&scores[i]),
            i,
        )
    });
    order
}

/// The rule the ranking follows, in one sentence for the page.
pub const RANKING_RULE: &str = "Each team gets a place on each of the four measures; the overall order adds the four places, lowest total first, and a tie goes to the lower breakdown risk, then to the higher trust.";

/// One team as the ranking sees it.
pub struct Entry<'a> {
    /// The team's name.
    pub name: &'a str,
    /// Its projection (with the exercise's injects).
    pub projection: &'a Projection,
    /// What it changed that the exercise keeps fixed, or why it may not be comparable.
    pub remarks: &'a [String],
}

/// The ranking table: `{rule, criteria: [{key, label, lower_is_better}], rows: [...]}` with
/// one row per team in overall order: `{index, name, place, total, values, texts, places,
/// warnings, remarks}` (`values`, `texts` and `places` keyed by criterion). Teams sharing a
/// total and every tie-break share a place.
pub fn ranking(entries: &[Entry]) -> Value {
    let all: Vec<Scores> = entries.iter().map(|e| scores(e.projection)).collect();
    let per: Vec<Vec<usize>> = Criterion::ALL.iter().map(|&c| places(&all, c)).collect();
    let order = overall_order(&all);
    let key = |i: usize| {
        (
            per.iter().map(|p| p[i]).sum::<usize>(),
            Criterion::BreakdownRisk.shown(&all[i]),
            Criterion::Trust.shown(&all[i]),
        )
    };
    let criteria: Vec<Value> = match all.first() {
        Some(first) => Criterion::ALL
            .iter()
            .map(|&c| json!({"key": c.key(), "label": c.label(first), "lower_is_better": c.lower_is_better()}))
            .collect(),
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    let mut place = 0;
    for (n, &i) in order.iter().enumerate() {
        if n == 0 || key(order[n - 1]) != key(i) {
            place = n + 1;
        }
        let s = &all[i];
        let mut values = serde_json::Map::new();
        let mut texts = serde_json::Map::new();
        let mut places_of = serde_json::Map::new();
        for (c_index, &c) in Criterion::ALL.iter().enumerate() {
            values.insert(c.key().into(), json!(c.value(s)));
            texts.insert(c.key().into(), json!(c.text(s)));
            places_of.insert(c.key().into(), json!(per[c_index][i]));
        }
        rows.push(json!({
            "index": i,
            "name": entries[i].name,
            "place": place,
            "total": per.iter().map(|p| p[i]).sum::<usize>(),
            "values": values,
            "texts": texts,
            "places": places_of,
            "warnings": entries[i].projection.warnings,
            "remarks": entries[i].remarks,
        }));
    }
    json!({ "rule": RANKING_RULE, "criteria": criteria, "rows": rows })
}

/// A team's sequence as a list for its debrief page: every step and shock by month, each
/// `{month, list, kind, label, who, role, detail, headline}` where `headline` is the inject's
/// when a shock is one of the exercise's injects.
pub fn sequence(scenario: &Scenario, exercise: Option<&Exercise>) -> Value {
    let mut items: Vec<(u32, usize, Value)> = Vec::new();
    for (i, step) in scenario.steps.iter().enumerate() {
        let mut detail = vec![format!("size {:.2}", step.size)];
        if step.conditional {
            detail.push("waits for verified compliance".into());
        }
        if step.transparent {
            detail.push("published criteria".into());
        }
        let role = match step.kind.role() {
            relief_model::StepRole::Relief => "relief",
            relief_model::StepRole::Reform => "reform",
            relief_model::StepRole::Confidence => "confidence",
        };
        items.push((
            step.month,
            i,
            json!({
                "month": step.month,
                "list": "steps",
                "kind": step.kind.key(),
                "label": step.kind.label(),
                "who": step.kind.actor().label(),
                "role": role,
                "detail": detail.join(", "),
                "headline": Value::Null,
            }),
        ));
    }
    let mut injects: Vec<Option<&crate::exercise::Inject>> = exercise
        .map(|e| e.injects.iter().map(Some).collect())
        .unwrap_or_default();
    for (i, shock) in scenario.shocks.iter().enumerate() {
        let headline = injects
            .iter_mut()
            .find(|slot| slot.is_some_and(|inj| inj.shock() == *shock))
            .and_then(Option::take)
            .map(|inj| inj.headline.clone());
        items.push((
            shock.month,
            1000 + i,
            json!({
                "month": shock.month,
                "list": "shocks",
                "kind": shock.kind.key(),
                "label": shock.kind.label(),
                "who": "Shock",
                "role": "shock",
                "detail": format!("size {:.2}", shock.size),
                "headline": headline,
            }),
        ));
    }
    items.sort_by_key(|(month, order, _)| (*month, *order));
    Value::Array(items.into_iter().map(|(_, _, v)| v).collect())
}

/// Everything a team's debrief page shows besides its charts: `{name, lock, lock_label,
/// scores, texts, summary, warnings, remarks, sequence}`.
pub fn sheet(
    name: &str,
    lock: Option<Lock>,
    scenario: &Scenario,
    projection: &Projection,
    remarks: &[String],
    exercise: Option<&Exercise>,
) -> Value {
    let s = scores(projection);
    let mut texts = serde_json::Map::new();
    let mut labels = serde_json::Map::new();
    for c in Criterion::ALL {
        texts.insert(c.key().into(), json!(c.text(&s)));
        labels.insert(c.key().into(), json!(c.label(&s)));
    }
    json!({
        "name": name,
        "lock": lock.map(Lock::key),
        "lock_label": lock.map(Lock::label),
        "texts": texts,
        "labels": labels,
        "summary": relief_web::text::summary_text(projection, None, None),
        "warnings": projection.warnings,
        "remarks": remarks,
        "sequence": sequence(scenario, exercise),
    })
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;
    use relief_model::{Step, StepKind};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn scenario(steps: Vec<Step>) -> Scenario {
        Scenario {
            title: String::new(),
            runs: 1000,
            seed: 11,
            steps,
            ..Scenario::default()
        }
    }

    fn conditional(kind: StepKind, month: u32, size: f64) -> Step {
        Step {
            size,
            conditional: true,
            transparent: true,
            ..Step::new(kind, month)
        }
    }

    /// Three sequences a workshop might produce: everything at once without verification,
    /// phased relief under monitoring, and verification first with relief held back.
    fn three() -> [Scenario; 3] {
        let at_once = scenario(vec![Step::new(StepKind::FullLifting, 0)]);
        let phased = scenario(vec![
            Step::new(StepKind::HumanitarianExemption, 0),
            Step::new(StepKind::IndependentMonitoring, 1),
            Step::new(StepKind::ComplianceStep, 2),
            conditional(StepKind::SectoralEasing, 6, 0.3),
            conditional(StepKind::FinancialChannels, 18, 0.4),
        ]);
        let cautious = scenario(vec![
            Step::new(StepKind::IndependentMonitoring, 0),
            Step::new(StepKind::IndependentAudit, 3),
            Step::new(StepKind::ComplianceStep, 6),
            Step::new(StepKind::SnapbackClause, 6),
            conditional(StepKind::HumanitarianExemption, 12, 0.1),
        ]);
        [at_once, phased, cautious]
    }

    #[test]
    fn places_share_ties_at_the_precision_shown() {
        let mk = |risk: f64| Scores {
            breakdown_risk: risk,
            trust: 0.5,
            economy: 0.5,
            leverage: 0.5,
            trust_month: 24,
            economy_month: 36,
            horizon: 48,
        };
        let s = [mk(0.30), mk(0.104), mk(0.101), mk(0.5)];
        assert_eq!(places(&s, Criterion::BreakdownRisk), [3, 1, 1, 4]);
        assert_eq!(places(&s, Criterion::Trust), [1, 1, 1, 1]);
        // Equal totals: the lower shown risk first, then the earlier team.
        assert_eq!(overall_order(&s), [1, 2, 0, 3]);
    }

    #[test]
    fn the_ranking_follows_the_models_numbers() {
        let scenarios = three();
        let projections: Vec<Projection> = scenarios.iter().map(relief_model::simulate).collect();
        let names = ["All at once", "Phased", "Verification first"];
        let entries: Vec<Entry> = projections
            .iter()
            .zip(names)
            .map(|(p, name)| Entry {
                name,
                projection: p,
                remarks: &[],
            })
            .collect();
        let table = ranking(&entries);
        let rows = table["rows"].as_array().unwrap();

        // The expected order, worked out here from the projections' own numbers.
        let hundredths = |v: f64| (v * 100.0).round() as i64;
        let numbers: Vec<[i64; 4]> = projections
            .iter()
            .map(|p| {
                [
                    hundredths(*p.backsliding_risk.last().unwrap()),
                    -hundredths(p.trust.p50[24]),
                    -hundredths(p.economy.p50[36]),
                    -hundredths(*p.leverage.p50.last().unwrap()),
                ]
            })
            .collect();
        let place =
            |i: usize, c: usize| 1 + numbers.iter().filter(|n| n[c] < numbers[i][c]).count();
        let mut expected: Vec<usize> = (0..3).collect();
        expected.sort_by_key(|&i| {
            (
                (0..4).map(|c| place(i, c)).sum::<usize>(),
                numbers[i][0],
                numbers[i][1],
                i,
            )
        });
        let got: Vec<usize> = rows
            .iter()
            .map(|r| r["index"].as_u64().unwrap() as usize)
            .collect();
        assert_eq!(got, expected, "{numbers:?}");

        // And the numbers tell the story the workshop is about: lifting everything at once
        // without verification spends all leverage at the start and breaks down more often
        // than phased, verified relief (a breakdown then brings the pressure back).
        assert!(numbers[0][0] > numbers[1][0], "{numbers:?}");
        assert!(projections[0].leverage.p50[0] < 0.01, "{numbers:?}");
        assert_eq!(rows[0]["place"], 1);
        let first = &rows[0];
        assert_eq!(
            first["texts"]["breakdown_risk"],
            percent(*projections[got[0]].backsliding_risk.last().unwrap())
        );
        let at_once = rows.iter().find(|r| r["name"] == "All at once").unwrap();
        assert!(
            !at_once["warnings"].as_array().unwrap().is_empty(),
            "the checker remarks on lifting all at once"
        );
        assert_eq!(table["criteria"][1]["label"], "Trust at month 24");
        assert_eq!(
            table["criteria"][2]["label"],
            "Economic recovery at month 36"
        );
    }

    #[test]
    fn short_horizons_read_at_the_horizon() {
        let mut s = three()[1].clone();
        s.horizon_months = 12;
        s.steps.retain(|st| st.month < 12);
        let p = relief_model::simulate(&s);
        let sc = scores(&p);
        assert_eq!((sc.trust_month, sc.economy_month, sc.horizon), (12, 12, 12));
        assert_eq!(Criterion::Trust.label(&sc), "Trust at month 12");
    }

    #[test]
    fn a_sheet_lists_the_sequence_by_month_with_inject_headlines() {
        let exercise = crate::reading::exercise_from_value(&json!({
            "format": "relief-exercise/1",
            "scenario": relief_model::scenario_to_value(&three()[1]),
            "teams": [{ "name": "A" }, { "name": "B", "lock": "target" }],
            "injects": [{ "month": 4, "kind": "spoiler_attack", "headline": "Attack on the pipeline" }]
        }))
        .unwrap();
        let played = exercise.reference();
        let p = relief_model::simulate(&played);
        let sheet = sheet("B", Some(Lock::Target), &played, &p, &[], Some(&exercise));
        let seq = sheet["sequence"].as_array().unwrap();
        let months: Vec<u64> = seq.iter().map(|i| i["month"].as_u64().unwrap()).collect();
        assert_eq!(months, [0, 1, 2, 4, 6, 18]);
        assert_eq!(seq[3]["headline"], "Attack on the pipeline");
        assert_eq!(seq[3]["who"], "Shock");
        assert_eq!(
            seq[4]["detail"],
            "size 0.30, waits for verified compliance, published criteria"
        );
        assert_eq!(sheet["lock_label"], "Only the target's steps");
        assert!(
            sheet["summary"]
                .as_str()
                .unwrap()
                .starts_with("By month 48,")
        );
    }
}
