//! The workshop page's wasm API: exercise and team links, QR codes, and [`Comparison`], which
//! projects up to eight teams' sequences, draws them over each other and ranks them.
//!
//! Like the rest of the crate this only converts and draws: exercises are read and checked in
//! [`crate::exercise`], numbers and rankings come from [`crate::ranking`] and the model.

use relief_charts::{ChartInput, ChartKind, ChartStyle, Marker, Overlay, Theme};
use relief_model::words::{Arg, Template};
use relief_model::{Projection, Scenario, Series};
use relief_web::language::sentence;
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::exercise::{self, Exercise, Lock, TeamWork};
use crate::ranking;
use crate::words::{listed, text};
use crate::{code, reading, writing};
use relief_web::canvases::{ChartCanvases, theme_from_key};
use relief_web::{read_scenario, to_js};

templates! {
    BINDING_TEMPLATES;
    WHAT_EXERCISE = "workshop-what-exercise": "the exercise";
    WHAT_TEAM = "workshop-what-team": "the team's sequence";
    WHAT_PLAYED = "workshop-what-played": "the exercise played";
    WHAT_WEIGHTS = "workshop-what-weights": "the ranking's weights";
    NOT_WRITTEN_AS_JSON = "workshop-error-not-written-as-json": "{ $what } could not be written as JSON";
    NOT_JSON = "workshop-error-not-json": "{ $what } must be a JSON object or its text";
    STARTING_SCENARIO = "workshop-starting-scenario": "Starting scenario";
    TOO_MANY_TEAMS = "workshop-error-too-many-teams": "a comparison holds at most { $max } teams; remove one before adding “{ $team }”";
    TEAM_WITHOUT_NAME = "workshop-error-team-without-name": "every team in a comparison needs a name";
    TEAM_TAKEN = "workshop-error-team-taken": "a team called “{ $team }” is already in the comparison; remove it first to replace it";
    PLAYED_UNREADABLE = "workshop-error-played-unreadable": "the exercise “{ $team }” handed back with could not be read: { $problems }";
    OTHER_EXERCISE_HORIZON = "workshop-error-other-exercise-horizon": "it played another exercise, “{ $title }”, over { $months } months, and this comparison's exercise runs { $horizon } months; compare it on a device set up for its own exercise (open its hand-back there), or ask the team to play this exercise's link";
    OTHER_HORIZON = "workshop-error-other-horizon": "it projects { $months } months but this comparison { $horizon }; every team must share the exercise's horizon";
    TEAM_REFUSED = "workshop-error-team-refused": "“{ $team }”: { $why }";
    UNKNOWN_VERSION = "workshop-remark-unknown-version": "It was handed back for another exercise, or for a version of this one whose inputs have since changed, and its hand-back does not carry the exercise it played; it is compared against this one. Ask the team to open this exercise's link and hand back again.";
    EARLIER_VERSION = "workshop-remark-earlier-version": "It played an earlier version of this exercise: { $changes } changed since. Its numbers are from the version it played.";
    ITS_INPUTS = "workshop-remark-its-inputs": "its inputs";
    TEAM_SERIES = "workshop-error-team-series": "the teams' trust line is { $first } or { $second }, not { $given }";
    WEIGHTS_REFUSED = "workshop-error-weights": "The ranking's weights: { $problems }";
    UNKNOWN_CHART = "workshop-error-unknown-chart": "unknown chart { $chart }";
    NO_SUCH_TEAM = "workshop-error-no-such-team": "there is no team { $index }";
}

/// The message ids the workshop's page resolves for `set_language`, besides the explorer's
/// ([`relief_web::language::sentence_ids`]): every sentence of this module, and the names of
/// who takes a step, which a team's sequence names.
#[wasm_bindgen]
pub fn workshop_sentence_ids() -> Vec<String> {
    let mut ids: Vec<String> = crate::words::templates()
        .iter()
        .map(|t| t.id.to_owned())
        .collect();
    let mut actors: Vec<&str> = relief_model::StepKind::ALL
        .iter()
        .map(|k| ranking::actor_key(k.actor()))
        .collect();
    actors.sort_unstable();
    actors.dedup();
    ids.extend(actors.iter().map(|a| format!("model-actor-{a}")));
    ids
}

/// An error in the reader's language.
fn error(template: &'static Template, args: Vec<(&'static str, Arg)>) -> JsError {
    JsError::new(&sentence(template, args))
}

/// The JSON text of a JavaScript value: a string as it is, an object as `JSON.stringify`
/// writes it. Either is then read as strictly as a file. `what` names the value in errors.
fn json_text(value: &JsValue, what: &'static Template) -> Result<String, JsError> {
    let what = || vec![("what", text(sentence(what, vec![])))];
    match value.as_string() {
        Some(text) => Ok(text),
        None if value.is_object() => js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| error(&NOT_WRITTEN_AS_JSON, what())),
        None => Err(error(&NOT_JSON, what())),
    }
}

fn read_exercise(value: &JsValue) -> Result<Exercise, JsError> {
    reading::exercise_from_json(&json_text(value, &WHAT_EXERCISE)?)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// An exercise as the page works with it: the document with every default filled in, its
/// identifier and version, and the scenario each team starts from.
fn expanded(e: &Exercise) -> JsValue {
    to_js(&json!({
        "exercise": writing::exercise_to_value(e),
        "id": e.id(),
        "version": e.version(),
        "team_start": relief_model::scenario_to_value(&e.team_start()),
        "reference": relief_model::scenario_to_value(&e.reference()),
    }))
}

fn work_value(w: &TeamWork) -> JsValue {
    to_js(&writing::team_to_value(w))
}

/// What the set-up and team views are built from: the locks (`{key, label, inline_label,
/// description, kinds}`, where `inline_label` is the label as it stands inside a sentence and
/// `kinds` are the step kinds a team under the lock may change), the format's limits, and the
/// months the comparison reads trust and recovery at. Words are in the reader's language.
#[wasm_bindgen]
pub fn workshop_catalog() -> JsValue {
    let locks: Vec<Value> = Lock::ALL
        .iter()
        .map(|&lock| {
            let kinds: Vec<&str> = relief_model::StepKind::ALL
                .iter()
                .filter(|&&k| lock.allows(k))
                .map(|k| k.key())
                .collect();
            json!({
                "key": lock.key(),
                "label": lock.label(),
                "inline_label": lock.inline_label(),
                "description": lock.description(),
                "kinds": kinds,
            })
        })
        .collect();
    use exercise::limits as l;
    to_js(&json!({
        "locks": locks,
        "limits": {
            "min_teams": l::MIN_TEAMS,
            "max_teams": l::MAX_TEAMS,
            "max_injects": l::MAX_INJECTS,
            "max_title_chars": l::MAX_TITLE_CHARS,
            "max_briefing_chars": l::MAX_BRIEFING_CHARS,
            "max_team_name_chars": l::MAX_TEAM_NAME_CHARS,
            "max_headline_chars": l::MAX_HEADLINE_CHARS,
            "max_inject_text_chars": l::MAX_INJECT_TEXT_CHARS,
        },
        "trust_month": ranking::TRUST_MONTH,
        "economy_month": ranking::ECONOMY_MONTH,
        "ranking_rule": ranking::default_rule(),
        "ranking_weights": ranking::weights_catalog(),
    }))
}

/// Validates an exercise (`relief-exercise/1`, an object or its JSON text) and returns
/// `{exercise, id, version, team_start, reference}`: the complete document, its identifier
/// (of its whole content), its version (of what the model reads from it: see
/// [`Exercise::version`]), the scenario each team starts from and the starting scenario with
/// every inject. Throws an
/// `Error` naming each bad field by its JSON path, one per line.
#[wasm_bindgen]
pub fn read_exercise_document(exercise: JsValue) -> Result<JsValue, JsError> {
    Ok(expanded(&read_exercise(&exercise)?))
}

/// The exercise as a link fragment without the `#`: `w3.` and the JSON, deflated from the
/// links' dictionary and in base64url. Throws like [`read_exercise_document`].
#[wasm_bindgen]
pub fn exercise_link(exercise: JsValue) -> Result<String, JsError> {
    Ok(writing::exercise_to_link(&read_exercise(&exercise)?))
}

/// Reads an exercise link (a fragment, with or without `#`, or a whole address) into
/// `{exercise, id, team_start, reference}`. Throws "this link cannot be read: …" with the
/// reason, or the bad fields of the exercise inside it.
#[wasm_bindgen]
pub fn exercise_from_link(link: &str) -> Result<JsValue, JsError> {
    let e = reading::exercise_from_link(link).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(expanded(&e))
}

fn read_work(work: &JsValue) -> Result<TeamWork, JsError> {
    reading::team_from_json(&json_text(work, &WHAT_TEAM)?).map_err(|e| JsError::new(&e.to_string()))
}

/// A team's hand-back (`{format: "relief-team/1", team, exercise, exercise_title,
/// scenario, exercise_document}`) as a link fragment without the `#`: `t3.` and the JSON,
/// deflated like an exercise's.
#[wasm_bindgen]
pub fn team_link(work: JsValue) -> Result<String, JsError> {
    Ok(writing::team_to_link(&read_work(&work)?))
}

/// The team's hand-back as the text of a `.json` file, indented for people to read.
#[wasm_bindgen]
pub fn team_file(work: JsValue) -> Result<String, JsError> {
    let work = read_work(&work)?;
    Ok(serde_json::to_string_pretty(&writing::team_to_value(&work)).unwrap_or_default())
}

/// Reads a team link into the complete `relief-team/1` document. Throws like
/// [`exercise_from_link`].
#[wasm_bindgen]
pub fn team_from_link(link: &str) -> Result<JsValue, JsError> {
    let w = reading::team_from_link(link).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(work_value(&w))
}

/// The short code of a team's hand-back (`relief-team/1`, an object or its JSON text) in
/// `exercise`, for typing where no link can be sent: `undefined` when the sequence cannot be
/// written as one (see [`crate::code`]). Throws naming a bad field of either document.
#[wasm_bindgen]
pub fn team_code(exercise: JsValue, work: JsValue) -> Result<Option<String>, JsError> {
    let exercise = read_exercise(&exercise)?;
    let work = read_work(&work)?;
    Ok(code::team_code(&exercise, &work.team, &work.scenario))
}

/// Reads a team's short code typed on this device, against `exercise` (the one set up here),
/// into the complete `relief-team/1` document. Throws saying what is wrong with the code.
#[wasm_bindgen]
pub fn team_from_code(exercise: JsValue, code: &str) -> Result<JsValue, JsError> {
    let exercise = read_exercise(&exercise)?;
    let work = code::team_from_code(&exercise, code).map_err(|e| JsError::new(&e.0))?;
    Ok(work_value(&work))
}

/// Reads whatever a facilitator pastes or drops for one team: a team link or file, or a plain
/// scenario link or file (which takes `fallback_name`, such as the file's name, as the team's
/// name). Returns the complete `relief-team/1` document; throws naming what is wrong.
#[wasm_bindgen]
pub fn read_team(text: &str, fallback_name: &str) -> Result<JsValue, JsError> {
    let w =
        reading::team_from_text(text, fallback_name).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(work_value(&w))
}

/// The colour and dash pattern of each team's line in `theme`, in team order, so the page's
/// legends match the charts: `[{colour, dash}]`.
#[wasm_bindgen]
pub fn team_styles(theme: &str) -> Result<JsValue, JsError> {
    let theme = theme_from_key(theme)?;
    let styles: Vec<Value> = theme
        .palette()
        .overlays
        .iter()
        .zip(relief_charts::OVERLAY_DASHES)
        .map(|(c, d)| json!({"colour": c.hex(), "dash": d}))
        .collect();
    Ok(to_js(&Value::Array(styles)))
}

/// One projected sequence in a comparison.
struct Projected {
    name: String,
    lock: Option<Lock>,
    scenario: Scenario,
    projection: Projection,
    markers: Vec<Marker>,
    remarks: Vec<String>,
    /// The version of the exercise the team played, when it is not the comparison's own
    /// (or the comparison has none): its changes, news and sheet are read against it.
    played: Option<Exercise>,
}

fn project(name: &str, lock: Option<Lock>, scenario: Scenario, remarks: Vec<String>) -> Projected {
    let projection = relief_model::simulate(&scenario);
    let markers = relief_charts::markers_for(&scenario);
    Projected {
        name: name.to_string(),
        lock,
        scenario,
        projection,
        markers,
        remarks,
        played: None,
    }
}

/// Up to eight teams' sequences projected side by side, for the facilitator's comparison,
/// play and debrief. One sequence is "in focus": its bands and solid medians are drawn, and
/// play mode unrolls it month by month; every team's median is drawn over it in the team's
/// own colour and dash pattern. With an exercise set, the focus starts on its starting
/// scenario and every team's sequence is played with the exercise's injects.
#[wasm_bindgen]
pub struct Comparison {
    exercise: Option<Exercise>,
    reference: Option<Projected>,
    teams: Vec<Projected>,
    /// `None` for the reference (or the first team when there is none).
    focus: Option<usize>,
    show_teams: bool,
    /// The series the trust chart draws for each team: one line per team.
    team_series: Series,
    charts: ChartCanvases,
}

impl Default for Comparison {
    fn default() -> Self {
        Comparison::new()
    }
}

#[wasm_bindgen]
impl Comparison {
    /// An empty comparison in the light theme, with no exercise, no teams and no canvases.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Comparison {
        Comparison {
            exercise: None,
            reference: None,
            teams: Vec::new(),
            focus: None,
            show_teams: true,
            team_series: Series::Trust,
            charts: ChartCanvases::default(),
        }
    }

    /// Sets the exercise (an object or its JSON text): its starting scenario with every inject
    /// becomes the reference. Set it before adding teams. Throws naming the bad fields.
    pub fn set_exercise(&mut self, exercise: JsValue) -> Result<(), JsError> {
        let e = read_exercise(&exercise)?;
        let name = sentence(&STARTING_SCENARIO, vec![]);
        self.reference = Some(project(&name, None, e.reference(), Vec::new()));
        self.exercise = Some(e);
        Ok(())
    }

    /// Adds a team's sequence and returns its index. With an exercise, the exercise's injects
    /// are added to the sequence (once each), and the team's remarks say what it changed that
    /// the exercise keeps fixed. `exercise_id` is the version its hand-back carried (empty
    /// when unknown) and `played` the exercise it played, when the hand-back carried it
    /// (`undefined` otherwise): a team that played another version of the exercise is compared
    /// against the version it played, and its remarks say what changed since; one whose
    /// version is unknown is compared against this one, with a remark. Throws when eight teams
    /// are already compared, when the name is empty or taken, when the horizon differs from
    /// the others', or naming the scenario's bad fields.
    pub fn add_team(
        &mut self,
        name: &str,
        scenario: JsValue,
        exercise_id: &str,
        played: JsValue,
    ) -> Result<usize, JsError> {
        let name = name.trim();
        let short = |n: &str| n.chars().take(40).collect::<String>();
        if self.teams.len() >= exercise::limits::MAX_TEAMS {
            return Err(error(
                &TOO_MANY_TEAMS,
                vec![
                    ("max", Arg::Count(exercise::limits::MAX_TEAMS as u64)),
                    ("team", text(short(name))),
                ],
            ));
        }
        if name.is_empty() {
            return Err(error(&TEAM_WITHOUT_NAME, vec![]));
        }
        if self
            .teams
            .iter()
            .any(|t| exercise::name_key(&t.name) == exercise::name_key(name))
        {
            return Err(error(&TEAM_TAKEN, vec![("team", text(short(name)))]));
        }
        let scenario = read_scenario(&scenario)?;
        let played = if played.is_undefined() || played.is_null() {
            None
        } else {
            let json = json_text(&played, &WHAT_PLAYED)?;
            Some(reading::exercise_from_json(&json).map_err(|e| {
                error(
                    &PLAYED_UNREADABLE,
                    vec![
                        ("team", text(short(name))),
                        ("problems", text(e.to_string())),
                    ],
                )
            })?)
        };
        let horizon = self.horizon_of_all().unwrap_or(scenario.horizon_months);
        if scenario.horizon_months != horizon {
            let months = [
                ("months", Arg::Count(scenario.horizon_months.into())),
                ("horizon", Arg::Count(horizon.into())),
            ];
            let why = match (&self.exercise, &played) {
                (Some(e), Some(p)) if p.version() != e.version() => {
                    let mut args = vec![("title", text(short(&p.title)))];
                    args.extend(months);
                    sentence(&OTHER_EXERCISE_HORIZON, args)
                }
                _ => sentence(&OTHER_HORIZON, months.to_vec()),
            };
            return Err(error(
                &TEAM_REFUSED,
                vec![("team", text(short(name))), ("why", text(why))],
            ));
        }
        let (played_scenario, lock, remarks, version) = match (&self.exercise, played) {
            (Some(e), Some(p)) if p.version() != e.version() => {
                // The team played another version: its numbers are the version it played,
                // and the room is told what changed since.
                let mut remarks = vec![earlier_version_remark(&p, e)];
                remarks.extend(p.remarks(name, &scenario));
                let lock = p.team(name).or(e.team(name)).map(|t| t.lock);
                (p.with_injects(&scenario), lock, remarks, Some(p))
            }
            (Some(e), _) => {
                let remarks = if exercise_id.is_empty() || e.answers(exercise_id) {
                    e.remarks(name, &scenario)
                } else {
                    vec![sentence(&UNKNOWN_VERSION, vec![])]
                };
                (
                    e.with_injects(&scenario),
                    e.team(name).map(|t| t.lock),
                    remarks,
                    None,
                )
            }
            (None, Some(p)) => {
                let lock = p.team(name).map(|t| t.lock);
                let remarks = p.remarks(name, &scenario);
                (p.with_injects(&scenario), lock, remarks, Some(p))
            }
            (None, None) => (scenario, None, Vec::new(), None),
        };
        let mut projected = project(name, lock, played_scenario, remarks);
        projected.played = version;
        self.teams.push(projected);
        Ok(self.teams.len() - 1)
    }

    /// How many teams are compared.
    pub fn team_count(&self) -> usize {
        self.teams.len()
    }

    /// Whether there is a reference (the exercise's starting scenario).
    pub fn has_reference(&self) -> bool {
        self.reference.is_some()
    }

    /// Puts a sequence in focus: a team's index, or -1 for the starting scenario (the first
    /// team when there is no exercise). An index past the teams puts the starting scenario in
    /// focus.
    pub fn set_focus(&mut self, index: i32) {
        self.focus = usize::try_from(index)
            .ok()
            .filter(|&i| i < self.teams.len());
    }

    /// The keys of the trust by type the sequence in focus holds (`trust_if_sincere`,
    /// `trust_if_insincere`), which its trust chart draws in place of the trust of both types
    /// mixed, so the page's legend names what is drawn; empty when it holds none.
    pub fn focus_types(&self) -> Vec<String> {
        self.focused()
            .map(|p| {
                relief_charts::TargetType::present(&p.projection)
                    .iter()
                    .map(|t| t.key().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The name of the sequence in focus.
    pub fn focus_name(&self) -> String {
        self.focused().map(|p| p.name.clone()).unwrap_or_default()
    }

    /// Whether the teams' lines are drawn over the sequence in focus (they are by default; in
    /// play mode they grow month by month with it).
    pub fn set_show_teams(&mut self, show: bool) {
        self.show_teams = show;
    }

    /// Chooses the one trust series the trust chart draws for each team: `trust` (trust in
    /// the target, the default, which the ranking reads) or `target_trust` (the target's
    /// trust). Throws naming the two for any other key.
    pub fn set_team_series(&mut self, key: &str) -> Result<(), JsError> {
        let pair = ChartKind::Trust.series();
        self.team_series = Series::from_key(key)
            .filter(|s| pair.contains(s))
            .ok_or_else(|| {
                let quoted = |k: &str| text(format!("{k:?}"));
                error(
                    &TEAM_SERIES,
                    vec![
                        ("first", quoted(pair[0].key())),
                        ("second", quoted(pair[1].key())),
                        ("given", quoted(&key.chars().take(40).collect::<String>())),
                    ],
                )
            })?;
        Ok(())
    }

    /// The key of the trust series drawn for each team (see [`Comparison::set_team_series`]).
    pub fn team_series(&self) -> String {
        self.team_series.key().to_string()
    }

    /// Chooses the chart theme: `light`, `dark` or `high-contrast` (the projector).
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        self.charts.set_theme(theme)
    }

    /// Draws chart `kind` on `canvas` from now on, in place of any canvas it had.
    pub fn attach(&mut self, kind: &str, canvas: HtmlCanvasElement) -> Result<(), JsError> {
        self.charts.attach(kind, canvas)
    }

    /// Redraws every attached chart: the sequence in focus (only up to `up_to_month` when
    /// given: play mode), the teams over it, and a rule at `highlight_month`. Canvases are
    /// sized to their CSS size times the device pixel ratio; one not laid out is skipped.
    pub fn draw_all(
        &mut self,
        highlight_month: Option<u32>,
        up_to_month: Option<u32>,
    ) -> Result<(), JsError> {
        // The canvases are taken out while the sequences they show are borrowed.
        let mut charts = core::mem::take(&mut self.charts);
        let drawn = self.draw_on(&mut charts, highlight_month, up_to_month);
        self.charts = charts;
        drawn
    }

    fn draw_on(
        &self,
        charts: &mut ChartCanvases,
        highlight_month: Option<u32>,
        up_to_month: Option<u32>,
    ) -> Result<(), JsError> {
        let Some(focused) = self.focused() else {
            return Ok(());
        };
        let overlays = self.overlays();
        let numerals = relief_web::language::numerals();
        let input = ChartInput {
            projection: &focused.projection,
            baseline: None,
            markers: &focused.markers,
            highlight_month,
            up_to_month,
            overlays: &overlays,
            ghost: None,
            numerals: numerals.as_ref(),
        };
        charts.draw(&input)
    }

    /// The month under a pointer `offset_x` CSS pixels from the left of chart `kind`'s canvas,
    /// as of the last draw; `undefined` outside the plot.
    pub fn month_at(&self, kind: &str, offset_x: f64) -> Option<u32> {
        self.charts.month_at(kind, offset_x, self.horizon())
    }

    /// The horizon every compared sequence shares (0 when there is none).
    pub fn horizon(&self) -> u32 {
        self.horizon_of_all().unwrap_or(0)
    }

    /// The ranking of the teams under `weights` (`{breakdown_risk, trust, economy, leverage}`,
    /// each from 0 to 5, an object or its JSON text; `undefined` or `null` for the default
    /// weights): see [`ranking::ranking`]. `null` with no team. Throws naming each bad weight.
    pub fn ranking(&self, weights: JsValue) -> Result<JsValue, JsError> {
        let weights = if weights.is_undefined() || weights.is_null() {
            ranking::Weights::DEFAULT
        } else {
            relief_model::parse_json(&json_text(&weights, &WHAT_WEIGHTS)?)
                .and_then(|v| ranking::Weights::from_value(&v))
                .map_err(|e| error(&WEIGHTS_REFUSED, vec![("problems", text(e.to_string()))]))?
        };
        if self.teams.is_empty() {
            return Ok(JsValue::NULL);
        }
        let entries: Vec<ranking::Entry> = self
            .teams
            .iter()
            .map(|t| ranking::Entry {
                name: &t.name,
                projection: &t.projection,
                runs: t.scenario.runs,
                remarks: &t.remarks,
            })
            .collect();
        let mut table = ranking::ranking(&entries, &weights);
        // The projections keep the checker's warnings in English; each row says them again
        // from its team's scenario, in the reader's language.
        if let Some(rows) = table["rows"].as_array_mut() {
            for row in rows {
                let team = row["index"]
                    .as_u64()
                    .and_then(|i| self.teams.get(i as usize));
                if let Some(team) = team {
                    row["warnings"] = json!(relief_web::text::warnings(&team.scenario));
                }
            }
        }
        Ok(to_js(&table))
    }

    /// Every value of the sequence in focus at `month` (as the explorer's readout).
    pub fn readout(&self, month: u32) -> JsValue {
        match self.focused() {
            Some(p) => to_js(&relief_web::text::readout(&p.projection, None, month)),
            None => JsValue::NULL,
        }
    }

    /// The one-paragraph summary of the sequence in focus at `month` (the horizon when
    /// omitted).
    pub fn summary_text(&self, month: Option<u32>) -> String {
        self.focused()
            .map(|p| relief_web::text::summary_text(&p.projection, None, month))
            .unwrap_or_default()
    }

    /// What chart `kind` shows of the sequence in focus at `month`, in one sentence.
    pub fn chart_value_text(&self, kind: &str, month: u32) -> String {
        match (ChartKind::from_key(kind), self.focused()) {
            (Some(kind), Some(p)) => relief_web::text::chart_value_text(&p.projection, kind, month),
            _ => String::new(),
        }
    }

    /// A team's debrief sheet (index -1: the starting scenario): see [`ranking::sheet`].
    pub fn sheet(&self, index: i32) -> JsValue {
        match self.entry(index) {
            Some(p) => to_js(&ranking::sheet(
                &p.name,
                p.lock,
                &p.scenario,
                &p.projection,
                &p.remarks,
                p.played.as_ref().or(self.exercise.as_ref()),
            )),
            None => JsValue::NULL,
        }
    }

    /// What team `index` changed from where the exercise starts it, in month order: `[{kind,
    /// text, month, list, index}]` with `kind` one of `moved`, `added`, `removed` and
    /// `changed`, `text` the change in plain words, `month` where the item is now (where it
    /// was, for a removal), and `list` and `index` the item in the team's sequence as played
    /// (its sheet's sequence items carry the same; `index` is `null` for a removal). `null`
    /// without an exercise to compare with, or without such a team.
    pub fn changes(&self, index: usize) -> JsValue {
        let team = self.teams.get(index);
        match (
            team.and_then(|p| p.played.as_ref())
                .or(self.exercise.as_ref()),
            team,
        ) {
            (Some(e), Some(p)) => to_js(&Value::Array(
                e.changes(&p.scenario)
                    .iter()
                    .map(crate::changes::Change::to_value)
                    .collect(),
            )),
            _ => JsValue::NULL,
        }
    }

    /// The scenario a team's numbers come from (index -1: the starting scenario), with the
    /// exercise's injects, as a `relief-scenario/1` object.
    pub fn played_scenario(&self, index: i32) -> JsValue {
        match self.entry(index) {
            Some(p) => to_js(&relief_model::scenario_to_value(&p.scenario)),
            None => JsValue::NULL,
        }
    }

    /// One chart of one sequence (index -1: the starting scenario) as an SVG document of
    /// `width` by `height` CSS pixels in the light theme, for the printed debrief. With
    /// `with_teams`, every team's median is drawn over it as on the page.
    pub fn chart_svg(
        &self,
        index: i32,
        kind: &str,
        width: u32,
        height: u32,
        with_teams: bool,
    ) -> Result<String, JsError> {
        let kind = ChartKind::from_key(kind)
            .ok_or_else(|| error(&UNKNOWN_CHART, vec![("chart", text(format!("{kind:?}")))]))?;
        let p = self.entry(index).ok_or_else(|| {
            error(
                &NO_SUCH_TEAM,
                vec![("index", Arg::Decimal(f64::from(index), 0))],
            )
        })?;
        let overlays = if with_teams {
            self.team_overlays()
        } else {
            Vec::new()
        };
        let input = ChartInput {
            projection: &p.projection,
            baseline: None,
            markers: &p.markers,
            highlight_month: None,
            up_to_month: None,
            overlays: &overlays,
            ghost: None,
            numerals: None,
        };
        relief_charts::render_svg(
            kind,
            &input,
            &ChartStyle::svg(1.0, Theme::Light),
            width,
            height,
        )
        .map_err(|e| JsError::new(&e.to_string()))
    }
}

impl Comparison {
    fn horizon_of_all(&self) -> Option<u32> {
        self.reference
            .as_ref()
            .or(self.teams.first())
            .map(|p| p.projection.horizon_months)
    }

    fn entry(&self, index: i32) -> Option<&Projected> {
        match usize::try_from(index) {
            Ok(i) => self.teams.get(i),
            Err(_) => self.reference.as_ref().or(self.teams.first()),
        }
    }

    fn focused(&self) -> Option<&Projected> {
        match self.focus {
            Some(i) => self.teams.get(i),
            None => self.reference.as_ref().or(self.teams.first()),
        }
    }

    fn team_overlays(&self) -> Vec<Overlay<'_>> {
        self.teams
            .iter()
            .map(|t| Overlay {
                series: self.team_series,
                ..Overlay::new(&t.name, &t.projection)
            })
            .collect()
    }

    fn overlays(&self) -> Vec<Overlay<'_>> {
        if self.show_teams {
            self.team_overlays()
        } else {
            Vec::new()
        }
    }
}

/// The remark on a team that played an earlier version of the exercise: that its numbers are
/// the version it played, and what has changed since.
fn earlier_version_remark(played: &Exercise, current: &Exercise) -> String {
    let changes = current.changes_since(played);
    let what = if changes.is_empty() {
        sentence(&ITS_INPUTS, vec![])
    } else {
        listed(&changes)
    };
    sentence(&EARLIER_VERSION, vec![("changes", text(what))])
}
