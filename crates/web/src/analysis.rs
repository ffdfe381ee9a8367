//! "What matters most?" on the page: the model's tornado for one outcome, run in a worker
//! ([`what_matters_most`], reporting its progress), and drawn by the charts crate on a canvas
//! ([`draw_tornado`]) or as a figure for a file ([`tornado_svg`]).
//!
//! The worker and the page share no memory, so the result crosses as JSON text: the very
//! document `relief sensitivity --format json` writes, which the drawing calls read back. Only the explorer's module carries this (feature `explorer`).

use relief_charts::{
    Caption, ChartStyle, Theme, Tornado, TornadoBar, render_tornado_svg, tornado_colours,
};
#[cfg(test)]
use relief_model::Scenario;
use relief_model::{Measure, Params};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::canvases::theme_from_key;

/// The outcome named `outcome` (`breakdown`, `trust` or `recovery`), reading breakdown by
/// `month`, which must lie on the scenario's horizon. Errors name the field.
pub fn outcome_measure(outcome: &str, month: u32, horizon: u32) -> Result<Measure, String> {
    match outcome {
        "breakdown" if month <= horizon => Ok(Measure::BreakdownBy { month }),
        "breakdown" => Err(format!(
            "month: {month} is past the scenario's horizon; breakdown is read from month 0 to {horizon}"
        )),
        "trust" => Ok(Measure::TrustAtEnd),
        "recovery" => Ok(Measure::RecoveryAtEnd),
        other => Err(format!(
            "outcome: {:?} is not known; use breakdown, trust or recovery",
            other.chars().take(40).collect::<String>()
        )),
    }
}

/// "What matters most?" for `outcome` (`breakdown` by `month`, `trust` or `recovery` at the
/// end) in a scenario given as JSON text: every assumption, and each step's month and size,
/// swung across its range on the scenario's own futures. Calls `progress(done, total)` after
/// each factor, and returns the result as JSON text: `{outcome, month, description, runs,
/// seed, horizon_months, baseline, swings: [{factor, key, label, value, low, high, at_low,
/// at_high, effect, standard_error, within_noise}]}`, the bars ranked, those within noise
/// last. Throws for a bad scenario or option, naming the field.
#[wasm_bindgen]
pub fn what_matters_most(
    scenario: &str,
    outcome: &str,
    month: u32,
    progress: &js_sys::Function,
) -> Result<String, JsError> {
    let scenario =
        relief_model::parse_scenario(scenario).map_err(|e| JsError::new(&e.to_string()))?;
    let measure =
        outcome_measure(outcome, month, scenario.horizon_months).map_err(|e| JsError::new(&e))?;
    let factors = relief_model::factors(&scenario);
    let result = relief_model::sensitivity_of(
        &scenario,
        &Params::default(),
        measure,
        &factors,
        |done, total| {
            // A progress bar that cannot be told is no reason to stop.
            let _ = progress.call2(
                &JsValue::NULL,
                &(done as f64).into(),
                &(total as f64).into(),
            );
        },
    );
    let mut value = relief_model::sensitivity_to_value(&scenario, &result);
    // The bars are named in the reader's language; the file's other words stay the model's.
    if let Some(swings) = value["swings"].as_array_mut() {
        for (swing, s) in swings.iter_mut().zip(&result.swings) {
            swing["label"] = Value::String(crate::language::say(&s.factor.message(&scenario)));
        }
    }
    Ok(value.to_string())
}

/// The tornado of a result given as the JSON text [`what_matters_most`] returns.
pub fn tornado_of(result: &str) -> Result<Tornado, String> {
    let v: Value =
        serde_json::from_str(result).map_err(|e| format!("the result cannot be read: {e}"))?;
    let number = |v: &Value, path: &str| {
        v.as_f64()
            .ok_or_else(|| format!("{path}: expected a number"))
    };
    let swings = v["swings"].as_array().ok_or("/swings: expected an array")?;
    let bars = swings
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Ok(TornadoBar {
                label: s["label"]
                    .as_str()
                    .ok_or_else(|| format!("/swings/{i}/label: expected text"))?
                    .to_owned(),
                at_low: number(&s["at_low"], &format!("/swings/{i}/at_low"))?,
                at_high: number(&s["at_high"], &format!("/swings/{i}/at_high"))?,
                within_noise: s["within_noise"]
                    .as_bool()
                    .ok_or_else(|| format!("/swings/{i}/within_noise: expected true or false"))?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Tornado {
        baseline: number(&v["baseline"], "/baseline")?,
        percent: v["outcome"] != "trust",
        bars,
    })
}

fn read(result: &str) -> Result<Tornado, JsError> {
    tornado_of(result).map_err(|e| JsError::new(&e))
}

/// The height in CSS pixels the tornado of `result` is drawn at: the page sets its canvas's
/// height to it before [`draw_tornado`].
#[wasm_bindgen]
pub fn tornado_height(result: &str) -> Result<f64, JsError> {
    Ok(relief_charts::tornado_height(&read(result)?))
}

/// Draws the tornado of `result` on `canvas` in theme `theme`, its backing store sized to the
/// canvas's CSS size times the screen's pixel ratio, as every chart of the page is.
#[wasm_bindgen]
pub fn draw_tornado(canvas: HtmlCanvasElement, result: &str, theme: &str) -> Result<(), JsError> {
    let tornado = read(result)?;
    let theme = theme_from_key(theme)?;
    let scale = crate::canvases::device_pixel_ratio();
    let (w, h) = (canvas.client_width(), canvas.client_height());
    if w <= 0 || h <= 0 {
        return Ok(());
    }
    let width = (f64::from(w) * scale).round() as u32;
    let height = (f64::from(h) * scale).round() as u32;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let backend = plotters_canvas::CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
    relief_charts::draw_tornado(backend, &tornado, &ChartStyle::canvas(scale, theme))
        .map_err(|e| JsError::new(&format!("drawing what matters most: {e}")))
}

/// The colours of the tornado's bars in theme `theme`, for the page's HTML legend: `{low,
/// high, noise}` as CSS hex strings.
#[wasm_bindgen]
pub fn tornado_legend(theme: &str) -> Result<JsValue, JsError> {
    let palette = theme_from_key(theme)?.palette();
    let (low, high) = tornado_colours(palette);
    Ok(crate::to_js(&json!({
        "low": low.hex(),
        "high": high.hex(),
        "noise": low.mix(palette.background, 0.6).hex(),
    })))
}

/// The tornado of `result` as an SVG figure `width` CSS pixels wide (120 to 4000), in the
/// light theme, under a title naming the outcome and the scenario's `title` and a note saying
/// what the bars rest on.
#[wasm_bindgen]
pub fn tornado_svg(result: &str, title: &str, width: u32) -> Result<String, JsError> {
    if !relief_charts::FIGURE_SIDE.contains(&width) {
        return Err(JsError::new(&format!(
            "width: a figure is {} to {} pixels wide, not {width}",
            relief_charts::FIGURE_SIDE.start(),
            relief_charts::FIGURE_SIDE.end()
        )));
    }
    let tornado = read(result)?;
    let v: Value = serde_json::from_str(result).unwrap_or(Value::Null);
    figure(&tornado, &v, title, width).map_err(|e| JsError::new(&e))
}

/// The figure's words, from the result's own fields.
fn figure(tornado: &Tornado, v: &Value, title: &str, width: u32) -> Result<String, String> {
    let outcome = v["description"].as_str().unwrap_or("the outcome");
    let heading = if title.trim().is_empty() {
        format!("What matters most for {outcome}")
    } else {
        format!("What matters most for {outcome}: {title}")
    };
    let as_written = relief_charts::tornado_value(
        tornado.baseline,
        tornado.percent,
        if tornado.percent { 0.001 } else { 0.01 },
    );
    let note = format!(
        "{} simulated futures, seed {}, {} months. As written: {as_written}. Each bar is the outcome as one factor swings from the low end of its range to the high end, everything else as written; longest first. An illustration, not a forecast.",
        crate::export::group_thousands(v["runs"].as_u64().unwrap_or(0) as u32),
        v["seed"].as_u64().unwrap_or(0),
        v["horizon_months"].as_u64().unwrap_or(0),
    );
    let caption = Caption {
        title: &heading,
        note: &note,
    };
    render_tornado_svg(
        tornado,
        &caption,
        &ChartStyle::svg(1.0, Theme::Light),
        width,
    )
    .map_err(|e| format!("what matters most could not be drawn: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result() -> (Scenario, String) {
        let mut scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        scenario.runs = 200;
        let measure = Measure::BreakdownBy { month: 24 };
        let mut calls = Vec::new();
        let s = relief_model::sensitivity_of(
            &scenario,
            &Params::default(),
            measure,
            &relief_model::factors(&scenario),
            |done, total| calls.push((done, total)),
        );
        assert_eq!(calls.last(), Some(&(s.swings.len(), s.swings.len())));
        let json = relief_model::sensitivity_to_value(&scenario, &s).to_string();
        (scenario, json)
    }

    #[test]
    fn a_bad_option_names_its_field() {
        assert!(
            outcome_measure("breakdown", 49, 48)
                .unwrap_err()
                .starts_with("month: 49")
        );
        assert!(
            outcome_measure("growth", 0, 48)
                .unwrap_err()
                .starts_with("outcome: \"growth\"")
        );
        assert_eq!(outcome_measure("trust", 99, 48), Ok(Measure::TrustAtEnd));
        assert_eq!(
            outcome_measure("breakdown", 48, 48),
            Ok(Measure::BreakdownBy { month: 48 })
        );
    }

    #[test]
    fn the_result_reads_back_as_the_tornado_of_the_model() {
        let (scenario, json) = result();
        let tornado = tornado_of(&json).unwrap();
        let direct = relief_model::sensitivity_of(
            &scenario,
            &Params::default(),
            Measure::BreakdownBy { month: 24 },
            &relief_model::factors(&scenario),
            |_, _| {},
        );
        assert_eq!(tornado, Tornado::from(&direct));
        assert!(
            tornado_of("{\"swings\": [{}]}")
                .unwrap_err()
                .contains("/swings/0/label")
        );
    }

    #[test]
    fn the_figure_names_the_outcome_the_scenario_and_every_bar() {
        let (scenario, json) = result();
        let tornado = tornado_of(&json).unwrap();
        let v: Value = serde_json::from_str(&json).unwrap();
        let svg = figure(&tornado, &v, "<b>Phased</b>", 900).unwrap();
        assert!(svg.contains("What matters most for the risk of breakdown by month 24"));
        assert!(svg.contains("&lt;b&gt;Phased&lt;/b&gt;"), "{svg}");
        assert!(svg.contains("200 simulated futures, seed"), "{svg}");
        assert_eq!(tornado.bars.len(), 9 + 2 * scenario.steps.len());
    }
}
