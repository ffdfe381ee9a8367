//! The default scenario is written once, in `tests/data/default-scenario.json`; every other
//! place that must hold the same scenario is checked against it here, so that the page, the
//! tests that stand for the page, the fuzzer's seed and the format's documentation cannot drift
//! apart. Formatting may differ (the page's copy is compact, since it is downloaded); the
//! content may not.

use std::path::{Path, PathBuf};

use relief_model::parse_scenario;
use serde_json::Value;

use crate::common::data;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(relative: &str) -> String {
    let path = repository().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The first JSON block after `heading` in a Markdown document.
fn json_block_after(markdown: &str, heading: &str) -> String {
    let section = markdown
        .split_once(heading)
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        .1;
    let block = section
        .split_once("```json\n")
        .unwrap_or_else(|| panic!("no JSON block after {heading:?}"))
        .1;
    block
        .split_once("```")
        .unwrap_or_else(|| panic!("the JSON block after {heading:?} is not closed"))
        .0
        .to_string()
}

#[test]
fn every_copy_of_the_default_scenario_holds_the_same_scenario() {
    let source = data("default-scenario.json");
    let expected: Value = serde_json::from_str(&source).expect("the default scenario is JSON");
    parse_scenario(&source).expect("the default scenario is a valid scenario");

    let copies = [
        (
            "www/scenarios/default.json, the scenario the explorer and the workshop open with",
            read("www/scenarios/default.json"),
        ),
        (
            "tests/data/fuzz-corpus/parse_scenario/default-scenario.json, the fuzzer's seed",
            read("tests/data/fuzz-corpus/parse_scenario/default-scenario.json"),
        ),
        (
            "the first example of docs/scenario-format.md",
            json_block_after(
                &read("docs/scenario-format.md"),
                "## Scenario (`relief-scenario/1`)",
            ),
        ),
    ];
    for (place, text) in copies {
        let copy: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{place} is not JSON: {e}"));
        assert!(
            copy == expected,
            "{place} differs from tests/data/default-scenario.json; change them together"
        );
    }
}
