//! Both formats survive a write and a read.

use relief_model::{
    parse_projection, parse_scenario, projection_to_csv, projection_to_json, scenario_to_json,
    simulate,
};

use crate::common::data;

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

#[test]
fn the_csv_has_a_row_a_month_and_a_column_a_statistic() {
    let s = parse_scenario(&data("default-scenario.json")).unwrap();
    let csv = projection_to_csv(&simulate(&s));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 50);
    assert!(lines[0].starts_with("month,trust_p10,trust_p25"));
    assert!(lines[0].ends_with(",backsliding_risk,hazard"));
    let columns = lines[0].split(',').count();
    assert_eq!(columns, 1 + 5 * 6 + 2);
    assert!(lines.iter().all(|l| l.split(',').count() == columns));
    assert!(lines[1].starts_with("0,"));
}
