//! Every validation rule, as data: each bad document in `tests/data/bad-scenarios.json` must be
//! refused with an error at the named JSON path whose message contains the named phrase.

use relief_model::{Scenario, Step, StepKind, parse_scenario, scenario_to_json};
use serde_json::Value;

use crate::common::data;

#[test]
fn every_bad_document_is_refused_with_a_message_naming_the_field() {
    let file: Value = serde_json::from_str(&data("bad-scenarios.json")).unwrap();
    let mut failures = Vec::new();
    for case in file["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let path = case["path"].as_str().unwrap();
        let phrase = case["message"].as_str().unwrap();
        match parse_scenario(case["input"].as_str().unwrap()) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) => {
                if !e
                    .errors
                    .iter()
                    .any(|f| f.path == path && f.message.contains(phrase))
                {
                    failures.push(format!("{name}: expected {path}: …{phrase}…, got {e}"));
                }
                // The first line of the message is what a user sees first: it names the field.
                let shown = e.to_string();
                if !path.is_empty() {
                    assert!(
                        shown.contains(path),
                        "{name}: the message {shown:?} does not name {path}"
                    );
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_document_past_the_size_limit_is_refused_before_parsing() {
    let huge = format!(
        r#"{{"format":"relief-scenario/1","steps":[],"title":"{}"}}"#,
        "z".repeat(1 << 20)
    );
    let e = parse_scenario(&huge).unwrap_err();
    assert!(
        e.to_string()
            .contains("the most a scenario may be is 1024 KB"),
        "{e}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let e = parse_scenario(
        r#"{"format":"relief-scenario/1","runs":0,"steps":[{"kind":"nope","month":99}],"extra":1}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = e.errors.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/extra", "/runs", "/steps/0/kind", "/steps/0/month"],
        "{e}"
    );
}

#[test]
fn defaults_fill_every_missing_field() {
    let s = parse_scenario(
        r#"{"format":"relief-scenario/1","steps":[{"kind":"sectoral_easing","month":2}]}"#,
    )
    .unwrap();
    let expected = Scenario {
        steps: vec![Step::new(StepKind::SectoralEasing, 2)],
        ..Scenario::default()
    };
    assert_eq!(s, expected);
    assert_eq!((s.horizon_months, s.runs, s.seed), (48, 1000, 1));
    assert_eq!(s.assumptions.good_faith, 0.5);
    assert_eq!(s.steps[0].size, 0.3);
}

#[test]
fn the_largest_valid_values_are_accepted() {
    let text = format!(
        r#"{{"format":"relief-scenario/1","horizon_months":240,"runs":100000,"seed":{},"steps":[{{"kind":"full_lifting","month":239,"size":1}}]}}"#,
        (1u64 << 53) - 1
    );
    let s = parse_scenario(&text).unwrap();
    assert_eq!(parse_scenario(&scenario_to_json(&s)).unwrap(), s);
}
