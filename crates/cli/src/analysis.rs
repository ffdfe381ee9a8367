//! `relief sensitivity` and `relief optimize`: what matters most for one outcome, and a better
//! order of the scenario's own steps, with the model's honest noise check.

use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::Value;

use relief_charts::{Caption, ChartStyle, Theme, Tornado, render_tornado_png, render_tornado_svg};
use relief_model::{
    Factor, Measure, Objective, Params, Scenario, Search, Sensitivity, Suggestion, limits,
    optimize, scenario_to_json, sensitivity, sensitivity_to_value,
};

use crate::{Failure, read_scenario, usage_error, whole_number};

/// `relief sensitivity FILE [--outcome OUTCOME] [--format text|json|csv] [--plot PATH.svg|PATH.png]`
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
    /// Where to draw the tornado as well, as SVG or PNG by the name's ending.
    #[arg(long, value_name = "PATH", allow_hyphen_values = true)]
    plot: Option<PathBuf>,
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
    // A name that cannot be drawn to is refused before the slow part.
    let format = match &args.plot {
        Some(path) => Some(plot_format(path)?),
        None => None,
    };
    let result = sensitivity(&scenario, &Params::default(), measure);
    if let (Some(path), Some(format)) = (&args.plot, format) {
        plot_tornado(&scenario, &result, path, format)?;
    }
    Ok(match args.format {
        TableFormat::Text => sensitivity_text(&result),
        TableFormat::Json => sensitivity_to_value(&scenario, &result).to_string() + "\n",
        TableFormat::Csv => sensitivity_csv(&result),
    })
}

/// What `--plot` writes, by the path's ending.
#[derive(Clone, Copy)]
enum PlotFormat {
    Svg,
    Png,
}

fn plot_format(path: &Path) -> Result<PlotFormat, Failure> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "svg" => Ok(PlotFormat::Svg),
        "png" => Ok(PlotFormat::Png),
        _ => Err(usage_error(format!(
            "--plot {} must end in .svg or .png",
            path.display()
        ))),
    }
}

/// The width of the tornado's figure: a slide's, with room for long labels.
const TORNADO_WIDTH: u32 = 900;

/// Draws the tornado of `result` to `path` as the page's download draws it.
fn plot_tornado(
    scenario: &Scenario,
    result: &Sensitivity,
    path: &Path,
    format: PlotFormat,
) -> Result<(), Failure> {
    let title = if scenario.title.trim().is_empty() {
        format!("What matters most for {}", result.outcome)
    } else {
        format!(
            "What matters most for {}: {}",
            result.outcome, scenario.title
        )
    };
    let note = format!(
        "{} runs, seed {}, {} months. As written: {}. Each bar is the outcome as one factor swings from the low end of its range to the high end, everything else as written; longest first. An illustration, not a forecast.",
        scenario.runs,
        scenario.seed,
        scenario.horizon_months,
        shown(result.measure, result.baseline)
    );
    let caption = Caption {
        title: &title,
        note: &note,
    };
    let tornado = Tornado::from(result);
    let style = ChartStyle::svg(1.0, Theme::Light);
    let drawn = match format {
        PlotFormat::Svg => {
            render_tornado_svg(&tornado, &caption, &style, TORNADO_WIDTH).map(String::into_bytes)
        }
        PlotFormat::Png => render_tornado_png(&tornado, &caption, &style, TORNADO_WIDTH),
    };
    let bytes = drawn.map_err(|e| Failure::Other(format!("cannot draw the tornado: {e}")))?;
    std::fs::write(path, bytes)
        .map_err(|e| Failure::Other(format!("cannot write {}: {e}", path.display())))
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

fn sensitivity_csv(result: &Sensitivity) -> String {
    let mut text = String::from(
        "factor,key,label,value,low,high,at_low,at_high,effect,standard_error,within_noise\n",
    );
    for s in &result.swings {
        let (kind, key) = s.factor.file_fields();
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

/// "1 sequence", "150 sequences".
fn sequences(n: u32) -> String {
    if n == 1 {
        "1 sequence".to_owned()
    } else {
        format!("{n} sequences")
    }
}

fn suggestion_text(scenario: &Scenario, s: &Suggestion) -> String {
    let mut text = format!(
        "Objective: {} (lower is better).\nSearched {} on the scenario's futures, then checked on fresh ones (seed {}).\n",
        s.objective,
        sequences(s.evaluations),
        s.check_seed
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
        text.push_str(&format!("  step {}: {}\n", m.step, m.describe(scenario)));
    }
    text
}
