//! Both formats survive a write and a read; a document that uses none of the fields added
//! since the first edition is written exactly as before they existed.

use relief_model::{
    Bands, Outcome, Outcomes, Projection, ShockKind, parse_projection, parse_scenario, presets,
    projection_to_csv, projection_to_json, scenario_from_link, scenario_to_json, scenario_to_link,
    simulate,
};
use serde_json::Value;

use crate::common::data;

/// The default scenario as the first edition's writer wrote it, before senders, expiring relief
/// and reneging existed. Files, links and exports made then must stay byte for byte the same.
const DEFAULT_SCENARIO_AS_FIRST_WRITTEN: &str = r#"{
  "assumptions": {
    "dependence": 0.6,
    "generosity": 0.3,
    "good_faith": 0.5,
    "hardliners": 0.4,
    "initial_trust": 0.25,
    "regional_spillover": 0.3,
    "sponsors": 0.2,
    "target_trust": 0.3
  },
  "description": "An illustrative sequence, not any real country's. Sanctions relief begins small and humanitarian; independent monitors arrive in month 1 and the target's first compliance step follows in month 2. Sectoral easing in month 6 and financial channels in month 18 wait until compliance has been verified, the first with its criteria published; a spoiler attack strikes in month 20. Move any step to see how its timing changes trust on both sides, the economy's recovery and the risk that the process breaks down.",
  "format": "relief-scenario/1",
  "horizon_months": 48,
  "runs": 1000,
  "seed": 7,
  "shocks": [
    {
      "kind": "spoiler_attack",
      "month": 20,
      "size": 0.5
    }
  ],
  "steps": [
    {
      "kind": "humanitarian_exemption",
      "month": 0,
      "size": 0.1
    },
    {
      "kind": "independent_monitoring",
      "month": 1,
      "size": 1.0
    },
    {
      "kind": "compliance_step",
      "month": 2,
      "size": 0.3
    },
    {
      "conditional": true,
      "kind": "sectoral_easing",
      "month": 6,
      "size": 0.3,
      "transparent": true
    },
    {
      "conditional": true,
      "kind": "financial_channels",
      "month": 18,
      "size": 0.4
    }
  ],
  "title": "Phased relief under independent monitoring"
}"#;

/// Every field name a first-edition scenario document could hold.
const FIRST_EDITION_FIELDS: &[&str] = &[
    "format",
    "title",
    "description",
    "sources",
    "url",
    "horizon_months",
    "runs",
    "seed",
    "assumptions",
    "good_faith",
    "initial_trust",
    "target_trust",
    "hardliners",
    "dependence",
    "sponsors",
    "regional_spillover",
    "generosity",
    "steps",
    "shocks",
    "kind",
    "month",
    "size",
    "conditional",
    "transparent",
];

/// Every object key anywhere in a JSON document that is not a first-edition field.
fn later_fields(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, v)| {
                let mut found = later_fields(v);
                if !FIRST_EDITION_FIELDS.contains(&key.as_str()) {
                    found.push(key.clone());
                }
                found
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(later_fields).collect(),
        _ => Vec::new(),
    }
}

/// A scenario that uses every field added since the first edition.
const SECOND_EDITION_SCENARIO: &str = r#"{
  "format": "relief-scenario/1",
  "horizon_months": 60,
  "senders": ["US", "EU", "UN"],
  "assumptions": { "reneging": 0.35 },
  "steps": [
    { "kind": "independent_monitoring", "month": 0 },
    { "kind": "humanitarian_exemption", "month": 1, "sender": "UN" },
    { "kind": "sectoral_easing", "month": 6, "sender": "EU", "expires_after": 12 },
    { "kind": "financial_channels", "month": 12, "expires_after": 240 },
    { "kind": "full_lifting", "month": 30, "sender": "US", "conditional": true }
  ],
  "shocks": [
    { "kind": "sender_withdrawal", "month": 40, "sender": "US", "size": 0.6 },
    { "kind": "sender_withdrawal", "month": 50 }
  ]
}"#;

#[test]
fn a_scenario_survives_a_round_trip() {
    let s = parse_scenario(&data("default-scenario.json")).unwrap();
    let again = parse_scenario(&scenario_to_json(&s)).unwrap();
    assert_eq!(s, again);
    // Every claim scenario too: they cover every feature the claims use.
    let claims: serde_json::Value = serde_json::from_str(&data("claims.json")).unwrap();
    for claim in claims["claims"].as_array().unwrap() {
        for scenario in claim["scenarios"].as_object().unwrap().values() {
            let s = parse_scenario(&scenario.to_string()).unwrap();
            assert_eq!(parse_scenario(&scenario_to_json(&s)).unwrap(), s);
        }
    }
}

#[test]
fn the_new_scenario_fields_are_read_and_survive_a_round_trip() {
    let s = parse_scenario(SECOND_EDITION_SCENARIO).unwrap();
    assert_eq!(s.senders, ["US", "EU", "UN"]);
    assert_eq!(s.assumptions.reneging, 0.35);
    let senders: Vec<Option<u8>> = s.steps.iter().map(|step| step.sender).collect();
    assert_eq!(senders, [None, Some(2), Some(1), None, Some(0)]);
    let expiries: Vec<Option<u32>> = s.steps.iter().map(|step| step.expires_after).collect();
    assert_eq!(expiries, [None, None, Some(12), Some(240), None]);
    assert_eq!(s.shocks[0].kind, ShockKind::SenderWithdrawal);
    assert_eq!(s.shocks[0].sender, Some(0));
    assert_eq!(s.shocks[1].sender, None);

    // Written out, senders are named, not numbered, and unused fields stay out.
    let json = scenario_to_json(&s);
    let written: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(written["senders"], serde_json::json!(["US", "EU", "UN"]));
    assert_eq!(written["assumptions"]["reneging"], 0.35);
    assert_eq!(written["steps"][1]["sender"], "UN");
    assert_eq!(written["steps"][2]["expires_after"], 12);
    assert!(written["steps"][0].get("sender").is_none());
    assert!(written["steps"][0].get("expires_after").is_none());
    assert_eq!(written["shocks"][0]["sender"], "US");
    assert!(written["shocks"][1].get("sender").is_none());
    assert_eq!(parse_scenario(&json).unwrap(), s);
    assert_eq!(scenario_to_json(&parse_scenario(&json).unwrap()), json);
}

#[test]
fn a_link_carries_the_new_scenario_fields() {
    let s = parse_scenario(SECOND_EDITION_SCENARIO).unwrap();
    let back = scenario_from_link(&scenario_to_link(&s)).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.senders.len(), 3);
    assert_eq!(back.steps[2].expires_after, Some(12));
    assert_eq!(back.shocks[0].sender, Some(0));
    assert_eq!(back.assumptions.reneging, 0.35);
}

#[test]
fn links_made_before_open_as_they_did_and_are_made_the_same_way() {
    let file: Value = serde_json::from_str(&data("links.json")).unwrap();
    let fixtures = file["scenario_links"].as_array().unwrap();
    assert!(!fixtures.is_empty());
    for fixture in fixtures {
        let name = fixture["name"].as_str().unwrap();
        let link = fixture["link"].as_str().unwrap();
        let scenario = scenario_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            relief_model::scenario_to_value(&scenario),
            fixture["document"],
            "{name}"
        );
        assert_eq!(scenario_to_link(&scenario), link, "{name}");
    }
}

#[test]
fn an_old_scenario_is_written_exactly_as_before() {
    let s = parse_scenario(&data("default-scenario.json")).unwrap();
    assert_eq!(scenario_to_json(&s), DEFAULT_SCENARIO_AS_FIRST_WRITTEN);
    // Reneging at its default is an old scenario's reneging: it is not written either.
    assert!(!scenario_to_json(&s).contains("reneging"));

    // Every built-in and claim scenario that uses no new field is written with the first
    // edition's fields alone, as JSON and inside its link.
    let claims: Value = serde_json::from_str(&data("claims.json")).unwrap();
    let claim_scenarios = claims["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["scenarios"].as_object().unwrap().values())
        .map(|v| parse_scenario(&v.to_string()).unwrap());
    let mut checked = 0;
    for scenario in presets()
        .into_iter()
        .map(|p| p.scenario)
        .chain(claim_scenarios)
    {
        let uses_new_fields = !scenario.senders.is_empty()
            || scenario.assumptions.reneging != relief_model::Assumptions::default().reneging
            || scenario
                .steps
                .iter()
                .any(|step| step.sender.is_some() || step.expires_after.is_some())
            || scenario
                .shocks
                .iter()
                .any(|shock| shock.sender.is_some() || shock.kind == ShockKind::SenderWithdrawal);
        if uses_new_fields {
            continue;
        }
        let written: Value = serde_json::from_str(&scenario_to_json(&scenario)).unwrap();
        assert_eq!(
            later_fields(&written),
            Vec::<String>::new(),
            "{}",
            scenario.title
        );
        assert_eq!(
            scenario_from_link(&scenario_to_link(&scenario)).unwrap(),
            scenario
        );
        checked += 1;
    }
    assert!(checked > 0, "no old scenario left to check");
}

#[test]
fn a_projection_survives_a_round_trip_to_six_decimals() {
    let mut s = parse_scenario(&data("default-scenario.json")).unwrap();
    s.runs = 300;
    let projection = simulate(&s);
    let json = projection_to_json(&projection);
    let back = parse_projection(&json).unwrap();
    assert_eq!(back.horizon_months, projection.horizon_months);
    assert_eq!(
        back.summary.median_breakdown_month,
        projection.summary.median_breakdown_month
    );
    assert_eq!(
        back.summary.full_relief_month_p50,
        projection.summary.full_relief_month_p50
    );
    assert_eq!(back.warnings, projection.warnings);
    for (a, b) in back.trust.p50.iter().zip(&projection.trust.p50) {
        assert!((a - b).abs() <= 1e-6);
    }
    // Written again, it is the same document.
    assert_eq!(projection_to_json(&back), json);
}

#[test]
fn the_projection_json_has_the_contract_shape() {
    let s = parse_scenario(&data("default-scenario.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&projection_to_json(&simulate(&s))).unwrap();
    assert_eq!(v["format"], "relief-projection/1");
    assert_eq!(v["months"].as_array().unwrap().len(), 49);
    for series in ["trust", "target_trust", "economy", "leverage", "legitimacy"] {
        for stat in ["p10", "p25", "p50", "p75", "p90", "mean"] {
            assert_eq!(
                v["series"][series][stat].as_array().unwrap().len(),
                49,
                "{series}.{stat}"
            );
        }
    }
    assert_eq!(
        v["series"]["backsliding_risk"].as_array().unwrap().len(),
        49
    );
    assert_eq!(v["series"]["hazard"].as_array().unwrap().len(), 49);
    assert_eq!(
        v["summary"]["breakdown_probability"],
        v["series"]["backsliding_risk"][48]
    );
    assert!(v["warnings"].is_array());
}

/// The projection without the series added since the first edition, as a projection written
/// before them reads back.
fn first_edition(mut projection: Projection) -> Projection {
    projection.trust_if_sincere = None;
    projection.trust_if_insincere = None;
    projection.relief_in_force = None;
    projection.outcomes = None;
    projection
}

/// The projection with every series added since the first edition, filled with values that
/// differ from series to series (so a column written in the wrong place shows), whatever the
/// simulation fills in itself.
fn second_edition(mut projection: Projection) -> Projection {
    let scaled = |bands: &Bands, factor: f64| Bands {
        p10: bands.p10.iter().map(|x| x * factor).collect(),
        p25: bands.p25.iter().map(|x| x * factor).collect(),
        p50: bands.p50.iter().map(|x| x * factor).collect(),
        p75: bands.p75.iter().map(|x| x * factor).collect(),
        p90: bands.p90.iter().map(|x| x * factor).collect(),
        mean: bands.mean.iter().map(|x| x * factor).collect(),
    };
    projection.trust_if_sincere = Some(scaled(&projection.trust, 0.9));
    projection.trust_if_insincere = Some(scaled(&projection.trust, 0.3));
    projection.relief_in_force = Some(scaled(&projection.economy, 0.7));
    let months = projection.len();
    let risk = &projection.backsliding_risk;
    projection.outcomes = Some(Outcomes {
        sustained: (0..months).map(|m| (1.0 - risk[m]) * 0.8).collect(),
        exploited: (0..months).map(|m| (1.0 - risk[m]) * 0.2).collect(),
        caught: (0..months).map(|m| risk[m] / 3.0).collect(),
        collapsed: (0..months).map(|m| risk[m] * 2.0 / 3.0).collect(),
    });
    projection
}

fn small_projection() -> Projection {
    let mut s = parse_scenario(&data("default-scenario.json")).unwrap();
    s.runs = 200;
    simulate(&s)
}

#[test]
fn the_new_projection_series_survive_a_round_trip_to_six_decimals() {
    let projection = second_edition(small_projection());
    let json = projection_to_json(&projection);
    let v: Value = serde_json::from_str(&json).unwrap();
    for key in ["trust_if_sincere", "trust_if_insincere", "relief_in_force"] {
        for stat in ["p10", "p25", "p50", "p75", "p90", "mean"] {
            assert_eq!(v["series"][key][stat].as_array().unwrap().len(), 49);
        }
    }
    for outcome in Outcome::ALL {
        assert_eq!(
            v["series"]["outcomes"][outcome.key()]
                .as_array()
                .unwrap()
                .len(),
            49
        );
    }
    let back = parse_projection(&json).unwrap();
    let close = |a: &[f64], b: &[f64]| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 1e-6)
    };
    let pairs = [
        (&back.trust_if_sincere, &projection.trust_if_sincere),
        (&back.trust_if_insincere, &projection.trust_if_insincere),
        (&back.relief_in_force, &projection.relief_in_force),
    ];
    for (read, written) in pairs {
        let (read, written) = (read.as_ref().unwrap(), written.as_ref().unwrap());
        for ((_, a), (_, b)) in read.columns().into_iter().zip(written.columns()) {
            assert!(close(a, b));
        }
    }
    let (read, written) = (
        back.outcomes.as_ref().unwrap(),
        projection.outcomes.as_ref().unwrap(),
    );
    for outcome in Outcome::ALL {
        assert!(
            close(read.shares(outcome), written.shares(outcome)),
            "{outcome:?}"
        );
    }
    assert_eq!(projection_to_json(&back), json);
}

#[test]
fn a_projection_written_before_the_new_series_still_reads() {
    let old = first_edition(small_projection());
    let json = projection_to_json(&old);
    for key in [
        "trust_if_sincere",
        "trust_if_insincere",
        "relief_in_force",
        "outcomes",
    ] {
        assert!(!json.contains(key), "{key} written though absent");
    }
    let back = parse_projection(&json).unwrap();
    assert_eq!(back.trust_if_sincere, None);
    assert_eq!(back.trust_if_insincere, None);
    assert_eq!(back.relief_in_force, None);
    assert_eq!(back.outcomes, None);
    assert_eq!(projection_to_json(&back), json);
}

#[test]
fn a_projection_with_part_of_a_new_series_is_refused() {
    let json = projection_to_json(&second_edition(small_projection()));
    let mut v: Value = serde_json::from_str(&json).unwrap();
    v["series"]["outcomes"]
        .as_object_mut()
        .unwrap()
        .remove("caught");
    v["series"]["trust_if_sincere"]["p50"] = serde_json::json!([0.5]);
    let e = parse_projection(&v.to_string()).unwrap_err();
    assert_eq!(e.errors[0].path, "/series/trust_if_sincere/p50", "{e}");
    v["series"]["trust_if_sincere"] =
        serde_json::from_str::<Value>(&json).unwrap()["series"]["trust_if_sincere"].clone();
    let e = parse_projection(&v.to_string()).unwrap_err();
    assert_eq!(e.errors[0].path, "/series/outcomes/caught", "{e}");
}

#[test]
fn the_csv_has_a_row_a_month_and_a_column_a_statistic() {
    let s = parse_scenario(&data("default-scenario.json")).unwrap();
    let csv = projection_to_csv(&first_edition(simulate(&s)));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 50);
    assert!(lines[0].starts_with("month,trust_p10,trust_p25"));
    assert!(lines[0].ends_with(",backsliding_risk,hazard"));
    let columns = lines[0].split(',').count();
    assert_eq!(columns, 1 + 5 * 6 + 2);
    assert!(lines.iter().all(|l| l.split(',').count() == columns));
    assert!(lines[1].starts_with("0,"));
}

#[test]
fn the_csv_puts_the_new_series_last_in_the_same_number_format() {
    let projection = second_edition(small_projection());
    let csv = projection_to_csv(&projection);
    let first_edition_csv = projection_to_csv(&first_edition(projection.clone()));
    let lines: Vec<&str> = csv.lines().collect();
    let old_lines: Vec<&str> = first_edition_csv.lines().collect();
    assert_eq!(lines.len(), old_lines.len());
    let header: Vec<&str> = lines[0].split(',').collect();
    let old_columns = 1 + 5 * 6 + 2;
    assert_eq!(header.len(), old_columns + 3 * 6 + 4);
    assert_eq!(
        &header[old_columns..old_columns + 2],
        ["trust_if_sincere_p10", "trust_if_sincere_p25"]
    );
    assert!(header.contains(&"trust_if_insincere_mean"));
    assert!(header.contains(&"relief_in_force_p90"));
    assert_eq!(
        &header[header.len() - 4..],
        [
            "outcomes_sustained",
            "outcomes_exploited",
            "outcomes_caught",
            "outcomes_collapsed"
        ]
    );
    // Each row starts with the first edition's row, unchanged, and carries the new values in
    // the same six-decimal format.
    for (month, (line, old)) in lines.iter().zip(&old_lines).enumerate() {
        assert!(line.starts_with(&format!("{old},")), "{line}");
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), header.len());
        if month == 0 {
            continue;
        }
        let m = month - 1;
        let sincere_p10 = projection.trust_if_sincere.as_ref().unwrap().p10[m];
        assert_eq!(
            cells[old_columns],
            format!("{}", (sincere_p10 * 1e6).round() / 1e6)
        );
        let collapsed = projection.outcomes.as_ref().unwrap().collapsed[m];
        assert_eq!(
            cells[cells.len() - 1],
            format!("{}", (collapsed * 1e6).round() / 1e6)
        );
    }
}
