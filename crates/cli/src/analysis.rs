//! `relief sensitivity` and `relief optimize`: what matters most for one outcome, and a better
//! order of the scenario's own steps, with the model's honest noise check.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use relief_model::{
    Factor, Measure, Objective, Params, Scenario, Search, Sensitivity, Suggestion, limits,
    optimize, scenario_to_json, sensitivity,
};

use crate::{Failure, read_scenario, usage_error, whole_number};

/// `relief sensitivity FILE [--outcome OUTCOME] [--format text|json|csv]`
#[derive(Args)]
pub struct SensitivityArgs {
    file: Option<String>,
    /// Text until the scenario is read: a breakdown month is checked against its horizon.
    #[arg(
        long,
        value_name = "OUTCOME",
        default_value = "breakdown",
        allow_hyphen_values = true
    )]
    outcome: String,
    #[arg(
        long,
        value_name = "FORMAT",
        value_parser = parse_table_format,
        default_value = "text",
        allow_hyphen_values = true,
    )]
    format: TableFormat,
}

/// `relief optimize FILE [--objective breakdown[:M]|score[:W]] [--out PATH] [--lock I,J]
/// [--min-gap N] [--not-before M] [--flags] [--search-runs N]`
#[derive(Args)]
pub struct OptimizeArgs {
    file: Option<String>,
    /// Text until the scenario is read: a breakdown month is checked against its horizon.
    #[arg(
        long,
        value_name = "OBJECTIVE",
        default_value = "score",
        allow_hyphen_values = true
    )]
    objective: String,
    /// Where to write the suggested scenario; nothing is written when there is no clear
    /// improvement.
    #[arg(long, short = 'o', value_name = "PATH", allow_hyphen_values = true)]
    out: Option<PathBuf>,
    /// Steps that must not change, by their index in the file's `steps` (from 0).
    #[arg(long, value_name = "I,J", value_parser = parse_locks, allow_hyphen_values = true)]
    lock: Option<Locks>,
    #[arg(long, value_name = "N", value_parser = parse_gap, allow_hyphen_values = true)]
    min_gap: Option<u32>,
    /// Text until the scenario is read: the month is checked against its horizon.
    #[arg(long, value_name = "M", allow_hyphen_values = true)]
    not_before: Option<String>,
    /// Also try switching each step's "conditional" and "transparent".
    #[arg(long)]
    flags: bool,
    #[arg(long, value_name = "N", value_parser = parse_search_runs, allow_hyphen_values = true)]
    search_runs: Option<u32>,
}

/// How `relief sensitivity` writes its table.
#[derive(Clone, Copy)]
enum TableFormat {
    Text,
    Json,
    Csv,
}

fn parse_table_format(value: &str) -> Result<TableFormat, String> {
    match value {
        "text" => Ok(TableFormat::Text),
        "json" => Ok(TableFormat::Json),
        "csv" => Ok(TableFormat::Csv),
        other => Err(format!(
            "--format {other:?} is not known; use text, json or csv"
        )),
    }
}

/// The steps `--lock` names; a type of its own, since clap reads a bare list as many values.
#[derive(Clone)]
struct Locks(Vec<usize>);

fn parse_locks(value: &str) -> Result<Locks, String> {
    let steps: Result<Vec<usize>, String> = value
        .split(',')
        .map(|part| {
            part.trim().parse::<usize>().map_err(|_| {
                format!("--lock {value:?} must list step numbers from 0, separated by commas, such as 0,3")
            })
        })
        .collect();
    steps.map(Locks)
}

fn parse_gap(value: &str) -> Result<u32, String> {
    whole_number("--min-gap", value, 0, u64::from(limits::MAX_HORIZON)).map(|n| n as u32)
}

fn parse_search_runs(value: &str) -> Result<u32, String> {
    whole_number("--search-runs", value, 1, u64::from(limits::MAX_RUNS)).map(|n| n as u32)
}

/// `breakdown`, `breakdown:M`, `trust` or `recovery`, for a scenario of `horizon` months.
fn parse_outcome(value: &str, horizon: u32) -> Result<Measure, Failure> {
    match value.split_once(':') {
        None if value == "breakdown" => Ok(Measure::BreakdownBy { month: horizon }),
        None if value == "trust" => Ok(Measure::TrustAtEnd),
        None if value == "recovery" => Ok(Measure::RecoveryAtEnd),
        None if value == "recovery_over_time" => Ok(Measure::RecoveryOverTime),
        Some(("breakdown", month)) => Ok(Measure::BreakdownBy {
            month: month_of("--outcome breakdown:", month, horizon)?,
        }),
        _ => Err(usage_error(format!(
            "--outcome {value:?} is not known; use breakdown, breakdown:MONTH, trust, recovery or recovery_over_time"
        ))),
    }
}

/// `breakdown`, `breakdown:M`, `score` or `score:W`, for a scenario of `horizon` months.
fn parse_objective(value: &str, horizon: u32) -> Result<Objective, Failure> {
    match value.split_once(':') {
        None if value == "breakdown" => Ok(Objective::Breakdown { month: horizon }),
        None if value == "score" => Ok(Objective::Weighted {
            month: horizon,
            recovery_weight: 0.5,
        }),
        Some(("breakdown", month)) => Ok(Objective::Breakdown {
            month: month_of("--objective breakdown:", month, horizon)?,
        }),
        Some(("score", weight)) => match weight.parse::<f64>() {
            Ok(w) if (0.0..=10.0).contains(&w) => Ok(Objective::Weighted {
                month: horizon,
                recovery_weight: w,
            }),
            _ => Err(usage_error(format!(
                "--objective score:{weight} needs a recovery weight from 0 to 10, such as score:0.5"
            ))),
        },
        _ => Err(usage_error(format!(
            "--objective {value:?} is not known; use breakdown, breakdown:MONTH, score or score:WEIGHT"
        ))),
    }
}

fn month_of(flag: &str, value: &str, horizon: u32) -> Result<u32, Failure> {
    whole_number(flag.trim_end_matches(':'), value, 0, u64::from(horizon))
        .map(|n| n as u32)
        .map_err(|_| {
            usage_error(format!(
                "{flag}{value} needs a month from 0 to the scenario's horizon, {horizon}"
            ))
        })
}

/// Runs `relief sensitivity` and returns what it prints.
pub fn run_sensitivity(args: SensitivityArgs) -> Result<String, Failure> {
    let (_, scenario) = read_scenario(args.file.as_deref())?;
    let measure = parse_outcome(&args.outcome, scenario.horizon_months)?;
    let result = sensitivity(&scenario, &Params::default(), measure);
    Ok(match args.format {
        TableFormat::Text => sensitivity_text(&result),
        TableFormat::Json => sensitivity_json(&scenario, &result).to_string() + "\n",
        TableFormat::Csv => sensitivity_csv(&result),
    })
}

/// A value of the measure as a reader reads it: shares as percentages, trust as a belief.
fn shown(measure: Measure, value: f64) -> String {
    match measure {
        Measure::TrustAtEnd => format!("{value:.2}"),
        Measure::BreakdownBy { .. } | Measure::RecoveryAtEnd | Measure::RecoveryOverTime => {
            format!("{:.1}%", value * 100.0)
        }
    }
}

fn sensitivity_text(result: &Sensitivity) -> String {
    let m = result.measure;
    let mut text = format!(
        "What matters most for {} (as written: {}).\nEach factor swings across its range with everything else as written; longest first.\n\n",
        result.outcome,
        shown(m, result.baseline)
    );
    let width = result
        .swings
        .iter()
        .map(|s| s.label.chars().count())
        .max()
        .unwrap_or(0);
    for swing in &result.swings {
        let noise = if swing.within_noise() {
            "  (within noise)"
        } else {
            ""
        };
        text.push_str(&format!(
            "{:<width$}  {} at {} … {} at {}{noise}\n",
            swing.label,
            shown(m, swing.at_low),
            range_end(swing.factor, swing.low),
            shown(m, swing.at_high),
            range_end(swing.factor, swing.high),
        ));
    }
    text
}

/// One end of a factor's range in words: `month 12`, or the value.
fn range_end(factor: Factor, value: f64) -> String {
    match factor {
        Factor::StepMonth(_) => format!("month {value:.0}"),
        Factor::Assumption(_) | Factor::StepSize(_) => format!("{value:.2}"),
    }
}

/// A factor's kind and key in files: the assumption's key, or the step's index.
fn factor_fields(factor: Factor) -> (&'static str, Value) {
    match factor {
        Factor::Assumption(a) => ("assumption", json!(a.key())),
        Factor::StepMonth(i) => ("step_month", json!(i)),
        Factor::StepSize(i) => ("step_size", json!(i)),
    }
}

fn sensitivity_json(scenario: &Scenario, result: &Sensitivity) -> Value {
    let swings: Vec<Value> = result
        .swings
        .iter()
        .map(|s| {
            let (kind, key) = factor_fields(s.factor);
            json!({
                "factor": kind,
                "key": key,
                "label": s.label,
                "value": s.value,
                "low": s.low,
                "high": s.high,
                "at_low": s.at_low,
                "at_high": s.at_high,
                "effect": s.effect.value,
                "standard_error": s.effect.standard_error,
                "within_noise": s.within_noise(),
            })
        })
        .collect();
    let month = match result.measure {
        Measure::BreakdownBy { month } => month.min(scenario.horizon_months),
        _ => scenario.horizon_months,
    };
    json!({
        "outcome": result.measure.key(),
        "month": month,
        "description": result.outcome,
        "runs": scenario.runs,
        "seed": scenario.seed,
        "baseline": result.baseline,
        "swings": swings,
    })
}

fn sensitivity_csv(result: &Sensitivity) -> String {
    let mut text = String::from(
        "factor,key,label,value,low,high,at_low,at_high,effect,standard_error,within_noise\n",
    );
    for s in &result.swings {
        let (kind, key) = factor_fields(s.factor);
        let key = match key {
            Value::String(k) => k,
            other => other.to_string(),
        };
        text.push_str(&format!(
            "{kind},{key},{},{},{},{},{},{},{},{},{}\n",
            relief_model::quote(&s.label),
            s.value,
            s.low,
            s.high,
            s.at_low,
            s.at_high,
            s.effect.value,
            s.effect.standard_error,
            s.within_noise()
        ));
    }
    text
}

/// Runs `relief optimize` and returns what it prints; writes the suggestion to `--out` when it
/// is a clear improvement.
pub fn run_optimize(args: OptimizeArgs) -> Result<String, Failure> {
    let (_, scenario) = read_scenario(args.file.as_deref())?;
    let objective = parse_objective(&args.objective, scenario.horizon_months)?;
    let not_before = match args.not_before {
        Some(m) => month_of("--not-before ", &m, scenario.horizon_months)?,
        None => 0,
    };
    let mut search = Search::new(objective);
    search.locked = args.lock.map(|Locks(steps)| steps).unwrap_or_default();
    search.min_gap = args.min_gap.unwrap_or(0);
    search.not_before = not_before;
    search.flags = args.flags;
    if let Some(runs) = args.search_runs {
        search.search_runs = runs;
    }
    let suggestion = optimize(&scenario, &Params::default(), search)
        .map_err(|e| usage_error(format!("cannot search: {e}")))?;
    let text = suggestion_text(&scenario, &suggestion);
    if let Some(out) = args.out
        && suggestion.is_clear()
    {
        std::fs::write(&out, scenario_to_json(&suggestion.scenario) + "\n")
            .map_err(|e| Failure::Other(format!("cannot write {}: {e}", out.display())))?;
        return Ok(text + &format!("Wrote the suggestion to {}.\n", out.display()));
    }
    Ok(text)
}

fn suggestion_text(scenario: &Scenario, s: &Suggestion) -> String {
    let mut text = format!(
        "Objective: {} (lower is better).\nSearched {} sequences on the scenario's futures, then checked on fresh ones (seed {}).\n",
        s.objective, s.evaluations, s.check_seed
    );
    text.push_str(&format!(
        "As written: {:.3}. Suggested: {:.3}. Improvement: {:+.3} ± {:.3} (one standard error).\n",
        s.before, s.after, s.improvement.value, s.improvement.standard_error
    ));
    if !s.is_clear() {
        text.push_str(
            "No clear improvement: nothing beats the sequence as written by twice the noise, so nothing is suggested.\n",
        );
        return text;
    }
    text.push_str("Suggested changes:\n");
    for m in &s.moves {
        let step = &scenario.steps[m.step];
        let mut parts = Vec::new();
        if m.from_month != m.to_month {
            parts.push(format!("month {} → {}", m.from_month, m.to_month));
        }
        if m.conditional_switched {
            parts.push(if step.conditional {
                "no longer waits for verified compliance".to_string()
            } else {
                "waits for verified compliance".to_string()
            });
        }
        if m.transparent_switched {
            parts.push(if step.transparent {
                "no longer announced with published criteria".to_string()
            } else {
                "announced with published criteria".to_string()
            });
        }
        text.push_str(&format!(
            "  step {}: {}: {}\n",
            m.step,
            step.kind.label(),
            parts.join("; ")
        ));
    }
    text
}
