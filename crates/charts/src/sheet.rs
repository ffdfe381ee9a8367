//! A sheet: all six charts on one page, for print and slides (`relief plot`). The caption's
//! title and note at the top, a grid of three charts across and two down, each under its
//! title, and one legend along the bottom for them all.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::VPos;

use crate::draw::hazard_scale;
use crate::legend::{LegendStyle, sheet_items};
use crate::text::{Caption, Type, fit_lines};
use crate::{ChartError, ChartInput, ChartKind, ChartStyle, draw_on_area};

/// A sheet's default size in CSS pixels: 16:9, for slides, and landscape A4 prints it well.
pub const SHEET_SIZE: (u32, u32) = (1600, 900);

/// Around the sheet's edge, in CSS pixels.
const PADDING: f64 = 24.0;
/// Between the charts, and between the note and the charts (half of it), in CSS pixels.
const GAP: f64 = 18.0;
const TITLE: Type = Type {
    px: 22.0,
    line: 22.0 * 1.4,
    bold: true,
    char_em: 0.62,
};
const NOTE: Type = Type {
    px: 14.0,
    line: 14.0 * 1.5,
    bold: false,
    char_em: 0.62,
};
/// The charts' titles, and the legend's heading.
const PANEL_TITLE: Type = Type {
    px: 15.0,
    line: 15.0 * 1.6,
    bold: true,
    char_em: 0.62,
};
/// Lines the title, the note and a chart's title may take before they are cut.
const TITLE_LINES: usize = 1;
const NOTE_LINES: usize = 2;
const PANEL_TITLE_LINES: usize = 2;
/// One legend for every chart, in four columns.
const LEGEND: LegendStyle = LegendStyle {
    words: Type {
        px: 13.0,
        line: 13.0 * 1.55,
        bold: false,
        char_em: 0.62,
    },
    swatch: (28.0, 12.0),
    words_gap: 8.0,
    item_gap: 6.0,
    columns: Some(4),
};
const COLUMNS: i32 = 3;
const ROWS: i32 = 2;

/// Draws the sheet on `root`. A sheet too small for its charts gets its caption only.
pub(crate) fn draw_sheet<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    caption: &Caption,
    input: &ChartInput,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    let palette = style.theme.palette();
    root.fill(&palette.background.to_plotters())
        .map_err(ChartError::backend)?;
    let px = |css: f64| style.whole_px(css);
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let pad = px(PADDING);
    let line_width = f64::from(width - 2 * pad);
    let title = fit_lines(
        caption.title,
        TITLE.chars_within(line_width, style),
        TITLE_LINES,
    );
    let note = fit_lines(
        caption.note,
        NOTE.chars_within(line_width, style),
        NOTE_LINES,
    );
    let y = TITLE.draw_lines(root, style, &title, (pad, pad))?;
    let y = NOTE.draw_lines(root, style, &note, (pad, y))? + px(GAP * 0.5);

    let gap = px(GAP);
    let items = sheet_items(style, input);
    let placed = LEGEND.layout(&items, width - 2 * pad, style);
    let legend_h =
        PANEL_TITLE.lines_height(1, style) + LEGEND.height(LegendStyle::rows(&placed), style);
    let cell_w = (width - 2 * pad - (COLUMNS - 1) * gap) / COLUMNS;
    if cell_w <= 0 {
        return Ok(());
    }
    let panel_titles: Vec<Vec<String>> = ChartKind::ALL
        .into_iter()
        .map(|kind| {
            let title = if kind == ChartKind::Risk {
                format!(
                    "{} (bars: monthly hazard \u{d7} {})",
                    kind.title(),
                    hazard_scale(input.projection)
                )
            } else {
                kind.title().to_string()
            };
            let chars = PANEL_TITLE.chars_within(f64::from(cell_w), style);
            fit_lines(&title, chars, PANEL_TITLE_LINES)
        })
        .collect();
    // Every chart's title gets as many lines as the longest needs, so the charts line up.
    let title_lines = panel_titles.iter().map(Vec::len).max().unwrap_or(1);
    let title_h = PANEL_TITLE.lines_height(title_lines, style);
    let cell_h = (height - y - pad - legend_h - ROWS * gap) / ROWS;
    if cell_h <= 0 {
        return Ok(());
    }
    let cell = |i: i32| {
        (
            pad + (i % COLUMNS) * (cell_w + gap),
            y + (i / COLUMNS) * (cell_h + gap),
        )
    };
    for (i, (kind, title)) in ChartKind::ALL.into_iter().zip(&panel_titles).enumerate() {
        let (x0, y0) = cell(i as i32);
        PANEL_TITLE.draw_lines(root, style, title, (x0, y0))?;
        let panel = root.clone().shrink(
            (x0, y0 + title_h),
            (cell_w as u32, (cell_h - title_h).max(0) as u32),
        );
        draw_on_area(&panel, kind, input, style)?;
    }
    let (x0, y0) = (pad, y + ROWS * (cell_h + gap));
    PANEL_TITLE.draw(root, style, "Legend", (x0, y0), VPos::Top)?;
    let top = y0 + PANEL_TITLE.lines_height(1, style);
    LEGEND.draw(root, style, &items, &placed, (x0, top))
}

#[cfg(all(test, feature = "png"))]
mod tests {
    use super::*;
    use crate::export::png::measured_texts;
    use crate::{Theme, render_sheet_svg};

    #[test]
    fn no_words_on_a_sheet_run_off_it_or_into_each_other() {
        let mut scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        scenario.runs = 50;
        let p = relief_model::simulate(&scenario);
        let markers = crate::markers_for(&scenario);
        let input = ChartInput {
            baseline: Some(&p),
            markers: &markers,
            ..ChartInput::new(&p)
        };
        let caption = Caption {
            title: "Phased relief under independent monitoring, verification first",
            note: "50 runs, seed 7, 48 months. Breakdown by the horizon: 58%. An illustration, not a forecast.",
        };
        for (width, height) in [(480, 360), (800, 600), SHEET_SIZE] {
            let svg = render_sheet_svg(
                &caption,
                &input,
                &ChartStyle::svg(1.0, Theme::Light),
                width,
                height,
            )
            .unwrap();
            let texts = measured_texts(&svg);
            // The risk chart's title, on one line or wrapped over two on the smallest sheet.
            assert!(texts.iter().any(|(t, _)| t.starts_with("Risk of")));
            for (words, b) in &texts {
                assert!(
                    b.left() >= 0.0 && b.right() <= width as f32,
                    "{width}: {words:?} runs off at {b:?}"
                );
            }
            for (i, (a, x)) in texts.iter().enumerate() {
                for (b, y) in &texts[i + 1..] {
                    let apart = x.right() <= y.left()
                        || y.right() <= x.left()
                        || x.bottom() <= y.top()
                        || y.bottom() <= x.top();
                    assert!(apart, "{width}: {a:?} overlaps {b:?}");
                }
            }
        }
    }
}
