//! The live workshop room server (`room/server.mjs`, a Hocuspocus server for the workshop's
//! shared documents): `cargo xtask room` runs it in the foreground, [`test_stage`] runs its
//! tests for `cargo xtask test`, and [`bench`] runs its load run for `cargo xtask bench`.
//!
//! Everything here runs node on the room's own files with the packages of `room/` that
//! [`install::room_packages`] installs from the lock file. It must never keep room data anywhere
//! but the folder the server is given (by default `target/room`), nor print the room key or a
//! token itself: only the server prints the room key, once, for the person running it.

use std::path::PathBuf;
use std::process::Stdio;

use crate::install;
use crate::process::{self, Result, repo_root};
use crate::site;

/// The server's own defaults, repeated here for the help text and the parser.
pub const DEFAULT_HOST: &str = "127.0.0.1";
/// The port for both the HTTP API and the WebSocket connections.
pub const DEFAULT_PORT: u16 = 8765;

/// The budget of the load run: an edit reaches the facilitator within half a second (p95) on
/// loopback, so the room feels live.
pub const PROPAGATION_P95_BUDGET_MS: f64 = 500.0;

/// The options of `cargo xtask room`.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    /// The address to listen on.
    pub host: String,
    /// The port to listen on (0 lets the server pick a free one).
    pub port: u16,
    /// The data folder; `None` leaves the server's default, `target/room` in the repository.
    pub data: Option<PathBuf>,
}

/// Parses the arguments after `cargo xtask room`: `--host H`, `--port P`, `--data DIR`, each
/// also as `--name=value`.
pub fn parse_options<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<Options> {
    let mut options = Options {
        host: DEFAULT_HOST.to_string(),
        port: DEFAULT_PORT,
        data: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg, None),
        };
        if !matches!(name, "--host" | "--port" | "--data") {
            return Err(format!("unknown option for room: {arg}"));
        }
        let value = match inline {
            Some(value) => value,
            None => args.next().ok_or(format!("{name} needs a value"))?,
        };
        if value.is_empty() {
            return Err(format!("{name} needs a value"));
        }
        match name {
            "--host" => options.host = value.to_string(),
            "--port" => {
                options.port = value
                    .parse()
                    .map_err(|_| format!("--port wants a number from 0 to 65535, not {value:?}"))?
            }
            _ => options.data = Some(PathBuf::from(value)),
        }
    }
    Ok(options)
}

/// Installs the room's packages and runs the room server in the foreground until it stops
/// (Ctrl-C stores every document and stops it).
pub fn serve(options: &Options) -> Result<()> {
    install::node()?;
    install::room_packages()?;
    let mut node = process::command("node");
    node.arg("room/server.mjs")
        .args(["--host", &options.host, "--port", &options.port.to_string()])
        .current_dir(repo_root());
    if let Some(data) = &options.data {
        // Relative to where the command was typed, not to the repository the server runs in.
        let data = std::env::current_dir()
            .map(|cwd| cwd.join(data))
            .unwrap_or_else(|_| data.clone());
        node.arg("--data").arg(data);
    }
    process::run(&mut node)
}

/// The test stage: the room server's own tests (`room/test/*.test.mjs`), each against the real
/// server on loopback.
pub fn test_stage() -> Result<()> {
    let tests = repo_root().join("room/test");
    if site::files_with_suffix(&tests, ".test.mjs") == 0 {
        // node's runner passes with zero tests; an empty suite must not look like a green one.
        return Err("room/test/ holds no *.test.mjs file, so there is nothing to run".into());
    }
    install::node()?;
    install::room_packages()?;
    let mut node = process::command("node");
    node.args(["--test", "--test-concurrency=1", "room/test/"])
        .current_dir(repo_root());
    process::run(&mut node)
}

/// The load run (`room/bench.mjs`, a whole workshop against the real server), printed with its
/// budget. It fails when an edit is lost, the server logged an error or a refusal, or the
/// propagation p95 is over budget.
pub fn bench() -> Result<()> {
    install::node()?;
    install::room_packages()?;
    let mut node = process::command("node");
    node.args(["room/bench.mjs", "--json"])
        .current_dir(repo_root())
        .stderr(Stdio::inherit());
    println!("$ {}", process::display(&node));
    let output = node
        .output()
        .map_err(|error| format!("could not start `{}`: {error}", process::display(&node)))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let figures = stdout
        .lines()
        .rev()
        .find_map(LoadFigures::parse)
        .ok_or_else(|| {
            format!(
                "the room load run printed no figures ({}); its output is above",
                output.status
            )
        })?;
    for line in figures.report() {
        println!("{line}");
    }
    if !output.status.success() {
        return Err(format!(
            "the room load run failed ({}): {} lost edits, {} server errors, {} refusals; the server's log is above",
            output.status, figures.lost_edits, figures.server_errors, figures.server_refusals
        ));
    }
    if figures.propagation_p95_ms > PROPAGATION_P95_BUDGET_MS {
        return Err(format!(
            "the room's propagation p95 of {} ms is over its budget of {PROPAGATION_P95_BUDGET_MS} ms",
            figures.propagation_p95_ms
        ));
    }
    Ok(())
}

/// The figures `room/bench.mjs --json` prints.
#[derive(Debug, PartialEq)]
struct LoadFigures {
    teams: f64,
    devices: f64,
    seconds: f64,
    edits: f64,
    propagation_p50_ms: f64,
    propagation_p95_ms: f64,
    propagation_max_ms: f64,
    lost_edits: f64,
    server_errors: f64,
    server_refusals: f64,
}

impl LoadFigures {
    /// Reads the figures from the one-line JSON object, or `None` for any other line.
    fn parse(line: &str) -> Option<Self> {
        let line = line.trim();
        if !line.starts_with('{') {
            return None;
        }
        Some(Self {
            teams: json_number(line, "teams")?,
            devices: json_number(line, "devices")?,
            seconds: json_number(line, "seconds")?,
            edits: json_number(line, "edits")?,
            propagation_p50_ms: json_number(line, "propagationP50Ms")?,
            propagation_p95_ms: json_number(line, "propagationP95Ms")?,
            propagation_max_ms: json_number(line, "propagationMaxMs")?,
            lost_edits: json_number(line, "lostEdits")?,
            server_errors: json_number(line, "serverErrors")?,
            server_refusals: json_number(line, "serverRefusals")?,
        })
    }

    /// The report, in the style of the page benchmark's: figure, then the budget.
    fn report(&self) -> Vec<String> {
        vec![
            format!(
                "room load run         {} teams × {} devices for {} s: {} edits, each seen by the facilitator",
                self.teams, self.devices, self.seconds, self.edits
            ),
            format!(
                "room propagation p50 / p95 / max {} / {} / {} ms   (budget p95 ≤ {PROPAGATION_P95_BUDGET_MS} ms)",
                self.propagation_p50_ms, self.propagation_p95_ms, self.propagation_max_ms
            ),
            format!(
                "room lost edits       {}; server errors {}, refusals {}   (budget 0)",
                self.lost_edits, self.server_errors, self.server_refusals
            ),
        ]
    }
}

/// The number at `"key":` in a flat JSON object: the load run prints only numbers and
/// booleans, so a scan is enough and spares this crate a JSON dependency.
fn json_number(json: &str, key: &str) -> Option<f64> {
    let start = json.find(&format!("\"{key}\":"))? + key.len() + 3;
    let rest = json[start..].trim_start();
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_room_options() {
        assert_eq!(
            parse_options([]),
            Ok(Options {
                host: "127.0.0.1".into(),
                port: 8765,
                data: None
            })
        );
        assert_eq!(
            parse_options(["--host", "0.0.0.0", "--port=9000", "--data", "rooms"]),
            Ok(Options {
                host: "0.0.0.0".into(),
                port: 9000,
                data: Some(PathBuf::from("rooms"))
            })
        );
        assert!(parse_options(["--port"]).is_err());
        assert!(parse_options(["--port", "70000"]).is_err());
        assert!(parse_options(["--port="]).is_err());
        assert!(parse_options(["--data="]).is_err());
        assert!(parse_options(["--verbose"]).is_err());
        assert!(parse_options(["--hostname", "x"]).is_err());
    }

    #[test]
    fn reads_the_load_run_figures() {
        let line = r#"{"teams":8,"devices":5,"seconds":60,"edits":2390,"observed":2390,"propagationP50Ms":1.2,"propagationP95Ms":3.4,"propagationMaxMs":40,"budgetP95Ms":500,"lostEdits":0,"converged":true,"disconnects":0,"serverErrors":0,"serverRefusals":1}"#;
        let figures = LoadFigures::parse(line).expect("figures");
        assert_eq!(figures.edits, 2390.0);
        assert_eq!(figures.propagation_p95_ms, 3.4);
        assert_eq!(figures.propagation_max_ms, 40.0);
        assert_eq!(figures.server_refusals, 1.0);
        assert!(figures.report()[1].contains("1.2 / 3.4 / 40 ms   (budget p95 ≤ 500 ms)"));
        assert_eq!(
            LoadFigures::parse("room server on http://127.0.0.1:1"),
            None
        );
        assert_eq!(LoadFigures::parse(r#"{"teams":8}"#), None);
    }

    #[test]
    fn finds_numbers_in_flat_json() {
        assert_eq!(json_number(r#"{"a":1,"ab":2.5}"#, "ab"), Some(2.5));
        assert_eq!(json_number(r#"{"a": 7 }"#, "a"), Some(7.0));
        assert_eq!(json_number(r#"{"a":true}"#, "a"), None);
        assert_eq!(json_number(r#"{"b":1}"#, "a"), None);
    }
}
