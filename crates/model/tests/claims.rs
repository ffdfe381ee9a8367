//! The claims of `tests/data/claims.json`: each compares scenarios that differ only as stated,
//! with the same seed. A comparison holds when the difference is more than twice its Monte Carlo
//! standard error, estimated by batch means: the runs are split into batches, each batch is
//! projected on its own (runs are replayable by index, so batches of the two scenarios share
//! their luck), and the spread of the batch differences gives the error of the whole.

use relief_model::{
    Ensemble, Outcome, Params, Projection, Scenario, Series, parse_scenario, scenario_from_value,
    simulate_with,
};
use serde_json::Value;

use crate::common::data;

const BATCHES: u32 = 20;

/// Reads one statistic of a projection, as the claims file names it: a summary number, or a
/// series at a month (or its average over months `from` to `to`).
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
    let months = match (spec.get("from"), spec.get("to")) {
        (Some(from), Some(to)) => from.as_u64().unwrap() as usize..=to.as_u64().unwrap() as usize,
        _ => {
            let month = spec["month"].as_u64().expect("statistic needs a month") as usize;
            month..=month
        }
    };
    let values = series_values(projection, spec);
    let count = months.clone().count() as f64;
    months.map(|m| values[m]).sum::<f64>() / count
}

/// The month-by-month values a statistic reads: a series' column, the breakdown risk or
/// hazard, or one outcome's share.
fn series_values<'p>(projection: &'p Projection, spec: &Value) -> &'p [f64] {
    if let Some(outcome) = spec.get("outcome").and_then(Value::as_str) {
        let outcome = Outcome::ALL
            .into_iter()
            .find(|o| o.key() == outcome)
            .unwrap_or_else(|| panic!("unknown outcome {outcome}"));
        return projection
            .outcomes
            .as_ref()
            .expect("the projection has outcomes")
            .shares(outcome);
    }
    let series = spec["series"].as_str().expect("statistic needs a series");
    let bands = match series {
        "backsliding_risk" => return &projection.backsliding_risk,
        "hazard" => return &projection.hazard,
        "trust_if_sincere" => projection.trust_if_sincere.as_ref().expect("sincere runs"),
        "trust_if_insincere" => projection
            .trust_if_insincere
            .as_ref()
            .expect("insincere runs"),
        "relief_in_force" => projection
            .relief_in_force
            .as_ref()
            .expect("relief in force"),
        name => projection.bands(Series::from_key(name).expect("known series")),
    };
    let stat = spec["stat"].as_str().unwrap_or("p50");
    bands
        .columns()
        .into_iter()
        .find(|(n, _)| *n == stat)
        .expect("known statistic")
        .1
}

/// The calibration a check runs under: the base calibration, with the fields it names
/// overridden.
fn params_for(base: &Params, overrides: Option<&Value>) -> Params {
    let mut params = base.clone();
    if let Some(map) = overrides.and_then(Value::as_object) {
        for (name, value) in map {
            assert!(
                params.set(name, value.as_f64().expect("a number")),
                "no coefficient {name}"
            );
        }
    }
    params
}

/// The statistic on the whole ensemble and on each batch of runs.
fn with_batches(scenario: &Scenario, params: &Params, spec: &Value) -> (f64, Vec<f64>) {
    let whole = statistic(&simulate_with(scenario, params), spec);
    let size = scenario.runs / BATCHES;
    let batches = (0..BATCHES)
        .map(|b| {
            let mut ensemble = Ensemble::new(scenario, params);
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
    base: &Params,
) -> Result<String, String> {
    let scenario = |key: &str| -> Scenario {
        let name = check[key]
            .as_str()
            .unwrap_or_else(|| panic!("check needs {key}"));
        scenario_from_value(&scenarios[name])
            .unwrap_or_else(|e| panic!("scenario {name} is invalid: {e}"))
    };
    let spec = &check["statistic"];
    // A check may read another statistic of the second scenario (the same scenario at another
    // month, say) and run either scenario under changed coefficients.
    let spec_b = check.get("statistic_b").unwrap_or(spec);
    let params_a = params_for(base, check.get("params_a"));
    let params_b = params_for(base, check.get("params_b"));
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
        "lower" | "higher" | "different" => {
            let a = with_batches(&scenario("a"), &params_a, spec);
            let b = with_batches(&scenario("b"), &params_b, spec_b);
            let (diff, se) = difference(&a, &b);
            let ok = match expect {
                "lower" => diff < -2.0 * se,
                "higher" => diff > 2.0 * se,
                _ => diff.abs() > 2.0 * se,
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
            let (value, _) = with_batches(&scenario("a"), &params_a, spec);
            let target = check["value"].as_f64().unwrap();
            let tolerance = check["tolerance"].as_f64().unwrap();
            verdict(
                (value - target).abs() <= tolerance,
                format!("{value:.4} within {tolerance} of {target}"),
            )
        }
        "between" => {
            let value = statistic(&simulate_with(&scenario("a"), &params_a), spec);
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
            let projection = simulate_with(&scenario("a"), &params_a);
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
            let a = statistic(&simulate_with(&scenario("a"), &params_a), spec);
            let b = statistic(&simulate_with(&scenario("b"), &params_b), spec_b);
            let bound = check["value"].as_f64().unwrap();
            verdict(
                a - b < bound,
                format!("a {a:.4} − b {b:.4} = {:.4} below {bound}", a - b),
            )
        }
        "diminishing" => {
            let a = with_batches(&scenario("a"), &params_a, spec);
            let b = with_batches(&scenario("b"), &params_a, spec);
            let c = with_batches(&scenario("c"), &params_a, spec);
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
        "shares_sum_to_one" => {
            let projection = simulate_with(&scenario("a"), &params_a);
            let outcomes = projection.outcomes.as_ref().expect("outcomes");
            let worst = (0..projection.len())
                .map(|m| {
                    let total: f64 = Outcome::ALL.iter().map(|o| outcomes.shares(*o)[m]).sum();
                    (total - 1.0).abs()
                })
                .fold(0.0, f64::max);
            verdict(
                worst < 1e-9,
                format!("largest distance from 1 is {worst:.2e}"),
            )
        }
        "steps_below" => {
            let projection = simulate_with(&scenario("a"), &params_a);
            let values = series_values(&projection, spec);
            let bound = check["value"].as_f64().unwrap();
            let (month, step) = values
                .windows(2)
                .enumerate()
                .map(|(m, w)| (m + 1, (w[1] - w[0]).abs()))
                .fold((0, 0.0), |best, x| if x.1 > best.1 { x } else { best });
            verdict(
                step < bound,
                format!("largest monthly move {step:.4} (month {month}) below {bound}"),
            )
        }
        "identical" => {
            let s = scenario("a");
            verdict(
                simulate_with(&s, &params_a) == simulate_with(&s, &params_a),
                "two runs of the same scenario and seed".to_string(),
            )
        }
        "seeds_agree" => {
            let a = statistic(&simulate_with(&scenario("a"), &params_a), spec);
            let b = statistic(&simulate_with(&scenario("b"), &params_b), spec);
            let tolerance = check["tolerance"].as_f64().unwrap();
            verdict(
                (a - b).abs() <= tolerance,
                format!("{a:.4} and {b:.4} within {tolerance}"),
            )
        }
        other => panic!("unknown expectation {other}"),
    }
}

/// Every check of every claim under one calibration: its description, and whether it held.
fn judge_all(base: &Params) -> Vec<Result<String, String>> {
    let file: Value = serde_json::from_str(&data("claims.json")).expect("claims.json is JSON");
    let mut verdicts = Vec::new();
    for claim in file["claims"].as_array().unwrap() {
        let scenarios = claim["scenarios"].as_object().unwrap();
        for c in claim["checks"].as_array().unwrap() {
            verdicts.push(check(claim, c, scenarios, base));
        }
    }
    verdicts
}

#[test]
fn every_claim_holds() {
    let mut failures = Vec::new();
    for verdict in judge_all(&Params::default()) {
        match verdict {
            Ok(line) => println!("holds: {line}"),
            Err(line) => {
                println!("FAILS: {line}");
                failures.push(line);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "claims that do not hold:\n{}",
        failures.join("\n")
    );
}

/// Latin-hypercube draws of the calibration across every coefficient's documented range: each
/// range is cut into `draws` equal strata, each stratum is used once, and the strata are
/// shuffled independently per coefficient (a fixed seed keeps the draws the same every time).
fn latin_hypercube(draws: usize, seed: u64) -> Vec<Params> {
    let mut state = seed;
    // SplitMix64: a small, fixed generator, so the draws never change with a dependency.
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    Params::latin_hypercube(draws, move || (next() >> 11) as f64 / (1u64 << 53) as f64)
}

/// The claims must not hang on one lucky calibration: each check holds in at least 90% of
/// Latin-hypercube draws of the coefficients across their documented ranges. The draw count
/// comes from `RELIEF_CLAIM_DRAWS`: 10 in every test run, a bounded version of the 100 that
/// `cargo xtask claims --robust` draws.
#[test]
fn claims_hold_across_the_plausible_ranges_of_the_coefficients() {
    let draws: usize = std::env::var("RELIEF_CLAIM_DRAWS")
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(10);
    let mut held: Vec<(String, usize)> = Vec::new();
    for (i, params) in latin_hypercube(draws, 2026).iter().enumerate() {
        for (k, verdict) in judge_all(params).into_iter().enumerate() {
            let (ok, line) = match verdict {
                Ok(line) => (true, line),
                Err(line) => (false, line),
            };
            if held.len() <= k {
                held.push((line.split(':').take(2).collect::<Vec<_>>().join(":"), 0));
            }
            if ok {
                held[k].1 += 1;
            } else {
                println!("draw {i} fails: {line}");
            }
        }
    }
    let mut weak = Vec::new();
    for (name, count) in &held {
        let share = *count as f64 / draws as f64;
        println!("{:5.1}% of {draws} draws: {name}", 100.0 * share);
        if share < 0.9 {
            weak.push(format!("{name}: {count} of {draws}"));
        }
    }
    assert!(
        weak.is_empty(),
        "checks that hold in fewer than 90% of the draws:\n{}",
        weak.join("\n")
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
