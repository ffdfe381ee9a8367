//! Legends of figures and sheets: what they list, where each item goes, and the swatches.
//!
//! An item is a swatch (a sample of a line, band, bars or marker as the chart draws it) and
//! its words. Items are laid out in rows within a width, in equal columns or one after
//! another, and words too long for their room are shortened, so no item runs into the next
//! or off the figure; since text is never measured, the room is estimated (see `text`).

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::VPos;
use plotters::style::{Color, ShapeStyle};
use relief_model::{Outcome, Series};

use crate::draw::{dashes, hazard_scale};
use crate::style::{BASELINE_DASH, MODEL_UNCERTAINTY_DOTS, OVERLAY_DASHES, Rgb};
use crate::text::{Type, fit_lines};
use crate::{
    BREAKDOWNS_EACH_MONTH, ChartError, ChartInput, ChartKind, ChartStyle, MODEL_UNCERTAINTY_EDGES,
    MODEL_UNCERTAINTY_RANGE, MarkerKind, RISK_OF_BREAKDOWN, TargetType,
};

/// A legend's sample of what a line, band, bars or marker looks like.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Swatch {
    /// A line: its colour, dash pattern (on and off lengths in CSS pixels, empty for a solid
    /// line) and width in CSS pixels.
    Line(Rgb, &'static [f64], f64),
    /// A band of colour at an opacity.
    Band(Rgb, f64),
    /// Three bars of different heights, like the risk chart's monthly hazard.
    Bars(Rgb, f64),
    /// A step's marker.
    Marker(Rgb),
}

/// One entry of a legend.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    pub swatch: Swatch,
    pub words: String,
}

fn item(swatch: Swatch, words: impl Into<String>) -> Item {
    Item {
        swatch,
        words: words.into(),
    }
}

/// How a legend is set, in CSS pixels.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LegendStyle {
    /// The words' type; its line is the height of a row, and swatch and words are centred in
    /// the row.
    pub words: Type,
    /// A swatch's width, and the height of a band.
    pub swatch: (f64, f64),
    /// Between a swatch and its words.
    pub words_gap: f64,
    /// The least room after an item's words, before the next item.
    pub item_gap: f64,
    /// `Some(n)`: items in `n` columns of equal width, filled row by row. `None`: each item as
    /// wide as its words, one after another, a new row begun where the next would not fit.
    pub columns: Option<usize>,
}

/// Where a laid-out item goes, relative to the legend's top left corner.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Placed {
    /// The swatch's left end, in backend pixels.
    pub x: i32,
    /// The row, from 0.
    pub row: usize,
    /// Its words, shortened to the room they have.
    pub words: String,
}

impl LegendStyle {
    /// Places `items` in rows within `width` backend pixels.
    pub fn layout(&self, items: &[Item], width: i32, style: &ChartStyle) -> Vec<Placed> {
        match self.columns {
            Some(columns) => self.in_columns(items, columns.max(1), width, style),
            None => self.one_after_another(items, width, style),
        }
    }

    /// `words` shortened to one line within `room` backend pixels.
    fn fit(&self, words: &str, room: i32, style: &ChartStyle) -> String {
        fit_lines(words, self.words.chars_within(f64::from(room), style), 1).concat()
    }

    /// The room a swatch and the gap after it take, in backend pixels.
    fn swatch_room(&self, style: &ChartStyle) -> i32 {
        style.whole_px(self.swatch.0) + style.whole_px(self.words_gap)
    }

    fn in_columns(
        &self,
        items: &[Item],
        columns: usize,
        width: i32,
        style: &ChartStyle,
    ) -> Vec<Placed> {
        let column = width / columns as i32;
        let room = column - self.swatch_room(style) - style.whole_px(self.item_gap);
        items
            .iter()
            .enumerate()
            .map(|(i, item)| Placed {
                x: (i % columns) as i32 * column,
                row: i / columns,
                words: self.fit(&item.words, room, style),
            })
            .collect()
    }

    fn one_after_another(&self, items: &[Item], width: i32, style: &ChartStyle) -> Vec<Placed> {
        let swatch = self.swatch_room(style);
        let gap = style.whole_px(self.item_gap);
        let (mut x, mut row) = (0, 0);
        items
            .iter()
            .map(|item| {
                let words = self.fit(&item.words, width - swatch, style);
                let w = swatch + self.words.width_of(&words, style);
                if x > 0 && x + w > width {
                    row += 1;
                    x = 0;
                }
                let placed = Placed { x, row, words };
                x += w + gap;
                placed
            })
            .collect()
    }

    /// The rows `placed` takes.
    pub fn rows(placed: &[Placed]) -> usize {
        placed.last().map_or(0, |p| p.row + 1)
    }

    /// The height of `rows` rows in backend pixels.
    pub fn height(&self, rows: usize, style: &ChartStyle) -> i32 {
        self.words.lines_height(rows, style)
    }

    /// Draws `items`, placed by [`LegendStyle::layout`], from `(left, top)`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
        items: &[Item],
        placed: &[Placed],
        (left, top): (i32, i32),
    ) -> Result<(), ChartError> {
        let row = self.height(1, style);
        let swatch_w = style.whole_px(self.swatch.0);
        let words_x = swatch_w + style.whole_px(self.words_gap);
        for (item, place) in items.iter().zip(placed) {
            let x = left + place.x;
            let mid = top + place.row as i32 * row + row / 2;
            item.swatch
                .draw(area, style, (x, mid), (swatch_w, self.swatch.1))?;
            self.words
                .draw(area, style, &place.words, (x + words_x, mid), VPos::Center)?;
        }
        Ok(())
    }
}

impl Swatch {
    /// Draws the swatch `w` backend pixels wide from `x`, centred on `mid`; a band is
    /// `band_h` CSS pixels tall.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
        (x, mid): (i32, i32),
        (w, band_h): (i32, f64),
    ) -> Result<(), ChartError> {
        let px = |css: f64| style.whole_px(css);
        let half = px(band_h / 2.0);
        let rect = |corners: [(i32, i32); 2], colour: Rgb, alpha: f64| {
            area.draw(&Rectangle::new(
                corners,
                colour.to_plotters().mix(alpha.min(1.0)).filled(),
            ))
            .map_err(ChartError::backend)
        };
        match *self {
            Swatch::Line(colour, dash, width) => {
                let line = ShapeStyle {
                    color: colour.to_plotters().to_rgba(),
                    filled: false,
                    stroke_width: style.stroke(width),
                };
                let pattern: Vec<f64> = dash.iter().map(|&d| style.px(d)).collect();
                let points = [
                    (f64::from(x), f64::from(mid)),
                    (f64::from(x + w), f64::from(mid)),
                ];
                for piece in dashes(&points, &pattern) {
                    area.draw(&PathElement::new(piece, line))
                        .map_err(ChartError::backend)?;
                }
                Ok(())
            }
            Swatch::Band(colour, alpha) => {
                rect([(x, mid - half), (x + w, mid + half)], colour, alpha)
            }
            Swatch::Bars(colour, alpha) => {
                // Short, tall, short: the hazard's bars rising and falling month by month.
                let bottom = mid + half;
                for (i, h) in [5.0, 9.0, 4.0].into_iter().enumerate() {
                    let left = x + px(1.0) + i as i32 * px(7.0);
                    rect(
                        [(left, bottom - px(h)), (left + px(5.0), bottom)],
                        colour,
                        alpha,
                    )?;
                }
                Ok(())
            }
            Swatch::Marker(colour) => {
                let m = style.theme.metrics();
                let (mw, mh) = (px(m.marker_width), px(m.marker_height));
                let cx = x + w / 2;
                let (x0, y0) = (cx - mw / 2, mid - mh / 2);
                rect([(x0, y0), (x0 + mw, y0 + mh)], colour, 1.0)
            }
        }
    }
}

/// What a sheet's one legend lists for its six charts: the medians, the bands, the outcome
/// shares, the baseline, the markers and the overlays that are drawn.
pub(crate) fn sheet_items(style: &ChartStyle, input: &ChartInput) -> Vec<Item> {
    let palette = style.theme.palette();
    let metrics = style.theme.metrics();
    let p = input.projection;
    let median = |colour| Swatch::Line(colour, &[], metrics.median_width);
    let mut items = Vec::new();
    let types = TargetType::present(p);
    if types.is_empty() {
        items.push(item(median(palette.trust), "Trust in the target (median)"));
    }
    for t in types {
        items.push(item(
            median(palette.target_type(t)),
            format!("{} (median)", t.label()),
        ));
    }
    items.extend([
        item(median(palette.target_trust), "Target's trust (median)"),
        item(
            Swatch::Band(
                palette.axis,
                palette.inner_band_alpha + palette.outer_band_alpha,
            ),
            "Middle half of runs (p25\u{2013}p75)",
        ),
        item(
            Swatch::Band(palette.axis, palette.outer_band_alpha),
            "Middle 80% of runs (p10\u{2013}p90)",
        ),
    ]);
    if p.outcomes.is_some() {
        for outcome in Outcome::ALL {
            items.push(item(
                Swatch::Band(palette.outcome(outcome), 1.0),
                outcome.label(),
            ));
        }
    }
    if p.with_parameter_uncertainty.is_some() {
        items.push(item(
            Swatch::Line(palette.axis, MODEL_UNCERTAINTY_DOTS, metrics.overlay_width),
            MODEL_UNCERTAINTY_EDGES,
        ));
        items.push(item(
            Swatch::Band(palette.risk, palette.outer_band_alpha),
            MODEL_UNCERTAINTY_RANGE,
        ));
    }
    if input.baseline.is_some() {
        items.push(item(
            Swatch::Line(palette.baseline, BASELINE_DASH, metrics.baseline_width),
            "Baseline (median)",
        ));
    }
    for kind in MarkerKind::ALL {
        if input.markers.iter().any(|m| m.kind == kind) {
            items.push(item(Swatch::Marker(palette.marker(kind)), kind.label()));
        }
    }
    for (i, overlay) in input.overlays.iter().enumerate() {
        items.push(item(
            Swatch::Line(
                palette.overlays[i],
                OVERLAY_DASHES[i],
                metrics.overlay_width,
            ),
            overlay.name,
        ));
    }
    items
}

/// What the legend of one chart's figure lists: what the page's HTML legend says of the same
/// chart.
pub(crate) fn chart_items(kind: ChartKind, input: &ChartInput, style: &ChartStyle) -> Vec<Item> {
    let palette = style.theme.palette();
    let metrics = style.theme.metrics();
    let line = |colour| Swatch::Line(colour, &[], metrics.median_width);
    let mut items = Vec::new();
    if kind == ChartKind::Outcomes {
        // The shares fill the plot and no baseline is drawn over them.
        if input.projection.outcomes.is_some() {
            for outcome in Outcome::ALL {
                items.push(item(
                    Swatch::Band(palette.outcome(outcome), 1.0),
                    outcome.label(),
                ));
            }
        }
        return items;
    }
    if kind == ChartKind::Risk {
        items.push(item(line(palette.risk), RISK_OF_BREAKDOWN));
        items.push(item(
            Swatch::Bars(palette.risk, palette.hazard_alpha),
            format!(
                "{BREAKDOWNS_EACH_MONTH} (\u{d7} {})",
                hazard_scale(input.projection)
            ),
        ));
    } else {
        let series = kind.series();
        let types = TargetType::present(input.projection);
        for &s in series {
            if s == Series::Trust && !types.is_empty() {
                for &t in &types {
                    items.push(item(line(palette.target_type(t)), t.short_label()));
                }
                continue;
            }
            let words = if series.len() > 1 {
                s.label()
            } else {
                "Median"
            };
            items.push(item(line(palette.series(s)), words));
        }
        let colour = palette.series(series[0]);
        // The inner band is drawn over the outer one: its swatch shows the two together.
        let inner = 1.0 - (1.0 - palette.outer_band_alpha) * (1.0 - palette.inner_band_alpha);
        items.push(item(
            Swatch::Band(colour, inner),
            "Middle half of the futures",
        ));
        items.push(item(
            Swatch::Band(colour, palette.outer_band_alpha),
            "8 in 10",
        ));
    }
    if input.projection.with_parameter_uncertainty.is_some() {
        items.push(model_uncertainty_item(kind, style));
    }
    if input.baseline.is_some() {
        items.push(item(
            Swatch::Line(palette.baseline, BASELINE_DASH, metrics.baseline_width),
            "Baseline",
        ));
    }
    items
}

/// The legend's item for what the model's own uncertainty adds to chart `kind`: the risk's
/// range as a band, or the dotted edges of the wider bands.
pub(crate) fn model_uncertainty_item(kind: ChartKind, style: &ChartStyle) -> Item {
    let palette = style.theme.palette();
    if kind == ChartKind::Risk {
        return item(
            Swatch::Band(palette.risk, palette.outer_band_alpha),
            MODEL_UNCERTAINTY_RANGE,
        );
    }
    let colour = palette.series(kind.series()[0]);
    item(
        Swatch::Line(
            colour,
            MODEL_UNCERTAINTY_DOTS,
            style.theme.metrics().overlay_width,
        ),
        MODEL_UNCERTAINTY_EDGES,
    )
}
