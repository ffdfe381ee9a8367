//! Every validation rule, as data: each bad document in `tests/data/bad-scenarios.json` must be
//! refused with an error at the named JSON path whose message contains the named phrase.

use relief_model::{
    SCENARIO_LINK, Scenario, Step, StepKind, limits, parse_json, parse_projection, parse_scenario,
    projection_to_json, scenario_from_link, scenario_to_json, simulate,
};
use serde_json::Value;

use crate::common::{cases, data, not_refused_as_expected};

#[test]
fn every_bad_document_is_refused_with_a_message_naming_the_field() {
    let file: Value = serde_json::from_str(&data("bad-scenarios.json")).unwrap();
    // The text cases (a key given twice, a number too large) are read as text like the others.
    let mut all = cases(&file, "cases");
    all.extend(cases(&file, "text_cases"));
    let failures = not_refused_as_expected(&all, parse_scenario);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_document_in_a_link_is_refused_as_in_a_file() {
    let file: Value = serde_json::from_str(&data("bad-scenarios.json")).unwrap();
    let mut all = cases(&file, "cases");
    all.extend(cases(&file, "text_cases"));
    let (json, not_json): (Vec<Value>, Vec<Value>) = all
        .into_iter()
        .partition(|case| !is_syntax_error(case["input"].as_str().unwrap()));
    // A document that is JSON (a key given twice and a number too large included) is refused
    // inside a link as in a file, naming its field.
    let in_a_link = |text: &str| scenario_from_link(&SCENARIO_LINK.encode(text));
    let failures = not_refused_as_expected(&json, in_a_link);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Text that is not JSON cannot have come from a link that was made whole: it is damaged.
    assert!(!not_json.is_empty());
    for case in not_json {
        let message = in_a_link(case["input"].as_str().unwrap())
            .unwrap_err()
            .to_string();
        assert_eq!(
            message,
            "this link cannot be read: it is damaged (it may have been cut short when copied)",
            "{}",
            case["name"]
        );
    }
}

/// Whether the text is not JSON at all, as opposed to JSON with a field that cannot be read.
fn is_syntax_error(text: &str) -> bool {
    parse_json(text).is_err_and(|e| e.errors[0].path.is_empty())
}

#[test]
fn every_bad_projection_is_refused_with_a_message_naming_the_field() {
    let file: Value = serde_json::from_str(&data("bad-projections.json")).unwrap();
    parse_projection(file["valid"].as_str().unwrap()).unwrap();
    let failures = not_refused_as_expected(&cases(&file, "cases"), parse_projection);
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
    // The fields added since the first edition default to what an old scenario meant: one
    // sanctioning side, relief that never lapses.
    assert!(s.senders.is_empty());
    assert_eq!((s.steps[0].sender, s.steps[0].expires_after), (None, None));
    assert_eq!(s.assumptions.reneging, 0.1);
}

#[test]
fn a_sender_and_an_expiry_are_accepted_on_every_relief_step_and_on_no_other() {
    for kind in StepKind::ALL {
        let text = format!(
            r#"{{"format":"relief-scenario/1","senders":["US","EU"],"steps":[{{"kind":"{}","month":3,"sender":"EU","expires_after":6}}]}}"#,
            kind.key()
        );
        match parse_scenario(&text) {
            Ok(s) => {
                assert!(kind.is_relief(), "{} accepted a sender", kind.key());
                assert_eq!(s.steps[0].sender, Some(1));
                assert_eq!(s.steps[0].expires_after, Some(6));
            }
            Err(e) => {
                assert!(!kind.is_relief(), "{} refused: {e}", kind.key());
                let paths: Vec<&str> = e.errors.iter().map(|f| f.path.as_str()).collect();
                assert_eq!(paths, ["/steps/0/sender", "/steps/0/expires_after"], "{e}");
                assert!(e.to_string().contains(kind.key()), "{e}");
            }
        }
    }
}

#[test]
fn a_broken_senders_list_is_reported_without_blaming_the_steps_that_name_them() {
    let e = parse_scenario(
        r#"{"format":"relief-scenario/1","senders":["US","US"],"steps":[{"kind":"sectoral_easing","month":1,"sender":"EU"}],"shocks":[{"kind":"sender_withdrawal","month":2,"sender":"UN"}]}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = e.errors.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["/senders/1"], "{e}");
}

#[test]
fn an_unknown_kind_with_a_sender_is_reported_by_its_kind_alone() {
    let e = parse_scenario(
        r#"{"format":"relief-scenario/1","senders":["US"],"steps":[{"kind":"regime_change","month":1,"sender":"US","expires_after":3}]}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = e.errors.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["/steps/0/kind"], "{e}");
}

#[test]
fn the_largest_valid_values_are_accepted() {
    let text = format!(
        r#"{{"format":"relief-scenario/1","horizon_months":240,"runs":100000,"seed":{},"steps":[{{"kind":"full_lifting","month":239,"size":1}}]}}"#,
        (1u64 << 53) - 1
    );
    let s = parse_scenario(&text).unwrap();
    assert_eq!(parse_scenario(&scenario_to_json(&s)).unwrap(), s);

    let senders: Vec<String> = (0..limits::MAX_SENDERS)
        .map(|i| format!("{i}{}", "é".repeat(limits::MAX_SENDER_CHARS - 1)))
        .collect();
    let last = senders.last().unwrap().clone();
    let text = serde_json::json!({
        "format": "relief-scenario/1",
        "horizon_months": limits::MAX_HORIZON,
        "senders": senders,
        "steps": [{"kind": "full_lifting", "month": 0, "sender": last, "expires_after": limits::MAX_HORIZON}],
        "shocks": [{"kind": "sender_withdrawal", "month": 239, "sender": last}]
    })
    .to_string();
    let s = parse_scenario(&text).unwrap();
    let last_index = (limits::MAX_SENDERS - 1) as u8;
    assert_eq!(s.steps[0].sender, Some(last_index));
    assert_eq!(s.steps[0].expires_after, Some(limits::MAX_HORIZON));
    assert_eq!(s.shocks[0].sender, Some(last_index));
    assert_eq!(parse_scenario(&scenario_to_json(&s)).unwrap(), s);
}

#[test]
fn the_same_key_in_different_objects_is_not_a_repeat() {
    let scenario = parse_scenario(
        r#"{"format": "relief-scenario/1", "steps": [
            {"kind": "sectoral_easing", "month": 3, "size": 0.5},
            {"kind": "financial_channels", "month": 6, "size": 0.5}
        ], "assumptions": {"good_faith": 0.5}}"#,
    )
    .unwrap();
    assert_eq!(scenario.steps.len(), 2);
}

#[test]
fn a_projection_with_a_key_twice_or_a_number_too_large_is_refused_naming_the_field() {
    let scenario = parse_scenario(&data("default-scenario.json")).unwrap();
    let json = projection_to_json(&simulate(&Scenario {
        runs: 20,
        ..scenario
    }));
    assert!(parse_projection(&json).is_ok());
    let twice = json.replacen(
        "\"format\":\"relief-projection/1\"",
        "\"format\":\"relief-projection/1\",\"format\":\"relief-projection/1\"",
        1,
    );
    assert_ne!(
        twice, json,
        "the projection's format is written as the test expects"
    );
    let e = parse_projection(&twice).unwrap_err();
    assert_eq!(e.errors[0].path, "/format", "{e}");
    assert!(e.errors[0].message.contains("is given twice"), "{e}");

    let huge = json.replacen("\"months\":[0,", "\"months\":[1e999,", 1);
    assert_ne!(
        huge, json,
        "the projection's months are written as the test expects"
    );
    let e = parse_projection(&huge).unwrap_err();
    assert_eq!(e.errors[0].path, "/months/0", "{e}");
    assert!(e.errors[0].message.contains("too large"), "{e}");
}
