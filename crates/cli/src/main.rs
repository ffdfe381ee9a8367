//! # relief: the command line of Relief Sequencer
//!
//! Simulates, validates and plots `relief-scenario/1` files, and prints the built-in presets,
//! with the same model and the same chart code as the page.
//!
//! It must never panic or print a backtrace, whatever the input: every failure is a message on
//! standard error and an exit status (0 success, 2 invalid input, 1 anything else).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use relief_charts::{
    ChartInput, ChartStyle, SHEET_SIZE, Sheet, Theme, markers_for, render_sheet_png,
    render_sheet_svg,
};
use relief_model::{
    Scenario, Target, explain, limits, parse_scenario, preset_scenario_json, presets,
    projection_to_csv, projection_to_json, scenario_to_link, simulate,
};

const USAGE: &str = "\
relief: simulate, validate and plot Relief Sequencer scenarios

Usage:
  relief simulate [FILE|-] [--runs N] [--seed S] [--format json|csv]
  relief validate FILE
  relief plot FILE --out PATH.svg|PATH.png [--width PX] [--height PX] [--theme light|dark|high-contrast]
  relief explain FILE --series SERIES --month M
  relief link FILE [--base URL]
  relief presets [NAME]

SERIES is trust, target_trust, economy, leverage, legitimacy or backsliding_risk.
FILE is a relief-scenario/1 JSON file; '-' or no FILE reads standard input.
Exit status: 0 success, 2 invalid input, 1 any other failure.";

/// A failure, with the exit status it maps to.
enum Failure {
    /// The user's input is wrong: exit 2.
    Invalid(String),
    /// Something else went wrong (a file could not be read or written): exit 1.
    Other(String),
}

fn main() -> ExitCode {
    // A panic would be a defect; still, the user gets one line and status 1, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(io::stderr(), "relief: internal error: {info}");
        std::process::exit(1);
    }));
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(message)) => {
            let _ = writeln!(io::stderr(), "{message}");
            ExitCode::from(2)
        }
        Err(Failure::Other(message)) => {
            let _ = writeln!(io::stderr(), "relief: {message}");
            ExitCode::from(1)
        }
    }
}

fn usage_error(message: impl std::fmt::Display) -> Failure {
    Failure::Invalid(format!("relief: {message}\n\n{USAGE}"))
}

fn run(args: Vec<std::ffi::OsString>) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next().map_err(usage_error)? {
        Some(Value(command)) => command.string().map_err(usage_error)?,
        Some(Long("help")) | Some(Short('h')) => return emit(&format!("{USAGE}\n")),
        Some(Long("version")) | Some(Short('V')) => {
            return emit(&format!("relief {}\n", env!("CARGO_PKG_VERSION")));
        }
        Some(other) => return Err(usage_error(other.unexpected())),
        None => return Err(usage_error("a command is needed")),
    };
    let mut file: Option<String> = None;
    let mut runs: Option<String> = None;
    let mut seed: Option<String> = None;
    let mut format = "json".to_string();
    let mut out: Option<PathBuf> = None;
    let mut width: Option<String> = None;
    let mut height: Option<String> = None;
    let mut theme = "light".to_string();
    let mut base = "http://127.0.0.1:8000/".to_string();
    let mut series: Option<String> = None;
    let mut month: Option<String> = None;
    while let Some(arg) = parser.next().map_err(usage_error)? {
        match arg {
            Long("runs") => {
                runs = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("seed") => {
                seed = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("format") => {
                format = parser
                    .value()
                    .map_err(usage_error)?
                    .string()
                    .map_err(usage_error)?
            }
            Long("out") | Short('o') => out = Some(parser.value().map_err(usage_error)?.into()),
            Long("width") => {
                width = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("height") => {
                height = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("base") => {
                base = parser
                    .value()
                    .map_err(usage_error)?
                    .string()
                    .map_err(usage_error)?
            }
            Long("series") => {
                series = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("month") => {
                month = Some(
                    parser
                        .value()
                        .map_err(usage_error)?
                        .string()
                        .map_err(usage_error)?,
                )
            }
            Long("theme") => {
                theme = parser
                    .value()
                    .map_err(usage_error)?
                    .string()
                    .map_err(usage_error)?
            }
            Long("help") | Short('h') => return emit(&format!("{USAGE}\n")),
            Value(value) if file.is_none() => file = Some(value.string().map_err(usage_error)?),
            other => return Err(usage_error(other.unexpected())),
        }
    }
    match command.as_str() {
        "simulate" => {
            let (name, mut scenario) = read_scenario(file.as_deref())?;
            if let Some(runs) = runs {
                scenario.runs = number_option("--runs", &runs, 1, limits::MAX_RUNS as u64)? as u32;
            }
            if let Some(seed) = seed {
                scenario.seed = number_option("--seed", &seed, 0, limits::MAX_SEED)?;
            }
            let _ = name;
            let projection = simulate(&scenario);
            match format.as_str() {
                "json" => emit(&(projection_to_json(&projection) + "\n")),
                "csv" => emit(&projection_to_csv(&projection)),
                other => Err(usage_error(format!(
                    "--format {other:?} is not known; use json or csv"
                ))),
            }
        }
        "validate" => {
            let Some(file) = file else {
                return Err(usage_error("validate needs a FILE"));
            };
            let (name, scenario) = read_scenario(Some(&file))?;
            // Senders are named only when the scenario has them, so the line for a scenario
            // without them reads as it always has.
            let senders = if scenario.senders.is_empty() {
                String::new()
            } else {
                format!(", senders {}", scenario.senders.join(", "))
            };
            emit(&format!(
                "{name}: valid: {} steps, {} shocks, {} months, {} runs{senders}\n",
                scenario.steps.len(),
                scenario.shocks.len(),
                scenario.horizon_months,
                scenario.runs
            ))
        }
        "plot" => {
            let Some(out) = out else {
                return Err(usage_error("plot needs --out PATH.svg or --out PATH.png"));
            };
            let (_, scenario) = read_scenario(file.as_deref())?;
            let width = width
                .map(|w| number_option("--width", &w, 320, 8000))
                .transpose()?
                .unwrap_or(SHEET_SIZE.0 as u64) as u32;
            let height = height
                .map(|h| number_option("--height", &h, 240, 8000))
                .transpose()?
                .unwrap_or(SHEET_SIZE.1 as u64) as u32;
            let theme = Theme::from_key(&theme).ok_or_else(|| {
                usage_error(format!(
                    "--theme {theme:?} is not known; use light, dark or high-contrast"
                ))
            })?;
            plot(&scenario, &out, width, height, theme)
        }
        "explain" => {
            let (_, scenario) = read_scenario(file.as_deref())?;
            let series = series.unwrap_or_else(|| "trust".to_string());
            let target = Target::from_key(&series).ok_or_else(|| {
                usage_error(format!("--series {series:?} is not known; use trust, target_trust, economy, leverage, legitimacy or backsliding_risk"))
            })?;
            let month = match month {
                Some(m) => number_option("--month", &m, 0, scenario.horizon_months as u64)? as u32,
                None => scenario.horizon_months,
            };
            let e = explain(&scenario, target, month);
            let mut text = format!(
                "{} at month {}: {:.3} (with no steps or shocks: {:.3})\n",
                target.key(),
                e.month,
                e.value,
                e.without_anything
            );
            if e.contributions.is_empty() {
                text.push_str("No step or shock before this month moved it.\n");
            }
            for c in &e.contributions {
                text.push_str(&format!("{:+.3}  {}\n", c.delta, c.sentence));
            }
            emit(&text)
        }
        "link" => {
            let (_, scenario) = read_scenario(file.as_deref())?;
            let base = base.split('#').next().unwrap_or_default();
            emit(&format!("{base}#{}\n", scenario_to_link(&scenario)))
        }
        "presets" => match file {
            None => {
                let mut text = String::new();
                for p in presets() {
                    text.push_str(&format!("{}\t{}\n", p.name, p.scenario.title));
                }
                emit(&text)
            }
            Some(name) => match preset_scenario_json(&name) {
                Some(json) => emit(&(json + "\n")),
                None => {
                    let names: Vec<String> = presets().into_iter().map(|p| p.name).collect();
                    Err(Failure::Invalid(format!(
                        "relief: no preset named {name:?}; the presets are: {}",
                        names.join(", ")
                    )))
                }
            },
        },
        other => Err(usage_error(format!("{other:?} is not a command"))),
    }
}

/// Reads and validates a scenario from a file, or standard input for `-` or none. Returns the
/// name to use in messages with it.
fn read_scenario(file: Option<&str>) -> Result<(String, Scenario), Failure> {
    let (name, text) = match file {
        None | Some("-") => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure::Other(format!("cannot read standard input: {e}")))?;
            ("<stdin>".to_string(), text)
        }
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| Failure::Other(format!("cannot read {path}: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Failure::Invalid(format!("{path}: not UTF-8 text; a scenario is a JSON file"))
            })?;
            (path.to_string(), text)
        }
    };
    let scenario = parse_scenario(&text).map_err(|e| {
        let lines: Vec<String> = e.errors.iter().map(|f| format!("{name}: {f}")).collect();
        Failure::Invalid(lines.join("\n"))
    })?;
    Ok((name, scenario))
}

fn number_option(flag: &str, value: &str, min: u64, max: u64) -> Result<u64, Failure> {
    match value.parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(usage_error(format!(
            "{flag} {value:?} must be a whole number from {min} to {max}"
        ))),
    }
}

fn plot(
    scenario: &Scenario,
    out: &Path,
    width: u32,
    height: u32,
    theme: Theme,
) -> Result<(), Failure> {
    let projection = simulate(scenario);
    let markers = markers_for(scenario);
    let mut input = ChartInput::new(&projection);
    input.markers = &markers;
    let note = format!(
        "{} runs, seed {}, {} months. Breakdown by the horizon: {:.0}%. An illustration, not a forecast.",
        scenario.runs,
        scenario.seed,
        scenario.horizon_months,
        projection.summary.breakdown_probability * 100.0
    );
    let title = if scenario.title.is_empty() {
        "Relief Sequencer"
    } else {
        &scenario.title
    };
    let sheet = Sheet { title, note: &note };
    let extension = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = match extension.as_str() {
        "svg" => render_sheet_svg(&sheet, &input, &ChartStyle::svg(1.0, theme), width, height)
            .map(String::into_bytes)
            .map_err(|e| Failure::Other(format!("cannot draw the charts: {e}")))?,
        "png" => render_sheet_png(&sheet, &input, &ChartStyle::svg(1.0, theme), width, height)
            .map_err(|e| Failure::Other(format!("cannot draw the charts: {e}")))?,
        _ => {
            return Err(usage_error(format!(
                "--out {} must end in .svg or .png",
                out.display()
            )));
        }
    };
    std::fs::write(out, bytes)
        .map_err(|e| Failure::Other(format!("cannot write {}: {e}", out.display())))?;
    Ok(())
}

/// Writes to standard output; a closed pipe (`relief simulate | head`) is not an error.
fn emit(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Other(format!("cannot write the output: {e}"))),
    }
}
