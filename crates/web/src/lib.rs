//! # relief-web: Relief Sequencer in the browser
//!
//! A thin adapter between the static page in `www/` and the Rust crates: it reads a
//! `relief-scenario/1` document, calls [`relief_model::simulate`], and draws the charts of
//! [`relief_charts`] onto the page's canvases with plotters-canvas.
//!
//! ## Architecture invariant
//!
//! No model and no chart logic lives here. This crate converts (JavaScript values to the
//! model's types and back), keeps the current and the baseline projection between calls, and
//! sizes canvases; names, explanations and numbers come from the model and the charts crates
//! so they are written once, and it draws nothing itself: the charts and the exported figures,
//! with their titles and legends, are drawn by [`relief_charts`]. The words the page shows are built by [`text`], which is plain
//! Rust and tested natively.
//!
//! ## API boundary
//!
//! - [`catalog`], [`palette`], [`simulate`], [`validate`], [`new_seed`], [`preset_list`],
//!   [`preset`], [`scenario_link`], [`scenario_from_link`], [`explain`]: free functions.
//! - [`Explorer`] (module `explorer`): the page's one stateful object.
//!   [`Explorer::project`] starts a scenario's ensemble in slices, which the page's workers
//!   count with [`count_runs`] and [`Explorer::add_counts`] merges in run order (so the
//!   projection is the same bits however many workers share it), [`Explorer::show_progress`]
//!   brings the charts up to the counts so far, [`Explorer::draw_all`] redraws every attached
//!   canvas, and the rest read the current projection at a month (readout, summary, table).
//!   [`Explorer::set_scenario`] runs a whole ensemble at once.
//! - [`share`]: [`share::qr_code`] of a link.
//! - `export` (feature `explorer`, on by default): the explorer's files
//!   (`Explorer::projection_json`, `Explorer::projection_csv`, and `Explorer::chart_svg`, the
//!   charts crate's figure of a chart); `explain`, behind "Why?"; `analysis` ("What matters
//!   most?") and `suggest` ([`suggest_order`], "Suggest a better order"), both run in the
//!   page's analysis worker; `story` (`relief-story/1`: [`story::parse_story`],
//!   [`story::story_from_link`], [`story::story_to_link`] and [`story::story_frame_scenario`],
//!   each taking and giving JSON text), for an article that steps through a sequence. The
//!   workshop's module links this crate without them.
//! - [`canvases`]: the canvases charts are drawn on, sized to the screen's pixel ratio.
//!
//! The workshop page has its own module, the `relief-workshop` crate, which links this one:
//! readers of the explorer never download the workshop's code.
//!
//! Data crossing the boundary is kept small: the page never receives the series to draw
//! them; it gets short JSON documents (a summary, one month's values, a table) parsed once
//! with `JSON.parse`, which is faster and smaller than building objects field by field.
//! Errors are `Error` objects whose message names the bad field by its JSON path.
#![deny(missing_docs)]

#[cfg(feature = "explorer")]
pub mod analysis;
pub mod canvases;
mod explorer;
#[cfg(feature = "explorer")]
pub mod export;
pub mod language;
pub mod share;
#[cfg(feature = "explorer")]
pub mod story;
#[cfg(feature = "suggest")]
mod suggest;
pub mod text;
#[cfg(not(target_arch = "wasm32"))]
pub mod words;

pub use explorer::Explorer;
#[cfg(feature = "suggest")]
pub use suggest::suggest_order;

use crate::canvases::theme_from_key;
use relief_model::Scenario;
use wasm_bindgen::prelude::*;

/// Installs the panic hook, so a panic reaches the console as a readable report (the page
/// also shows every error it catches).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The crate's version, shown in the page's footer and in bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A JSON document as a plain JavaScript value.
pub fn to_js(value: &serde_json::Value) -> JsValue {
    // The text comes from serde_json, so JSON.parse cannot fail on it.
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}

/// The scenario's JSON text from a string or from a plain object.
fn scenario_text(scenario: &JsValue) -> Result<String, JsError> {
    if let Some(text) = scenario.as_string() {
        return Ok(text);
    }
    if !scenario.is_object() {
        // Named in the model's words for the same value in a file ("got null").
        let got = if scenario.is_null() {
            ": expected an object, got null"
        } else if scenario.as_f64().is_some() {
            ": expected an object, got a number"
        } else if scenario.as_bool().is_some() {
            ": expected an object, got true or false"
        } else {
            ""
        };
        return Err(JsError::new(&format!(
            "the scenario must be a JSON object or its text{got}"
        )));
    }
    js_sys::JSON::stringify(scenario)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("the scenario could not be written as JSON"))
}

/// Reads and validates a scenario given as an object or as JSON text.
pub fn read_scenario(scenario: &JsValue) -> Result<Scenario, JsError> {
    let text = scenario_text(scenario)?;
    relief_model::parse_scenario(&text).map_err(|e| JsError::new(&e.to_string()))
}

/// Everything the page builds its controls from: step kinds (`key`, `label`, `actor`,
/// `lane`, `role`, `explanation`, `default_size`), shock kinds, assumptions (with their
/// defaults), lanes, series, charts, default horizon, runs and seed, and the format's limits.
#[wasm_bindgen]
pub fn catalog() -> JsValue {
    to_js(&text::catalog())
}

/// The chart colours of a theme (`light`, `dark` or `high-contrast`) as CSS hex strings.
#[wasm_bindgen]
pub fn palette(theme: &str) -> Result<JsValue, JsError> {
    let theme = theme_from_key(theme)?;
    Ok(to_js(&text::palette(theme)))
}

/// Runs the model on a `relief-scenario/1` document (an object or its JSON text) and returns
/// the `relief-projection/1` document as a plain object. Throws an `Error` naming each bad
/// field, e.g. `/steps/3/month: 61 is past horizon_months 48`.
#[wasm_bindgen]
pub fn simulate(scenario: JsValue) -> Result<JsValue, JsError> {
    let scenario = read_scenario(&scenario)?;
    let projection = relief_model::simulate(&scenario);
    let json = relief_model::projection_to_json(&projection);
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the projection could not be read"))
}

/// The counts of the runs `start..end` of a scenario given as JSON text, as words for
/// [`Explorer::add_counts`]: what each of the page's workers runs. The last scenario read is
/// kept, so the slices of one scenario read it once.
#[wasm_bindgen]
pub fn count_runs(scenario: &str, start: u32, end: u32) -> Result<Vec<u32>, JsError> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Scenario)>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.as_ref().is_none_or(|(text, _)| text != scenario) {
            let parsed =
                relief_model::parse_scenario(scenario).map_err(|e| JsError::new(&e.to_string()))?;
            *last = Some((scenario.to_owned(), parsed));
        }
        let Some((_, parsed)) = last.as_ref() else {
            return Err(JsError::new("the scenario could not be kept"));
        };
        let params = relief_model::Params::default();
        Ok(relief_model::Counts::of_runs(parsed, &params, start..end).to_words())
    })
}

/// Validates a scenario and returns it complete, with every default filled in. Throws like
/// [`simulate`].
#[wasm_bindgen]
pub fn validate(scenario: JsValue) -> Result<JsValue, JsError> {
    let scenario = read_scenario(&scenario)?;
    js_sys::JSON::parse(&relief_model::scenario_to_json(&scenario))
        .map_err(|_| JsError::new("the scenario could not be read back"))
}

/// A fresh random seed in 0..=2^53−1 (exact as a JavaScript number), for "New seed".
#[wasm_bindgen]
pub fn new_seed() -> Result<f64, JsError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| JsError::new(&format!("no entropy: {e}")))?;
    let seed = u64::from_le_bytes(bytes) & relief_model::limits::MAX_SEED;
    Ok(seed as f64)
}

/// The built-in scenarios, in menu order: `[{name, kind, title}]` with `kind` `illustrative` or
/// `historical`.
#[wasm_bindgen]
pub fn preset_list() -> JsValue {
    let list: Vec<serde_json::Value> = relief_model::presets()
        .iter()
        .map(|p| {
            serde_json::json!({
                "name": p.name,
                "kind": preset_kind(p.kind),
                "title": p.scenario.title,
            })
        })
        .collect();
    to_js(&serde_json::Value::Array(list))
}

fn preset_kind(kind: relief_model::PresetKind) -> &'static str {
    match kind {
        relief_model::PresetKind::Illustrative => "illustrative",
        relief_model::PresetKind::Historical => "historical",
    }
}

/// One built-in scenario and what a reader should know about it: `{name, kind, scenario,
/// assumptions_why, outcome, milestones: [{month, date, event}]}`, where `scenario` is the
/// `relief-scenario/1` document with its title, description and sources. Throws for an unknown
/// name, listing the known ones.
#[wasm_bindgen]
pub fn preset(name: &str) -> Result<JsValue, JsError> {
    let Some(p) = relief_model::preset(name) else {
        let names: Vec<String> = relief_model::presets()
            .into_iter()
            .map(|p| p.name)
            .collect();
        return Err(JsError::new(&format!(
            "there is no preset named {:?}; the presets are: {}",
            name.chars().take(60).collect::<String>(),
            names.join(", ")
        )));
    };
    let milestones: Vec<serde_json::Value> = p
        .milestones
        .iter()
        .map(|m| serde_json::json!({"month": m.month, "date": m.date, "event": m.event}))
        .collect();
    Ok(to_js(&serde_json::json!({
        "name": p.name,
        "kind": preset_kind(p.kind),
        "scenario": relief_model::scenario_to_value(&p.scenario),
        "assumptions_why": p.assumptions_why,
        "outcome": p.outcome,
        "milestones": milestones,
    })))
}

/// The scenario (an object or its JSON text) as a link fragment, without the `#`: compact and
/// versioned (`s1.` + deflated, base64url JSON). Throws like [`simulate`] for a bad scenario.
#[wasm_bindgen]
pub fn scenario_link(scenario: JsValue) -> Result<String, JsError> {
    Ok(relief_model::scenario_to_link(&read_scenario(&scenario)?))
}

/// Reads a link fragment (with or without `#`) back into a complete scenario object. Throws an
/// `Error` saying why a link cannot be read ("this link cannot be read: …") or naming the bad
/// field of the scenario inside it.
#[wasm_bindgen]
pub fn scenario_from_link(fragment: &str) -> Result<JsValue, JsError> {
    let scenario =
        relief_model::scenario_from_link(fragment).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(to_js(&relief_model::scenario_to_value(&scenario)))
}

#[cfg(feature = "explorer")]
/// "Why?": what moved `series` (`trust`, `target_trust`, `economy`, `leverage`, `legitimacy`
/// or `backsliding_risk`) at `month` in the scenario, step by step: `{series, month, value,
/// without_anything, contributions: [{source: "step"|"shock", index, delta, sentence}]}`,
/// largest effect first. Each step and shock is removed in turn and the ensemble re-run with
/// the same seed. The page shares the re-runs among its workers instead: see
/// [`explain_rerun_count`], [`explain_values`] and [`explain_from_values`].
#[wasm_bindgen]
pub fn explain(scenario: JsValue, series: &str, month: u32) -> Result<JsValue, JsError> {
    let scenario = read_scenario(&scenario)?;
    let target = explained_target(series)?;
    Ok(explanation_json(&relief_model::explain(
        &scenario, target, month,
    )))
}

#[cfg(feature = "explorer")]
/// How many ensembles explaining `month` in the scenario runs: the values [`explain_values`]
/// gives and [`explain_from_values`] takes.
#[wasm_bindgen]
pub fn explain_rerun_count(scenario: JsValue, month: u32) -> Result<u32, JsError> {
    let scenario = read_scenario(&scenario)?;
    Ok(relief_model::explanation_reruns(&scenario, month).len() as u32)
}

#[cfg(feature = "explorer")]
/// The values of `series` at `month` in the explanation's ensembles `from..to` (a worker's
/// share of them), in their order. Throws for a bad scenario or series, or a range past the
/// re-runs.
#[wasm_bindgen]
pub fn explain_values(
    scenario: JsValue,
    series: &str,
    month: u32,
    from: u32,
    to: u32,
) -> Result<Vec<f64>, JsError> {
    let scenario = read_scenario(&scenario)?;
    let target = explained_target(series)?;
    let reruns = relief_model::explanation_reruns(&scenario, month);
    let chosen = reruns.get(from as usize..to as usize).ok_or_else(|| {
        JsError::new(&format!(
            "re-runs {from} to {to} were asked for, but explaining month {month} has {}",
            reruns.len()
        ))
    })?;
    Ok(chosen
        .iter()
        .map(|rerun| relief_model::rerun_value(&scenario, target, month, *rerun))
        .collect())
}

#[cfg(feature = "explorer")]
/// The explanation [`explain`] gives, put together from the values of its ensembles (every one
/// of them, in order, from [`explain_values`]): the same bits.
#[wasm_bindgen]
pub fn explain_from_values(
    scenario: JsValue,
    series: &str,
    month: u32,
    values: Vec<f64>,
) -> Result<JsValue, JsError> {
    let scenario = read_scenario(&scenario)?;
    let target = explained_target(series)?;
    let e = relief_model::explain_from_values(&scenario, target, month, &values)
        .map_err(|message| JsError::new(&message))?;
    Ok(explanation_json(&e))
}

#[cfg(feature = "explorer")]
fn explained_target(series: &str) -> Result<relief_model::Target, JsError> {
    relief_model::Target::from_key(series).ok_or_else(|| {
        JsError::new(&format!(
            "unknown series {:?}; use trust, target_trust, economy, leverage, legitimacy or backsliding_risk",
            series.chars().take(40).collect::<String>()
        ))
    })
}

#[cfg(feature = "explorer")]
fn explanation_json(e: &relief_model::Explanation) -> JsValue {
    let contributions: Vec<serde_json::Value> = e
        .contributions
        .iter()
        .map(|c| serde_json::json!({"source": c.source, "index": c.index, "delta": c.delta, "sentence": language::say(&c.sentence)}))
        .collect();
    to_js(&serde_json::json!({
        "series": e.target.key(),
        "month": e.month,
        "value": e.value,
        "without_anything": e.without_anything,
        "contributions": contributions,
    }))
}
