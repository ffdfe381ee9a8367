//! Stories: `relief-story/1`, a scenario told in frames, as a policy article steps through it.
//!
//! A story is a title, a base scenario and up to twenty frames. Each frame has a caption, shows
//! some of the scenario's steps (all of them when it does not say), may add steps of its own
//! ("what if easing came early?"), may point at one series at one month, and may pin the
//! previous frame's charts beside its own. The scenario's shocks are in every frame.
//!
//! A story is read like every other format: its text with the one strict JSON reader, its tree
//! with [`FieldReader`], so every problem is named by its JSON path and all are reported at
//! once. The scenario inside is read by the scenario's own reader, its problems named under
//! `/scenario`, and a frame's added steps by the scenario's step reader, so their messages are
//! a scenario file's words. A story travels in a link of its own kind ([`STORY_LINK`]).

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::explain::Target;
use crate::fields::{FieldReader, kind_of};
use crate::json::{DocumentError, parse_json, quote};
use crate::link::{LinkFormat, SCENARIO_LINK};
use crate::projection::Series;
use crate::scenario::limits::{MAX_HORIZON, MAX_STEPS};
use crate::scenario::{Scenario, Step};
use crate::wire::{MAX_INPUT_BYTES, ScenarioRead, scenario_to_value, step_to_value};

/// The format's name and version, as a story document's `format` field holds it.
pub const STORY_FORMAT: &str = "relief-story/1";

/// Validation limits of `relief-story/1`: stories beyond them are refused with a message.
pub mod limits {
    /// Longest title, in characters: as long as a scenario's.
    pub const MAX_TITLE_CHARS: usize = crate::scenario::limits::MAX_TITLE_CHARS;
    /// Fewest frames in a story.
    pub const MIN_FRAMES: usize = 1;
    /// Most frames in a story: more than an article steps a reader through.
    pub const MAX_FRAMES: usize = 20;
    /// Longest caption, in characters: a short paragraph.
    pub const MAX_CAPTION_CHARS: usize = 600;
    /// Most steps one frame adds to the scenario's.
    pub const MAX_ADDED_STEPS: usize = 20;
}

/// Story links: `n1.` (a narrative) and a `relief-story/1` document. The letters `s` (a
/// scenario), `w` and `t` (the workshop's exercises and teams) are taken.
pub const STORY_LINK: LinkFormat = LinkFormat {
    prefix: "n1.",
    holds: "a story",
    dictionary: "",
    earlier: &[],
};

/// A whole story: a title, the scenario it tells, and its frames in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Shown above the story; plain text, never markup.
    pub title: String,
    /// The base scenario every frame is made from.
    pub scenario: Scenario,
    /// The frames, in the order a reader steps through them; at least one.
    pub frames: Vec<Frame>,
}

/// One frame of a story: what it says and which scenario its charts show.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// What this frame says; plain text, never markup.
    pub caption: String,
    /// The indices of the scenario's steps this frame shows, distinct; `None` shows all of
    /// them. Shown in the scenario's order whatever the order here.
    pub steps: Option<Vec<usize>>,
    /// Steps this frame shows beyond the scenario's, after them.
    pub add: Vec<Step>,
    /// One series at one month the frame points the reader to.
    pub highlight: Option<Highlight>,
    /// Whether the frame's charts show the previous frame's as a pinned comparison. Never true
    /// on the first frame.
    pub compare_previous: bool,
}

/// A series at a month that a frame points the reader to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// The series: one of the five banded series, or the risk of breakdown.
    pub target: Target,
    /// The month, from 0 to the scenario's horizon.
    pub month: u32,
}

impl Story {
    /// The scenario frame `index` shows: the base scenario with the steps the frame chose, in
    /// the scenario's order, then the frame's added steps; everything else (title, assumptions,
    /// horizon, runs, seed, shocks, senders, the model's doubt) as the base.
    ///
    /// Panics when the story has no frame `index`.
    pub fn frame_scenario(&self, index: usize) -> Scenario {
        let frame = &self.frames[index];
        let base = &self.scenario;
        let shown: Vec<Step> = match &frame.steps {
            None => base.steps.clone(),
            Some(chosen) => base
                .steps
                .iter()
                .enumerate()
                .filter(|(i, _)| chosen.contains(i))
                .map(|(_, &step)| step)
                .collect(),
        };
        Scenario {
            steps: shown.into_iter().chain(frame.add.iter().copied()).collect(),
            ..base.clone()
        }
    }
}

const STORY_FIELDS: &[&str] = &["format", "title", "scenario", "frames"];
const FRAME_FIELDS: &[&str] = &["caption", "steps", "add", "highlight", "compare_previous"];
const HIGHLIGHT_FIELDS: &[&str] = &["series", "month"];

/// Reads and validates a `relief-story/1` document from its JSON text, as strictly as a
/// scenario file: a key given twice, or a number too large, is refused naming its field.
pub fn parse_story(text: &str) -> Result<Story, DocumentError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(DocumentError::one(
            "",
            format!(
                "the story is {} KB; the most a story may be is {} KB",
                text.len() / 1024,
                MAX_INPUT_BYTES / 1024
            ),
        ));
    }
    story_from_value(&parse_json(text)?)
}

/// Validates a story already parsed as JSON.
pub fn story_from_value(value: &Value) -> Result<Story, DocumentError> {
    let mut reader = FieldReader::new();
    let story = reader.story(value);
    reader.finish_document(story)
}

/// The story as a JSON tree in `relief-story/1`: the optional fields of a frame only when they
/// are used, and the scenario as a scenario file writes it.
pub fn story_to_value(story: &Story) -> Value {
    let mut root = Map::new();
    root.insert("format".into(), STORY_FORMAT.into());
    root.insert("title".into(), story.title.clone().into());
    root.insert("scenario".into(), scenario_to_value(&story.scenario));
    let frames = story
        .frames
        .iter()
        .map(|frame| {
            let mut m = Map::new();
            m.insert("caption".into(), frame.caption.clone().into());
            if let Some(steps) = &frame.steps {
                m.insert(
                    "steps".into(),
                    Value::Array(steps.iter().map(|&i| Value::from(i)).collect()),
                );
            }
            if !frame.add.is_empty() {
                let add = frame.add.iter().map(|s| step_to_value(&story.scenario, s));
                m.insert("add".into(), Value::Array(add.collect()));
            }
            if let Some(highlight) = frame.highlight {
                let mut h = Map::new();
                h.insert("series".into(), highlight.target.key().into());
                h.insert("month".into(), highlight.month.into());
                m.insert("highlight".into(), Value::Object(h));
            }
            if frame.compare_previous {
                m.insert("compare_previous".into(), true.into());
            }
            Value::Object(m)
        })
        .collect();
    root.insert("frames".into(), Value::Array(frames));
    Value::Object(root)
}

/// The story as pretty-printed `relief-story/1` JSON.
pub fn story_to_json(story: &Story) -> String {
    serde_json::to_string_pretty(&story_to_value(story)).unwrap_or_default()
}

/// The story as a link fragment (without the `#`).
pub fn story_to_link(story: &Story) -> String {
    STORY_LINK.encode(&story_to_value(story).to_string())
}

/// Reads a link fragment (with or without its `#`) back into a validated story. A link that
/// cannot be read gets a message saying why ("this link cannot be read: it holds a scenario,
/// not a story"); a story inside with problems gets each problem named by its field's path.
pub fn story_from_link(fragment: &str) -> Result<Story, DocumentError> {
    story_from_value(&STORY_LINK.decode(fragment, &[SCENARIO_LINK])?)
}

/// The keys a highlight's series may take, for messages.
fn highlight_keys() -> Vec<&'static str> {
    Series::ALL
        .iter()
        .map(|&s| Target::Series(s))
        .chain([Target::BackslidingRisk])
        .map(Target::key)
        .collect()
}

/// The story's own readers, private to this module. Each returns `None` when a field it needs
/// has a problem, which is recorded.
impl FieldReader {
    fn story(&mut self, value: &Value) -> Option<Story> {
        let root = self.object("", value, STORY_FIELDS)?;
        self.format(root, STORY_FORMAT, "a story");
        let title = self
            .required(
                "",
                root,
                "title",
                "a story needs a title (it may be empty: \"\")",
            )
            .and_then(|v| self.string("/title", v, limits::MAX_TITLE_CHARS));
        let raw_scenario = self.required(
            "",
            root,
            "scenario",
            "a story needs the relief-scenario/1 scenario it tells",
        );
        let scenario = match raw_scenario {
            Some(v) => self.held_scenario("/scenario", v),
            None => ScenarioRead::unknown(),
        };
        let context = FrameContext::of(raw_scenario, &scenario);
        let frames = match root.get("frames") {
            None => {
                self.error(
                    "/frames",
                    format!(
                        "missing; a story needs its frames, from {} to {}",
                        limits::MIN_FRAMES,
                        limits::MAX_FRAMES
                    ),
                );
                None
            }
            Some(v) => self.frames(v, &context),
        };
        let frames = frames?;
        Some(Story {
            title: title?,
            scenario: scenario.valid.then_some(scenario.scenario)?,
            frames,
        })
    }

    fn frames(&mut self, value: &Value, context: &FrameContext) -> Option<Vec<Frame>> {
        let before = self.errors.len();
        let items = self.list("/frames", value, limits::MAX_FRAMES, "frames");
        let frames: Vec<Option<Frame>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.frame(&format!("/frames/{i}"), item, context, i == 0))
            .collect();
        if self.errors.len() != before {
            return None;
        }
        if frames.len() < limits::MIN_FRAMES {
            self.error(
                "/frames",
                "a story needs at least one frame; add one with its caption",
            );
            return None;
        }
        frames.into_iter().collect()
    }

    fn frame(
        &mut self,
        path: &str,
        value: &Value,
        context: &FrameContext,
        first: bool,
    ) -> Option<Frame> {
        let map = self.object(path, value, FRAME_FIELDS)?;
        let caption = self
            .required(
                path,
                map,
                "caption",
                "every frame needs a caption saying what it shows",
            )
            .and_then(|v| self.caption(&format!("{path}/caption"), v));
        let steps = map
            .get("steps")
            .map(|v| self.chosen_steps(&format!("{path}/steps"), v, context));
        let add = map
            .get("add")
            .map(|v| self.added_steps(&format!("{path}/add"), v, context));
        let highlight = map
            .get("highlight")
            .map(|v| self.highlight(&format!("{path}/highlight"), v, context));
        let compare_previous = map.get("compare_previous").map(|v| {
            let at = format!("{path}/compare_previous");
            let compare = self.boolean(&at, v)?;
            if compare && first {
                self.error(
                    &at,
                    "the first frame has no previous frame to compare with; remove this field or set it to false",
                );
                return None;
            }
            Some(compare)
        });
        let steps = match steps {
            None => None,
            Some(read) => Some(read?),
        };
        let add = add.unwrap_or(Some(Vec::new()))?;
        // The frame's scenario must itself be one the model reads: its steps, shown and added,
        // within a scenario's limit.
        let shown = match &steps {
            Some(chosen) => Some(chosen.len()),
            None => context.steps,
        };
        if let Some(shown) = shown
            && shown + add.len() > MAX_STEPS
        {
            self.error(
                &format!("{path}/add"),
                format!(
                    "the frame shows {shown} of the scenario's steps and adds {}: {} in all is too many; a scenario holds at most {MAX_STEPS} steps",
                    add.len(),
                    shown + add.len(),
                ),
            );
            return None;
        }
        Some(Frame {
            caption: caption?,
            steps,
            add,
            highlight: match highlight {
                None => None,
                Some(read) => Some(read?),
            },
            compare_previous: compare_previous.unwrap_or(Some(false))?,
        })
    }

    /// Reads a caption: plain text of 1 to [`limits::MAX_CAPTION_CHARS`] characters, not blank.
    fn caption(&mut self, path: &str, value: &Value) -> Option<String> {
        let caption = self.string(path, value, limits::MAX_CAPTION_CHARS)?;
        if caption.trim().is_empty() {
            self.error(
                path,
                "the caption is empty; write what this frame shows, in a sentence or two",
            );
            return None;
        }
        Some(caption)
    }

    /// Reads a frame's `steps`: distinct indices of the scenario's steps.
    fn chosen_steps(
        &mut self,
        path: &str,
        value: &Value,
        context: &FrameContext,
    ) -> Option<Vec<usize>> {
        let count = context.steps;
        let indices = self.items(
            path,
            value,
            MAX_STEPS,
            "step indices",
            |reader, at, item| {
                let index = reader.whole_number(
                    at,
                    item,
                    "the index of one of the scenario's steps (a whole number from 0)",
                )?;
                let problem = match count {
                    Some(0) => {
                        Some("is not a step: the scenario has no steps; remove it".to_string())
                    }
                    Some(n) if index < 0.0 || index >= n as f64 => Some(format!(
                        "is not one of the scenario's steps; it has {n}, numbered 0 to {}",
                        n - 1
                    )),
                    None if index < 0.0 || index >= MAX_STEPS as f64 => Some(format!(
                        "is out of range; a scenario's steps are numbered 0 to {}",
                        MAX_STEPS - 1
                    )),
                    _ => None,
                };
                match problem {
                    Some(problem) => {
                        reader.error(at, format!("{item} {problem}"));
                        None
                    }
                    None => Some(index as usize),
                }
            },
        )?;
        let before = self.errors.len();
        let mut seen = BTreeSet::new();
        for (i, &index) in indices.iter().enumerate() {
            if !seen.insert(index) {
                let first = indices.iter().position(|&j| j == index).unwrap_or(0);
                self.error(
                    &format!("{path}/{i}"),
                    format!("{index} repeats {path}/{first}; list each step once"),
                );
            }
        }
        (self.errors.len() == before).then_some(indices)
    }

    /// Reads a frame's `add`: steps read exactly as the scenario's own.
    fn added_steps(
        &mut self,
        path: &str,
        value: &Value,
        context: &FrameContext,
    ) -> Option<Vec<Step>> {
        self.items(
            path,
            value,
            limits::MAX_ADDED_STEPS,
            "steps",
            |reader, at, item| reader.added_step(at, item, context.read),
        )
    }

    fn highlight(
        &mut self,
        path: &str,
        value: &Value,
        context: &FrameContext,
    ) -> Option<Highlight> {
        let map = self.object(path, value, HIGHLIGHT_FIELDS)?;
        let why = "a highlight names a series and a month";
        let target = self
            .required(path, map, "series", why)
            .and_then(|v| match v {
                Value::String(key) => {
                    let target = Target::from_key(key);
                    if target.is_none() {
                        self.error(
                            &format!("{path}/series"),
                            format!(
                                "{} is not a series; expected one of: {}",
                                quote(key),
                                highlight_keys().join(", ")
                            ),
                        );
                    }
                    target
                }
                other => {
                    self.error(
                        &format!("{path}/series"),
                        format!("expected the series' name as text, got {}", kind_of(other)),
                    );
                    None
                }
            });
        let month = self.required(path, map, "month", why).and_then(|v| {
            let at = format!("{path}/month");
            let month = self.whole_number(&at, v, "a whole number of months")?;
            let problem = match context.read.horizon() {
                Some(h) if month > f64::from(h) => Some(format!(
                    "is past horizon_months {h}; a highlighted month is from 0 to {h}"
                )),
                Some(h) if month < 0.0 => Some(format!(
                    "is before month 0; a highlighted month is from 0 to {h}"
                )),
                None if !(0.0..=f64::from(MAX_HORIZON)).contains(&month) => Some(format!(
                    "is out of range; a highlighted month is from 0 to the horizon, at most {MAX_HORIZON}"
                )),
                _ => None,
            };
            match problem {
                Some(problem) => {
                    self.error(&at, format!("{v} {problem}"));
                    None
                }
                None => Some(month as u32),
            }
        });
        Some(Highlight {
            target: target?,
            month: month?,
        })
    }

    /// Reads a whole number of any sign and size, for a check of its own range that says in
    /// the story's words what the number may be; `what` names what is expected.
    fn whole_number(&mut self, path: &str, value: &Value, what: &str) -> Option<f64> {
        match value.as_f64() {
            Some(x) if x.fract() == 0.0 => Some(x),
            Some(_) => {
                self.error(path, format!("expected {what}, got {value}"));
                None
            }
            None => {
                self.error(path, format!("expected {what}, got {}", kind_of(value)));
                None
            }
        }
    }
}

/// What a frame is checked against: the scenario as far as it was read.
struct FrameContext<'s> {
    read: &'s ScenarioRead,
    /// How many steps the scenario has, when that is known: from its own list even when one of
    /// them has a problem, so a frame's indices are checked against what the author wrote.
    steps: Option<usize>,
}

impl<'s> FrameContext<'s> {
    fn of(raw: Option<&Value>, read: &'s ScenarioRead) -> FrameContext<'s> {
        let steps = if read.valid {
            Some(read.scenario.steps.len())
        } else {
            raw.and_then(|r| r.get("steps"))
                .and_then(Value::as_array)
                .map(Vec::len)
                .filter(|&n| n <= MAX_STEPS)
        };
        FrameContext { read, steps }
    }
}
