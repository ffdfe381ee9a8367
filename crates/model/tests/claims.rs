//! The claims of `tests/data/claims.json`: each compares scenarios that differ only as stated,
//! with the same seed. A comparison holds when the difference is more than twice its Monte Carlo
//! standard error, estimated by batch means: the runs are split into batches, each batch is
//! projected on its own (runs are replayable by index, so batches of the two scenarios share
//! their luck), and the spread of the batch differences gives the error of the whole.

use relief_model::{
    Ensemble, Params, Projection, Scenario, Series, parse_scenario, scenario_from_value, simulate,
};
use serde_json::Value;

use crate::common::data;

const BATCHES: u32 = 20;

/// Reads one statistic of a projection, as the claims file names it.
fn statistic(projection: &Projection, spec: &Value) -> f64 {
    if let Some(summary) = spec.get("summary").and_then(Value::as_str) {
        let s = &projection.summary;
        return match summary {
            "breakdown_probability" => s.breakdown_probability,
            // A run set that never gets full relief counts as one month past the horizon.
            "full_relief_month_p50" => s
                .full_relief_month_p50
                .map_or(projection.len() as f64, f64::from),
            "median_breakdown_month" => s
                .median_breakdown_month
                .map_or(projection.len() as f64, f64::from),
            other => panic!("unknown summary statistic {other}"),
        };
    }
    let series = spec["series"].as_str().expect("statistic needs a series");
    let month = spec["month"].as_u64().expect("statistic needs a month") as usize;
    match series {
        "backsliding_risk" => projection.backsliding_risk[month],
        "hazard" => projection.hazard[month],
        name => {
            let bands = projection.bands(Series::from_key(name).expect("known series"));
            let stat = spec["stat"].as_str().unwrap_or("p50");
            let column = bands
                .columns()
                .into_iter()
                .find(|(n, _)| *n == stat)
                .expect("known statistic")
                .1;
            column[month]
        }
    }
}

/// The statistic on the whole ensemble and on each batch of runs.
fn with_batches(scenario: &Scenario, spec: &Value) -> (f64, Vec<f64>) {
    let params = Params::default();
    let whole = statistic(&simulate(scenario), spec);
    let size = scenario.runs / BATCHES;
    let batches = (0..BATCHES)
        .map(|b| {
            let mut ensemble = Ensemble::new(scenario, &params);
            ensemble.add_runs(b * size..(b + 1) * size);
            statistic(&ensemble.projection(), spec)
        })
        .collect();
    (whole, batches)
}

/// The standard error of a whole-ensemble statistic, from the spread of its batch values.
fn standard_error(batch_values: &[f64]) -> f64 {
    let n = batch_values.len() as f64;
    let mean = batch_values.iter().sum::<f64>() / n;
    let variance = batch_values.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (variance / n).sqrt()
}

fn difference(a: &(f64, Vec<f64>), b: &(f64, Vec<f64>)) -> (f64, f64) {
    let diffs: Vec<f64> = a.1.iter().zip(&b.1).map(|(x, y)| x - y).collect();
    (a.0 - b.0, standard_error(&diffs))
}

fn check(
    claim: &Value,
    check: &Value,
    scenarios: &serde_json::Map<String, Value>,
) -> Result<String, String> {
    let scenario = |key: &str| -> Scenario {
        let name = check[key]
            .as_str()
            .unwrap_or_else(|| panic!("check needs {key}"));
        scenario_from_value(&scenarios[name])
            .unwrap_or_else(|e| panic!("scenario {name} is invalid: {e}"))
    };
    let spec = &check["statistic"];
    let expect = check["expect"].as_str().unwrap();
    let describe = |detail: String| {
        format!(
            "claim {} ({}): {expect}: {detail}",
            claim["id"],
            claim["title"].as_str().unwrap()
        )
    };
    let verdict = |ok: bool, detail: String| {
        if ok {
            Ok(describe(detail))
        } else {
            Err(describe(detail))
        }
    };
    match expect {
        "lower" | "higher" => {
            let a = with_batches(&scenario("a"), spec);
            let b = with_batches(&scenario("b"), spec);
            let (diff, se) = difference(&a, &b);
            let ok = if expect == "lower" {
                diff < -2.0 * se
            } else {
                diff > 2.0 * se
            };
            verdict(
                ok,
                format!(
                    "a {:.4}, b {:.4}, difference {:.4}, 2 SE {:.4}",
                    a.0,
                    b.0,
                    diff,
                    2.0 * se
                ),
            )
        }
        "near" => {
            let (value, _) = with_batches(&scenario("a"), spec);
            let target = check["value"].as_f64().unwrap();
            let tolerance = check["tolerance"].as_f64().unwrap();
            verdict(
                (value - target).abs() <= tolerance,
                format!("{value:.4} within {tolerance} of {target}"),
            )
        }
        "between" => {
            let value = statistic(&simulate(&scenario("a")), spec);
            let (low, high) = (
                check["low"].as_f64().unwrap(),
                check["high"].as_f64().unwrap(),
            );
            verdict(
                (low..=high).contains(&value),
                format!("{value:.4} in {low}..={high}"),
            )
        }
        "ratio_at_least" | "ratio_below" => {
            let projection = simulate(&scenario("a"));
            let ratio = statistic(&projection, spec) / statistic(&projection, &check["over"]);
            let bound = check["value"].as_f64().unwrap();
            let ok = if expect == "ratio_at_least" {
                ratio >= bound
            } else {
                ratio < bound
            };
            verdict(ok, format!("ratio {ratio:.4} against {bound}"))
        }
        "difference_below" => {
            let a = statistic(&simulate(&scenario("a")), spec);
            let b = statistic(&simulate(&scenario("b")), spec);
            let bound = check["value"].as_f64().unwrap();
            verdict(
                a - b < bound,
                format!("a {a:.4} − b {b:.4} = {:.4} below {bound}", a - b),
            )
        }
        "diminishing" => {
            let a = with_batches(&scenario("a"), spec);
            let b = with_batches(&scenario("b"), spec);
            let c = with_batches(&scenario("c"), spec);
            // The first gain (a − b) must exceed the second (b − c) by more than twice its error.
            let first: Vec<f64> = a.1.iter().zip(&b.1).map(|(x, y)| x - y).collect();
            let second: Vec<f64> = b.1.iter().zip(&c.1).map(|(x, y)| x - y).collect();
            let gap: Vec<f64> = first.iter().zip(&second).map(|(x, y)| x - y).collect();
            let whole = (a.0 - b.0) - (b.0 - c.0);
            let se = standard_error(&gap);
            verdict(
                whole > 2.0 * se,
                format!(
                    "first step {:.4}, second {:.4}, 2 SE {:.4}",
                    a.0 - b.0,
                    b.0 - c.0,
                    2.0 * se
                ),
            )
        }
        "identical" => {
            let s = scenario("a");
            verdict(
                simulate(&s) == simulate(&s),
                "two runs of the same scenario and seed".to_string(),
            )
        }
        "seeds_agree" => {
            let a = statistic(&simulate(&scenario("a")), spec);
            let b = statistic(&simulate(&scenario("b")), spec);
            let tolerance = check["tolerance"].as_f64().unwrap();
            verdict(
                (a - b).abs() <= tolerance,
                format!("{a:.4} and {b:.4} within {tolerance}"),
            )
        }
        other => panic!("unknown expectation {other}"),
    }
}

#[test]
fn every_claim_holds() {
    let file: Value = serde_json::from_str(&data("claims.json")).expect("claims.json is JSON");
    let mut failures = Vec::new();
    for claim in file["claims"].as_array().unwrap() {
        let scenarios = claim["scenarios"].as_object().unwrap();
        for c in claim["checks"].as_array().unwrap() {
            match check(claim, c, scenarios) {
                Ok(line) => println!("holds: {line}"),
                Err(line) => {
                    println!("FAILS: {line}");
                    failures.push(line);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "claims that do not hold:\n{}",
        failures.join("\n")
    );
}

#[test]
fn claim_scenarios_use_enough_runs() {
    let file: Value = serde_json::from_str(&data("claims.json")).unwrap();
    for claim in file["claims"].as_array().unwrap() {
        for (name, s) in claim["scenarios"].as_object().unwrap() {
            let scenario = parse_scenario(&s.to_string()).unwrap();
            assert!(
                scenario.runs >= 4000,
                "claim {} scenario {name} has {} runs",
                claim["id"],
                scenario.runs
            );
        }
    }
}
