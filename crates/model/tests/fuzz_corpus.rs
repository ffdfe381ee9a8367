//! The kept fuzz corpus of the scenario reader, replayed without fuzzing.
//!
//! `tests/data/fuzz-corpus/parse_scenario/` holds the seeds (the default scenario, the presets,
//! every bad input of `bad-scenarios.json`) and the inputs `cargo xtask fuzz` found that reach
//! code nothing else reaches. Each must meet the `parse_scenario` fuzz target's checks: no
//! panic; an accepted document survives a write and a read, as JSON and as a link; a refused
//! one names each problem with a message and a JSON pointer.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use relief_model::{
    Assumption, ShockKind, StepKind, parse_scenario, scenario_from_link, scenario_to_json,
    scenario_to_link,
};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = repository().join("tests/data/fuzz-corpus/parse_scenario");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                bytes,
            )
        })
        .collect();
    files.sort();
    files
}

/// The fuzz target's checks on one input; `Err` says what went wrong.
fn check(bytes: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    match parse_scenario(text) {
        Ok(scenario) => {
            let json = scenario_to_json(&scenario);
            if parse_scenario(&json).as_ref() != Ok(&scenario) {
                return Err(format!(
                    "does not survive a write and a read; written as:\n{json}"
                ));
            }
            let link = scenario_to_link(&scenario);
            if scenario_from_link(&link).as_ref() != Ok(&scenario) {
                return Err(format!("does not survive a link: {link}"));
            }
        }
        Err(error) => {
            if error.errors.is_empty() {
                return Err("refused with no problem named".into());
            }
            for e in &error.errors {
                if e.message.is_empty() {
                    return Err(format!("an empty message at {:?}", e.path));
                }
                if !(e.path.is_empty() || e.path.starts_with('/')) {
                    return Err(format!("a path that is not a JSON pointer: {:?}", e.path));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn every_kept_fuzz_input_meets_the_readers_promises() {
    let files = corpus();
    // The seeds alone are over 60 files: fewer means the folder went missing or was emptied.
    assert!(
        files.len() >= 60,
        "only {} files in the kept corpus",
        files.len()
    );
    let mut accepted = 0;
    let mut failures = Vec::new();
    for (name, bytes) in &files {
        match catch_unwind(AssertUnwindSafe(|| check(bytes))) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failures.push(format!("{name}: {why}")),
            Err(_) => failures.push(format!("{name}: parse_scenario panicked (message above)")),
        }
        if std::str::from_utf8(bytes).is_ok_and(|text| parse_scenario(text).is_ok()) {
            accepted += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "tests/data/fuzz-corpus/parse_scenario/:\n{}",
        failures.join("\n")
    );
    // The default scenario and the presets at least are valid.
    assert!(
        accepted >= 12,
        "only {accepted} valid documents in the kept corpus"
    );
}

#[test]
fn the_fuzz_dictionary_knows_every_kind_and_assumption() {
    let path = repository().join("fuzz/parse_scenario.dict");
    let dict = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let keys = StepKind::ALL
        .iter()
        .map(|k| k.key())
        .chain(ShockKind::ALL.iter().map(|k| k.key()))
        .chain(Assumption::ALL.iter().map(|a| a.key()));
    for key in keys {
        assert!(
            dict.contains(&format!("\"\\\"{key}\\\"\"")),
            "{key} is missing from fuzz/parse_scenario.dict"
        );
    }
}
