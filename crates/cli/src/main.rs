//! # relief: the command line of Relief Sequencer
//!
//! Simulates, validates and plots `relief-scenario/1` files (and validates `relief-story/1`
//! stories), ranks what matters most for an
//! outcome, suggests a better order of a scenario's steps, and prints the built-in presets,
//! with the same model and the same chart code as the page.
//!
//! It must never panic or print a backtrace, whatever the input: every failure is a message on
//! standard error and an exit status (0 success, 2 invalid input, 1 anything else).

mod analysis;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser};

use relief_charts::{
    Caption, ChartInput, ChartStyle, SHEET_SIZE, Theme, markers_for, render_sheet_png,
    render_sheet_svg,
};
use relief_model::{
    Scenario, Target, explain, limits, parse_scenario, parse_story, preset_scenario_json, presets,
    projection_to_csv, projection_to_json, scenario_to_link, simulate_on_every_core,
};

const USAGE: &str = "\
relief: simulate, validate and plot Relief Sequencer scenarios

Usage:
  relief simulate [FILE|-] [--runs N] [--seed S] [--format json|csv] [--parameter-uncertainty]
  relief validate FILE
  relief plot FILE --out PATH.svg|PATH.png [--width PX] [--height PX] [--theme light|dark|high-contrast]
              [--parameter-uncertainty]
  relief explain FILE --series SERIES --month M
  relief link FILE [--base URL]
  relief sensitivity FILE [--outcome OUTCOME] [--format text|json|csv] [--plot PATH.svg|PATH.png]
  relief optimize FILE [--objective OBJECTIVE] [--out PATH.json] [--lock I,J] [--min-gap N]
                  [--not-before M] [--flags] [--search-runs N]
  relief presets [NAME]

SERIES is trust, target_trust, economy, leverage, legitimacy or backsliding_risk.
OUTCOME is breakdown (by the horizon), breakdown:MONTH, trust or recovery (at the horizon),
or recovery_over_time (averaged over the months). --plot also draws the tornado, for print and slides.
OBJECTIVE, minimised, is breakdown, breakdown:MONTH, or score[:WEIGHT]: breakdown by the
horizon less WEIGHT (default 0.5) times the recovery averaged over the months. The suggestion is written to
--out only when it beats the sequence as written by twice its standard error on fresh futures.
--parameter-uncertainty runs every future again under calibrations drawn from the model's
plausible ranges, and adds what they show (with_parameter_uncertainty) beside luck alone.
FILE is a relief-scenario/1 JSON file; '-' or no FILE reads standard input. validate also
checks a relief-story/1 file (a scenario told in frames).
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
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
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

/// The command line as it is typed: one subcommand, each with only the flags it takes, so a flag
/// given to a command that has no use for it is an error rather than silently ignored.
///
/// Every option takes the next argument as its value even when it starts with a hyphen, so
/// `--seed -1` gets the seed's own message rather than being read as another flag.
#[derive(Parser)]
#[command(name = "relief", version, disable_help_subcommand = true)]
struct Cli {
    #[command(subcommand)]
    command: Subcommand,
}

#[derive(clap::Subcommand)]
enum Subcommand {
    Simulate(SimulateArgs),
    Validate(ValidateArgs),
    Plot(PlotArgs),
    Explain(ExplainArgs),
    Link(LinkArgs),
    Presets(PresetsArgs),
    Sensitivity(analysis::SensitivityArgs),
    Optimize(analysis::OptimizeArgs),
}

/// `relief simulate [FILE|-] [--runs N] [--seed S] [--format json|csv] [--parameter-uncertainty]`
#[derive(Args)]
struct SimulateArgs {
    /// Also runs the futures under calibrations drawn from the plausible ranges (the same as
    /// `"parameter_uncertainty": true` in the scenario).
    #[arg(long)]
    parameter_uncertainty: bool,
    file: Option<String>,
    #[arg(long, value_name = "N", value_parser = parse_runs, allow_hyphen_values = true)]
    runs: Option<u32>,
    #[arg(long, value_name = "S", value_parser = parse_seed, allow_hyphen_values = true)]
    seed: Option<u64>,
    #[arg(
        long,
        value_name = "FORMAT",
        value_parser = parse_format,
        default_value = "json",
        allow_hyphen_values = true,
    )]
    format: ProjectionFormat,
}

/// `relief validate FILE`
#[derive(Args)]
struct ValidateArgs {
    /// Optional here so that its absence gets this command's own message, not clap's.
    file: Option<String>,
}

/// `relief plot FILE --out PATH.svg|PATH.png [--width PX] [--height PX] [--theme THEME]`
#[derive(Args)]
struct PlotArgs {
    file: Option<String>,
    /// See [`SimulateArgs::parameter_uncertainty`].
    #[arg(long)]
    parameter_uncertainty: bool,
    /// Optional here so that its absence gets this command's own message, not clap's.
    #[arg(long, short = 'o', value_name = "PATH", allow_hyphen_values = true)]
    out: Option<PathBuf>,
    #[arg(long, value_name = "PX", value_parser = parse_width, allow_hyphen_values = true)]
    width: Option<u32>,
    #[arg(long, value_name = "PX", value_parser = parse_height, allow_hyphen_values = true)]
    height: Option<u32>,
    #[arg(
        long,
        value_name = "THEME",
        value_parser = parse_theme,
        default_value = "light",
        allow_hyphen_values = true,
    )]
    theme: Theme,
}

/// `relief explain FILE --series SERIES --month M`
#[derive(Args)]
struct ExplainArgs {
    file: Option<String>,
    #[arg(
        long,
        value_name = "SERIES",
        value_parser = parse_series,
        default_value = "trust",
        allow_hyphen_values = true,
    )]
    series: Target,
    /// Text until the scenario is read: the months it may name run to the scenario's horizon,
    /// so the month is checked against that.
    #[arg(long, value_name = "M", allow_hyphen_values = true)]
    month: Option<String>,
}

/// `relief link FILE [--base URL]`
#[derive(Args)]
struct LinkArgs {
    file: Option<String>,
    #[arg(
        long,
        value_name = "URL",
        default_value = "http://127.0.0.1:8000/",
        allow_hyphen_values = true
    )]
    base: String,
}

/// `relief presets [NAME]`
#[derive(Args)]
struct PresetsArgs {
    name: Option<String>,
}

/// How `relief simulate` writes the projection.
#[derive(Clone, Copy)]
enum ProjectionFormat {
    Json,
    Csv,
}

fn parse_runs(value: &str) -> Result<u32, String> {
    whole_number("--runs", value, 1, limits::MAX_RUNS as u64).map(|n| n as u32)
}

fn parse_seed(value: &str) -> Result<u64, String> {
    whole_number("--seed", value, 0, limits::MAX_SEED)
}

fn parse_width(value: &str) -> Result<u32, String> {
    whole_number("--width", value, 320, 8000).map(|n| n as u32)
}

fn parse_height(value: &str) -> Result<u32, String> {
    whole_number("--height", value, 240, 8000).map(|n| n as u32)
}

fn parse_format(value: &str) -> Result<ProjectionFormat, String> {
    match value {
        "json" => Ok(ProjectionFormat::Json),
        "csv" => Ok(ProjectionFormat::Csv),
        other => Err(format!("--format {other:?} is not known; use json or csv")),
    }
}

fn parse_theme(value: &str) -> Result<Theme, String> {
    Theme::from_key(value)
        .ok_or_else(|| format!("--theme {value:?} is not known; use light, dark or high-contrast"))
}

fn parse_series(value: &str) -> Result<Target, String> {
    Target::from_key(value).ok_or_else(|| {
        format!(
            "--series {value:?} is not known; use trust, target_trust, economy, leverage, legitimacy or backsliding_risk"
        )
    })
}

/// A whole number from `min` to `max`, or the message that says so.
fn whole_number(flag: &str, value: &str, min: u64, max: u64) -> Result<u64, String> {
    match value.parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "{flag} {value:?} must be a whole number from {min} to {max}"
        )),
    }
}

/// The command line's grammar: the derived one, with the usage above as every command's help
/// and a flag given twice taking its last value, as it always has.
fn grammar() -> clap::Command {
    Cli::command()
        .override_help(USAGE)
        .mut_subcommands(|command| command.override_help(USAGE).args_override_self(true))
}

fn run(args: Vec<OsString>) -> Result<(), Failure> {
    let grammar = grammar();
    // The help and the version are answers, not failures, though the parser stops there.
    let matches = match grammar
        .clone()
        .no_binary_name(true)
        .try_get_matches_from(&args)
    {
        Ok(matches) => matches,
        Err(e) if e.kind() == ErrorKind::DisplayHelp => return emit(&format!("{USAGE}\n")),
        Err(e) if e.kind() == ErrorKind::DisplayVersion => {
            return emit(&format!("relief {}\n", env!("CARGO_PKG_VERSION")));
        }
        Err(e) => return Err(argument_failure(&grammar, &args, e)),
    };
    let cli = Cli::from_arg_matches(&matches).map_err(|e| argument_failure(&grammar, &args, e))?;
    match cli.command {
        Subcommand::Simulate(args) => {
            let (_, mut scenario) = read_scenario(args.file.as_deref())?;
            if let Some(runs) = args.runs {
                scenario.runs = runs;
            }
            if let Some(seed) = args.seed {
                scenario.seed = seed;
            }
            scenario.parameter_uncertainty |= args.parameter_uncertainty;
            let projection = simulate_on_every_core(&scenario);
            match args.format {
                ProjectionFormat::Json => emit(&(projection_to_json(&projection) + "\n")),
                ProjectionFormat::Csv => emit(&projection_to_csv(&projection)),
            }
        }
        Subcommand::Validate(args) => {
            let Some(file) = args.file else {
                return Err(usage_error("validate needs a FILE"));
            };
            let (name, text) = read_text(Some(&file))?;
            if is_story(&text) {
                let story = parse_story(&text).map_err(|e| invalid(&name, &e))?;
                let scenario = &story.scenario;
                return emit(&format!(
                    "{name}: valid story: {} over a scenario of {}\n",
                    count(story.frames.len(), "frame"),
                    scenario_note(scenario)
                ));
            }
            let scenario = parse_scenario(&text).map_err(|e| invalid(&name, &e))?;
            emit(&format!("{name}: valid: {}\n", scenario_note(&scenario)))
        }
        Subcommand::Plot(args) => {
            let Some(out) = args.out else {
                return Err(usage_error("plot needs --out PATH.svg or --out PATH.png"));
            };
            let (_, mut scenario) = read_scenario(args.file.as_deref())?;
            scenario.parameter_uncertainty |= args.parameter_uncertainty;
            let width = args.width.unwrap_or(SHEET_SIZE.0);
            let height = args.height.unwrap_or(SHEET_SIZE.1);
            plot(&scenario, &out, width, height, args.theme)
        }
        Subcommand::Explain(args) => {
            let (_, scenario) = read_scenario(args.file.as_deref())?;
            let target = args.series;
            let month = match args.month {
                Some(m) => whole_number("--month", &m, 0, scenario.horizon_months as u64)
                    .map_err(usage_error)? as u32,
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
                text.push_str(&format!("{:+.3}  {}\n", c.delta, c.sentence.english()));
            }
            emit(&text)
        }
        Subcommand::Link(args) => {
            let (_, scenario) = read_scenario(args.file.as_deref())?;
            let base = args.base.split('#').next().unwrap_or_default();
            emit(&format!("{base}#{}\n", scenario_to_link(&scenario)))
        }
        Subcommand::Sensitivity(args) => emit(&analysis::run_sensitivity(args)?),
        Subcommand::Optimize(args) => emit(&analysis::run_optimize(args)?),
        Subcommand::Presets(args) => match args.name {
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
    }
}

/// What a command line that cannot be run is answered with: a message a user can act on, and
/// the usage.
fn argument_failure(grammar: &clap::Command, args: &[OsString], error: clap::Error) -> Failure {
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        _ => None,
    };
    let message = match error.kind() {
        // The value parsers above word their own messages, naming the flag and the value.
        ErrorKind::ValueValidation => match std::error::Error::source(&error) {
            Some(reason) => reason.to_string(),
            None => first_line(&error),
        },
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "a command is needed".to_string()
        }
        ErrorKind::InvalidSubcommand => match context(ContextKind::InvalidSubcommand) {
            Some(name) => format!("{name:?} is not a command"),
            None => first_line(&error),
        },
        ErrorKind::UnknownArgument => match context(ContextKind::InvalidArg) {
            Some(flag) => {
                flag_that_does_not_apply(grammar, args, &flag).unwrap_or_else(|| first_line(&error))
            }
            None => first_line(&error),
        },
        _ => first_line(&error),
    };
    usage_error(message)
}

/// For a flag that another command takes, says which: `--runs does not apply to validate; it is
/// an option of simulate`. `None` when no command takes it.
fn flag_that_does_not_apply(
    grammar: &clap::Command,
    args: &[OsString],
    flag: &str,
) -> Option<String> {
    let flag = flag.split('=').next().unwrap_or(flag);
    let long = flag.strip_prefix("--");
    let short = match flag
        .strip_prefix('-')
        .map(|letters| letters.chars().collect::<Vec<_>>())
    {
        Some(letters) if long.is_none() && letters.len() == 1 => Some(letters[0]),
        _ => None,
    };
    let takes_it = |arg: &clap::Arg| {
        (long.is_some() && arg.get_long() == long) || (short.is_some() && arg.get_short() == short)
    };
    // The command is the first argument: nothing but the help and the version comes before it.
    let given_to = args.first()?.to_str()?;
    let takers: Vec<&str> = grammar
        .get_subcommands()
        .filter(|command| command.get_arguments().any(&takes_it))
        .map(clap::Command::get_name)
        .collect();
    if takers.is_empty() {
        return None;
    }
    Some(format!(
        "{flag} does not apply to {given_to}; it is an option of {}",
        takers.join(" and ")
    ))
}

/// clap's own message, without its "error: " prefix and the tips after the first line.
fn first_line(error: &clap::Error) -> String {
    let text = error.to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

/// "5 steps, 1 shock, 48 months, 1000 runs" and the senders, for `relief validate`.
fn scenario_note(scenario: &Scenario) -> String {
    format!(
        "{}, {}, {}, {}{}",
        count(scenario.steps.len(), "step"),
        count(scenario.shocks.len(), "shock"),
        count(scenario.horizon_months as usize, "month"),
        count(scenario.runs as usize, "run"),
        senders_note(scenario)
    )
}

/// "1 shock", "2 shocks": a count and its noun, in the singular for one.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The senders of a scenario as `validate` names them. Senders are named only when the
/// scenario has them, so the line for a scenario without them reads as it always has.
fn senders_note(scenario: &Scenario) -> String {
    if scenario.senders.is_empty() {
        String::new()
    } else {
        format!(", senders {}", scenario.senders.join(", "))
    }
}

/// Whether a document's text is a story: its `format` is `relief-story/…` (of any version, so
/// that a newer one is named as such by the story's reader), or it has no `format` but has a
/// story's `frames`. Anything else, text that is not JSON included, is read as a scenario, with
/// the messages it has always had.
fn is_story(text: &str) -> bool {
    // Most files are scenarios, and are read once only.
    if !text.contains("relief-story/") && !text.contains("\"frames\"") {
        return false;
    }
    relief_model::parse_json(text).is_ok_and(|value| match value.get("format") {
        Some(format) => format
            .as_str()
            .is_some_and(|format| format.starts_with("relief-story/")),
        None => value.get("frames").is_some(),
    })
}

/// Every problem of a document, one a line, each after the file's name.
fn invalid(name: &str, error: &relief_model::DocumentError) -> Failure {
    let lines: Vec<String> = error
        .errors
        .iter()
        .map(|f| format!("{name}: {f}"))
        .collect();
    Failure::Invalid(lines.join("\n"))
}

/// Reads and validates a scenario from a file, or standard input for `-` or none. Returns the
/// name to use in messages with it.
fn read_scenario(file: Option<&str>) -> Result<(String, Scenario), Failure> {
    let (name, text) = read_text(file)?;
    let scenario = parse_scenario(&text).map_err(|e| invalid(&name, &e))?;
    Ok((name, scenario))
}

/// Reads a document's text from a file, or standard input for `-` or none. Returns the name to
/// use in messages with it.
fn read_text(file: Option<&str>) -> Result<(String, String), Failure> {
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
    Ok((name, text))
}

fn plot(
    scenario: &Scenario,
    out: &Path,
    width: u32,
    height: u32,
    theme: Theme,
) -> Result<(), Failure> {
    let projection = simulate_on_every_core(scenario);
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
    let caption = Caption { title, note: &note };
    let extension = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = match extension.as_str() {
        "svg" => render_sheet_svg(
            &caption,
            &input,
            &ChartStyle::svg(1.0, theme),
            width,
            height,
        )
        .map(String::into_bytes)
        .map_err(|e| Failure::Other(format!("cannot draw the charts: {e}")))?,
        "png" => render_sheet_png(
            &caption,
            &input,
            &ChartStyle::svg(1.0, theme),
            width,
            height,
        )
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
