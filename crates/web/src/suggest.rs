//! "Suggest a better order" on the page: the model's search ([`relief_model::Optimizer`]), run
//! in the page's suggestion worker a few candidates at a time with its progress reported
//! between them, and its answer as the page shows it: each change in words, the objective and
//! three outcomes before and after on fresh futures, and whether the improvement is clear of
//! the noise.

use relief_model::{Measure, Objective, Optimizer, Params, Scenario, Search, Suggestion};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use relief_model::words::{Arg, Message, Template};

use crate::language::{self, sentence};
use crate::text::{CHANGE_POINTS, NO_CHANGE};
use crate::to_js;

macro_rules! templates {
    ($($name:ident = $id:literal : $english:literal;)*) => {
        $(const $name: Template = Template { id: $id, english: $english };)*
        /// Every sentence "Suggest a better order" says, for the catalogues.
        pub const TEMPLATES: &[&Template] = &[$(&$name),*];
    };
}

templates! {
    CLEAR = "suggest-clear": "A better order: on fresh futures it lowers { $objective } from { $before } to { $after } (by { $improvement } ± { $error }, one standard error).";
    NONE = "suggest-none": "No clear improvement: after { $tried } tried, none beats yours on fresh futures by twice the noise ({ $improvement } ± { $error }), so nothing is suggested.";
    ONE_ORDER = "suggest-one-order": "1 order";
    ORDERS = "suggest-orders": "{ $count } orders";
    OUTCOME_BREAKDOWN = "suggest-outcome-breakdown": "the risk of breakdown by the end";
    OUTCOME_TRUST = "suggest-outcome-trust": "trust in the target at the end";
    OUTCOME_RECOVERY = "suggest-outcome-recovery": "economic recovery at the end";
    OUTCOME_CHANGE = "suggest-outcome-change": "{ $label }: { $before } → { $after } ({ $change })";
}

/// Candidates run between two reports of progress: a few tenths of a second at most.
const CANDIDATES_PER_REPORT: u32 = 4;

/// The page's options for the search, read field by field so that a bad one is named.
fn read_search(options: &Value, scenario: &Scenario) -> Result<Search, String> {
    let horizon = scenario.horizon_months;
    let whole = |key: &str, max: u32, default: u32| -> Result<u32, String> {
        match options.get(key) {
            None | Some(Value::Null) => Ok(default),
            Some(v) => v
                .as_u64()
                .filter(|&n| n <= u64::from(max))
                .map(|n| n as u32)
                .ok_or_else(|| format!("{key} must be a whole number from 0 to {max}, not {v}")),
        }
    };
    let month = whole("month", horizon, horizon)?;
    let objective = match options.get("objective").and_then(Value::as_str) {
        None | Some("breakdown") => Objective::Breakdown { month },
        Some("score") => {
            let weight = match options.get("recovery_weight") {
                None | Some(Value::Null) => 0.5,
                Some(v) => v
                    .as_f64()
                    .filter(|w| (0.0..=10.0).contains(w))
                    .ok_or_else(|| format!("recovery_weight must be from 0 to 10, not {v}"))?,
            };
            Objective::Weighted {
                month,
                recovery_weight: weight,
            }
        }
        Some(other) => {
            return Err(format!(
                "objective must be \"breakdown\" or \"score\", not \"{other}\""
            ));
        }
    };
    let steps = scenario.steps.len();
    let locked = match options.get("locked") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_u64()
                    .filter(|&i| (i as usize) < steps)
                    .map(|i| i as usize)
                    .ok_or_else(|| {
                        format!("locked step {v} does not exist: the scenario has {steps} steps")
                    })
            })
            .collect::<Result<_, _>>()?,
        Some(v) => return Err(format!("locked must be a list of step numbers, not {v}")),
    };
    let flags = match options.get("flags") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(v) => return Err(format!("flags must be true or false, not {v}")),
    };
    Ok(Search {
        locked,
        min_gap: whole("min_gap", horizon, 0)?,
        not_before: whole("not_before", horizon, 0)?,
        flags,
        ..Search::new(objective)
    })
}

/// Three outcomes a reader follows, for the sequence as written and as suggested, on the same
/// fresh futures the suggestion was checked on.
fn outcomes(original: &Scenario, suggestion: &Suggestion) -> Vec<Value> {
    let on_check_seed = |s: &Scenario| {
        let mut s = s.clone();
        s.seed = suggestion.check_seed;
        relief_model::simulate(&s)
    };
    let before = on_check_seed(original);
    let after = on_check_seed(&suggestion.scenario);
    let horizon = original.horizon_months;
    [
        (
            "breakdown",
            Measure::BreakdownBy { month: horizon },
            &OUTCOME_BREAKDOWN,
        ),
        ("trust", Measure::TrustAtEnd, &OUTCOME_TRUST),
        ("recovery", Measure::RecoveryAtEnd, &OUTCOME_RECOVERY),
    ]
    .into_iter()
    .map(|(key, measure, label)| {
        let label = sentence(label, vec![]);
        let (b, a) = (measure.read(&before), measure.read(&after));
        // Shares read as percentages and their change in points; trust as a level, 0 to 1.
        let (shown_before, shown_after, change) = if key == "trust" {
            let change = signed((a - b) * 100.0, |v| language::decimals(v / 100.0, 2));
            (language::decimals(b, 2), language::decimals(a, 2), change)
        } else {
            let change = signed((a - b) * 100.0, |v| {
                let points = format!("{v:.0}");
                sentence(&CHANGE_POINTS, vec![("change", Arg::Text(points))])
            });
            (language::percent(b), language::percent(a), change)
        };
        let text = sentence(
            &OUTCOME_CHANGE,
            vec![
                ("label", Arg::Text(label.clone())),
                ("before", Arg::Text(shown_before)),
                ("after", Arg::Text(shown_after)),
                ("change", Arg::Text(change)),
            ],
        );
        json!({ "key": key, "label": label, "before": b, "after": a, "text": text })
    })
    .collect()
}

/// A change in points with its sign (a true minus), or "no change" when it rounds to nothing.
fn signed(points: f64, format: impl Fn(f64) -> String) -> String {
    let rounded = points.round();
    if rounded == 0.0 {
        sentence(&NO_CHANGE, vec![])
    } else if rounded > 0.0 {
        format!("+{}", format(points.abs()))
    } else {
        format!("−{}", format(points.abs()))
    }
}

/// The suggestion as the page shows it.
fn suggestion_value(original: &Scenario, objective: Objective, s: &Suggestion) -> Value {
    let clear = s.is_clear();
    let moves: Vec<Value> = s
        .moves
        .iter()
        .map(|m| {
            json!({
                "step": m.step,
                "from_month": m.from_month,
                "to_month": m.to_month,
                "conditional_switched": m.conditional_switched,
                "transparent_switched": m.transparent_switched,
                "text": language::say(&m.message(original)),
            })
        })
        .collect();
    let three = |v: f64| Arg::Decimal(v, 3);
    let verdict = if clear {
        sentence(
            &CLEAR,
            vec![
                (
                    "objective",
                    Arg::Said(Box::new(objective.message(original.horizon_months))),
                ),
                ("before", three(s.before)),
                ("after", three(s.after)),
                ("improvement", three(s.improvement.value)),
                ("error", three(s.improvement.standard_error)),
            ],
        )
    } else {
        let tried = if s.evaluations == 1 {
            Message::new(&ONE_ORDER, vec![])
        } else {
            Message::new(
                &ORDERS,
                vec![("count", Arg::Count(u64::from(s.evaluations)))],
            )
        };
        sentence(
            &NONE,
            vec![
                ("tried", Arg::Said(Box::new(tried))),
                ("improvement", three(s.improvement.value)),
                ("error", three(s.improvement.standard_error)),
            ],
        )
    };
    json!({
        "clear": clear,
        "objective": s.objective,
        "before": s.before,
        "after": s.after,
        "improvement": s.improvement.value,
        "standard_error": s.improvement.standard_error,
        "evaluations": s.evaluations,
        "check_seed": s.check_seed,
        "moves": if clear { moves } else { Vec::new() },
        "outcomes": if clear { outcomes(original, s) } else { Vec::new() },
        "scenario": if clear {
            relief_model::scenario_to_value(&s.scenario)
        } else {
            Value::Null
        },
        "text": verdict,
    })
}

/// Searches for a better order of the scenario's steps (JSON text) under `options`
/// (`objective`: "breakdown" or "score"; `month`; `recovery_weight`; `locked`, step numbers;
/// `min_gap`; `not_before`; `flags`, whether "waits for verified compliance" and "announced
/// with published criteria" may be switched). Calls `progress(fraction, evaluations)` as it
/// goes. Returns the suggestion: `clear`, `text`, `moves` (each with its `text`), `outcomes`
/// before and after, the objective's `before`, `after`, `improvement` and `standard_error`,
/// and the suggested `scenario`; only a clear improvement carries moves and a scenario. Throws
/// with a message naming the option on bad options.
#[wasm_bindgen]
pub fn suggest_order(
    scenario: &str,
    options: JsValue,
    progress: &js_sys::Function,
) -> Result<JsValue, JsError> {
    let scenario =
        relief_model::parse_scenario(scenario).map_err(|e| JsError::new(&e.to_string()))?;
    let options_text = js_sys::JSON::stringify(&options)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "{}".to_owned());
    let options: Value = serde_json::from_str(&options_text).unwrap_or(Value::Null);
    let search = read_search(&options, &scenario).map_err(|e| JsError::new(&e))?;
    let objective = search.objective;
    let params = Params::default();
    let mut optimizer =
        Optimizer::new(&scenario, &params, search).map_err(|e| JsError::new(&e.to_string()))?;
    while !optimizer.is_done() {
        let p = optimizer.advance(CANDIDATES_PER_REPORT);
        progress
            .call2(
                &JsValue::NULL,
                &JsValue::from_f64(p.fraction),
                &JsValue::from_f64(f64::from(p.evaluations)),
            )
            .map_err(|_| JsError::new("the search's progress could not be reported"))?;
    }
    Ok(to_js(&suggestion_value(
        &scenario,
        objective,
        &optimizer.finish(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn scenario() -> Scenario {
        relief_model::parse_scenario(
            r#"{"format":"relief-scenario/1","horizon_months":36,"runs":200,
                "steps":[{"kind":"compliance_step","month":30},{"kind":"sectoral_easing","month":0},
                         {"kind":"financial_channels","month":0}]}"#,
        )
        .unwrap()
    }

    /// Every bad option is refused with a message naming it.
    #[test]
    fn bad_options_are_named() {
        let s = scenario();
        for (options, message) in [
            (
                json!({"objective": "speed"}),
                "objective must be \"breakdown\" or \"score\", not \"speed\"",
            ),
            (
                json!({"month": 37}),
                "month must be a whole number from 0 to 36, not 37",
            ),
            (
                json!({"min_gap": -1}),
                "min_gap must be a whole number from 0 to 36, not -1",
            ),
            (
                json!({"not_before": 2.5}),
                "not_before must be a whole number from 0 to 36, not 2.5",
            ),
            (
                json!({"locked": [3]}),
                "locked step 3 does not exist: the scenario has 3 steps",
            ),
            (
                json!({"locked": 1}),
                "locked must be a list of step numbers, not 1",
            ),
            (
                json!({"objective": "score", "recovery_weight": 11}),
                "recovery_weight must be from 0 to 10, not 11",
            ),
            (
                json!({"flags": "yes"}),
                "flags must be true or false, not \"yes\"",
            ),
        ] {
            assert_eq!(read_search(&options, &s).unwrap_err(), message, "{options}");
        }
        let search = read_search(
            &json!({"objective": "score", "locked": [0], "flags": true}),
            &s,
        )
        .unwrap();
        assert_eq!(search.locked, vec![0]);
        assert!(search.flags);
        assert_eq!(
            search.objective,
            Objective::Weighted {
                month: 36,
                recovery_weight: 0.5
            }
        );
    }

    /// A clear suggestion carries its moves in words, the outcomes before and after, and the
    /// suggested scenario; the locked step stays.
    #[test]
    fn a_clear_suggestion_says_what_it_changes() {
        let s = scenario();
        let mut search = read_search(&json!({"locked": [0]}), &s).unwrap();
        search.search_runs = 200;
        search.max_sweeps = 2;
        let params = Params::default();
        let objective = search.objective;
        let suggestion = relief_model::optimize(&s, &params, search).unwrap();
        let value = suggestion_value(&s, objective, &suggestion);
        assert_eq!(value["clear"], json!(suggestion.is_clear()));
        if suggestion.is_clear() {
            let moves = value["moves"].as_array().unwrap();
            assert!(!moves.is_empty());
            assert!(moves.iter().all(|m| m["step"] != json!(0)));
            assert!(
                moves[0]["text"].as_str().unwrap().contains(": month "),
                "{value}"
            );
            assert_eq!(value["outcomes"].as_array().unwrap().len(), 3);
            assert!(
                value["text"]
                    .as_str()
                    .unwrap()
                    .starts_with("A better order")
            );
        } else {
            assert!(
                value["text"]
                    .as_str()
                    .unwrap()
                    .starts_with("No clear improvement")
            );
            assert_eq!(value["scenario"], Value::Null);
        }
    }
}
