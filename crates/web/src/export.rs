//! The explorer's files: the current projection and its charts.
//!
//! Everything here is computed from the explorer's current scenario and projection by the
//! model and chart crates, so an exported file holds exactly what the page shows: the CSV and
//! JSON are what `relief simulate` writes for the same scenario, and a chart's SVG is the
//! charts crate's figure of it ([`relief_charts::render_figure_svg`]), drawn by the very code
//! that draws it on the page's canvas, with the title, note and legend the page writes in HTML.
//! This module checks what the page asks for and writes the note's words.
//!
//! Only the explorer's module carries this (feature `explorer`): the workshop exports its own
//! comparison sheets.

use relief_charts::{
    Caption, ChartError, ChartInput, ChartKind, ChartStyle, FIGURE_SIDE, Theme, render_figure_svg,
};
use relief_model::{Projection, Scenario};
use wasm_bindgen::prelude::*;

use crate::Explorer;

#[wasm_bindgen]
impl Explorer {
    /// The current projection as `relief-projection/1` JSON text, exactly as `relief simulate`
    /// writes it for the same scenario. Throws before the first scenario, and while the charts
    /// show a quick preview (an export always has every run the scenario asks for).
    pub fn projection_json(&self) -> Result<String, JsError> {
        let (_, projection, _) = self.exportable()?;
        Ok(relief_model::projection_to_json(projection) + "\n")
    }

    /// The current projection as CSV text, exactly as `relief simulate --format csv` writes
    /// it. Throws like [`Explorer::projection_json`].
    pub fn projection_csv(&self) -> Result<String, JsError> {
        let (_, projection, _) = self.exportable()?;
        Ok(relief_model::projection_to_csv(projection))
    }

    /// Chart `kind` as an SVG document for a file: the chart `width` by `height` CSS pixels in
    /// the light theme (with the baseline when it is shown, and the steps' markers), under a
    /// title and a line saying what the numbers rest on, above a legend. Throws for an unknown
    /// chart, a size outside 120 to 4000 pixels, and like [`Explorer::projection_json`].
    pub fn chart_svg(&self, kind: &str, width: u32, height: u32) -> Result<String, JsError> {
        let kind = ChartKind::from_key(kind)
            .ok_or_else(|| JsError::new(&format!("unknown chart {kind:?}")))?;
        check_size(width, height)?;
        let (scenario, projection, markers) = self.exportable()?;
        let mut input = ChartInput::new(projection);
        input.baseline = self.baseline_projection();
        input.markers = markers;
        chart_figure(kind, &input, scenario, width, height).map_err(|e| {
            JsError::new(&format!(
                "the {} chart could not be drawn: {e}",
                kind.title()
            ))
        })
    }
}

/// The figure of chart `kind` for `scenario`, in the light theme, under the scenario's title and
/// a note saying what the numbers rest on.
fn chart_figure(
    kind: ChartKind,
    input: &ChartInput,
    scenario: &Scenario,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let note = run_note(scenario, input.projection);
    let caption = Caption {
        title: &scenario.title,
        note: &note,
    };
    let style = ChartStyle::svg(1.0, Theme::Light);
    render_figure_svg(kind, input, &caption, &style, width, height)
}

impl Explorer {
    /// The current scenario, projection and markers, if they can be exported.
    fn exportable(&self) -> Result<(&Scenario, &Projection, &[relief_charts::Marker]), JsError> {
        let (scenario, projection, markers) = self
            .current()
            .ok_or_else(|| JsError::new("there is no projection yet"))?;
        if self.is_refining() {
            return Err(JsError::new(
                "the charts show the first simulated futures while the rest are counted; export again in a moment",
            ));
        }
        Ok((scenario, projection, markers))
    }
}

fn check_size(width: u32, height: u32) -> Result<(), JsError> {
    if FIGURE_SIDE.contains(&width) && FIGURE_SIDE.contains(&height) {
        Ok(())
    } else {
        Err(JsError::new(&format!(
            "a chart is exported at {} to {} pixels a side, not {width} by {height}",
            FIGURE_SIDE.start(),
            FIGURE_SIDE.end()
        )))
    }
}

/// The line under an exported chart's title: what the numbers rest on.
fn run_note(scenario: &Scenario, projection: &Projection) -> String {
    format!(
        "{} simulated futures, seed {}, {} months. Breakdown by the horizon: {:.0}%. An illustration, not a forecast.",
        group_thousands(scenario.runs),
        scenario.seed,
        scenario.horizon_months,
        projection.summary.breakdown_probability * 100.0
    )
}

pub(crate) fn group_thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exported_chart_has_its_title_note_and_legend_with_user_text_escaped() {
        let mut scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        scenario.title = "<img src=x onerror=alert(1)> & \u{7}bell".to_string();
        scenario.runs = 200;
        let projection = relief_model::simulate(&scenario);
        let markers = relief_charts::markers_for(&scenario);
        for kind in ChartKind::ALL {
            let mut input = ChartInput::new(&projection);
            input.markers = &markers;
            input.baseline = Some(&projection);
            let svg = chart_figure(kind, &input, &scenario, 800, 200).unwrap();
            assert!(svg.starts_with("<svg"), "{kind:?}");
            assert!(svg.contains(kind.title()), "{kind:?}");
            assert!(
                svg.contains("&lt;img src=x onerror=alert(1)&gt; &amp; bell"),
                "{kind:?}: {svg}"
            );
            assert!(!svg.contains("<img"), "{kind:?}");
            assert!(!svg.contains('\u{7}'), "{kind:?}");
            assert_eq!(svg.contains("Baseline"), kind.compares(), "{kind:?}");
            assert!(svg.contains("200 simulated futures, seed"), "{kind:?}");
        }
        // On a phone-sized chart the title and the note wrap instead of being cut.
        scenario.title = "Phased relief under independent monitoring".to_string();
        let projection = relief_model::simulate(&scenario);
        let svg = chart_figure(
            ChartKind::Trust,
            &ChartInput::new(&projection),
            &scenario,
            300,
            160,
        )
        .unwrap();
        assert!(svg.contains("not a forecast."), "{svg}");
        assert!(
            svg.contains("Trust: Phased relief under") && svg.contains("independent monitoring"),
            "{svg}"
        );
    }

    #[test]
    fn long_numbers_are_grouped_in_thousands() {
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(999), "999");
    }
}
