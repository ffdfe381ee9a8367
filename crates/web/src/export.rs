//! The explorer's files: the current projection and its charts.
//!
//! Everything here is computed from the explorer's current scenario and projection by the
//! model and chart crates, so an exported file holds exactly what the page shows: the CSV and
//! JSON are what `relief simulate` writes for the same scenario, and a chart's SVG is drawn by
//! the very code that draws it on the page's canvas (only the title above it and the legend
//! below it, which the page writes in HTML, are added here).
//!
//! Only the explorer's module carries this (feature `explorer`): the workshop exports its own
//! comparison sheets.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Rectangle};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle};
use relief_charts::{BASELINE_DASH, ChartInput, ChartKind, ChartStyle, Rgb, TargetType, Theme};
use relief_model::{Outcome, Projection, Scenario, Series};
use wasm_bindgen::prelude::*;

use crate::Explorer;

/// Smallest and largest side of an exported chart, in CSS pixels: smaller has no room for a
/// plot, larger is no sharper (an SVG scales) and only makes the file slow to open.
pub const EXPORT_SIDE: std::ops::RangeInclusive<u32> = 120..=4000;

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
        chart_document(kind, &input, scenario, width, height).map_err(|e| {
            JsError::new(&format!(
                "the {} chart could not be drawn: {e}",
                kind.title()
            ))
        })
    }
}

impl Explorer {
    /// The current scenario, projection and markers, if they can be exported.
    fn exportable(&self) -> Result<(&Scenario, &Projection, &[relief_charts::Marker]), JsError> {
        let (scenario, projection, markers) = self
            .current()
            .ok_or_else(|| JsError::new("there is no projection yet"))?;
        if self.is_preview() {
            return Err(JsError::new(
                "the charts show a quick preview while the full projection is computed; export again in a moment",
            ));
        }
        Ok((scenario, projection, markers))
    }
}

fn check_size(width: u32, height: u32) -> Result<(), JsError> {
    if EXPORT_SIDE.contains(&width) && EXPORT_SIDE.contains(&height) {
        Ok(())
    } else {
        Err(JsError::new(&format!(
            "a chart is exported at {} to {} pixels a side, not {width} by {height}",
            EXPORT_SIDE.start(),
            EXPORT_SIDE.end()
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

fn group_thousands(n: u32) -> String {
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

/// User text fit for SVG: control characters (not allowed in XML) become spaces. Escaping of
/// `<`, `&` and quotes is done by plotters' SVG backend.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Breaks text at spaces into at most `max_lines` lines of about `max_chars` characters, the
/// last one shortened when the text does not fit.
fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(rest);
    }
    if let Some(last) = lines.last_mut() {
        *last = shorten(last, max_chars);
    }
    lines
}

/// Cuts text to about `max_chars` characters, ending in "…" when it is cut. Text is never
/// measured (see the charts crate): an average character width stands in.
fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Heights in CSS pixels of the parts of an exported chart around the plot.
const PAD: i32 = 12;
const TITLE_PX: f64 = 16.0;
const NOTE_PX: f64 = 12.0;
const TITLE_LINE: i32 = 24;
const NOTE_LINE: i32 = 17;
/// Lines the title and the note under it may take before they are cut.
const TITLE_LINES: usize = 3;
const NOTE_LINES: usize = 4;
/// What plotters' SVG backend needs to be handed for type of a given pixel size.
const SVG_FONT_FACTOR: f64 = 1.24;
const LEGEND_PX: f64 = 12.0;
const LEGEND_ROW: i32 = 20;
/// The average advance of a character of a sans-serif font, in ems: generous, so bold titles
/// and legend items are given at least the room they need.
const AVERAGE_CHAR_EM: f64 = 0.6;
/// The same for running text in the regular weight, which is narrower.
const AVERAGE_REGULAR_CHAR_EM: f64 = 0.53;
const SWATCH_WIDTH: i32 = 22;
const ITEM_GAP: i32 = 16;

/// What a legend item's swatch looks like.
enum Swatch {
    Line(Rgb),
    Dashed(Rgb),
    Band(Rgb, f64),
    Bars(Rgb, f64),
}

/// What an exported chart's legend lists: what the page's HTML legend says of the same chart.
fn legend_items(kind: ChartKind, input: &ChartInput) -> Vec<(Swatch, String)> {
    let palette = Theme::Light.palette();
    let mut items = Vec::new();
    if kind == ChartKind::Outcomes {
        // The shares fill the plot and no baseline is drawn over them.
        if input.projection.outcomes.is_some() {
            for outcome in Outcome::ALL {
                items.push((
                    Swatch::Band(palette.outcome(outcome), 1.0),
                    outcome.label().to_string(),
                ));
            }
        }
        return items;
    }
    if kind == ChartKind::Risk {
        items.push((Swatch::Line(palette.risk), "Broken down so far".to_string()));
        let scale = relief_charts::hazard_scale(input.projection);
        items.push((
            Swatch::Bars(palette.risk, palette.hazard_alpha),
            format!("Breaking down each month (× {scale})"),
        ));
    } else {
        let series = kind.series();
        let types = TargetType::present(input.projection);
        for &s in series {
            if s == Series::Trust && !types.is_empty() {
                for &t in &types {
                    items.push((
                        Swatch::Line(palette.target_type(t)),
                        t.short_label().to_string(),
                    ));
                }
                continue;
            }
            let label = if series.len() > 1 {
                s.label()
            } else {
                "Median"
            };
            items.push((Swatch::Line(palette.series(s)), label.to_string()));
        }
        let colour = palette.series(series[0]);
        let inner = 1.0 - (1.0 - palette.outer_band_alpha) * (1.0 - palette.inner_band_alpha);
        items.push((
            Swatch::Band(colour, inner),
            "Middle half of the futures".to_string(),
        ));
        items.push((
            Swatch::Band(colour, palette.outer_band_alpha),
            "8 in 10".to_string(),
        ));
    }
    if input.baseline.is_some() {
        items.push((Swatch::Dashed(palette.baseline), "Baseline".to_string()));
    }
    items
}

fn item_width(label: &str) -> i32 {
    SWATCH_WIDTH + 6 + (label.chars().count() as f64 * LEGEND_PX * AVERAGE_CHAR_EM).ceil() as i32
}

/// Places legend items in rows within `width`: (row, x) of each.
fn legend_layout(items: &[(Swatch, String)], width: u32) -> Vec<(i32, i32)> {
    let right = width as i32 - PAD;
    let mut row = 0;
    let mut x = PAD;
    items
        .iter()
        .map(|(_, label)| {
            let w = item_width(label);
            if x > PAD && x + w > right {
                row += 1;
                x = PAD;
            }
            let at = (row, x);
            x += w + ITEM_GAP;
            at
        })
        .collect()
}

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Draws text with its top left corner at `at`.
fn draw_label(
    area: &Area,
    text: &str,
    at: (i32, i32),
    px: f64,
    weight: FontStyle,
    colour: Rgb,
) -> Result<(), String> {
    let colour = rgb(colour);
    // plotters' SVG backend writes font sizes in points: this makes the type `px` tall, as the
    // charts crate does for its own SVG labels.
    let style = TextStyle::from(FontDesc::new(
        FontFamily::SansSerif,
        px * SVG_FONT_FACTOR,
        weight,
    ))
    .color(&colour)
    .pos(Pos::new(HPos::Left, VPos::Top));
    area.draw_text(text, &style, at).map_err(|e| e.to_string())
}

fn chart_document(
    kind: ChartKind,
    input: &ChartInput,
    scenario: &Scenario,
    width: u32,
    height: u32,
) -> Result<String, String> {
    let palette = Theme::Light.palette();
    let items = legend_items(kind, input);
    let places = legend_layout(&items, width);
    let rows = places.last().map_or(0, |&(row, _)| row + 1);
    let legend_height = (rows * LEGEND_ROW + PAD) as u32;
    let fail = |e: &dyn std::fmt::Display| e.to_string();
    let line_chars = |px: f64, em: f64| {
        ((f64::from(width) - 2.0 * f64::from(PAD)) / (px * em)).max(1.0) as usize
    };
    let title = if scenario.title.is_empty() {
        kind.title().to_string()
    } else {
        format!("{}: {}", kind.title(), clean(&scenario.title))
    };
    let title = wrap(&title, line_chars(TITLE_PX, AVERAGE_CHAR_EM), TITLE_LINES);
    let note = wrap(
        &run_note(scenario, input.projection),
        line_chars(NOTE_PX, AVERAGE_REGULAR_CHAR_EM),
        NOTE_LINES,
    );
    let note_top = 10 + title.len() as i32 * TITLE_LINE;
    let head_height = (note_top + note.len() as i32 * NOTE_LINE + 6) as u32;
    let total = head_height + height + legend_height;

    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, total)).into_drawing_area();
        root.fill(&rgb(palette.background)).map_err(|e| fail(&e))?;
        for (i, line) in title.iter().enumerate() {
            draw_label(
                &root,
                line,
                (PAD, 10 + i as i32 * TITLE_LINE),
                TITLE_PX,
                FontStyle::Bold,
                palette.text,
            )?;
        }
        for (i, line) in note.iter().enumerate() {
            let y = note_top + i as i32 * NOTE_LINE;
            draw_label(
                &root,
                line,
                (PAD, y),
                NOTE_PX,
                FontStyle::Normal,
                palette.text,
            )?;
        }

        let chart = root.clone().shrink((0, head_height), (width, height));
        relief_charts::draw_on_area(&chart, kind, input, &ChartStyle::svg(1.0, Theme::Light))
            .map_err(|e| fail(&e))?;

        let top = (head_height + height) as i32 + 6;
        for ((swatch, label), (row, x)) in items.iter().zip(places) {
            let y = top + row * LEGEND_ROW;
            draw_swatch(&root, swatch, x, y + 7).map_err(|e| fail(&e))?;
            draw_label(
                &root,
                label,
                (x + SWATCH_WIDTH + 6, y),
                LEGEND_PX,
                FontStyle::Normal,
                palette.text,
            )?;
        }
        root.present().map_err(|e| fail(&e))?;
    }
    Ok(out)
}

/// Draws a legend swatch `SWATCH_WIDTH` wide, centred vertically on `mid`.
fn draw_swatch(area: &Area, swatch: &Swatch, x: i32, mid: i32) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| e.to_string();
    let right = x + SWATCH_WIDTH;
    match *swatch {
        Swatch::Line(c) => area
            .draw(&PathElement::new(
                vec![(x, mid), (right, mid)],
                ShapeStyle::from(&rgb(c)).stroke_width(2),
            ))
            .map_err(|e| fail(&e)),
        Swatch::Dashed(c) => {
            // The baseline's own dash pattern, repeated across the swatch.
            let (on, off) = (
                BASELINE_DASH[0].round() as i32,
                BASELINE_DASH[1].round() as i32,
            );
            let mut from = x;
            while from < right {
                let to = (from + on.max(1)).min(right);
                area.draw(&PathElement::new(
                    vec![(from, mid), (to, mid)],
                    ShapeStyle::from(&rgb(c)).stroke_width(2),
                ))
                .map_err(|e| fail(&e))?;
                from = to + off.max(1);
            }
            Ok(())
        }
        Swatch::Band(c, alpha) => area
            .draw(&Rectangle::new(
                [(x, mid - 5), (right, mid + 5)],
                rgb(c).mix(alpha).filled(),
            ))
            .map_err(|e| fail(&e)),
        Swatch::Bars(c, alpha) => {
            for (i, h) in [5, 9, 4].into_iter().enumerate() {
                let left = x + 1 + i as i32 * 7;
                area.draw(&Rectangle::new(
                    [(left, mid + 5 - h), (left + 5, mid + 5)],
                    rgb(c).mix(alpha).filled(),
                ))
                .map_err(|e| fail(&e))?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exported_chart_has_its_title_legend_and_escaped_text() {
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
            let svg = chart_document(kind, &input, &scenario, 800, 200).unwrap();
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
        let svg = chart_document(
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
    fn legends_wrap_on_narrow_charts() {
        let scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        let projection = relief_model::simulate(&Scenario {
            runs: 50,
            ..scenario.clone()
        });
        let input = ChartInput {
            baseline: Some(&projection),
            ..ChartInput::new(&projection)
        };
        let items = legend_items(ChartKind::Trust, &input);
        let wide = legend_layout(&items, 1200);
        let narrow = legend_layout(&items, 200);
        assert!(wide.iter().all(|&(row, _)| row == 0));
        assert!(narrow.last().unwrap().0 >= 3);
        for ((_, label), (_, x)) in items.iter().zip(&narrow) {
            assert!(*x == PAD || x + item_width(label) <= 200 - PAD, "{label}");
        }
    }

    #[test]
    fn long_numbers_and_titles_are_kept_readable() {
        assert_eq!(group_thousands(100_000), "100,000");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
        assert_eq!(
            wrap("one two three four", 9, 3),
            ["one two", "three", "four"]
        );
        assert_eq!(wrap("one two three four", 9, 2), ["one two", "three fo…"]);
    }

    #[test]
    fn exported_charts_name_the_types_and_the_outcomes() {
        let scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        let mut projection = relief_model::simulate(&Scenario {
            runs: 50,
            ..scenario.clone()
        });
        let n = projection.len();
        projection.trust_if_sincere = Some(projection.trust.clone());
        projection.trust_if_insincere = Some(projection.target_trust.clone());
        projection.outcomes = Some(relief_model::Outcomes {
            sustained: vec![0.4; n],
            exploited: vec![0.3; n],
            caught: vec![0.2; n],
            collapsed: vec![0.1; n],
        });
        let input = ChartInput::new(&projection);
        let trust = chart_document(ChartKind::Trust, &input, &scenario, 800, 200).unwrap();
        assert!(trust.contains("If the target means it"), "{trust}");
        assert!(trust.contains("If it doesn&apos;t"), "{trust}");
        assert!(!trust.contains("Trust in the target"), "{trust}");
        let outcomes = chart_document(ChartKind::Outcomes, &input, &scenario, 800, 200).unwrap();
        for outcome in Outcome::ALL {
            assert!(outcomes.contains(outcome.label()), "{outcome:?}");
        }
    }
}
