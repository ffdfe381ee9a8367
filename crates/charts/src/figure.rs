//! A figure: one chart for a file, as the page exports it. Its title (the chart's name and the
//! caption's title) and the caption's note above it, each wrapped to the figure's width, and
//! below it the legend the page shows beside the chart in HTML. The chart keeps the size it is
//! given, and the figure grows by what its words take.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;

use crate::legend::{Item, LegendStyle, Placed, Swatch, chart_items};
use crate::text::{Caption, Type, fit_lines};
use crate::tornado::{Tornado, draw_tornado_on_area, faded, tornado_colours, tornado_height};
use crate::{ChartError, ChartInput, ChartKind, ChartStyle, draw_on_area};

/// The sides a figure's chart may have, in CSS pixels: smaller has no room for a plot, larger
/// is no sharper (an SVG scales) and only makes the file slow to open.
pub const FIGURE_SIDE: std::ops::RangeInclusive<u32> = 120..=4000;

/// Left and right of the words, in CSS pixels.
const PAD: f64 = 12.0;
/// Above the title.
const TITLE_TOP: f64 = 10.0;
/// Between the note and the chart.
const NOTE_GAP: f64 = 6.0;
/// Between the chart's bottom edge (under its month labels) and the legend's first row.
const LEGEND_TOP: f64 = 3.0;
/// Under the legend's last row.
const BOTTOM: f64 = 9.0;
const TITLE: Type = Type {
    px: 16.0,
    line: 24.0,
    bold: true,
    char_em: 0.6,
};
const NOTE: Type = Type {
    px: 12.0,
    line: 17.0,
    bold: false,
    char_em: 0.53,
};
/// Lines the title and the note may take before they are cut.
const TITLE_LINES: usize = 3;
const NOTE_LINES: usize = 4;
/// The legend: one item after another, in as many rows as the figure's width needs.
pub(crate) const LEGEND: LegendStyle = LegendStyle {
    words: Type {
        px: 12.0,
        line: 20.0,
        bold: false,
        char_em: 0.6,
    },
    swatch: (22.0, 10.0),
    words_gap: 6.0,
    item_gap: 16.0,
    columns: None,
};

/// Where everything on a figure goes, in backend pixels.
pub(crate) struct Layout {
    pub title: Vec<String>,
    pub note: Vec<String>,
    /// The note's top.
    pub note_top: i32,
    /// The chart's top; the chart is as wide as the figure.
    pub chart_top: i32,
    /// The chart's height.
    pub chart_height: u32,
    pub legend: Vec<Item>,
    pub placed: Vec<Placed>,
    /// The legend's top left corner.
    pub legend_at: (i32, i32),
    /// The whole figure's width and height.
    pub size: (u32, u32),
}

/// Lays out the figure of chart `kind` drawn `width` by `height` backend pixels.
pub(crate) fn layout(
    kind: ChartKind,
    input: &ChartInput,
    caption: &Caption,
    style: &ChartStyle,
    (width, height): (u32, u32),
) -> Layout {
    let blank = caption
        .title
        .chars()
        .all(|c| c.is_whitespace() || c.is_control());
    let title = if blank {
        kind.title().to_string()
    } else {
        format!("{}: {}", kind.title(), caption.title)
    };
    let legend = chart_items(kind, input, style);
    frame_layout(&title, caption.note, legend, style, (width, height))
}

/// Lays out any figure: `title` and `note` wrapped to its width above a chart `height` backend
/// pixels tall and as wide as the figure, and the `legend` below.
fn frame_layout(
    title: &str,
    note: &str,
    legend: Vec<Item>,
    style: &ChartStyle,
    (width, height): (u32, u32),
) -> Layout {
    let px = |css: f64| style.whole_px(css);
    let line_width = f64::from(width) - 2.0 * style.px(PAD);
    let title = fit_lines(title, TITLE.chars_within(line_width, style), TITLE_LINES);
    let note = fit_lines(note, NOTE.chars_within(line_width, style), NOTE_LINES);
    let note_top = px(TITLE_TOP) + TITLE.lines_height(title.len(), style);
    let chart_top = note_top + NOTE.lines_height(note.len(), style) + px(NOTE_GAP);
    let placed = LEGEND.layout(&legend, width as i32 - 2 * px(PAD), style);
    let legend_at = (px(PAD), chart_top + height as i32 + px(LEGEND_TOP));
    let legend_h = LEGEND.height(LegendStyle::rows(&placed), style);
    let total = legend_at.1 + legend_h + px(BOTTOM);
    Layout {
        title,
        note,
        note_top,
        chart_top,
        chart_height: height,
        legend,
        placed,
        legend_at,
        size: (width, total.max(0) as u32),
    }
}

/// Draws the figure laid out as `layout` on `root`, which is `layout.size`.
pub(crate) fn draw_figure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    kind: ChartKind,
    input: &ChartInput,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    draw_frame(root, layout, style, |chart| {
        draw_on_area(chart, kind, input, style)
    })
}

/// Draws any figure laid out as `layout`: its background, title and note, the chart that
/// `draw_chart` draws on its area, and the legend.
fn draw_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    style: &ChartStyle,
    draw_chart: impl FnOnce(&DrawingArea<DB, Shift>) -> Result<(), ChartError>,
) -> Result<(), ChartError> {
    root.fill(&style.theme.palette().background.to_plotters())
        .map_err(ChartError::backend)?;
    let x = style.whole_px(PAD);
    TITLE.draw_lines(root, style, &layout.title, (x, style.whole_px(TITLE_TOP)))?;
    NOTE.draw_lines(root, style, &layout.note, (x, layout.note_top))?;
    let chart = root
        .clone()
        .shrink((0, layout.chart_top), (layout.size.0, layout.chart_height));
    draw_chart(&chart)?;
    LEGEND.draw(
        root,
        style,
        &layout.legend,
        &layout.placed,
        layout.legend_at,
    )
}

/// Lays out "What matters most?" as a figure for a file, `width` backend pixels wide: its
/// title and note above the tornado, which is as wide as the figure and [`tornado_height`]
/// tall, and below it a legend of the bars' two halves, the faded bars within noise and the
/// rule at the scenario as written.
pub(crate) fn tornado_layout(
    tornado: &Tornado,
    caption: &Caption,
    style: &ChartStyle,
    width: u32,
) -> Layout {
    let chart_height = style.px(tornado_height(tornado)).ceil() as u32;
    let palette = style.theme.palette();
    let (low, high) = tornado_colours(palette);
    let mut legend = vec![
        Item {
            swatch: Swatch::Band(low, 1.0),
            words: "The factor at the low end of its range".to_string(),
        },
        Item {
            swatch: Swatch::Band(high, 1.0),
            words: "At the high end".to_string(),
        },
    ];
    if tornado.bars.iter().any(|b| b.within_noise) {
        legend.push(Item {
            swatch: Swatch::Band(faded(low, palette), 1.0),
            words: "Faded and hatched: within noise".to_string(),
        });
    }
    legend.push(Item {
        swatch: Swatch::Line(palette.text, &[], 2.0),
        words: "The scenario as written".to_string(),
    });
    frame_layout(
        caption.title,
        caption.note,
        legend,
        style,
        (width, chart_height),
    )
}

/// Draws the tornado's figure laid out as `layout` on `root`, which is `layout.size`.
pub(crate) fn draw_tornado_figure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    tornado: &Tornado,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    draw_frame(root, layout, style, |chart| {
        draw_tornado_on_area(chart, tornado, style)
    })
}

#[cfg(test)]
mod tests {
    use relief_model::{Outcome, Projection};

    use super::*;
    use crate::legend::Item;
    use crate::{Theme, render_figure_svg};

    /// A projection with everything a legend can list: trust by type and the outcomes.
    fn projection() -> Projection {
        let mut scenario = relief_model::preset("phased-and-verified")
            .unwrap()
            .scenario;
        scenario.runs = 50;
        let mut p = relief_model::simulate(&scenario);
        let n = p.len();
        p.trust_if_sincere = Some(p.trust.clone());
        p.trust_if_insincere = Some(p.target_trust.clone());
        p.outcomes = Some(relief_model::Outcomes {
            sustained: vec![0.4; n],
            exploited: vec![0.3; n],
            caught: vec![0.2; n],
            collapsed: vec![0.1; n],
        });
        p
    }

    fn style() -> ChartStyle {
        ChartStyle::svg(1.0, Theme::Light)
    }

    const LONG_TITLE: &str = "Phased relief under independent monitoring, with verification first, \
        snapback criteria agreed in advance and humanitarian carve-outs from the start";

    #[test]
    fn the_figure_names_the_types_and_the_outcomes() {
        let p = projection();
        let input = ChartInput::new(&p);
        let caption = Caption::default();
        let trust =
            render_figure_svg(ChartKind::Trust, &input, &caption, &style(), 800, 200).unwrap();
        assert!(trust.contains("If the target means it"), "{trust}");
        assert!(trust.contains("If it doesn&apos;t"), "{trust}");
        assert!(!trust.contains("Trust in the target"), "{trust}");
        let outcomes =
            render_figure_svg(ChartKind::Outcomes, &input, &caption, &style(), 800, 200).unwrap();
        for outcome in Outcome::ALL {
            assert!(outcomes.contains(outcome.label()), "{outcome:?}");
        }
    }

    #[test]
    fn legends_take_more_rows_on_narrow_figures() {
        let p = projection();
        let input = ChartInput {
            baseline: Some(&p),
            ..ChartInput::new(&p)
        };
        let rows = |width| {
            let l = layout(
                ChartKind::Trust,
                &input,
                &Caption::default(),
                &style(),
                (width, 200),
            );
            LegendStyle::rows(&l.placed)
        };
        assert_eq!(rows(1200), 1);
        assert!(rows(200) >= 3, "{}", rows(200));
    }

    #[test]
    fn a_figure_at_the_smallest_size_keeps_its_title_note_and_legend() {
        let p = projection();
        let input = ChartInput {
            baseline: Some(&p),
            ..ChartInput::new(&p)
        };
        let side = *FIGURE_SIDE.start();
        let caption = Caption {
            title: LONG_TITLE,
            note: "50 simulated futures, seed 7, 48 months.",
        };
        for kind in ChartKind::ALL {
            let l = layout(kind, &input, &caption, &style(), (side, side));
            let first_word = kind.title().split(' ').next().unwrap();
            let start: String = first_word.chars().take(4).collect();
            assert!(l.title[0].starts_with(&start), "{kind:?}: {:?}", l.title);
            assert!(!l.note.is_empty(), "{kind:?}");
            let items = chart_items(kind, &input, &style());
            assert_eq!(l.placed.len(), items.len(), "{kind:?}: every item is shown");
            for (Item { words, .. }, placed) in items.iter().zip(&l.placed) {
                let start: String = words.chars().take(2).collect();
                assert!(placed.words.starts_with(&start), "{words:?} as {placed:?}");
            }
            let rows = LegendStyle::rows(&l.placed) as i32;
            let bottom = l.legend_at.1 + LEGEND.height(rows as usize, &style());
            assert!(
                bottom <= l.size.1 as i32,
                "{kind:?}: the legend is inside the figure"
            );
            assert!(l.chart_top + side as i32 <= l.legend_at.1, "{kind:?}");
        }
    }

    #[cfg(feature = "png")]
    #[test]
    fn a_long_title_wraps_within_the_figure_and_keeps_its_beginning() {
        let p = projection();
        let input = ChartInput::new(&p);
        let caption = Caption {
            title: LONG_TITLE,
            note: "",
        };
        let full = format!("Trust: {LONG_TITLE}");
        for width in [120, 160, 240, 320, 420, 640, 800, 1200] {
            let l = layout(ChartKind::Trust, &input, &caption, &style(), (width, 200));
            let svg = render_figure_svg(ChartKind::Trust, &input, &caption, &style(), width, 200)
                .unwrap();
            let texts = crate::export::png::measured_texts(&svg);
            let title: Vec<_> = texts
                .iter()
                .filter(|(_, b)| b.bottom() <= l.note_top as f32)
                .collect();
            assert_eq!(title.len(), l.title.len(), "{width}: {texts:?}");
            assert!((1..=TITLE_LINES).contains(&title.len()), "{width}");
            if width >= 320 {
                assert!(
                    title.len() > 1,
                    "{width}: the title wraps rather than being cut"
                );
            }
            for (words, b) in &title {
                assert!(
                    b.left() >= 0.0 && b.right() <= width as f32,
                    "{width}: {words:?} runs off at {b:?}"
                );
            }
            // What is kept is the title's beginning, word for word; a cut is marked.
            let kept = title
                .iter()
                .map(|(w, _)| w.trim_end_matches('\u{2026}'))
                .collect::<Vec<_>>()
                .join(" ");
            let words: Vec<_> = kept.split_whitespace().collect();
            let last = words.len() - 1;
            for (i, (a, b)) in words.iter().zip(full.split_whitespace()).enumerate() {
                assert!(
                    a == &b || (i == last && b.starts_with(a)),
                    "{width}: {kept:?}"
                );
            }
            let cut = words.len() < full.split_whitespace().count();
            assert_eq!(
                title.last().unwrap().0.ends_with('\u{2026}'),
                cut,
                "{width}"
            );
        }
    }

    #[cfg(feature = "png")]
    #[test]
    fn legend_items_never_overlap_or_run_off_the_figure() {
        let p = projection();
        let input = ChartInput {
            baseline: Some(&p),
            ..ChartInput::new(&p)
        };
        let style = style();
        let caption = Caption {
            title: "Phased relief",
            note: "",
        };
        let row = LEGEND.height(1, &style) as f32;
        let half_band = (style.whole_px(LEGEND.swatch.1 / 2.0)) as f32;
        for kind in ChartKind::ALL {
            for width in (*FIGURE_SIDE.start()..=640).step_by(16) {
                let l = layout(kind, &input, &caption, &style, (width, 160));
                let svg = render_figure_svg(kind, &input, &caption, &style, width, 160).unwrap();
                let (left, top) = (l.legend_at.0 as f32, l.legend_at.1 as f32);
                let words: Vec<_> = crate::export::png::measured_texts(&svg)
                    .into_iter()
                    .filter(|(_, b)| b.top() >= top)
                    .collect();
                assert_eq!(words.len(), l.placed.len(), "{kind:?} at {width}");
                // Each item: its swatch and its words, as drawn.
                let boxes: Vec<_> = l
                    .placed
                    .iter()
                    .zip(&words)
                    .map(|(place, (text, b))| {
                        assert_eq!(text, &place.words);
                        let x = left + place.x as f32;
                        let mid = top + place.row as f32 * row + row / 2.0;
                        (
                            text,
                            x.min(b.left()),
                            (mid - half_band).min(b.top()),
                            b.right(),
                            (mid + half_band).max(b.bottom()),
                        )
                    })
                    .collect();
                for &(text, x0, y0, x1, y1) in &boxes {
                    assert!(
                        x0 >= 0.0 && x1 <= width as f32 && y1 <= l.size.1 as f32,
                        "{kind:?} at {width}: {text:?} runs off the figure ({x0}..{x1})"
                    );
                    assert!(
                        y0 >= (l.chart_top + 160) as f32,
                        "{kind:?} at {width}: {text:?}"
                    );
                }
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let apart = a.3 <= b.1 || b.3 <= a.1 || a.4 <= b.2 || b.4 <= a.2;
                        assert!(apart, "{kind:?} at {width}: {:?} overlaps {:?}", a.0, b.0);
                    }
                }
            }
        }
    }
}
