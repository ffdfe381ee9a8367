//! The `relief` command end to end: real processes, real files, the shared test data.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn relief(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("relief starts");
    if let Some(text) = stdin {
        // A command that fails on its arguments may exit before reading: a closed pipe is fine.
        let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn simulate_writes_the_projection_as_json_and_csv() {
    let file = data("default-scenario.json");
    let out = relief(
        &[
            "simulate",
            file.to_str().unwrap(),
            "--runs",
            "200",
            "--seed",
            "3",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "relief-projection/1");
    assert_eq!(v["months"].as_array().unwrap().len(), 49);
    // The same scenario and seed through the library give the same document.
    let mut scenario =
        relief_model::parse_scenario(&std::fs::read_to_string(&file).unwrap()).unwrap();
    scenario.runs = 200;
    scenario.seed = 3;
    assert_eq!(
        text(&out.stdout).trim_end(),
        relief_model::projection_to_json(&relief_model::simulate(&scenario))
    );

    let csv = relief(
        &[
            "simulate",
            file.to_str().unwrap(),
            "--format",
            "csv",
            "--runs",
            "50",
        ],
        None,
    );
    assert_eq!(csv.status.code(), Some(0));
    let csv = text(&csv.stdout);
    assert!(csv.starts_with("month,trust_p10"));
    assert_eq!(csv.lines().count(), 50);
}

/// `--parameter-uncertainty` adds the runs under drawn calibrations, deterministic by seed, and
/// leaves luck alone as it was: the same as asking for it in the scenario.
#[test]
fn simulate_adds_the_models_uncertainty_when_asked() {
    let file = data("default-scenario.json");
    let run = |extra: &[&str]| {
        let mut args = vec!["simulate", file.to_str().unwrap(), "--runs", "120"];
        args.extend_from_slice(extra);
        let out = relief(&args, None);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let plain = run(&[]);
    let asked = run(&["--parameter-uncertainty"]);
    assert!(plain.get("with_parameter_uncertainty").is_none());
    let wide = &asked["with_parameter_uncertainty"];
    assert_eq!(
        wide["series"]["backsliding_risk_high"]
            .as_array()
            .unwrap()
            .len(),
        49
    );
    assert_eq!(asked["series"], plain["series"]);
    assert_eq!(run(&["--parameter-uncertainty"]), asked);
    assert_ne!(
        run(&["--parameter-uncertainty", "--seed", "9"])["with_parameter_uncertainty"],
        *wide
    );
    let mut scenario =
        relief_model::parse_scenario(&std::fs::read_to_string(&file).unwrap()).unwrap();
    scenario.runs = 120;
    scenario.parameter_uncertainty = true;
    let library: serde_json::Value = serde_json::from_str(&relief_model::projection_to_json(
        &relief_model::simulate(&scenario),
    ))
    .unwrap();
    assert_eq!(library, asked);
}

#[test]
fn simulate_reads_standard_input() {
    let scenario = std::fs::read_to_string(data("default-scenario.json")).unwrap();
    for args in [vec!["simulate"], vec!["simulate", "-"]] {
        let out = relief(&args, Some(&scenario));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("\"relief-projection/1\""));
    }
}

#[test]
fn every_bad_document_exits_2_naming_the_field() {
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("bad-scenarios.json")).unwrap())
            .unwrap();
    // The text cases (a key given twice, a number too large) are files like any other.
    let text_cases = cases["text_cases"].as_array().unwrap();
    for case in cases["cases"].as_array().unwrap().iter().chain(text_cases) {
        let name = case["name"].as_str().unwrap();
        for command in ["validate", "simulate"] {
            let file = scratch(&format!(
                "{}.json",
                name.replace(' ', "-").replace(['/', '^', '\''], "_")
            ));
            std::fs::write(&file, case["input"].as_str().unwrap()).unwrap();
            let out = relief(&[command, file.to_str().unwrap()], None);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command} {name}: {stderr}");
            let path = case["path"].as_str().unwrap();
            let phrase = case["message"].as_str().unwrap();
            assert!(
                stderr.contains(&format!("{path}: ")) || path.is_empty(),
                "{command} {name}: {stderr}"
            );
            assert!(stderr.contains(phrase), "{command} {name}: {stderr}");
            assert!(
                !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
                "{stderr}"
            );
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn validate_says_a_good_file_is_valid() {
    let out = relief(
        &["validate", data("default-scenario.json").to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("valid: 5 steps, 1 shock, 48 months, 1000 runs"));
}

#[test]
fn failures_that_are_not_the_input_exit_1() {
    let out = relief(&["simulate", "/no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot read /no/such/file.json"));
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [
        vec!["frobnicate"],
        vec![],
        vec!["simulate", "--runs", "0"],
        vec!["simulate", "--runs", "many"],
        vec!["simulate", "--seed", "9007199254740992"],
        vec!["simulate", "--format", "xml"],
        vec!["plot", "x.json"],
        vec!["simulate", "--bogus"],
    ] {
        let out = relief(&args, Some("{}"));
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains("Usage:") || text(&out.stderr).contains("format"),
            "{args:?}"
        );
    }
}

#[test]
fn a_flag_that_does_not_apply_to_the_command_exits_2_saying_which_command_takes_it() {
    let file = data("default-scenario.json");
    let file = file.to_str().unwrap();
    let sheet = scratch("not-drawn.svg");
    let _ = std::fs::remove_file(&sheet);
    let sheet = sheet.to_str().unwrap();
    for (args, message) in [
        (
            vec!["validate", file, "--runs", "5"],
            "--runs does not apply to validate; it is an option of simulate",
        ),
        (
            vec!["validate", file, "--runs=5"],
            "--runs does not apply to validate; it is an option of simulate",
        ),
        (
            vec!["link", file, "--format", "csv"],
            "--format does not apply to link; it is an option of simulate and sensitivity",
        ),
        (
            vec!["simulate", file, "--theme", "dark"],
            "--theme does not apply to simulate; it is an option of plot",
        ),
        (
            vec!["explain", file, "-o", "x.svg"],
            "-o does not apply to explain; it is an option of plot and optimize",
        ),
        (
            vec!["presets", "--base", "https://example.org/"],
            "--base does not apply to presets; it is an option of link",
        ),
        (
            vec!["plot", file, "--out", sheet, "--seed", "3"],
            "--seed does not apply to plot; it is an option of simulate",
        ),
    ] {
        let out = relief(&args, None);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with(&format!("relief: {message}\n")),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("Usage:"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert!(
        !std::path::Path::new(sheet).exists(),
        "a refused command draws nothing"
    );
}

#[test]
fn a_flag_no_command_takes_exits_2_naming_it() {
    let out = relief(&["validate", "x.json", "--colour", "red"], None);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("'--colour'") && stderr.contains("Usage:"),
        "{stderr}"
    );
}

#[test]
fn help_and_version_answer_on_standard_output() {
    for args in [vec!["--help"], vec!["-h"], vec!["simulate", "--help"]] {
        let out = relief(&args, None);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            text(&out.stdout).contains("\nUsage:\n  relief simulate"),
            "{args:?}"
        );
        assert!(out.stderr.is_empty(), "{args:?}");
    }
    let out = relief(&["--version"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!("relief {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn plot_writes_svg_and_png_sheets() {
    let file = data("default-scenario.json");
    let svg = scratch("sheet.svg");
    let out = relief(
        &[
            "plot",
            file.to_str().unwrap(),
            "--out",
            svg.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        svg_text.starts_with("<svg")
            && svg_text.contains("Phased relief under independent monitoring")
    );
    let png = scratch("sheet.png");
    let out = relief(
        &[
            "plot",
            file.to_str().unwrap(),
            "--out",
            png.to_str().unwrap(),
            "--width",
            "800",
            "--height",
            "450",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // The IHDR chunk holds the width and height.
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 800);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 450);
    let out = relief(
        &[
            "plot",
            file.to_str().unwrap(),
            "--out",
            scratch("sheet.gif").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn presets_are_listed_and_printed() {
    let out = relief(&["presets"], None);
    assert_eq!(out.status.code(), Some(0));
    let list = text(&out.stdout);
    let names: Vec<&str> = list
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(
        names.contains(&"iran-2013") && names.contains(&"all-at-once"),
        "{list}"
    );
    for line in list.lines() {
        let (name, title) = line.split_once('\t').unwrap();
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        );
        assert!(!title.is_empty());
    }
    let out = relief(&["presets", "iran-2013"], None);
    assert_eq!(out.status.code(), Some(0));
    let scenario = relief_model::parse_scenario(&text(&out.stdout)).unwrap();
    assert!(!scenario.sources.is_empty() && !scenario.description.is_empty());
    let out = relief(&["presets", "atlantis-1990"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no preset named \"atlantis-1990\""));
}

#[test]
fn explain_ranks_what_moved_a_series() {
    let file = data("default-scenario.json");
    let out = relief(
        &[
            "explain",
            file.to_str().unwrap(),
            "--series",
            "economy",
            "--month",
            "24",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.starts_with("economy at month 24:"), "{shown}");
    assert!(
        shown.contains("Sectoral easing at month 6 raised economic recovery by"),
        "{shown}"
    );
    let out = relief(
        &["explain", file.to_str().unwrap(), "--series", "happiness"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let out = relief(&["explain", file.to_str().unwrap(), "--month", "99"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn link_puts_the_scenario_in_a_url_fragment() {
    let file = data("default-scenario.json");
    let out = relief(
        &[
            "link",
            file.to_str().unwrap(),
            "--base",
            "https://example.org/relief/",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let url = text(&out.stdout);
    let fragment = url
        .trim()
        .strip_prefix("https://example.org/relief/#")
        .expect(&url);
    let back = relief_model::scenario_from_link(fragment).unwrap();
    let original = relief_model::parse_scenario(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(back, original);
}

/// A scenario with a coalition of senders, expiring relief and one sender walking out.
const COALITION: &str = r#"{
  "format": "relief-scenario/1",
  "title": "A coalition",
  "horizon_months": 36,
  "runs": 120,
  "senders": ["US", "EU"],
  "steps": [
    { "kind": "independent_monitoring", "month": 0 },
    { "kind": "sectoral_easing", "month": 2, "sender": "EU", "expires_after": 12 },
    { "kind": "financial_channels", "month": 6, "sender": "US" }
  ],
  "shocks": [{ "kind": "sender_withdrawal", "month": 20, "sender": "US" }]
}"#;

#[test]
fn validate_names_a_scenarios_senders() {
    let file = scratch("coalition.json");
    std::fs::write(&file, COALITION).unwrap();
    let out = relief(&["validate", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .ends_with("valid: 3 steps, 1 shock, 36 months, 120 runs, senders US, EU\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_sender_that_is_not_one_of_the_senders_exits_2_naming_the_step() {
    let bad = COALITION.replace(r#""sender": "EU""#, r#""sender": "UK""#);
    let file = scratch("coalition-unknown-sender.json");
    std::fs::write(&file, &bad).unwrap();
    for command in ["validate", "simulate", "explain", "link"] {
        let out = relief(&[command, file.to_str().unwrap()], None);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "{}: /steps/1/sender: \"UK\" is not one of the senders; expected one of: \"US\", \"EU\"",
                file.display()
            )),
            "{command}: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn simulate_carries_trust_by_type_relief_in_force_and_outcomes() {
    let scenario = relief_model::parse_scenario(COALITION).unwrap();
    let projection = relief_model::simulate(&scenario);

    let out = relief(&["simulate", "-", "--format", "csv"], Some(COALITION));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert_eq!(csv, relief_model::projection_to_csv(&projection));
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    for column in [
        "outcomes_sustained",
        "outcomes_exploited",
        "outcomes_caught",
        "outcomes_collapsed",
    ] {
        assert!(header.contains(&column), "no {column} in {header:?}");
    }
    let optional = [
        ("trust_if_sincere", projection.trust_if_sincere.is_some()),
        (
            "trust_if_insincere",
            projection.trust_if_insincere.is_some(),
        ),
        ("relief_in_force", projection.relief_in_force.is_some()),
    ];
    for (series, present) in optional {
        for stat in ["p10", "p25", "p50", "p75", "p90", "mean"] {
            let column = format!("{series}_{stat}");
            assert_eq!(header.contains(&column.as_str()), present, "{column}");
        }
    }
    assert!(
        csv.lines()
            .all(|line| line.split(',').count() == header.len())
    );

    let out = relief(&["simulate", "-"], Some(COALITION));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for outcome in ["sustained", "exploited", "caught", "collapsed"] {
        assert_eq!(
            v["series"]["outcomes"][outcome].as_array().unwrap().len(),
            37,
            "{outcome}"
        );
    }
    let back = relief_model::parse_projection(text(&out.stdout).trim_end()).unwrap();
    assert_eq!(back.outcomes.is_some(), projection.outcomes.is_some());
    assert_eq!(
        back.relief_in_force.is_some(),
        projection.relief_in_force.is_some()
    );
}

#[test]
fn a_link_carries_a_coalition() {
    let file = scratch("coalition-link.json");
    std::fs::write(&file, COALITION).unwrap();
    let out = relief(&["link", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let url = text(&out.stdout);
    let fragment = url.trim().split_once('#').unwrap().1;
    let back = relief_model::scenario_from_link(fragment).unwrap();
    assert_eq!(back, relief_model::parse_scenario(COALITION).unwrap());
    assert_eq!(back.senders, ["US", "EU"]);
    assert_eq!(back.steps[1].expires_after, Some(12));
}

#[test]
fn sensitivity_ranks_what_matters_most_in_text_json_and_csv() {
    let file = data("default-scenario.json");
    let file = file.to_str().unwrap();
    let out = relief(&["sensitivity", file], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(
        printed.starts_with("What matters most for the risk of breakdown by month 48"),
        "{printed}"
    );

    let out = relief(
        &[
            "sensitivity",
            file,
            "--outcome",
            "trust",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["outcome"], "trust");
    let swings = v["swings"].as_array().unwrap();
    // Nine assumptions, and each of the five steps' month and size.
    assert_eq!(swings.len(), 9 + 2 * 5);
    let reach = |s: &serde_json::Value| {
        (s["at_high"].as_f64().unwrap() - s["at_low"].as_f64().unwrap()).abs()
    };
    let real: Vec<&serde_json::Value> = swings
        .iter()
        .filter(|s| s["within_noise"] == false)
        .collect();
    for pair in real.windows(2) {
        assert!(
            reach(pair[0]) >= reach(pair[1]),
            "ranked longest first: {pair:?}"
        );
    }

    let out = relief(&["sensitivity", file, "--format", "csv"], None);
    let csv = text(&out.stdout);
    assert!(csv.starts_with(
        "factor,key,label,value,low,high,at_low,at_high,effect,standard_error,within_noise\n"
    ));
    assert_eq!(csv.lines().count(), 1 + 9 + 2 * 5);
}

#[test]
fn sensitivity_draws_the_tornado_as_svg_and_png_and_still_prints_its_table() {
    let file = data("default-scenario.json");
    let file = file.to_str().unwrap();
    let svg_path = scratch("tornado.svg");
    let out = relief(
        &[
            "sensitivity",
            file,
            "--outcome",
            "breakdown:36",
            "--format",
            "json",
            "--plot",
            svg_path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(
        svg.contains("What matters most for the risk of breakdown by month 36"),
        "{svg}"
    );
    // The figure names the factor the table ranks first, and the scenario as written.
    let first = v["swings"][0]["label"].as_str().unwrap();
    let escaped = first.replace('\'', "&apos;");
    assert!(svg.contains(&escaped), "{first} in {svg}");
    assert!(svg.contains("As written:"), "{svg}");

    let png_path = scratch("tornado.png");
    let out = relief(
        &["sensitivity", file, "--plot", png_path.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("What matters most"));
    let png = std::fs::read(&png_path).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");

    let out = relief(&["sensitivity", file, "--plot", "tornado.pdf"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--plot tornado.pdf must end in .svg or .png"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn optimize_writes_a_suggestion_only_when_it_beats_the_noise() {
    let file = data("default-scenario.json");
    let file = file.to_str().unwrap();
    // Breakdown alone rewards holding relief back: a clear improvement, written out.
    let better = scratch("better.json");
    let _ = std::fs::remove_file(&better);
    let out = relief(
        &[
            "optimize",
            file,
            "--objective",
            "breakdown",
            "--lock",
            "0,1,2",
            "--out",
            better.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("Suggested changes:"), "{printed}");
    let suggested =
        relief_model::parse_scenario(&std::fs::read_to_string(&better).unwrap()).unwrap();
    let written = relief_model::parse_scenario(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(
        suggested.steps[..3],
        written.steps[..3],
        "locked steps stay"
    );
    assert_ne!(suggested.steps, written.steps);

    // The default scenario is already a phased sequence: the score finds nothing clear, and
    // nothing is written.
    let nothing = scratch("nothing.json");
    let _ = std::fs::remove_file(&nothing);
    let out = relief(
        &["optimize", file, "--out", nothing.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("No clear improvement"),
        "{}",
        text(&out.stdout)
    );
    assert!(!nothing.exists());
}

#[test]
fn bad_analysis_options_exit_2_naming_the_option() {
    let file = data("default-scenario.json");
    let file = file.to_str().unwrap();
    for (args, words) in [
        (
            vec!["optimize", file, "--objective", "happiness"],
            "--objective \"happiness\" is not known",
        ),
        (
            vec!["optimize", file, "--objective", "score:20"],
            "recovery weight from 0 to 10",
        ),
        (
            vec!["optimize", file, "--min-gap", "-3"],
            "--min-gap \"-3\" must be a whole number",
        ),
        (
            vec!["optimize", file, "--lock", "9"],
            "locked step 9 does not exist",
        ),
        (
            vec!["optimize", file, "--lock", "one"],
            "--lock \"one\" must list step numbers",
        ),
        (
            vec!["optimize", file, "--not-before", "60"],
            "--not-before 60 needs a month from 0",
        ),
        (
            vec!["sensitivity", file, "--outcome", "breakdown:99"],
            "needs a month from 0 to the scenario's horizon, 48",
        ),
        (
            vec!["sensitivity", file, "--format", "xml"],
            "--format \"xml\" is not known",
        ),
        (
            vec!["sensitivity", file, "--lock", "1"],
            "--lock does not apply to sensitivity; it is an option of optimize",
        ),
    ] {
        let out = relief(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(words),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// `relief simulate` shares the runs out over every core, and writes the same bytes on one
/// thread as on several.
#[test]
fn simulate_writes_the_same_projection_on_one_core_as_on_several() {
    let scenario = data("default-scenario.json");
    let file = scenario.to_str().unwrap();
    let on = |threads: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_relief"))
            .args(["simulate", file, "--runs", "3001", "--format", "csv"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("relief runs");
        assert!(out.status.success(), "{}", text(&out.stderr));
        out.stdout
    };
    let one = on("1");
    assert!(!one.is_empty());
    for threads in ["2", "3", "7"] {
        assert_eq!(on(threads), one, "on {threads} threads");
    }
}

#[test]
fn validate_says_a_good_story_is_valid() {
    let out = relief(
        &["validate", data("story-iran.json").to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with(
            "story-iran.json: valid story: 4 frames over a scenario of 5 steps, 1 shock, 48 months, 400 runs, senders US, EU\n"
        ),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn validate_names_every_problem_of_a_bad_story_and_exits_2() {
    let story = std::fs::read_to_string(data("story-iran.json")).unwrap();
    let bad = story
        .replace(r#""steps": [0, 1, 2]"#, r#""steps": [0, 7]"#)
        .replace(
            r#""month": 6, "size": 0.3, "sender": "EU""#,
            r#""month": 60, "size": 0.3, "sender": "EU""#,
        );
    assert_ne!(bad, story);
    let file = scratch("bad-story.json");
    std::fs::write(&file, &bad).unwrap();
    let out = relief(&["validate", file.to_str().unwrap()], None);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let name = file.display();
    assert_eq!(
        stderr,
        format!(
            "{name}: /frames/1/steps/1: 7 is not one of the scenario's steps; it has 5, numbered 0 to 4\n{name}: /frames/2/add/0/month: 60 is past horizon_months 48\n"
        )
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn every_bad_story_exits_2_naming_the_field() {
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("bad-stories.json")).unwrap()).unwrap();
    let text_cases = cases["text_cases"].as_array().unwrap();
    for case in cases["cases"].as_array().unwrap().iter().chain(text_cases) {
        let name = case["name"].as_str().unwrap();
        let input = case["input"].as_str().unwrap();
        let file = scratch(&format!(
            "story-{}.json",
            name.replace([' ', '/', '\''], "-")
        ));
        std::fs::write(&file, input).unwrap();
        let out = relief(&["validate", file.to_str().unwrap()], None);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        // A document that says it is a scenario is read as one, with a scenario's messages.
        let says_scenario = serde_json::from_str::<serde_json::Value>(input)
            .is_ok_and(|v| v["format"] == "relief-scenario/1");
        if !says_scenario {
            let path = case["path"].as_str().unwrap();
            let phrase = case["message"].as_str().unwrap();
            assert!(
                stderr.contains(&format!("{path}: ")) || path.is_empty(),
                "{name}: {stderr}"
            );
            assert!(stderr.contains(phrase), "{name}: {stderr}");
        }
    }
}
