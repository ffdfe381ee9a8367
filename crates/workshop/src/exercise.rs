//! Workshop exercises: what a facilitator sets up, and what each team hands back.
//!
//! An exercise (`relief-exercise/1`) is a starting scenario, 2 to 8 named teams, each with a
//! lock on what it may change, and news "injects": shocks with a headline and a short text,
//! each tied to a month. It travels as one link fragment, `w1.` followed by the exercise's
//! JSON deflated and written in base64url, the same encoding as the model's scenario links
//! (`s1.`). A team's sequence travels back the same way as a `relief-team/1` document behind
//! `t1.`, or as that document in a file. The site stays static: links and files carry
//! everything.
//!
//! Documents are read by hand over the JSON tree with the model's field reader
//! ([`relief_model::FieldReader`], the one its scenario reader uses), so every problem is named
//! by its JSON path (`/teams/2/name: …`, `/scenario/steps/0/month: …`) in the same words, all
//! problems are reported at once, and unknown fields are named.
//!
//! This module is plain Rust: it is tested natively (`cargo test -p relief-web --lib`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use relief_model::{FieldReader, Scenario, Shock, ShockKind, StepKind, StepRole, kind_of, quote};
use serde_json::{Value, json};

/// The version tag of an exercise document.
pub const EXERCISE_FORMAT: &str = "relief-exercise/1";
/// The version tag of a team's hand-back document.
pub const TEAM_FORMAT: &str = "relief-team/1";
/// The prefix of an exercise link's fragment.
pub const EXERCISE_LINK_PREFIX: &str = "w1.";
/// The prefix of a team link's fragment.
pub const TEAM_LINK_PREFIX: &str = "t1.";

/// Limits of the exercise format. They keep links short enough for a QR code and a room's
/// projector legible.
pub mod limits {
    /// Fewest teams: a comparison needs two.
    pub const MIN_TEAMS: usize = 2;
    /// Most teams: beyond eight, the charts' colours and dash patterns stop being distinct.
    pub const MAX_TEAMS: usize = relief_charts::MAX_OVERLAYS;
    /// Most injects in one exercise.
    pub const MAX_INJECTS: usize = 24;
    /// Longest exercise title, in characters.
    pub const MAX_TITLE_CHARS: usize = 200;
    /// Longest briefing, in characters.
    pub const MAX_BRIEFING_CHARS: usize = 2000;
    /// Longest team name, in characters.
    pub const MAX_TEAM_NAME_CHARS: usize = 40;
    /// Longest inject headline, in characters: it must fit a projector in large type.
    pub const MAX_HEADLINE_CHARS: usize = 120;
    /// Longest inject text, in characters.
    pub const MAX_INJECT_TEXT_CHARS: usize = 600;
    /// Longest exercise identifier kept in a team's document.
    pub const MAX_ID_CHARS: usize = 32;
}

/// Largest document a link may inflate to, in bytes.
const MAX_INFLATED_BYTES: usize = 1 << 20;
/// Longest fragment read, in characters.
const MAX_LINK_CHARS: usize = 1 << 20;

/// What a team may change. Shocks, the assumptions, the horizon and the ensemble are the
/// facilitator's under every lock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lock {
    /// Every step.
    #[default]
    Everything,
    /// Only the sanctioning side's steps: relief, published criteria and snapback clauses.
    SanctioningSide,
    /// Only the target's steps: compliance, reform and humanitarian access.
    Target,
    /// Only confidence-building measures: verification, guarantees, participation.
    ConfidenceBuilding,
}

impl Lock {
    /// Every lock, in menu order.
    pub const ALL: [Lock; 4] = [
        Lock::Everything,
        Lock::SanctioningSide,
        Lock::Target,
        Lock::ConfidenceBuilding,
    ];

    /// The lock's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Lock::Everything => "everything",
            Lock::SanctioningSide => "sanctioning",
            Lock::Target => "target",
            Lock::ConfidenceBuilding => "confidence",
        }
    }

    /// Finds a lock by its JSON name.
    pub fn from_key(key: &str) -> Option<Lock> {
        Lock::ALL.into_iter().find(|l| l.key() == key)
    }

    /// A short label for a menu.
    pub fn label(self) -> &'static str {
        match self {
            Lock::Everything => "Every step",
            Lock::SanctioningSide => "Only the sanctioning side's steps",
            Lock::Target => "Only the target's steps",
            Lock::ConfidenceBuilding => "Only confidence-building measures",
        }
    }

    /// What a team under this lock may do, in one sentence addressed to the team.
    pub fn description(self) -> &'static str {
        match self {
            Lock::Everything => {
                "Your team may move, add and remove any step. The shocks are the facilitator's."
            }
            Lock::SanctioningSide => {
                "Your team plays the sanctioning side: it may move, add and remove relief steps, published criteria and snapback clauses. Everything else is fixed."
            }
            Lock::Target => {
                "Your team plays the target: it may move, add and remove compliance steps, political reforms and humanitarian access. Everything else is fixed."
            }
            Lock::ConfidenceBuilding => {
                "Your team designs the confidence building: it may move, add and remove monitoring, audits, committees, guarantees and the other confidence-building measures. Everything else is fixed."
            }
        }
    }

    /// Whether a team under this lock may move, add or remove a step of `kind`.
    pub fn allows(self, kind: StepKind) -> bool {
        match self {
            Lock::Everything => true,
            Lock::SanctioningSide => kind.actor() == relief_model::Actor::SanctioningSide,
            Lock::Target => kind.actor() == relief_model::Actor::Target,
            Lock::ConfidenceBuilding => kind.role() == StepRole::Confidence,
        }
    }
}

/// One team of an exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// Its name, unique in the exercise (ignoring case), shown in every legend and table.
    pub name: String,
    /// What it may change.
    pub lock: Lock,
}

/// A piece of news the facilitator springs on the room: a shock the model feels, with a
/// headline for the projector and a short text for the presenter's notes.
#[derive(Clone, Debug, PartialEq)]
pub struct Inject {
    /// The month it happens in.
    pub month: u32,
    /// The headline shown full-screen when the timeline reaches it.
    pub headline: String,
    /// A short text: what happened, for the facilitator to read out.
    pub text: String,
    /// The shock the model feels.
    pub kind: ShockKind,
    /// How hard it hits, in 0..=1.
    pub size: f64,
}

impl Inject {
    /// The shock this inject puts in a scenario.
    pub fn shock(&self) -> Shock {
        Shock {
            kind: self.kind,
            month: self.month,
            size: self.size,
            sender: None,
        }
    }
}

/// A whole exercise, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// Shown at the top of every view; never interpreted as markup.
    pub title: String,
    /// What the facilitator tells the teams before they start, in plain text.
    pub briefing: String,
    /// Where every team starts.
    pub scenario: Scenario,
    /// The teams, in the order the facilitator named them.
    pub teams: Vec<Team>,
    /// The injects, in the order the facilitator wrote them.
    pub injects: Vec<Inject>,
    /// Whether the injects are on the teams' timelines while they plan. When they are not,
    /// they are a surprise: the comparison and the play add them to every team's sequence.
    pub teams_see_injects: bool,
}

/// What a team hands back: its sequence and whose it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamWork {
    /// The team's name.
    pub team: String,
    /// The exercise's identifier ([`Exercise::id`]), so a facilitator can tell a sequence
    /// made for another exercise; empty when unknown.
    pub exercise_id: String,
    /// The exercise's title, for the reader of a file.
    pub exercise_title: String,
    /// The team's scenario.
    pub scenario: Scenario,
}

/// Every problem found in a workshop document or link, each with its field's path: the same
/// type, and the same messages, as a scenario's problems.
pub type ReadError = relief_model::DocumentError;

// ---------------------------------------------------------------------------------- exercise

impl Exercise {
    /// A short identifier of the exercise's content (FNV-1a of its canonical JSON, in hex):
    /// the same exercise gets the same one on every device, so a team's hand-back can say
    /// which exercise it answers.
    pub fn id(&self) -> String {
        let text = exercise_to_value(self).to_string();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    /// The team with this name (ignoring case and surrounding spaces), if there is one.
    pub fn team(&self, name: &str) -> Option<&Team> {
        let key = name_key(name);
        self.teams.iter().find(|t| name_key(&t.name) == key)
    }

    /// The scenario a team starts from: the starting scenario, with the injects among its
    /// shocks when the teams may see them.
    pub fn team_start(&self) -> Scenario {
        if self.teams_see_injects {
            self.with_injects(&self.scenario)
        } else {
            self.scenario.clone()
        }
    }

    /// `scenario` as the exercise plays it: every inject it does not already hold is added to
    /// its shocks, so each inject is felt exactly once whether the team saw it or not. A
    /// scenario that holds them all comes back unchanged, shock order included.
    pub fn with_injects(&self, scenario: &Scenario) -> Scenario {
        let mut out = scenario.clone();
        let mut present: Vec<Option<&Shock>> = scenario.shocks.iter().map(Some).collect();
        for inject in &self.injects {
            let shock = inject.shock();
            match present.iter_mut().find(|s| s.is_some_and(|s| *s == shock)) {
                Some(slot) => *slot = None,
                None => out.shocks.push(shock),
            }
        }
        out.shocks.truncate(relief_model::limits::MAX_SHOCKS);
        out
    }

    /// The starting scenario with every inject: what the comparison draws as its reference.
    pub fn reference(&self) -> Scenario {
        self.with_injects(&self.scenario)
    }

    /// What a team's sequence changes that the exercise keeps fixed, in plain sentences: the
    /// steps outside its lock, the shocks, the assumptions, the horizon and the ensemble. An
    /// empty list means the sequence plays by the rules. A name that is not one of the
    /// exercise's teams is reported too.
    pub fn remarks(&self, team_name: &str, scenario: &Scenario) -> Vec<String> {
        let mut remarks = Vec::new();
        let lock = match self.team(team_name) {
            Some(team) => team.lock,
            None => {
                let names: Vec<String> =
                    self.teams.iter().map(|t| format!("“{}”", t.name)).collect();
                remarks.push(format!(
                    "“{}” is not one of this exercise's teams ({}).",
                    short(team_name),
                    names.join(", ")
                ));
                Lock::Everything
            }
        };
        let start = &self.scenario;
        let mut changed = Vec::new();
        if scenario.horizon_months != start.horizon_months {
            changed.push(format!(
                "{} months projected instead of {}",
                scenario.horizon_months, start.horizon_months
            ));
        }
        if scenario.assumptions != start.assumptions {
            changed.push("different assumptions".to_string());
        }
        if scenario.runs != start.runs || scenario.seed != start.seed {
            changed.push("a different ensemble (runs or seed)".to_string());
        }
        if !changed.is_empty() {
            remarks.push(format!(
                "It changes what the facilitator set: {}. Its numbers are not comparable with the other teams'.",
                changed.join(", ")
            ));
        }

        let fixed = |s: &Scenario| -> Vec<relief_model::Step> {
            s.steps
                .iter()
                .filter(|st| !lock.allows(st.kind))
                .copied()
                .collect()
        };
        let (missing, added) = multiset_difference(&fixed(start), &fixed(scenario));
        if !missing.is_empty() || !added.is_empty() {
            let mut parts = Vec::new();
            for step in &missing {
                parts.push(format!(
                    "{} at month {} was moved, changed or removed",
                    step.kind.label(),
                    step.month
                ));
            }
            for step in &added {
                parts.push(format!(
                    "{} at month {} was added",
                    step.kind.label(),
                    step.month
                ));
            }
            remarks.push(format!(
                "It changes steps the team's lock (“{}”) keeps fixed: {}.",
                // The lock's own English label: ASCII case is enough.
                lock.label().to_ascii_lowercase(),
                parts.join("; ")
            ));
        }

        let expected = self.reference().shocks;
        let played = self.with_injects(scenario).shocks;
        let (gone, extra) = multiset_difference(&expected, &played);
        if !gone.is_empty() || !extra.is_empty() {
            remarks.push("It changes the shocks, which only the facilitator sets.".to_string());
        }
        remarks
    }
}

/// The items of `a` missing from `b` and the items of `b` missing from `a`, counting repeats.
fn multiset_difference<T: PartialEq + Copy>(a: &[T], b: &[T]) -> (Vec<T>, Vec<T>) {
    let mut unmatched: Vec<Option<T>> = b.iter().copied().map(Some).collect();
    let mut missing = Vec::new();
    for item in a {
        match unmatched.iter_mut().find(|u| u.as_ref() == Some(item)) {
            Some(slot) => *slot = None,
            None => missing.push(*item),
        }
    }
    (missing, unmatched.into_iter().flatten().collect())
}

/// A team name as compared: trimmed and case-folded.
pub fn name_key(name: &str) -> String {
    lower_case(name.trim())
}

/// Text in lower case by Unicode's rules: in the browser by its own tables, which keeps a copy
/// of them out of the module; natively by Rust's.
fn lower_case(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// Text shortened before it is echoed back in a message.
fn short(text: &str) -> String {
    let head: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        format!("{head}…")
    } else {
        head
    }
}

/// The exercise as a JSON tree in `relief-exercise/1`, every field written out.
pub fn exercise_to_value(exercise: &Exercise) -> Value {
    let teams: Vec<Value> = exercise
        .teams
        .iter()
        .map(|t| json!({"name": t.name, "lock": t.lock.key()}))
        .collect();
    let injects: Vec<Value> = exercise
        .injects
        .iter()
        .map(|i| {
            json!({
                "month": i.month,
                "kind": i.kind.key(),
                "size": i.size,
                "headline": i.headline,
                "text": i.text,
            })
        })
        .collect();
    json!({
        "format": EXERCISE_FORMAT,
        "title": exercise.title,
        "briefing": exercise.briefing,
        "scenario": relief_model::scenario_to_value(&exercise.scenario),
        "teams": teams,
        "injects": injects,
        "teams_see_injects": exercise.teams_see_injects,
    })
}

/// Reads and validates an exercise document already parsed as JSON.
pub fn exercise_from_value(value: &Value) -> Result<Exercise, ReadError> {
    let mut reader = Reader::default();
    let exercise = reader.exercise(value);
    reader.finish(exercise)
}

/// The exercise as a link fragment (without the `#`).
pub fn exercise_to_link(exercise: &Exercise) -> String {
    encode(EXERCISE_LINK_PREFIX, &exercise_to_value(exercise))
}

/// Reads an exercise link: a fragment with or without its `#`, or a whole address holding
/// one. A link that cannot be read gets a message saying why.
pub fn exercise_from_link(link: &str) -> Result<Exercise, ReadError> {
    exercise_from_value(&decode(link, LinkKind::Exercise)?)
}

// -------------------------------------------------------------------------------- team work

/// The team's document as a JSON tree in `relief-team/1`.
pub fn team_to_value(work: &TeamWork) -> Value {
    json!({
        "format": TEAM_FORMAT,
        "team": work.team,
        "exercise": work.exercise_id,
        "exercise_title": work.exercise_title,
        "scenario": relief_model::scenario_to_value(&work.scenario),
    })
}

/// Reads and validates a team's document already parsed as JSON.
pub fn team_from_value(value: &Value) -> Result<TeamWork, ReadError> {
    let mut reader = Reader::default();
    let work = reader.team_work(value);
    reader.finish(work)
}

/// The team's sequence as a link fragment (without the `#`).
pub fn team_to_link(work: &TeamWork) -> String {
    encode(TEAM_LINK_PREFIX, &team_to_value(work))
}

/// Reads a team link: a fragment with or without its `#`, or a whole address holding one.
pub fn team_from_link(link: &str) -> Result<TeamWork, ReadError> {
    team_from_value(&decode(link, LinkKind::Team)?)
}

/// Reads what a facilitator pastes or drops for one team: a team link, a `relief-team/1`
/// file, a scenario file, or a scenario link. A bare scenario gets `fallback_name` (a file's
/// name, say) as its team name, or its own title when that is empty.
pub fn team_from_text(text: &str, fallback_name: &str) -> Result<TeamWork, ReadError> {
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        let value: Value = serde_json::from_str(trimmed).map_err(|e| {
            ReadError::one(
                "",
                if e.is_eof() {
                    "the file's JSON ends too early (a missing bracket or quote?)".to_string()
                } else {
                    let reason = e.to_string();
                    let reason = reason
                        .split(" at line ")
                        .next()
                        .unwrap_or(&reason)
                        .to_string();
                    format!(
                        "the file is not valid JSON at line {}, column {}: {reason}",
                        e.line(),
                        e.column()
                    )
                },
            )
        })?;
        let format = value.get("format").and_then(Value::as_str).unwrap_or("");
        if format.starts_with("relief-scenario/") {
            let scenario = relief_model::scenario_from_value(&value)
                .map_err(|e| ReadError { errors: e.errors })?;
            return Ok(bare(scenario, fallback_name));
        }
        return team_from_value(&value);
    }
    let fragment = fragment_of(trimmed);
    if fragment.starts_with(relief_model::LINK_PREFIX) {
        let scenario = relief_model::scenario_from_link(fragment)
            .map_err(|e| ReadError { errors: e.errors })?;
        return Ok(bare(scenario, fallback_name));
    }
    team_from_link(trimmed)
}

fn bare(scenario: Scenario, fallback_name: &str) -> TeamWork {
    let name = if !fallback_name.trim().is_empty() {
        fallback_name.trim()
    } else if !scenario.title.trim().is_empty() {
        scenario.title.trim()
    } else {
        "Unnamed team"
    };
    TeamWork {
        team: name.chars().take(limits::MAX_TEAM_NAME_CHARS).collect(),
        exercise_id: String::new(),
        exercise_title: String::new(),
        scenario,
    }
}

// ------------------------------------------------------------------------------------ links

#[derive(Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    Exercise,
    Team,
}

impl LinkKind {
    fn prefix(self) -> &'static str {
        match self {
            LinkKind::Exercise => EXERCISE_LINK_PREFIX,
            LinkKind::Team => TEAM_LINK_PREFIX,
        }
    }

    fn what(self) -> &'static str {
        match self {
            LinkKind::Exercise => "a workshop exercise",
            LinkKind::Team => "a team's sequence",
        }
    }
}

fn encode(prefix: &str, value: &Value) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(value.to_string().as_bytes(), 9);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// The fragment of a link: what follows the last `#` of an address, or the text itself.
fn fragment_of(text: &str) -> &str {
    let text = text.trim();
    match text.rfind('#') {
        Some(i) => &text[i + 1..],
        None => text,
    }
}

fn decode(link: &str, kind: LinkKind) -> Result<Value, ReadError> {
    let broken = |why: String| ReadError::one("", format!("this link cannot be read: {why}"));
    let fragment = fragment_of(link);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(broken(format!(
            "it is far longer than any link to {}",
            kind.what()
        )));
    }
    let Some(body) = fragment.strip_prefix(kind.prefix()) else {
        let other = match kind {
            LinkKind::Exercise => LinkKind::Team,
            LinkKind::Team => LinkKind::Exercise,
        };
        let message = if fragment.starts_with(other.prefix()) {
            format!("it holds {}, not {}", other.what(), kind.what())
        } else if fragment.starts_with(relief_model::LINK_PREFIX) {
            format!("it holds a scenario for the explorer, not {}", kind.what())
        } else {
            let letter = &kind.prefix()[..1];
            match fragment.split_once('.') {
                Some((version, _))
                    if version.starts_with(letter) && version[1..].parse::<u32>().is_ok() =>
                {
                    format!(
                        "it was made by a newer version of Relief Sequencer (link format {version})"
                    )
                }
                _ => format!(
                    "it does not hold {} (it may have been cut short when copied)",
                    kind.what()
                ),
            }
        };
        return Err(broken(message));
    };
    let deflated = URL_SAFE_NO_PAD
        .decode(body.trim_end_matches('='))
        .map_err(|_| {
            broken(
                "it has characters such a link never has (it may have been cut short or changed)"
                    .into(),
            )
        })?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED_BYTES)
        .map_err(|_| broken("it is damaged (it may have been cut short when copied)".into()))?;
    let text = String::from_utf8(json).map_err(|_| broken("it is damaged".into()))?;
    serde_json::from_str(&text)
        .map_err(|_| broken("it is damaged (it may have been cut short when copied)".into()))
}

// ----------------------------------------------------------------------------------- reader

const EXERCISE_FIELDS: &[&str] = &[
    "format",
    "title",
    "briefing",
    "scenario",
    "teams",
    "injects",
    "teams_see_injects",
];
const TEAM_FIELDS: &[&str] = &["name", "lock"];
const INJECT_FIELDS: &[&str] = &["month", "kind", "size", "headline", "text"];
const TEAM_WORK_FIELDS: &[&str] = &["format", "team", "exercise", "exercise_title", "scenario"];

/// The workshop's reader: relief-model's field reader, which holds the errors and reads the
/// general fields, with the workshop formats' own readers on top.
#[derive(Default)]
struct Reader {
    fields: FieldReader,
}

impl core::ops::Deref for Reader {
    type Target = FieldReader;

    fn deref(&self) -> &FieldReader {
        &self.fields
    }
}

impl core::ops::DerefMut for Reader {
    fn deref_mut(&mut self) -> &mut FieldReader {
        &mut self.fields
    }
}

impl Reader {
    fn finish<T>(self, value: T) -> Result<T, ReadError> {
        self.fields
            .finish(value)
            .map_err(|errors| ReadError { errors })
    }

    /// A name or headline: text that is not blank and holds no control characters, trimmed.
    fn line(&mut self, path: &str, value: &Value, max_chars: usize, what: &str) -> Option<String> {
        let text = self.string(path, value, max_chars)?;
        let text = text.trim().to_string();
        if text.is_empty() {
            self.error(path, format!("{what} is empty; write one"));
            return None;
        }
        if text.chars().any(char::is_control) {
            self.error(
                path,
                format!("{what} must be one line of text, without control characters"),
            );
            return None;
        }
        Some(text)
    }

    fn scenario(&mut self, path: &str, value: &Value) -> Option<Scenario> {
        match relief_model::scenario_from_value(value) {
            Ok(s) => Some(s),
            Err(e) => {
                for error in e.errors {
                    self.error(&format!("{path}{}", error.path), error.message);
                }
                None
            }
        }
    }

    fn exercise(&mut self, value: &Value) -> Exercise {
        let mut exercise = Exercise {
            title: String::new(),
            briefing: String::new(),
            scenario: Scenario::default(),
            teams: Vec::new(),
            injects: Vec::new(),
            teams_see_injects: true,
        };
        let Some(root) = self.object("", value, EXERCISE_FIELDS) else {
            return exercise;
        };
        self.format(root, EXERCISE_FORMAT, "an exercise");
        if let Some(v) = root.get("title") {
            exercise.title = self
                .string("/title", v, limits::MAX_TITLE_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("briefing") {
            exercise.briefing = self
                .string("/briefing", v, limits::MAX_BRIEFING_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("teams_see_injects")
            && let Some(b) = self.boolean("/teams_see_injects", v)
        {
            exercise.teams_see_injects = b;
        }
        let scenario = match root.get("scenario") {
            None => {
                self.error(
                    "/scenario",
                    "missing; an exercise needs the scenario every team starts from",
                );
                None
            }
            Some(v) => self.scenario("/scenario", v),
        };
        // Injects are checked against the horizon even when the scenario has other problems,
        // so every problem is reported in one go.
        let horizon = scenario.as_ref().map(|s| s.horizon_months).or_else(|| {
            match root.get("scenario").and_then(|s| s.get("horizon_months")) {
                None => Some(Scenario::default().horizon_months),
                Some(h) => h
                    .as_u64()
                    .filter(|h| {
                        (u64::from(relief_model::limits::MIN_HORIZON)
                            ..=u64::from(relief_model::limits::MAX_HORIZON))
                            .contains(h)
                    })
                    .map(|h| h as u32),
            }
        });
        let start_shocks = scenario.as_ref().map_or(0, |s| s.shocks.len());
        if let Some(s) = scenario {
            exercise.scenario = s;
        }

        match root.get("teams") {
            None => self.error(
                "/teams",
                format!(
                    "missing; an exercise needs {} to {} teams",
                    limits::MIN_TEAMS,
                    limits::MAX_TEAMS
                ),
            ),
            Some(v) => match v.as_array() {
                None => self.error(
                    "/teams",
                    format!("expected a list of teams, got {}", kind_of(v)),
                ),
                Some(items)
                    if items.len() < limits::MIN_TEAMS || items.len() > limits::MAX_TEAMS =>
                {
                    self.error(
                        "/teams",
                        format!(
                            "{} {} given; an exercise has {} to {} teams",
                            items.len(),
                            if items.len() == 1 {
                                "team is"
                            } else {
                                "teams are"
                            },
                            limits::MIN_TEAMS,
                            limits::MAX_TEAMS
                        ),
                    )
                }
                Some(items) => {
                    // At most eight names: a list is smaller in the wasm module than a map.
                    let mut seen: Vec<(String, usize)> = Vec::new();
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("/teams/{i}");
                        let (name, lock) = self.team(&path, item);
                        let Some(name) = name else { continue };
                        let key = name_key(&name);
                        match seen.iter().find(|(k, _)| *k == key).map(|(_, first)| first) {
                            Some(first) => self.error(
                                &format!("{path}/name"),
                                format!("{} is already the name of team {}; each team needs its own name", quote(&name), first + 1),
                            ),
                            None => {
                                seen.push((key, i));
                                if let Some(lock) = lock {
                                    exercise.teams.push(Team { name, lock });
                                }
                            }
                        }
                    }
                }
            },
        }

        if let Some(v) = root.get("injects") {
            let items = self.list("/injects", v, limits::MAX_INJECTS, "injects");
            let room = relief_model::limits::MAX_SHOCKS.saturating_sub(start_shocks);
            if items.len() > room {
                self.error(
                    "/injects",
                    format!(
                        "{} injects and the scenario's {start_shocks} shocks make {}; a scenario holds at most {} shocks",
                        items.len(),
                        items.len() + start_shocks,
                        relief_model::limits::MAX_SHOCKS
                    ),
                );
            }
            for (i, item) in items.iter().enumerate() {
                if let Some(inject) = self.inject(&format!("/injects/{i}"), item, horizon) {
                    exercise.injects.push(inject);
                }
            }
        }
        exercise
    }

    /// A team's name and lock, each `None` when it is wrong (and the error is recorded), so a
    /// duplicate name is found even in a team whose lock is wrong.
    fn team(&mut self, path: &str, value: &Value) -> (Option<String>, Option<Lock>) {
        let Some(map) = self.object(path, value, TEAM_FIELDS) else {
            return (None, None);
        };
        let name = match map.get("name") {
            None => {
                self.error(&format!("{path}/name"), "missing; every team needs a name");
                None
            }
            Some(v) => self.line(
                &format!("{path}/name"),
                v,
                limits::MAX_TEAM_NAME_CHARS,
                "the team's name",
            ),
        };
        let lock = match map.get("lock") {
            None => Some(Lock::Everything),
            Some(Value::String(k)) => {
                let lock = Lock::from_key(k);
                if lock.is_none() {
                    let known: Vec<&str> = Lock::ALL.iter().map(|l| l.key()).collect();
                    self.error(
                        &format!("{path}/lock"),
                        format!(
                            "{} is not a lock; expected one of: {}",
                            quote(k),
                            known.join(", ")
                        ),
                    );
                }
                lock
            }
            Some(other) => {
                self.error(
                    &format!("{path}/lock"),
                    format!("expected the lock's name as text, got {}", kind_of(other)),
                );
                None
            }
        };
        (name, lock)
    }

    fn inject(&mut self, path: &str, value: &Value, horizon: Option<u32>) -> Option<Inject> {
        let map = self.object(path, value, INJECT_FIELDS)?;
        let month = match map.get("month") {
            None => {
                self.error(
                    &format!("{path}/month"),
                    "missing; every inject needs a month",
                );
                None
            }
            Some(v) => match v.as_f64() {
                Some(m) if m.fract() == 0.0 && m >= 0.0 => match horizon {
                    Some(h) if m >= f64::from(h) => {
                        self.error(
                            &format!("{path}/month"),
                            format!("{m} is past horizon_months {h}"),
                        );
                        None
                    }
                    _ if m > f64::from(relief_model::limits::MAX_HORIZON) => {
                        self.error(&format!("{path}/month"), format!("{m} is past any horizon"));
                        None
                    }
                    _ => Some(m as u32),
                },
                Some(m) => {
                    self.error(
                        &format!("{path}/month"),
                        format!("expected a whole number of months from 0, got {m}"),
                    );
                    None
                }
                None => {
                    self.error(
                        &format!("{path}/month"),
                        format!("expected a whole number of months, got {}", kind_of(v)),
                    );
                    None
                }
            },
        };
        let kind = match map.get("kind") {
            None => {
                self.error(
                    &format!("{path}/kind"),
                    "missing; every inject needs the kind of shock the model feels",
                );
                None
            }
            Some(Value::String(k)) => {
                let kind = ShockKind::from_key(k);
                if kind.is_none() {
                    let known: Vec<&str> = ShockKind::ALL.iter().map(|k| k.key()).collect();
                    self.error(
                        &format!("{path}/kind"),
                        format!(
                            "{} is not a shock kind; expected one of: {}",
                            quote(k),
                            known.join(", ")
                        ),
                    );
                }
                kind
            }
            Some(other) => {
                self.error(
                    &format!("{path}/kind"),
                    format!("expected the kind's name as text, got {}", kind_of(other)),
                );
                None
            }
        };
        let size = match map.get("size") {
            None => kind.map(ShockKind::default_size),
            Some(v) => self.unit(&format!("{path}/size"), v),
        };
        let headline = match map.get("headline") {
            None => {
                self.error(
                    &format!("{path}/headline"),
                    "missing; every inject needs a headline",
                );
                None
            }
            Some(v) => self.line(
                &format!("{path}/headline"),
                v,
                limits::MAX_HEADLINE_CHARS,
                "the headline",
            ),
        };
        let text = match map.get("text") {
            None => Some(String::new()),
            Some(v) => self
                .string(&format!("{path}/text"), v, limits::MAX_INJECT_TEXT_CHARS)
                .map(|t| t.trim().to_string()),
        };
        Some(Inject {
            month: month?,
            headline: headline?,
            text: text?,
            kind: kind?,
            size: size?,
        })
    }

    fn team_work(&mut self, value: &Value) -> TeamWork {
        let mut work = TeamWork {
            team: String::new(),
            exercise_id: String::new(),
            exercise_title: String::new(),
            scenario: Scenario::default(),
        };
        let Some(root) = self.object("", value, TEAM_WORK_FIELDS) else {
            return work;
        };
        self.format(root, TEAM_FORMAT, "a team's sequence");
        match root.get("team") {
            None => self.error("/team", "missing; a team's sequence needs the team's name"),
            Some(v) => {
                if let Some(name) =
                    self.line("/team", v, limits::MAX_TEAM_NAME_CHARS, "the team's name")
                {
                    work.team = name;
                }
            }
        }
        if let Some(v) = root.get("exercise") {
            work.exercise_id = self
                .string("/exercise", v, limits::MAX_ID_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("exercise_title") {
            work.exercise_title = self
                .string("/exercise_title", v, limits::MAX_TITLE_CHARS)
                .unwrap_or_default();
        }
        match root.get("scenario") {
            None => self.error("/scenario", "missing; a team's sequence needs its scenario"),
            Some(v) => {
                if let Some(s) = self.scenario("/scenario", v) {
                    work.scenario = s;
                }
            }
        }
        work
    }
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;
    use relief_model::Step;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn exercise_json() -> Value {
        json!({
            "format": "relief-exercise/1",
            "title": "Sequencing relief: a 90-minute exercise",
            "briefing": "Keep the risk of breakdown low.",
            "scenario": {
                "format": "relief-scenario/1",
                "horizon_months": 48,
                "runs": 200,
                "seed": 7,
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "independent_monitoring", "month": 1 }
                ],
                "shocks": [{ "kind": "economic_shock", "month": 30 }]
            },
            "teams": [
                { "name": "Blue", "lock": "sanctioning" },
                { "name": "Green", "lock": "target" },
                { "name": "Orange" }
            ],
            "injects": [
                { "month": 12, "kind": "spoiler_attack", "size": 0.6, "headline": "Bomb at the border crossing", "text": "Hardliners claim it." },
                { "month": 24, "kind": "leadership_change", "headline": "New government in the capital" }
            ]
        })
    }

    fn exercise() -> Exercise {
        exercise_from_value(&exercise_json()).unwrap()
    }

    fn messages(value: Value) -> Vec<String> {
        exercise_from_value(&value)
            .unwrap_err()
            .errors
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn an_exercise_reads_with_its_defaults() {
        let e = exercise();
        assert_eq!(e.teams.len(), 3);
        assert_eq!(e.teams[0].lock, Lock::SanctioningSide);
        assert_eq!(e.teams[2].lock, Lock::Everything);
        assert_eq!(
            e.injects[1].size,
            ShockKind::LeadershipChange.default_size()
        );
        assert_eq!(e.injects[1].text, "");
        assert!(e.teams_see_injects);
        assert_eq!(e.scenario.steps.len(), 3);
    }

    #[test]
    fn an_exercise_survives_its_link_and_its_json() {
        let e = exercise();
        let link = exercise_to_link(&e);
        assert!(link.starts_with("w1."));
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{link}"
        );
        assert_eq!(exercise_from_link(&link).unwrap(), e);
        assert_eq!(exercise_from_link(&format!("#{link}")).unwrap(), e);
        assert_eq!(
            exercise_from_link(&format!("https://example.org/relief/workshop.html#{link}"))
                .unwrap(),
            e
        );
        assert_eq!(exercise_from_value(&exercise_to_value(&e)).unwrap(), e);
        assert_eq!(exercise_from_link(&link).unwrap().id(), e.id());
    }

    #[test]
    fn every_problem_is_named_by_its_path() {
        let mut v = exercise_json();
        v["teams"][1]["name"] = json!("  ");
        v["teams"][2]["name"] = json!("blue");
        v["teams"][0]["lock"] = json!("sanctions");
        v["teams"][0]["colour"] = json!("red");
        v["injects"][0]["month"] = json!(48);
        v["injects"][1]["headline"] = json!("");
        v["injects"][1]["kind"] = json!("earthquake");
        v["scenario"]["steps"][0]["month"] = json!(99);
        let got = messages(v);
        let expect = [
            "/scenario/steps/0/month: 99 is past horizon_months 48",
            "/teams/0/colour: unknown field \"colour\"; expected one of: name, lock",
            "/teams/0/lock: \"sanctions\" is not a lock; expected one of: everything, sanctioning, target, confidence",
            "/teams/1/name: the team's name is empty; write one",
            "/teams/2/name: \"blue\" is already the name of team 1; each team needs its own name",
            "/injects/0/month: 48 is past horizon_months 48",
            "/injects/1/kind: \"earthquake\" is not a shock kind",
            "/injects/1/headline: the headline is empty; write one",
        ];
        for phrase in expect {
            assert!(
                got.iter().any(|m| m.starts_with(phrase)),
                "missing {phrase:?} in {got:#?}"
            );
        }
    }

    #[test]
    fn team_counts_format_and_kinds_are_checked() {
        let mut one = exercise_json();
        one["teams"] = json!([{ "name": "Alone" }]);
        assert_eq!(
            messages(one),
            ["/teams: 1 team is given; an exercise has 2 to 8 teams"]
        );
        let mut nine = exercise_json();
        nine["teams"] = Value::Array(
            (0..9)
                .map(|i| json!({ "name": format!("Team {i}") }))
                .collect(),
        );
        assert_eq!(
            messages(nine),
            ["/teams: 9 teams are given; an exercise has 2 to 8 teams"]
        );
        let mut newer = exercise_json();
        newer["format"] = json!("relief-exercise/2");
        assert!(messages(newer)[0].contains("a version this reader does not know"));
        let mut none = exercise_json();
        none.as_object_mut().unwrap().remove("scenario");
        assert!(messages(none)[0].starts_with("/scenario: missing"));
        assert!(messages(json!([1, 2]))[0].starts_with("expected an object, got a list"));
        let mut control = exercise_json();
        control["injects"][0]["headline"] = json!("Two\nlines");
        assert!(messages(control)[0].contains("one line of text"));
    }

    #[test]
    fn broken_links_say_why() {
        let good = exercise_to_link(&exercise());
        let team = team_to_link(&TeamWork {
            team: "Blue".into(),
            exercise_id: "x".into(),
            exercise_title: String::new(),
            scenario: Scenario::default(),
        });
        let cases = [
            ("", "does not hold a workshop exercise"),
            ("hello", "does not hold a workshop exercise"),
            ("w7.abc", "newer version"),
            ("w1.@@@", "characters such a link never has"),
            (&good[..good.len() / 2], "cut short"),
            ("s1.abc", "a scenario for the explorer"),
            (&team, "holds a team's sequence, not a workshop exercise"),
        ];
        for (fragment, phrase) in cases {
            let message = exercise_from_link(fragment).unwrap_err().to_string();
            assert!(
                message.starts_with("this link cannot be read: "),
                "{fragment}: {message}"
            );
            assert!(message.contains(phrase), "{fragment}: {message}");
        }
        let message = team_from_link(&good).unwrap_err().to_string();
        assert!(
            message.contains("holds a workshop exercise, not a team's sequence"),
            "{message}"
        );
    }

    #[test]
    fn locks_follow_who_moves_and_what_a_step_does() {
        assert!(Lock::SanctioningSide.allows(StepKind::SectoralEasing));
        assert!(Lock::SanctioningSide.allows(StepKind::SnapbackClause));
        assert!(!Lock::SanctioningSide.allows(StepKind::ComplianceStep));
        assert!(Lock::Target.allows(StepKind::PoliticalReform));
        assert!(!Lock::Target.allows(StepKind::IndependentMonitoring));
        assert!(Lock::ConfidenceBuilding.allows(StepKind::IndependentAudit));
        assert!(Lock::ConfidenceBuilding.allows(StepKind::PublishedCriteria));
        assert!(!Lock::ConfidenceBuilding.allows(StepKind::AssetUnfreezing));
        assert!(StepKind::ALL.iter().all(|&k| Lock::Everything.allows(k)));
        for lock in Lock::ALL {
            assert_eq!(Lock::from_key(lock.key()), Some(lock));
        }
    }

    #[test]
    fn injects_are_felt_once_whether_teams_saw_them_or_not() {
        let mut e = exercise();
        let start = e.team_start();
        assert_eq!(
            start.shocks.len(),
            3,
            "the scenario's shock and both injects"
        );
        assert_eq!(
            e.with_injects(&start),
            start,
            "nothing is added twice, and the order stays"
        );
        e.teams_see_injects = false;
        let blind = e.team_start();
        assert_eq!(blind.shocks.len(), 1);
        assert_eq!(e.with_injects(&blind).shocks.len(), 3);
        assert_eq!(e.reference().shocks.len(), 3);
    }

    #[test]
    fn remarks_name_what_a_team_changed_outside_its_lock() {
        let e = exercise();
        let start = e.team_start();
        assert!(e.remarks("Blue", &start).is_empty());
        assert!(
            e.remarks("blue ", &start).is_empty(),
            "names match ignoring case and spaces"
        );

        // Blue (the sanctioning side) moves its relief: fine. Green (the target) may not.
        let mut moved = start.clone();
        moved.steps[0].month = 5;
        assert!(e.remarks("Blue", &moved).is_empty());
        let green = e.remarks("Green", &moved);
        assert_eq!(green.len(), 1, "{green:?}");
        assert!(
            green[0].contains("Humanitarian exemption at month 0 was moved, changed or removed"),
            "{green:?}"
        );
        assert!(
            green[0].contains("Humanitarian exemption at month 5 was added"),
            "{green:?}"
        );

        let mut extra = start.clone();
        extra.steps.push(Step::new(StepKind::AssetUnfreezing, 3));
        // The starting scenario's own shock goes (an inject taken out would come back).
        extra.shocks.remove(0);
        extra.assumptions.hardliners = 0.9;
        let orange = e.remarks("Orange", &extra);
        assert_eq!(orange.len(), 2, "{orange:?}");
        assert!(orange[0].contains("different assumptions"));
        assert!(orange[1].contains("changes the shocks"));

        assert!(
            e.remarks("Purple", &start)[0]
                .contains("not one of this exercise's teams (“Blue”, “Green”, “Orange”)")
        );
    }

    #[test]
    fn team_work_survives_its_link_and_its_file() {
        let e = exercise();
        let work = TeamWork {
            team: "Green".into(),
            exercise_id: e.id(),
            exercise_title: e.title.clone(),
            scenario: e.team_start(),
        };
        let link = team_to_link(&work);
        assert!(link.starts_with("t1."));
        assert_eq!(team_from_link(&link).unwrap(), work);
        assert_eq!(
            team_from_text(&format!("  https://x.org/workshop.html#{link}\n"), "").unwrap(),
            work
        );
        let file = team_to_value(&work).to_string();
        assert_eq!(team_from_text(&file, "ignored.json").unwrap(), work);
    }

    /// Links made before, kept in `tests/data/links.json`: compiled in, so the browser run
    /// checks them too.
    fn link_fixtures(kind: &str) -> Vec<Value> {
        let file: Value = serde_json::from_str(include_str!("../../../tests/data/links.json"))
            .expect("links.json is JSON");
        let fixtures = file[kind].as_array().expect("a list of links").clone();
        assert!(!fixtures.is_empty(), "no {kind}");
        fixtures
    }

    #[test]
    fn exercise_links_made_before_open_as_they_did_and_are_made_the_same_way() {
        for fixture in link_fixtures("exercise_links") {
            let name = fixture["name"].as_str().unwrap();
            let link = fixture["link"].as_str().unwrap();
            let e = exercise_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(exercise_to_value(&e), fixture["document"], "{name}");
            assert_eq!(e.id(), fixture["id"].as_str().unwrap(), "{name}");
            assert_eq!(exercise_to_link(&e), link, "{name}");
        }
    }

    #[test]
    fn team_links_made_before_open_as_they_did_and_are_made_the_same_way() {
        for fixture in link_fixtures("team_links") {
            let name = fixture["name"].as_str().unwrap();
            let link = fixture["link"].as_str().unwrap();
            let work = team_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(team_to_value(&work), fixture["document"], "{name}");
            assert_eq!(team_to_link(&work), link, "{name}");
            assert_eq!(team_from_text(link, "").unwrap(), work, "{name}");
        }
    }

    #[test]
    fn team_names_match_whatever_their_case_in_any_script() {
        assert_eq!(name_key("  ÉQUIPE Nord "), name_key("équipe nord"));
        assert_eq!(name_key("ΟΜΆΔΑ"), name_key("ομάδα"));
        assert_ne!(name_key("Team A"), name_key("Team B"));
    }

    #[test]
    fn bare_scenarios_are_accepted_as_teams() {
        let scenario = relief_model::preset("all-at-once").unwrap().scenario;
        let json = relief_model::scenario_to_json(&scenario);
        let from_file = team_from_text(&json, "team-red").unwrap();
        assert_eq!(from_file.team, "team-red");
        assert_eq!(from_file.scenario, scenario);
        let from_link = team_from_text(&relief_model::scenario_to_link(&scenario), "").unwrap();
        assert_eq!(from_link.team, scenario.title);
        let bad = team_from_text(
            r#"{"format":"relief-team/1","team":"X","scenario":{"format":"relief-scenario/1","steps":[{"kind":"nope","month":1}]}}"#,
            "",
        );
        assert!(
            bad.unwrap_err()
                .to_string()
                .starts_with("/scenario/steps/0/kind: \"nope\" is not a step kind")
        );
        let not_json = team_from_text("{\"format\": ", "").unwrap_err().to_string();
        assert!(not_json.contains("ends too early"), "{not_json}");
    }
}
