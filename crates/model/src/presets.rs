//! The built-in scenarios: illustrative sequences and historical cases, each with its sources,
//! the assumptions chosen and why, and for the historical ones what happened next.
//!
//! Each preset is a JSON file under `crates/model/presets/`, compiled into the crate, so that
//! the command line, the page and the tests all read the same data.

use serde_json::Value;

use crate::scenario::Scenario;
use crate::wire::scenario_from_value;

/// Whether a preset illustrates an idea or follows a historical case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresetKind {
    /// A made-up sequence that shows one idea.
    Illustrative,
    /// A month-by-month sequence from a historical case, from public sources.
    Historical,
}

/// A dated milestone of a historical preset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// Months after the case's month 0.
    pub month: u32,
    /// The year and month, as `YYYY-MM`.
    pub date: String,
    /// What happened.
    pub event: String,
    /// The event that ended the relief process: the month after which the case's breakdown
    /// hazard should be higher than before. Each historical preset marks exactly one.
    pub ends_process: bool,
}

/// A built-in scenario and what a reader should know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Its name in URLs and on the command line: lowercase, digits and hyphens.
    pub name: String,
    /// Illustrative or historical.
    pub kind: PresetKind,
    /// Why the assumptions were chosen as they are.
    pub assumptions_why: String,
    /// What actually happened next (historical presets).
    pub outcome: Option<String>,
    /// The case's dated milestones (historical presets).
    pub milestones: Vec<Milestone>,
    /// The scenario itself, with its title, description and sources.
    pub scenario: Scenario,
}

const FILES: &[&str] = &[
    include_str!("../presets/all-at-once.json"),
    include_str!("../presets/phased-and-verified.json"),
    include_str!("../presets/humanitarian-first.json"),
    include_str!("../presets/verification-first.json"),
    include_str!("../presets/snapback-with-criteria.json"),
    include_str!("../presets/iran-2013.json"),
    include_str!("../presets/libya-2003.json"),
    include_str!("../presets/myanmar-2012.json"),
    include_str!("../presets/sudan-2016.json"),
    include_str!("../presets/belarus-2015.json"),
    include_str!("../presets/venezuela-2023.json"),
];

/// Every built-in scenario, illustrative ones first.
pub fn presets() -> Vec<Preset> {
    FILES.iter().map(|text| read(text)).collect()
}

/// The built-in scenario with this name, if there is one.
pub fn preset(name: &str) -> Option<Preset> {
    presets().into_iter().find(|p| p.name == name)
}

/// The preset's scenario as `relief-scenario/1` JSON text, exactly as shipped.
pub fn preset_scenario_json(name: &str) -> Option<String> {
    FILES.iter().find_map(|text| {
        let value: Value = serde_json::from_str(text).ok()?;
        (value["name"] == name)
            .then(|| serde_json::to_string_pretty(&value["scenario"]).unwrap_or_default())
    })
}

fn read(text: &str) -> Preset {
    // The files are part of the crate and checked by its tests; a broken one is a build defect.
    let value: Value = serde_json::from_str(text).expect("a preset file is valid JSON");
    let string = |key: &str| value[key].as_str().map(str::to_string);
    Preset {
        name: string("name").expect("a preset has a name"),
        kind: if value["kind"] == "historical" {
            PresetKind::Historical
        } else {
            PresetKind::Illustrative
        },
        assumptions_why: string("assumptions_why").unwrap_or_default(),
        outcome: string("outcome"),
        milestones: value["milestones"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|m| Milestone {
                        month: m["month"].as_u64().unwrap_or(0) as u32,
                        date: m["date"].as_str().unwrap_or_default().to_string(),
                        event: m["event"].as_str().unwrap_or_default().to_string(),
                        ends_process: m["ends_process"].as_bool().unwrap_or(false),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        scenario: scenario_from_value(&value["scenario"]).expect("a preset's scenario is valid"),
    }
}
