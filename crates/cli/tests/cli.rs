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
    for case in cases["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        for command in ["validate", "simulate"] {
            let file = scratch(&format!(
                "{}.json",
                name.replace(' ', "-").replace(['/', '^'], "_")
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
    assert!(text(&out.stdout).contains("valid: 5 steps, 1 shocks, 48 months, 1000 runs"));
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
