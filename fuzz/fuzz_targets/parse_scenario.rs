//! Any bytes at all, read as a scenario document.
//!
//! `parse_scenario` must never panic. A document it accepts must survive a write and a read
//! (as JSON and as a scenario link) unchanged; a document it refuses must say why, naming each
//! field by a JSON pointer.
//!
//! The same checks run without fuzzing, over the kept corpus in
//! `tests/data/fuzz-corpus/parse_scenario/`, in the model's test `fuzz_corpus`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use relief_model::{parse_scenario, scenario_from_link, scenario_to_json, scenario_to_link};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_scenario(text) {
        Ok(scenario) => {
            let json = scenario_to_json(&scenario);
            assert_eq!(
                parse_scenario(&json),
                Ok(scenario.clone()),
                "written as:\n{json}"
            );
            let link = scenario_to_link(&scenario);
            assert_eq!(
                scenario_from_link(&link),
                Ok(scenario),
                "written as the link {link}"
            );
        }
        Err(error) => {
            assert!(!error.errors.is_empty(), "an error with no problem in it");
            for e in &error.errors {
                assert!(!e.message.is_empty(), "an empty message at {:?}", e.path);
                assert!(
                    e.path.is_empty() || e.path.starts_with('/'),
                    "a path that is not a JSON pointer: {:?}",
                    e.path
                );
            }
        }
    }
});
