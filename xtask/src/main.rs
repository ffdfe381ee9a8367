//! `cargo xtask`: the one entry point that builds, serves, tests and benchmarks Relief Sequencer.
//!
//! Commands (run `cargo xtask help` for the same list):
//!
//! - `cargo xtask serve [--port N]` installs what is missing, builds the site into
//!   `target/site` (the wasm modules, then every file of `www/`, minified) and serves it on
//!   `http://127.0.0.1:N/` (default 8000).
//! - `cargo xtask build [--debug]` builds the site and reports what a first visit to each page
//!   downloads against the 170 KB gzipped budget. A debug build stays in `www/`, unminified.
//! - `cargo xtask test [--quick | --only STAGE]` runs every check the project has, in order,
//!   and stops at the first failure: native tests, a bounded run of each fuzz target, wasm
//!   tests in headless Chromium, the release site build and its size budget, the
//!   end-to-end browser tests against the served site, then the room server's tests.
//!   `--quick` runs only the native tests, `--only` one stage.
//! - `cargo xtask fuzz [TARGET] [--seconds N]` fuzzes the model for longer and keeps the new
//!   inputs worth keeping as test data (see [`fuzz`]).
//! - `cargo xtask bench` runs the model benchmarks, the room server's load run and, when
//!   present, the page benchmark and the live room's browser-to-projector benchmark.
//! - `cargo xtask room [--host H] [--port N] [--data DIR]` runs the live workshop room server
//!   in the foreground (see [`room`]).
//! - `cargo xtask docs [--check]` regenerates the parameter table of `docs/model.md` from the
//!   model's `Params` (see [`docs`]); `--check` only checks that it is up to date.
//!
//! A fresh clone goes from nothing to a green `cargo xtask test` with this crate alone, so the
//! install steps live here too (see [`install`]). What this crate must never do:
//!
//! - download a binary or a browser from anywhere but the package registries (crates.io, the npm
//!   registry, the Debian archive): no release pages, no `cargo binstall`, no `wasm-pack`
//!   installer, no `npx playwright install`;
//! - keep state of its own anywhere but `target/`, `www/pkg/`, `www/model.html`,
//!   `tests/node_modules/`, `room/node_modules/` and the
//!   git-ignored folders of `fuzz/` (tools go where their own package managers put them), or
//!   edit files that people commit (`cargo xtask fuzz` only adds new files to
//!   `tests/data/fuzz-corpus/`, and `cargo xtask docs` only rewrites the generated table of
//!   `docs/model.md`, for a person to review and commit);
//! - weaken a check to make it pass: a stage that cannot run is a failure, not a skip.

mod docs;
mod fuzz;
mod install;
mod policy;
mod process;
mod room;
mod server;
mod site;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::{Command, ExitCode};
use std::time::Instant;

use crate::process::{Result, repo_root};

const USAGE: &str = "\
Usage: cargo xtask <command> [options]

Commands:
  serve [--port N]   install what is missing, build the site into target/site and serve it on 127.0.0.1:N (default 8000)
  build [--debug]    build the site (target/site; www/ itself with --debug) and report each page's size against the budget
  test [--quick | --only STAGE]
                     run every check in order, stopping at the first failure;
                     --quick runs only the native tests, --only one stage of:
                     native, fuzz, wasm, site, e2e, room (RELIEF_FUZZ_SECONDS sets the
                     fuzz stage's seconds a target, default 30; 0 skips it)
  fuzz [TARGET] [--seconds N]
                     fuzz parse_scenario, simulate or both (the default) for N s
                     each (default 300), then keep the inputs that reach new code
                     in tests/data/fuzz-corpus/
  bench              run the model benchmarks, the room server's load run, then the
                     page benchmark if it exists
  room [--host H] [--port N] [--data DIR]
                     run the live workshop room server in the foreground on H:N
                     (default 127.0.0.1:8765), keeping its documents, secret and room
                     key in DIR (default target/room); Ctrl-C stores and stops it
  claims --robust [--draws N]
                     check that every claim holds in at least 90% of N Latin-hypercube
                     draws (default 100) of the coefficients across their documented ranges
  docs [--check]     regenerate the parameter table of docs/model.md from the model's
                     Params; --check only checks that it is up to date
  help               print this message
";

/// The default port of `cargo xtask serve`.
const DEFAULT_PORT: u16 = 8000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("xtask: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = match command {
        Cli::Help => {
            print!("{USAGE}");
            Ok(())
        }
        Cli::Serve { port } => serve(port),
        Cli::Build { profile } => build(profile),
        Cli::Test { quick, only } => test(quick, only.as_deref()),
        Cli::Fuzz { target, seconds } => match target {
            Some(target) => fuzz::fuzz(&[target.as_str()], seconds),
            None => fuzz::fuzz(&fuzz::TARGETS, seconds),
        },
        Cli::Bench => bench(),
        Cli::Room(options) => room::serve(&options),
        Cli::Claims { draws } => robust_claims(draws),
        Cli::Docs { check } => docs::run(check),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A parsed command line.
#[derive(Debug, PartialEq, Eq)]
enum Cli {
    Help,
    Serve {
        port: u16,
    },
    Build {
        profile: site::Profile,
    },
    Test {
        quick: bool,
        only: Option<String>,
    },
    Fuzz {
        target: Option<String>,
        seconds: u64,
    },
    Bench,
    Room(room::Options),
    Claims {
        draws: u32,
    },
    Docs {
        check: bool,
    },
}

/// Parses the arguments after `cargo xtask` by hand: five commands and a few flags do not
/// justify a parsing dependency in a crate every build compiles first.
fn parse_args(args: &[String]) -> std::result::Result<Cli, String> {
    let Some((command, rest)) = args.split_first() else {
        return Ok(Cli::Help);
    };
    let mut rest = rest.iter().map(String::as_str);
    let cli = match command.as_str() {
        "help" | "--help" | "-h" => Cli::Help,
        "serve" => {
            let mut port = DEFAULT_PORT;
            while let Some(arg) = rest.next() {
                let value = match arg.strip_prefix("--port") {
                    Some("") => rest.next().ok_or("--port needs a number")?,
                    Some(inline) if inline.starts_with('=') => &inline[1..],
                    _ => return Err(format!("unknown option for serve: {arg}")),
                };
                port = value
                    .parse()
                    .map_err(|_| format!("--port wants a number from 0 to 65535, not {value:?}"))?;
            }
            Cli::Serve { port }
        }
        "build" => {
            let mut profile = site::Profile::Release;
            for arg in rest {
                match arg {
                    "--debug" => profile = site::Profile::Debug,
                    _ => return Err(format!("unknown option for build: {arg}")),
                }
            }
            Cli::Build { profile }
        }
        "test" => {
            let mut quick = false;
            let mut only = None;
            while let Some(arg) = rest.next() {
                match arg {
                    "--quick" => quick = true,
                    "--only" => {
                        let stage = rest.next().ok_or("--only needs a stage")?;
                        let keys: Vec<&str> = stages().iter().map(|s| s.key).collect();
                        if !keys.contains(&stage) {
                            return Err(format!(
                                "--only wants one of {}, not {stage:?}",
                                keys.join(", ")
                            ));
                        }
                        only = Some(stage.to_string());
                    }
                    _ => return Err(format!("unknown option for test: {arg}")),
                }
            }
            if quick && only.is_some() {
                return Err("--quick and --only each choose the stages: give one of them".into());
            }
            Cli::Test { quick, only }
        }
        "fuzz" => {
            let mut target = None;
            let mut seconds = fuzz::DEFAULT_SECONDS;
            while let Some(arg) = rest.next() {
                if let Some(value) = arg.strip_prefix("--seconds") {
                    let value = match value {
                        "" => rest.next().ok_or("--seconds needs a number")?,
                        inline if inline.starts_with('=') => &inline[1..],
                        _ => return Err(format!("unknown option for fuzz: {arg}")),
                    };
                    seconds = value.parse().ok().filter(|&s| s > 0).ok_or_else(|| {
                        format!("--seconds wants a whole number of seconds above 0, not {value:?}")
                    })?;
                } else if fuzz::TARGETS.contains(&arg) && target.is_none() {
                    target = Some(arg.to_string());
                } else {
                    return Err(format!(
                        "unknown fuzz target or option: {arg} (the targets: {})",
                        fuzz::TARGETS.join(", ")
                    ));
                }
            }
            Cli::Fuzz { target, seconds }
        }
        "bench" => match rest.next() {
            None => Cli::Bench,
            Some(arg) => return Err(format!("unknown option for bench: {arg}")),
        },
        "room" => Cli::Room(room::parse_options(rest)?),
        "claims" => {
            let mut draws = None;
            while let Some(arg) = rest.next() {
                match arg {
                    "--robust" => draws = Some(draws.unwrap_or(100)),
                    "--draws" => {
                        let value = rest.next().ok_or("--draws needs a number")?;
                        draws = Some(value.parse().ok().filter(|d| *d >= 2).ok_or(format!(
                            "--draws needs a whole number of 2 or more, got {value}"
                        ))?);
                    }
                    other => return Err(format!("unknown option for claims: {other}")),
                }
            }
            Cli::Claims {
                draws: draws.ok_or("claims needs --robust (and optionally --draws N)")?,
            }
        }
        "docs" => {
            let mut check = false;
            for arg in rest {
                match arg {
                    "--check" => check = true,
                    _ => return Err(format!("unknown option for docs: {arg}")),
                }
            }
            Cli::Docs { check }
        }
        other => return Err(format!("unknown command: {other}")),
    };
    Ok(cli)
}

fn serve(port: u16) -> Result<()> {
    install::for_serving()?;
    site::build(site::Profile::Release)?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let root = site::site_dir(site::Profile::Release);
    let server = server::Server::start(&root, addr)?;
    println!("Relief Sequencer: {}", server.url());
    server.wait();
    Ok(())
}

fn build(profile: site::Profile) -> Result<()> {
    install::for_building()?;
    let report = site::build(profile)?;
    if profile == site::Profile::Release {
        for overrun in report.overruns() {
            eprintln!(
                "xtask: warning: {overrun}, over the budget of {}",
                site::kb(site::BUDGET_GZIPPED)
            );
        }
    }
    Ok(())
}

/// One stage of `cargo xtask test`: the name `--only` takes, the label its summary line
/// prints, and whether it needs the site's tools (wasm, node, Chromium) installed first.
struct Stage {
    key: &'static str,
    label: &'static str,
    run: fn() -> Result<()>,
    needs_site_tools: bool,
}

/// Every stage, in the order `cargo xtask test` runs them.
fn stages() -> Vec<Stage> {
    vec![
        Stage {
            key: "native",
            label: "(a) native tests",
            run: native_tests,
            needs_site_tools: false,
        },
        Stage {
            key: "fuzz",
            label: "(b) bounded fuzzing",
            run: fuzz::test_stage,
            needs_site_tools: false,
        },
        Stage {
            key: "wasm",
            label: "(c) wasm tests in headless Chromium",
            run: wasm_tests,
            needs_site_tools: true,
        },
        Stage {
            key: "site",
            label: "(d) release site build and size budget",
            run: release_site,
            needs_site_tools: true,
        },
        Stage {
            key: "e2e",
            label: "(e) end-to-end browser tests",
            run: e2e_tests,
            needs_site_tools: true,
        },
        Stage {
            key: "room",
            label: "(f) room server tests",
            run: room::test_stage,
            // It installs node and the room's packages itself.
            needs_site_tools: false,
        },
    ]
}

fn test(quick: bool, only: Option<&str>) -> Result<()> {
    let mut stages = stages();
    if quick {
        stages.truncate(1);
    }
    if let Some(only) = only {
        stages.retain(|stage| stage.key == only);
    }
    if stages.iter().any(|stage| stage.needs_site_tools) {
        install::all()?;
    }
    let started = Instant::now();
    let mut summary = Vec::new();
    for stage in &stages {
        println!("\n==> {}", stage.label);
        let stage_started = Instant::now();
        let outcome = (stage.run)();
        let line = format!(
            "{} {} ({:.1} s)",
            if outcome.is_ok() { "ok    " } else { "FAILED" },
            stage.label,
            stage_started.elapsed().as_secs_f64()
        );
        println!("{line}");
        summary.push(line);
        if let Err(message) = outcome {
            print_summary(&summary, started);
            return Err(format!("{} failed: {message}", stage.label));
        }
    }
    print_summary(&summary, started);
    if quick {
        println!("Only the native tests ran (--quick); run `cargo xtask test` for every check.");
    } else if let Some(only) = only {
        println!("Only the {only} stage ran (--only); run `cargo xtask test` for every check.");
    }
    Ok(())
}

fn print_summary(lines: &[String], started: Instant) {
    println!(
        "\nSummary ({:.1} s in all):",
        started.elapsed().as_secs_f64()
    );
    for line in lines {
        println!("  {line}");
    }
}

fn native_tests() -> Result<()> {
    let mut cargo = process::cargo();
    // The two wasm adapters' tests run in the browser (see `wasm_tests`).
    cargo.args([
        "test",
        "--workspace",
        "--exclude",
        "relief-web",
        "--exclude",
        "relief-workshop",
    ]);
    process::run(&mut cargo)
}

fn wasm_tests() -> Result<()> {
    let mut cargo = process::cargo();
    cargo.args([
        "test",
        "-p",
        "relief-web",
        "-p",
        "relief-workshop",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    let chromedriver = std::path::Path::new(install::CHROMEDRIVER);
    if chromedriver.exists() {
        process::env_default(&mut cargo, "CHROMEDRIVER", chromedriver.as_os_str());
    }
    process::env_default(&mut cargo, "WASM_BINDGEN_TEST_TIMEOUT", "120");
    // The runner gives chromedriver 5 s to start by default; a busy CI machine can need more.
    process::env_default(&mut cargo, "WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "30");
    let capabilities = install::webdriver_capabilities()?;
    process::env_default(
        &mut cargo,
        "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
        capabilities.as_os_str(),
    );
    process::run(&mut cargo)
}

fn release_site() -> Result<()> {
    let report = site::build(site::Profile::Release)?;
    for overrun in report.overruns() {
        eprintln!(
            "xtask: warning: {overrun}, over the budget of {}",
            site::kb(site::BUDGET_GZIPPED)
        );
    }
    if report.within_ceiling() {
        Ok(())
    } else {
        Err(format!(
            "{}: past the ceiling of {} (the budget is {})",
            report.overruns().join("; "),
            site::kb(site::CEILING_GZIPPED),
            site::kb(site::BUDGET_GZIPPED)
        ))
    }
}

fn e2e_tests() -> Result<()> {
    let tests = repo_root().join("tests");
    let count = site::files_with_suffix(&tests.join("e2e"), ".test.mjs");
    if count == 0 {
        // node's runner passes with zero tests; an empty suite must not look like a green one.
        return Err("tests/e2e/ holds no *.test.mjs file, so there is nothing to run".into());
    }
    let mut node = Command::new("node");
    node.args(["--test", "--test-concurrency=1", "e2e/"])
        .current_dir(&tests);
    with_served_site(&mut node)
}

/// Serves `www/` on a free port in this process while `command` runs against it, with the
/// environment the browser scripts expect.
fn with_served_site(command: &mut Command) -> Result<()> {
    let any_port = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let root = site::site_dir(site::Profile::Release);
    if !root.join("index.html").exists() {
        return Err(format!(
            "{} holds no built site; `cargo xtask build` makes it",
            root.display()
        ));
    }
    let server = server::Server::start(&root, any_port)?;
    println!("Serving {} on {}", root.display(), server.url());
    command
        .env("RELIEF_BASE_URL", server.url())
        .env("RELIEF_SITE_DIR", &root)
        .env("CHROMIUM_PATH", install::CHROMIUM);
    process::env_default(command, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    let outcome = process::run(command);
    server.stop();
    outcome
}

/// Checks that every claim holds across Latin-hypercube draws of the model's coefficients,
/// each within its documented plausible range (see `crates/model/tests/claims.rs`).
fn robust_claims(draws: u32) -> Result<()> {
    let mut cargo = process::cargo();
    cargo.args([
        "test",
        "--release",
        "-p",
        "relief-model",
        "--test",
        "model",
        "claims::claims_hold_across_the_plausible_ranges_of_the_coefficients",
        "--",
        "--nocapture",
    ]);
    cargo.env("RELIEF_CLAIM_DRAWS", draws.to_string());
    process::run(&mut cargo)
}

fn bench() -> Result<()> {
    let mut cargo = process::cargo();
    // With `parallel`, the ensemble on every core is measured beside the one-core figures.
    cargo.args(["bench", "-p", "relief-model", "--features", "parallel"]);
    process::run(&mut cargo)?;

    println!("\n==> room server load run");
    room::bench()?;

    let script = repo_root().join("tests/bench/page.bench.mjs");
    if !script.exists() {
        println!(
            "No page benchmark (tests/bench/page.bench.mjs); only the model benchmarks and the room load run ran."
        );
        return Ok(());
    }
    install::all()?;
    site::build(site::Profile::Release)?;
    let mut node = Command::new("node");
    node.arg("tests/bench/page.bench.mjs")
        .current_dir(repo_root());
    with_served_site(&mut node)?;

    // From one browser's edit to the facilitator's projector, in real browsers, through the
    // room server at the address the site names.
    println!("\n==> live room, browser to projector");
    let mut node = Command::new("node");
    node.arg("tests/bench/live-room.bench.mjs")
        .current_dir(repo_root());
    with_served_site(&mut node)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> std::result::Result<Cli, String> {
        parse_args(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_every_command_and_option() {
        assert_eq!(parse(&[]), Ok(Cli::Help));
        assert_eq!(parse(&["serve"]), Ok(Cli::Serve { port: 8000 }));
        assert_eq!(
            parse(&["serve", "--port", "8123"]),
            Ok(Cli::Serve { port: 8123 })
        );
        assert_eq!(
            parse(&["serve", "--port=9000"]),
            Ok(Cli::Serve { port: 9000 })
        );
        assert_eq!(
            parse(&["build"]),
            Ok(Cli::Build {
                profile: site::Profile::Release
            })
        );
        assert_eq!(
            parse(&["build", "--debug"]),
            Ok(Cli::Build {
                profile: site::Profile::Debug
            })
        );
        assert_eq!(
            parse(&["test"]),
            Ok(Cli::Test {
                quick: false,
                only: None
            })
        );
        assert_eq!(
            parse(&["test", "--quick"]),
            Ok(Cli::Test {
                quick: true,
                only: None
            })
        );
        assert_eq!(
            parse(&["test", "--only", "fuzz"]),
            Ok(Cli::Test {
                quick: false,
                only: Some("fuzz".into())
            })
        );
        assert_eq!(
            parse(&["fuzz"]),
            Ok(Cli::Fuzz {
                target: None,
                seconds: 300
            })
        );
        assert_eq!(
            parse(&["fuzz", "simulate", "--seconds", "20"]),
            Ok(Cli::Fuzz {
                target: Some("simulate".into()),
                seconds: 20
            })
        );
        assert_eq!(
            parse(&["fuzz", "--seconds=5", "parse_scenario"]),
            Ok(Cli::Fuzz {
                target: Some("parse_scenario".into()),
                seconds: 5
            })
        );
        assert_eq!(parse(&["bench"]), Ok(Cli::Bench));
        assert_eq!(
            parse(&["room", "--port", "9000"]),
            Ok(Cli::Room(room::Options {
                host: "127.0.0.1".into(),
                port: 9000,
                data: None
            }))
        );
        assert_eq!(
            parse(&["test", "--only", "room"]),
            Ok(Cli::Test {
                quick: false,
                only: Some("room".into())
            })
        );
        assert_eq!(
            parse(&["claims", "--robust"]),
            Ok(Cli::Claims { draws: 100 })
        );
        assert_eq!(
            parse(&["claims", "--robust", "--draws", "20"]),
            Ok(Cli::Claims { draws: 20 })
        );
        assert!(parse(&["claims"]).is_err());
        assert!(parse(&["claims", "--draws", "1"]).is_err());
        assert_eq!(parse(&["docs"]), Ok(Cli::Docs { check: false }));
        assert_eq!(parse(&["docs", "--check"]), Ok(Cli::Docs { check: true }));
    }

    #[test]
    fn refuses_unknown_commands_and_bad_options() {
        assert!(parse(&["deploy"]).is_err());
        assert!(parse(&["serve", "--port"]).is_err());
        assert!(parse(&["serve", "--port", "70000"]).is_err());
        assert!(parse(&["serve", "--portal"]).is_err());
        assert!(parse(&["test", "--no-browser"]).is_err());
        assert!(parse(&["test", "--only"]).is_err());
        assert!(parse(&["test", "--only", "lint"]).is_err());
        assert!(parse(&["test", "--quick", "--only", "fuzz"]).is_err());
        assert!(parse(&["fuzz", "render"]).is_err());
        assert!(parse(&["fuzz", "simulate", "simulate"]).is_err());
        assert!(parse(&["fuzz", "--seconds", "0"]).is_err());
        assert!(parse(&["fuzz", "--seconds"]).is_err());
        assert!(parse(&["fuzz", "--secs", "5"]).is_err());
        assert!(parse(&["bench", "--quick"]).is_err());
        assert!(parse(&["room", "--port", "x"]).is_err());
        assert!(parse(&["room", "--quick"]).is_err());
        assert!(parse(&["docs", "--fix"]).is_err());
        assert!(parse(&["docs", "--check", "now"]).is_err());
    }
}
