//! "What matters most?" as a tornado: one horizontal bar a factor, from the outcome with the
//! factor at the low end of its range to the outcome at the high end, in the order the model
//! ranked them, about a vertical line at the scenario as written.
//!
//! Like every chart here it draws what it is given: the model ranks the bars and says which
//! are within noise; this only places them. Labels sit in a fixed area left of the bars and
//! are wrapped and shortened to an estimated width, never measured. Bars within noise are
//! drawn faded and hatched, under a line that says so, so they never read as effects.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Rectangle};
use plotters::prelude::{DrawingBackend, IntoDrawingArea};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBAColor, ShapeStyle, TextStyle};
use relief_model::{Measure, Sensitivity};

use crate::draw::FONT_FAMILY;
use crate::style::{Palette, Rgb};
use crate::text::fit_lines;
use crate::{ChartError, ChartStyle};

/// One bar of the tornado, as the model gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoBar {
    /// The factor in plain words.
    pub label: String,
    /// The outcome with the factor at the low end of its range.
    pub at_low: f64,
    /// The outcome with the factor at the high end.
    pub at_high: f64,
    /// Whether the model judged the bar shorter than twice its standard error.
    pub within_noise: bool,
}

/// What a tornado draws: the bars in the model's order and where their ends meet.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    /// The outcome for the scenario as written.
    pub baseline: f64,
    /// Whether the outcome reads in percent (a share of futures or of output) rather than as
    /// a belief from 0 to 1.
    pub percent: bool,
    /// The bars, drawn top to bottom in this order.
    pub bars: Vec<TornadoBar>,
}

impl From<&Sensitivity> for Tornado {
    fn from(s: &Sensitivity) -> Tornado {
        Tornado {
            baseline: s.baseline,
            percent: !matches!(s.measure, Measure::TrustAtEnd),
            bars: s
                .swings
                .iter()
                .map(|swing| TornadoBar {
                    label: swing.label.clone(),
                    at_low: swing.at_low,
                    at_high: swing.at_high,
                    within_noise: swing.within_noise(),
                })
                .collect(),
        }
    }
}

impl Tornado {
    /// Whether a line marking the bars within noise is drawn above the first of them.
    fn marks_noise(&self) -> bool {
        self.bars.iter().any(|b| b.within_noise)
    }

    /// Checks that every value is a finite number from 0 to 1, as every outcome is.
    fn validate(&self) -> Result<(), ChartError> {
        let bad = |what: &str, v: f64| {
            Err(ChartError::Data(format!(
                "{what} is {v}, not a value from 0 to 1"
            )))
        };
        if !(0.0..=1.0).contains(&self.baseline) {
            return bad("the baseline", self.baseline);
        }
        for (i, bar) in self.bars.iter().enumerate() {
            for (end, v) in [("at_low", bar.at_low), ("at_high", bar.at_high)] {
                if !(0.0..=1.0).contains(&v) {
                    return bad(&format!("bar {i}'s {end}"), v);
                }
            }
        }
        Ok(())
    }
}

/// A bar's row, in CSS pixels: room for a label of two lines.
pub const TORNADO_ROW: f64 = 30.0;
/// A bar's thickness within its row.
const BAR: f64 = 16.0;
/// Above the first row: the line naming the scenario as written.
const TOP: f64 = 20.0;
/// The row of the line that says the bars under it are within noise.
const NOISE_ROW: f64 = 22.0;
/// Under the last row: the outcome axis, its ticks and their values.
const AXIS: f64 = 26.0;
/// The share of the width the labels take, and the most they take in CSS pixels.
const LABEL_SHARE: f64 = 0.42;
const LABEL_MAX: f64 = 300.0;
/// Room left of the labels and right of the plot.
const SIDE: f64 = 8.0;
/// Between a label's right end and the plot.
const LABEL_GAP: f64 = 8.0;
/// The estimated advance of a label's character, in ems; errs wide, as every estimate here.
const LABEL_CHAR_EM: f64 = 0.56;
/// The least room between two value labels on the outcome axis.
const TICK_SPACING: f64 = 52.0;
/// How far bars within noise are faded towards the background.
const NOISE_FADE: f64 = 0.6;
/// The steps the outcome axis's ticks may take.
const TICK_STEPS: [f64; 13] = [
    0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0,
];

/// The words above the bars within noise.
pub const WITHIN_NOISE: &str = "Within noise: shorter than twice their standard error";

/// The height in CSS pixels a tornado of `tornado`'s bars is drawn at: the page sizes its
/// canvas to it and a figure's chart takes it.
pub fn tornado_height(tornado: &Tornado) -> f64 {
    let noise = if tornado.marks_noise() {
        NOISE_ROW
    } else {
        0.0
    };
    TOP + TORNADO_ROW * tornado.bars.len().max(1) as f64 + noise + AXIS
}

/// The colours of a bar's two halves: the factor at the low end of its range, and at the high
/// end (Okabe–Ito blue and orange, told apart in every common kind of colour blindness).
pub fn tornado_colours(palette: &Palette) -> (Rgb, Rgb) {
    (palette.trust, palette.legitimacy)
}

/// The faded colour a bar within noise is drawn in.
pub(crate) fn faded(colour: Rgb, palette: &Palette) -> Rgb {
    colour.mix(palette.background, NOISE_FADE)
}

/// The outcome axis: the values at its ends and its ticks.
#[derive(Clone, Debug, PartialEq)]
struct Axis {
    low: f64,
    high: f64,
    ticks: Vec<f64>,
    step: f64,
}

/// An axis holding every end and the baseline, in round steps with at most `most_ticks` ticks,
/// within 0 to 1.
fn axis(tornado: &Tornado, most_ticks: usize) -> Axis {
    let values = tornado
        .bars
        .iter()
        .flat_map(|b| [b.at_low, b.at_high])
        .chain([tornado.baseline]);
    let (mut low, mut high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    // A tornado where nothing moves still gets an axis around its one value.
    if high - low < 0.01 {
        low -= 0.005;
        high += 0.005;
    }
    let most = most_ticks.max(2) as f64;
    let step = TICK_STEPS
        .into_iter()
        .find(|s| ((high - low) / s).ceil() + 1.0 <= most)
        .unwrap_or(1.0);
    let low = ((low / step).floor() * step).max(0.0);
    let high = ((high / step).ceil() * step).min(1.0);
    let count = ((high - low) / step).round() as usize;
    let ticks = (0..=count).map(|i| low + i as f64 * step).collect();
    Axis {
        low,
        high,
        ticks,
        step,
    }
}

/// A value of the outcome as the axis writes it: a percentage, or a belief from 0 to 1, with
/// as many decimals as the axis's step needs.
pub fn tornado_value(value: f64, percent: bool, step: f64) -> String {
    let digits = |scale: f64| {
        let s = step * scale;
        if s >= 0.999 {
            0
        } else if s >= 0.0999 {
            1
        } else {
            2
        }
    };
    if percent {
        format!("{:.*}%", digits(100.0), value * 100.0)
    } else {
        format!("{:.*}", (digits(1.0).max(1) + 1).min(2), value)
    }
}

/// Where everything goes, in backend pixels.
struct Layout {
    /// The labels' right end.
    label_right: i32,
    /// The characters a label's line may take.
    label_chars: usize,
    /// The plot's left and right: the axis's low and high values.
    left: i32,
    right: i32,
    /// The top of the first row.
    rows_top: i32,
    row: f64,
    noise_row: i32,
    /// The outcome axis's line.
    bottom: i32,
    axis: Axis,
}

impl Layout {
    fn new(tornado: &Tornado, (width, _): (u32, u32), style: &ChartStyle) -> Layout {
        let width = f64::from(width);
        let label_width = (width * LABEL_SHARE).min(style.px(LABEL_MAX));
        let left = (style.px(SIDE) + label_width).round() as i32;
        let right = (width - style.px(SIDE) - style.px(14.0)).round() as i32;
        let font = style.px(style.theme.metrics().font_px);
        let label_chars =
            ((label_width - style.px(LABEL_GAP)) / (font * LABEL_CHAR_EM)).floor() as usize;
        let most_ticks = (f64::from((right - left).max(0)) / style.px(TICK_SPACING)) as usize + 1;
        let rows_top = style.whole_px(TOP);
        let noise_row = if tornado.marks_noise() {
            style.whole_px(NOISE_ROW)
        } else {
            0
        };
        let row = style.px(TORNADO_ROW);
        let bottom = rows_top + (row * tornado.bars.len().max(1) as f64).round() as i32 + noise_row;
        Layout {
            label_right: left - style.whole_px(LABEL_GAP),
            label_chars: label_chars.max(4),
            left,
            right,
            rows_top,
            row,
            noise_row,
            bottom,
            axis: axis(tornado, most_ticks),
        }
    }

    fn x_of(&self, value: f64) -> i32 {
        let span = (self.axis.high - self.axis.low).max(1e-9);
        let share = (value - self.axis.low) / span;
        (f64::from(self.left) + share * f64::from(self.right - self.left)).round() as i32
    }

    /// The middle of bar `i`'s row: bars within noise sit under the line that says so.
    fn row_middle(&self, i: usize, within_noise_from: Option<usize>) -> i32 {
        let below_mark = within_noise_from.is_some_and(|first| i >= first);
        let mark = if below_mark { self.noise_row } else { 0 };
        self.rows_top + mark + (self.row * (i as f64 + 0.5)).round() as i32
    }
}

/// Draws the tornado on a whole backend and presents it. The backend should be
/// [`tornado_height`] CSS pixels tall (times the style's scale); a taller one leaves room
/// below, a shorter one cuts the axis off.
pub fn draw_tornado<DB: DrawingBackend>(
    backend: DB,
    tornado: &Tornado,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    let area = backend.into_drawing_area();
    draw_tornado_on_area(&area, tornado, style)?;
    area.present().map_err(ChartError::backend)
}

/// Draws the tornado on a drawing area, in the area's own pixel coordinates.
pub fn draw_tornado_on_area<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    tornado: &Tornado,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    tornado.validate()?;
    let palette = style.theme.palette();
    area.fill(&palette.background.to_plotters())
        .map_err(ChartError::backend)?;
    let layout = Layout::new(tornado, area.dim_in_pixel(), style);
    if layout.right - layout.left < 2 {
        return Ok(());
    }
    let painter = Painter {
        area,
        style,
        palette,
        layout: &layout,
    };
    let first_noise = tornado.bars.iter().position(|b| b.within_noise);
    painter.grid_and_axis(tornado.percent)?;
    for (i, bar) in tornado.bars.iter().enumerate() {
        painter.bar(bar, layout.row_middle(i, first_noise), tornado.baseline)?;
    }
    painter.baseline(tornado)?;
    // Last, on a band of its own, so no line crosses its words.
    if let Some(first) = first_noise {
        painter.noise_mark(first)?;
    }
    Ok(())
}

struct Painter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    style: &'a ChartStyle,
    palette: &'static Palette,
    layout: &'a Layout,
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    fn rect(
        &self,
        (x0, y0): (i32, i32),
        (x1, y1): (i32, i32),
        c: RGBAColor,
    ) -> Result<(), ChartError> {
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        self.area
            .draw(&Rectangle::new([(x0, y0), (x1, y1)], c.filled()))
            .map_err(ChartError::backend)
    }

    fn text(&self, text: &str, at: (i32, i32), anchor: Pos, colour: Rgb) -> Result<(), ChartError> {
        let font = FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            self.style.font_size(self.style.theme.metrics().font_px),
            FontStyle::Normal,
        );
        let colour = colour.to_plotters();
        let style = TextStyle::from(font).color(&colour).pos(anchor);
        self.area
            .draw_text(text, &style, at)
            .map_err(ChartError::backend)
    }

    fn grid_and_axis(&self, percent: bool) -> Result<(), ChartError> {
        let l = self.layout;
        let w = self.style.stroke(1.0) as i32;
        let grid = self.palette.grid.to_plotters().to_rgba();
        let axis = self.palette.axis.to_plotters().to_rgba();
        let tick = self.style.whole_px(4.0);
        let gap = self.style.whole_px(3.0);
        for &v in &l.axis.ticks {
            let x = l.x_of(v);
            self.rect((x - w / 2, l.rows_top), (x - w / 2 + w, l.bottom), grid)?;
            self.rect(
                (x - w / 2, l.bottom),
                (x - w / 2 + w, l.bottom + tick),
                axis,
            )?;
            self.text(
                &tornado_value(v, percent, l.axis.step),
                (x, l.bottom + tick + gap),
                Pos::new(HPos::Center, VPos::Top),
                self.palette.text,
            )?;
        }
        self.rect(
            (l.left, l.bottom - w / 2),
            (l.right + 1, l.bottom - w / 2 + w),
            axis,
        )
    }

    fn noise_mark(&self, first: usize) -> Result<(), ChartError> {
        let l = self.layout;
        let top = l.row_middle(first, None) - (l.row / 2.0).round() as i32;
        let middle = top + l.noise_row / 2;
        let rule = self.palette.axis.mix(self.palette.background, 0.5);
        let w = self.style.stroke(1.0) as i32;
        let x0 = self.style.whole_px(SIDE);
        self.rect(
            (x0, top + w),
            (l.right + 1, top + l.noise_row),
            self.palette.background.to_plotters().to_rgba(),
        )?;
        self.rect(
            (x0, top),
            (l.right + 1, top + w),
            rule.to_plotters().to_rgba(),
        )?;
        self.text(
            WITHIN_NOISE,
            (x0, middle),
            Pos::new(HPos::Left, VPos::Center),
            self.palette.text,
        )
    }

    /// One bar: the half from the baseline to the outcome at the low end in one colour, the
    /// half to the high end in the other, the longer first so the shorter stays in sight when
    /// both lie on one side; faded and hatched when within noise; and its label.
    fn bar(&self, bar: &TornadoBar, middle: i32, baseline: f64) -> Result<(), ChartError> {
        let l = self.layout;
        let half = self.style.whole_px(BAR / 2.0);
        let (y0, y1) = (middle - half, middle + half);
        let base = l.x_of(baseline);
        let (low, high) = tornado_colours(self.palette);
        let mut halves = [(bar.at_low, low), (bar.at_high, high)];
        halves.sort_by(|a, b| (b.0 - baseline).abs().total_cmp(&(a.0 - baseline).abs()));
        for (value, colour) in halves {
            let x = l.x_of(value);
            // A half too short to see still gets a sliver, so every factor shows its bar.
            let (x0, x1) = if x >= base {
                (base, x.max(base + 1))
            } else {
                (x.min(base - 1), base)
            };
            let colour = if bar.within_noise {
                faded(colour, self.palette)
            } else {
                colour
            };
            self.rect((x0, y0), (x1, y1), colour.to_plotters().to_rgba())?;
            if bar.within_noise {
                self.hatch((x0, y0), (x1, y1))?;
            }
        }
        let text = if bar.within_noise {
            self.palette.text.mix(self.palette.background, 0.35)
        } else {
            self.palette.text
        };
        let lines = fit_lines(&bar.label, l.label_chars, 2);
        let line = self.style.whole_px(13.0);
        let first = middle - line * (lines.len() as i32 - 1) / 2;
        for (k, words) in lines.iter().enumerate() {
            self.text(
                words,
                (l.label_right, first + k as i32 * line),
                Pos::new(HPos::Right, VPos::Center),
                text,
            )?;
        }
        Ok(())
    }

    /// Diagonal strokes across a rectangle, in the axis colour, so a bar within noise differs
    /// from the others in texture as well as in tone.
    fn hatch(&self, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) -> Result<(), ChartError> {
        let gap = self.style.whole_px(5.0).max(2);
        let h = y1 - y0;
        let colour = self.palette.axis.mix(self.palette.background, 0.3);
        let stroke = ShapeStyle::from(colour.to_plotters()).stroke_width(self.style.stroke(1.0));
        let mut start = x0 - h;
        while start < x1 {
            // The stroke from (start, y1) up to (start + h, y0), kept within x0..=x1.
            let from = (x0 - start).max(0);
            let to = (x1 - start).min(h);
            if from < to {
                let path = PathElement::new(
                    vec![(start + from, y1 - from), (start + to, y1 - to)],
                    stroke,
                );
                self.area.draw(&path).map_err(ChartError::backend)?;
            }
            start += gap;
        }
        Ok(())
    }

    /// The scenario as written: a rule through every row, named above the first.
    fn baseline(&self, tornado: &Tornado) -> Result<(), ChartError> {
        let l = self.layout;
        let x = l.x_of(tornado.baseline);
        let w = self.style.stroke(2.0) as i32;
        let top = l.rows_top - self.style.whole_px(4.0);
        self.rect(
            (x - w / 2, top),
            (x - w / 2 + w, l.bottom),
            self.palette.text.to_plotters().to_rgba(),
        )?;
        // One decimal of a percentage, two of a belief: the precision the page's words use.
        let step = if tornado.percent { 0.001 } else { 0.01 };
        let words = format!(
            "As written: {}",
            tornado_value(tornado.baseline, tornado.percent, step)
        );
        // Written towards the wider side of the rule, so it stays on the chart.
        let gap = self.style.whole_px(4.0);
        let (at, h) = if x - l.left > l.right - x {
            (x - gap, HPos::Right)
        } else {
            (x + gap, HPos::Left)
        };
        self.text(
            &words,
            (at, top - self.style.whole_px(6.0)),
            Pos::new(h, VPos::Center),
            self.palette.text,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Theme;
    use plotters::prelude::SVGBackend;

    fn tornado() -> Tornado {
        let bar = |label: &str, at_low, at_high, within_noise| TornadoBar {
            label: label.to_string(),
            at_low,
            at_high,
            within_noise,
        };
        Tornado {
            baseline: 0.42,
            percent: true,
            bars: vec![
                bar("Hardliners", 0.2, 0.7, false),
                bar("When: Sectoral easing (month 12)", 0.5, 0.35, false),
                bar(
                    "How much: Humanitarian exemption (month 0)",
                    0.41,
                    0.43,
                    true,
                ),
            ],
        }
    }

    fn svg(t: &Tornado, width: u32) -> String {
        let style = ChartStyle::svg(1.0, Theme::Light);
        let height = tornado_height(t).ceil() as u32;
        let mut out = String::new();
        draw_tornado(
            SVGBackend::with_string(&mut out, (width, height)),
            t,
            &style,
        )
        .unwrap();
        out
    }

    #[test]
    fn the_axis_holds_every_end_in_round_steps() {
        let a = axis(&tornado(), 6);
        assert!(a.low <= 0.2 && a.high >= 0.7, "{a:?}");
        assert!(a.ticks.len() <= 6, "{a:?}");
        assert!(TICK_STEPS.contains(&a.step));
        // Nothing moves: still an axis, within 0 to 1.
        let flat = Tornado {
            baseline: 0.0,
            percent: true,
            bars: vec![],
        };
        let a = axis(&flat, 6);
        assert!(a.low == 0.0 && a.high > 0.0, "{a:?}");
    }

    #[test]
    fn values_read_in_percent_or_as_a_belief() {
        assert_eq!(tornado_value(0.25, true, 0.05), "25%");
        assert_eq!(tornado_value(0.255, true, 0.005), "25.5%");
        assert_eq!(tornado_value(0.5, false, 0.1), "0.50");
    }

    #[test]
    fn too_small_or_bad_values_draw_nothing_wrong() {
        let mut t = tornado();
        t.bars[0].at_high = f64::NAN;
        let style = ChartStyle::svg(1.0, Theme::Light);
        let mut out = String::new();
        let result = draw_tornado(SVGBackend::with_string(&mut out, (400, 200)), &t, &style);
        assert!(matches!(result, Err(ChartError::Data(m)) if m.contains("bar 0's at_high")));
        // A backend too narrow for a plot gets the background only.
        let mut out = String::new();
        draw_tornado(
            SVGBackend::with_string(&mut out, (30, 200)),
            &tornado(),
            &style,
        )
        .unwrap();
        assert!(!out.contains("Hardliners"));
    }

    #[test]
    fn every_bar_is_drawn_with_its_label_and_the_baseline_is_named() {
        let svg = svg(&tornado(), 640);
        assert!(svg.contains("Hardliners"), "{svg}");
        assert!(svg.contains("When: Sectoral easing (month 12)"), "{svg}");
        assert!(svg.contains("As written: 42.0%"), "{svg}");
        assert!(svg.contains(WITHIN_NOISE), "{svg}");
        let (low, high) = tornado_colours(Theme::Light.palette());
        // Two real bars of two halves each in the full colours.
        for colour in [low, high] {
            let fill = format!("fill=\"{}\"", colour.hex());
            assert_eq!(svg.matches(&fill).count(), 2, "{colour:?} in {svg}");
        }
    }

    #[test]
    fn bars_within_noise_differ_from_the_others() {
        let real = svg(&tornado(), 640);
        let mut t = tornado();
        t.bars[2].within_noise = false;
        let not_marked = svg(&t, 640);
        let palette = Theme::Light.palette();
        let (low, _) = tornado_colours(palette);
        let faded_fill = format!("fill=\"{}\"", faded(low, palette).hex());
        assert!(real.contains(&faded_fill));
        assert!(!not_marked.contains(&faded_fill));
        assert!(!not_marked.contains(WITHIN_NOISE));
        // The hatching: strokes only the bar within noise has.
        assert!(real.matches("<polyline").count() > not_marked.matches("<polyline").count());
        assert!(tornado_height(&tornado()) > tornado_height(&t));
    }

    #[test]
    fn long_labels_are_shortened_to_their_area_on_a_phone() {
        let svg = svg(&tornado(), 340);
        assert!(svg.contains("Hardliners"));
        assert!(
            !svg.contains("How much: Humanitarian exemption (month 0)"),
            "{svg}"
        );
        assert!(
            svg.contains('\u{2026}') || svg.contains("How much:"),
            "{svg}"
        );
    }
}
