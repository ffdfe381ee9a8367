//! The built-in scenarios: illustrative sequences and historical cases, each with its sources,
//! the assumptions chosen and why, and for the historical ones what happened next.
//!
//! Each preset is a JSON file under `crates/model/presets/`, compiled into the crate, so that
//! the command line, the page and the tests all read the same data.
//!
//! They are read as strictly as any document: a missing or wrong field is a build defect named
//! by its file and its JSON path, never a silent default.

use serde_json::Value;

use crate::fields::FieldReader;
use crate::json::{DocumentError, parse_json, quote};
use crate::scenario::{Scenario, limits};

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

/// Each preset file: its name under `crates/model/presets/` and its text.
macro_rules! preset_files {
    ($($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../presets/", $file)))),*]
    };
}

const FILES: &[(&str, &str)] = preset_files![
    "all-at-once.json",
    "phased-and-verified.json",
    "humanitarian-first.json",
    "verification-first.json",
    "snapback-with-criteria.json",
    "iran-2013.json",
    "libya-2003.json",
    "myanmar-2012.json",
    "sudan-2016.json",
    "belarus-2015.json",
    "venezuela-2023.json",
];

/// Every built-in scenario, illustrative ones first.
pub fn presets() -> Vec<Preset> {
    FILES
        .iter()
        .map(|(file, text)| {
            // The files are part of the crate and checked by its tests; a broken one is a build
            // defect, named by its file and the path of each field at fault.
            read(file, text).unwrap_or_else(|problems| panic!("{problems}"))
        })
        .collect()
}

/// The built-in scenario with this name, if there is one.
pub fn preset(name: &str) -> Option<Preset> {
    presets().into_iter().find(|p| p.name == name)
}

/// The preset's scenario as `relief-scenario/1` JSON text, exactly as shipped.
pub fn preset_scenario_json(name: &str) -> Option<String> {
    FILES.iter().find_map(|(_, text)| {
        let value = parse_json(text).ok()?;
        (value["name"] == name)
            .then(|| serde_json::to_string_pretty(&value["scenario"]).unwrap_or_default())
    })
}

/// Reads a preset file's text (the JSON document a file under `crates/model/presets/` holds)
/// strictly: every field is checked, unknown ones are refused, and each problem is named by
/// its JSON path (`/milestones/2/month: missing; …`).
pub fn parse_preset(text: &str) -> Result<Preset, DocumentError> {
    let value = parse_json(text)?;
    let mut reader = FieldReader::new();
    let preset = reader.preset(&value);
    reader.finish_document(preset)
}

/// Reads the preset file `file`; its problems, one a line, each name the file.
fn read(file: &str, text: &str) -> Result<Preset, String> {
    parse_preset(text).map_err(|e| {
        e.errors
            .iter()
            .map(|problem| format!("crates/model/presets/{file}: {problem}"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

const PRESET_FIELDS: &[&str] = &[
    "name",
    "kind",
    "assumptions_why",
    "outcome",
    "milestones",
    "scenario",
];
const MILESTONE_FIELDS: &[&str] = &["month", "date", "event", "ends_process"];
/// Longest preset name, in characters.
const MAX_NAME_CHARS: usize = 60;

/// The presets' own readers, private to this module.
impl FieldReader {
    fn preset(&mut self, value: &Value) -> Option<Preset> {
        let root = self.object("", value, PRESET_FIELDS)?;
        let name = self
            .required("", root, "name", "every preset needs a name")
            .and_then(|v| self.preset_name(v));
        let kind = self
            .required(
                "",
                root,
                "kind",
                "every preset is \"illustrative\" or \"historical\"",
            )
            .and_then(|v| match v.as_str() {
                Some("illustrative") => Some(PresetKind::Illustrative),
                Some("historical") => Some(PresetKind::Historical),
                _ => {
                    self.error(
                        "/kind",
                        "expected \"illustrative\" or \"historical\"".to_string(),
                    );
                    None
                }
            });
        let assumptions_why = self
            .required(
                "",
                root,
                "assumptions_why",
                "every preset says why its assumptions are what they are",
            )
            .and_then(|v| {
                self.line(
                    "/assumptions_why",
                    v,
                    limits::MAX_DESCRIPTION_CHARS,
                    "the reason for the assumptions",
                )
            });
        let outcome = match root.get("outcome") {
            None => Some(None),
            Some(v) => self
                .line("/outcome", v, limits::MAX_DESCRIPTION_CHARS, "the outcome")
                .map(Some),
        };
        let milestones = match root.get("milestones") {
            None => Some(Vec::new()),
            Some(v) => self.milestones(v),
        };
        let scenario = self
            .required("", root, "scenario", "every preset needs its scenario")
            .and_then(|v| self.scenario("/scenario", v));
        Some(Preset {
            name: name?,
            kind: kind?,
            assumptions_why: assumptions_why?,
            outcome: outcome?,
            milestones: milestones?,
            scenario: scenario?,
        })
    }

    /// A preset's name, as URLs and the command line use it: lowercase, digits and hyphens.
    fn preset_name(&mut self, value: &Value) -> Option<String> {
        let name = self.line("/name", value, MAX_NAME_CHARS, "the preset's name")?;
        if !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.error(
                "/name",
                "a preset's name holds only lowercase letters, digits and hyphens",
            );
            return None;
        }
        Some(name)
    }

    fn milestones(&mut self, value: &Value) -> Option<Vec<Milestone>> {
        let max = limits::MAX_STEPS + limits::MAX_SHOCKS;
        self.items(
            "/milestones",
            value,
            max,
            "milestones",
            |reader, at, item| reader.milestone(at, item),
        )
    }

    fn milestone(&mut self, path: &str, value: &Value) -> Option<Milestone> {
        let map = self.object(path, value, MILESTONE_FIELDS)?;
        let month = self
            .required(path, map, "month", "every milestone needs its month")
            .and_then(|v| {
                self.integer(
                    &format!("{path}/month"),
                    v,
                    0..=u64::from(limits::MAX_HORIZON),
                    "a whole number of months",
                )
            });
        let date = self
            .required(
                path,
                map,
                "date",
                "every milestone needs its date, as YYYY-MM",
            )
            .and_then(|v| self.date(&format!("{path}/date"), v));
        let event = self
            .required(path, map, "event", "every milestone says what happened")
            .and_then(|v| {
                self.line(
                    &format!("{path}/event"),
                    v,
                    limits::MAX_TITLE_CHARS,
                    "the event",
                )
            });
        let ends_process = match map.get("ends_process") {
            None => Some(false),
            Some(v) => self.boolean(&format!("{path}/ends_process"), v),
        };
        Some(Milestone {
            month: month? as u32,
            date: date?,
            event: event?,
            ends_process: ends_process?,
        })
    }

    /// A year and month, as `YYYY-MM`.
    fn date(&mut self, path: &str, value: &Value) -> Option<String> {
        let date = self.string(path, value, 40)?;
        let well_formed = date.len() == 7
            && date.as_bytes()[4] == b'-'
            && date
                .bytes()
                .enumerate()
                .all(|(i, b)| i == 4 || b.is_ascii_digit())
            && date[5..]
                .parse::<u32>()
                .is_ok_and(|m| (1..=12).contains(&m));
        if !well_formed {
            self.error(
                path,
                format!(
                    "expected a year and month as YYYY-MM, such as \"2015-07\", got {}",
                    quote(&date)
                ),
            );
            return None;
        }
        Some(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_preset_reads_and_is_named_as_its_file() {
        for (file, text) in FILES {
            let preset = read(file, text).unwrap_or_else(|problems| panic!("{problems}"));
            assert_eq!(format!("{}.json", preset.name), *file);
        }
    }

    #[test]
    fn a_broken_preset_is_named_by_its_file_and_each_field() {
        let text = r#"{"name": "x", "kind": "historical", "assumptions_why": "Because.",
            "milestones": [{"date": "2015-7", "event": "Talks"}],
            "scenario": {"format": "relief-scenario/1", "steps": [{"kind": "nope", "month": 1}]}}"#;
        let problems = read("broken.json", text).unwrap_err();
        let lines: Vec<&str> = problems.lines().collect();
        assert_eq!(lines.len(), 3, "{problems}");
        assert_eq!(
            lines[0],
            "crates/model/presets/broken.json: /milestones/0/month: missing; every milestone needs its month"
        );
        assert_eq!(
            lines[1],
            "crates/model/presets/broken.json: /milestones/0/date: expected a year and month as YYYY-MM, such as \"2015-07\", got \"2015-7\""
        );
        assert!(
            lines[2].starts_with(
                "crates/model/presets/broken.json: /scenario/steps/0/kind: \"nope\" is not a step kind"
            ),
            "{problems}"
        );
    }
}
