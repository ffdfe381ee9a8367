//! The drawing itself: one code path for every chart, on any plotters backend.
//!
//! Everything is drawn in backend pixels on a plain `DrawingArea<DB, Shift>` with plotters'
//! basic elements (paths, polygons, rectangles, anchored text), placed by `geometry` alone.
//! No plotters chart builder or mesh is used: those measure every label's text, which in the
//! browser forces a page layout per label, and they would keep their own idea of where the
//! plot is, which the page's pointer mapping could not share.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Polygon, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBAColor, ShapeStyle, TextStyle};
use relief_model::{Bands, Outcome, ParameterUncertainty, Projection, Series};

use crate::geometry::{PlotArea, VALUE_TICKS, month_label, month_ticks, value_label};
use crate::input::{Numerals, Overlay};
use crate::style::{
    BASELINE_DASH, MAX_OVERLAYS, MODEL_UNCERTAINTY_DOTS, Metrics, OVERLAY_DASHES, Palette, Rgb,
};
use crate::{
    ChartError, ChartInput, ChartKind, ChartStyle, MarkerKind, TargetType, plot_area_geometry,
};

/// The font family of every label. The canvas resolves it to the browser's sans-serif, PNG
/// export to the embedded DejaVu Sans.
pub(crate) const FONT_FAMILY: &str = "sans-serif";

/// The tallest a hazard bar may be, as a share of the plot's height, before the bars get a
/// smaller magnification ([`hazard_scale`]).
pub const HAZARD_MAX_SHARE: f64 = 0.3;

/// How far a ghost line (the curve from when a change began) is faded towards the background:
/// enough to read as the past, not so much that it vanishes on a projector.
pub const GHOST_FADE: f64 = 0.55;

/// The magnifications the hazard bars may take, from largest to smallest. Hazard is a
/// monthly rate, usually a few percent at most, so on the risk line's 0-to-1 axis its bars
/// would be a pixel or two tall. They are drawn on the same axis multiplied by the largest
/// of these factors that keeps the tallest bar within [`HAZARD_MAX_SHARE`] of the plot. A
/// short ladder of round factors (rather than a free fit) keeps the scale steady while a
/// step is dragged, and the page's legend can say it plainly ("bars: monthly hazard × 10").
pub const HAZARD_SCALES: [f64; 6] = [50.0, 20.0, 10.0, 5.0, 2.0, 1.0];

/// The factor the risk chart multiplies `hazard` by before drawing it on the 0-to-1 axis:
/// the largest of [`HAZARD_SCALES`] that keeps every month's bar within
/// [`HAZARD_MAX_SHARE`], judged over the whole horizon so it does not change during
/// "play". 1 when no factor fits (a bar may then be taller than the share) or when there is
/// no hazard at all.
pub fn hazard_scale(projection: &Projection) -> f64 {
    let max = projection
        .hazard
        .iter()
        .copied()
        .filter(|h| h.is_finite())
        .fold(0.0, f64::max);
    if max <= 0.0 {
        return 1.0;
    }
    HAZARD_SCALES
        .into_iter()
        .find(|k| max * k <= HAZARD_MAX_SHARE)
        .unwrap_or(1.0)
}

/// Draws one chart on a drawing area (the whole backend, or one panel of a sheet), in the
/// area's own pixel coordinates.
pub fn draw_on_area<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    kind: ChartKind,
    input: &ChartInput,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    validate(kind, input)?;
    let palette = style.theme.palette();
    area.fill(&palette.background.to_plotters())
        .map_err(ChartError::backend)?;
    let (width, height) = area.dim_in_pixel();
    let plot = plot_area_for(kind, input, width, height, style);
    if plot.is_empty() {
        return Ok(());
    }
    let painter = Painter {
        area,
        plot,
        style,
        palette,
        metrics: style.theme.metrics(),
        horizon: input.projection.horizon_months,
        numerals: input.numerals,
    };
    painter.grid()?;
    let current_last = input
        .up_to_month
        .map_or(painter.horizon, |m| m.min(painter.horizon));

    if kind == ChartKind::Outcomes {
        // The shares fill the plot, so they are the whole chart: no band, baseline or overlay
        // line would read as anything but a fifth share.
        if let Some(outcomes) = &input.projection.outcomes {
            painter.outcome_stack(outcomes, current_last)?;
        }
    } else {
        painter.lines_and_bands(kind, input, current_last)?;
    }
    painter.axes(kind)?;
    painter.markers(input)?;
    if let Some(month) = input.highlight_month.filter(|&m| m <= painter.horizon) {
        painter.highlight(month)?;
    }
    for label in name_labels(kind, input, &plot, width, style) {
        painter.name_label(&label)?;
    }
    Ok(())
}

/// The most characters of an overlay's name written at the end of its line; a longer name is
/// shortened and ends in "…" (the page's legend has it in full).
pub const OVERLAY_NAME_CHARS: usize = 12;

/// The estimated advance of a character of an overlay's name, in ems of the tick labels'
/// size. Names are bold; this errs wide, as every estimate of text here does, since text is
/// never measured.
const NAME_CHAR_EM: f64 = 0.68;

/// The most of a chart's width the overlays' names may take; on a narrow chart the names are
/// shortened further rather than squeezing the plot. A name as the set-up gives it ("Team A")
/// stays whole on the narrowest chart drawn, the printed debrief's, three across an A4 page.
const NAME_ROOM_SHARE: f64 = 0.26;

/// The height of a name's box, in ems: its line, with a little air so names set one under
/// the other stay legible.
const NAME_LINE_EM: f64 = 1.3;

/// Whether chart `kind` writes the overlays' names: every chart that draws their lines (all
/// but the outcome shares) when there are any.
fn draws_names(kind: ChartKind, input: &ChartInput) -> bool {
    kind != ChartKind::Outcomes && !input.overlays.is_empty()
}

/// How many characters of the overlays' names chart `kind`, `width` backend pixels wide,
/// writes: the longest name's, up to [`OVERLAY_NAME_CHARS`] and what [`NAME_ROOM_SHARE`] of
/// the width holds. 0 when it writes none.
fn name_chars(kind: ChartKind, input: &ChartInput, width: u32, style: &ChartStyle) -> usize {
    if !draws_names(kind, input) {
        return 0;
    }
    let metrics = style.theme.metrics();
    let char_w = style.px(metrics.font_px * NAME_CHAR_EM);
    let room = f64::from(width) * NAME_ROOM_SHARE - style.px(2.0 * metrics.label_gap);
    let fits = (room / char_w).floor().max(1.0) as usize;
    let longest = input
        .overlays
        .iter()
        .map(|o| clean_name(o.name).chars().count())
        .max()
        .unwrap_or(0);
    longest.min(OVERLAY_NAME_CHARS).min(fits)
}

/// A name with control characters as spaces and its ends trimmed.
fn clean_name(name: &str) -> String {
    let spaced: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.trim().to_string()
}

/// `name` within `chars` characters, ending in "…" when cut.
fn short_name(name: &str, chars: usize) -> String {
    let name = clean_name(name);
    if name.chars().count() <= chars {
        return name;
    }
    let kept: String = name.chars().take(chars.saturating_sub(1)).collect();
    format!("{}\u{2026}", kept.trim_end())
}

/// The plot area of chart `kind` drawn from `input`: [`plot_area_geometry`], with its right
/// edge moved in to leave room for the overlays' names when the chart writes them. The page
/// maps a pointer to a month with the area of the last draw, so the two always agree.
pub fn plot_area_for(
    kind: ChartKind,
    input: &ChartInput,
    width_px: u32,
    height_px: u32,
    style: &ChartStyle,
) -> PlotArea {
    let mut plot = plot_area_geometry(kind, width_px, height_px, style);
    let chars = name_chars(kind, input, width_px, style);
    if chars > 0 {
        let metrics = style.theme.metrics();
        let room = style.px(2.0 * metrics.label_gap)
            + chars as f64 * style.px(metrics.font_px * NAME_CHAR_EM);
        let width = i32::try_from(width_px).unwrap_or(i32::MAX);
        plot.right = plot.right.min(width - room.ceil() as i32);
    }
    plot
}

/// An overlay's name as a chart writes it at the end of the overlay's line.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NameLabel {
    /// The name, shortened to the room there is.
    pub text: String,
    /// The overlay's colour.
    pub colour: Rgb,
    /// The left end of the name, in backend pixels.
    pub x: i32,
    /// The middle of the name's line, in backend pixels.
    pub y: i32,
    /// The estimated width of the name, erring wide.
    pub width: i32,
    /// The height of the name's box.
    pub height: i32,
}

impl NameLabel {
    /// The box the name is written in: left, top, right, bottom.
    pub fn bounds(&self) -> (i32, i32, i32, i32) {
        let top = self.y - self.height / 2;
        (self.x, top, self.x + self.width, top + self.height)
    }
}

/// The one line an overlay draws on chart `kind`, by its name in the projection and its
/// values: the risk of breakdown on the risk chart, otherwise the median of
/// [`Overlay::series`] when the chart draws it, else of the chart's first series.
fn overlay_line<'p>(kind: ChartKind, overlay: &Overlay<'p>) -> (&'static str, &'p [f64]) {
    if kind == ChartKind::Risk {
        return ("backsliding_risk", &overlay.projection.backsliding_risk);
    }
    let series = kind.series();
    let chosen = if series.contains(&overlay.series) {
        overlay.series
    } else {
        series[0]
    };
    (chosen.key(), &overlay.projection.bands(chosen).p50)
}

/// Where the overlays' names go on chart `kind`: each just right of its line's last drawn
/// point, in its colour, the names nudged apart vertically (keeping their order) so no two
/// boxes overlap while the chart's height holds them all, and kept between the chart's top
/// and the month axis's ticks.
pub(crate) fn name_labels(
    kind: ChartKind,
    input: &ChartInput,
    plot: &PlotArea,
    width: u32,
    style: &ChartStyle,
) -> Vec<NameLabel> {
    if !draws_names(kind, input) || plot.is_empty() {
        return Vec::new();
    }
    let horizon = input.projection.horizon_months;
    let metrics = style.theme.metrics();
    let palette = style.theme.palette();
    let chars = name_chars(kind, input, width, style).max(1);
    let char_w = style.px(metrics.font_px * NAME_CHAR_EM);
    let height = style.px(metrics.font_px * NAME_LINE_EM).ceil() as i32;
    let gap = style.whole_px(metrics.label_gap);
    let shown_last = input.up_to_month.map_or(horizon, |m| m.min(horizon));
    let mut labels: Vec<NameLabel> = input
        .overlays
        .iter()
        .enumerate()
        .map(|(i, overlay)| {
            let (_, values) = overlay_line(kind, overlay);
            let last = shown_last.min(overlay.projection.horizon_months);
            let value = values[last as usize].clamp(0.0, 1.0);
            let text = short_name(overlay.name, chars);
            NameLabel {
                width: (text.chars().count() as f64 * char_w).ceil() as i32,
                text,
                colour: palette.overlays[i],
                x: plot.x_of_month(f64::from(last), horizon).round() as i32 + gap,
                y: plot.y_of_value(value).round() as i32,
                height,
            }
        })
        .collect();
    let wanted: Vec<f64> = labels.iter().map(|l| f64::from(l.y)).collect();
    let low = f64::from(height) / 2.0;
    let high = f64::from(plot.bottom + style.whole_px(metrics.tick_len)) - f64::from(height) / 2.0;
    for (label, y) in labels
        .iter_mut()
        .zip(spread(&wanted, f64::from(height), low, high))
    {
        label.y = y.round() as i32;
    }
    labels
}

/// Sorts a short list in place by `less`, keeping equal items in the order they came. The
/// lists sorted while drawing are short (labels at a chart's edge, markers of a scenario's
/// steps), and each use of the standard library's sorts adds kilobytes of code to the page's
/// module, which every reader downloads; insertion sort is as quick at these lengths.
pub(crate) fn sort_short<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Centres for boxes of height `h` that want to be at `wanted`, moved as little as a simple
/// rule allows so that none overlaps another: boxes keep their order, a run of boxes that
/// would overlap is set one under the other centred on where its members want to be, and
/// every centre stays within `low..=high` while that room holds them all (when it does not,
/// they are spread evenly over it and overlap as little as they can).
pub(crate) fn spread(wanted: &[f64], h: f64, low: f64, high: f64) -> Vec<f64> {
    /// Boxes `order[start..start + count]`, one under the other from `first`.
    struct Run {
        start: usize,
        count: usize,
        sum: f64,
        first: f64,
    }
    let place = |count: usize, sum: f64| {
        let n = count as f64;
        let first = sum / n - (n - 1.0) * h / 2.0;
        first.clamp(low, (high - (n - 1.0) * h).max(low))
    };
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    sort_short(&mut order, |&a, &b| wanted[a].total_cmp(&wanted[b]).is_lt());
    let n = order.len();
    if n > 1 && (n - 1) as f64 * h > high - low {
        let mut out = vec![0.0; n];
        for (k, &i) in order.iter().enumerate() {
            out[i] = low + (high - low) * k as f64 / (n - 1) as f64;
        }
        return out;
    }
    let mut runs: Vec<Run> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let mut run = Run {
            start: k,
            count: 1,
            sum: wanted[i],
            first: place(1, wanted[i]),
        };
        // Merge with the run above while they overlap; the merged run may then reach the one
        // above it.
        while let Some(above) = runs.last() {
            if above.first + above.count as f64 * h <= run.first + 1e-9 {
                break;
            }
            let above = runs.pop().expect("a run above");
            let (count, sum) = (above.count + run.count, above.sum + run.sum);
            run = Run {
                start: above.start,
                count,
                sum,
                first: place(count, sum),
            };
        }
        runs.push(run);
    }
    let mut out = vec![0.0; n];
    for run in runs {
        for j in 0..run.count {
            out[order[run.start + j]] = run.first + j as f64 * h;
        }
    }
    out
}

/// One banded series as a chart draws it.
struct Layer<'p> {
    /// Its name in the projection, for error messages.
    key: &'static str,
    bands: &'p Bands,
    colour: Rgb,
    /// The trust chart's second party (the target's own trust): drawn thinner when a
    /// baseline or an overlay is compared, so its line can be told apart without a colour.
    secondary: bool,
}

/// The banded series chart `kind` draws from `projection`, in drawing order. The trust chart
/// draws the sanctioning side's trust by the target's type when the projection has it (one
/// layer for each type any run drew): the median of the mixture of both types zig-zags between
/// them and describes neither. Projections written before the types existed keep the mixture.
fn layers<'p>(kind: ChartKind, projection: &'p Projection, palette: &Palette) -> Vec<Layer<'p>> {
    layers_of(
        kind,
        |s| projection.bands(s),
        |t| t.bands(projection),
        palette,
    )
}

/// The same layers of the runs under drawn calibrations, whose edges show how much the
/// model's own uncertainty widens the bands.
fn drawn_layers<'p>(
    kind: ChartKind,
    drawn: &'p ParameterUncertainty,
    palette: &Palette,
) -> Vec<Layer<'p>> {
    layers_of(
        kind,
        |s| drawn.bands(s),
        |t| match t {
            TargetType::Sincere => drawn.trust_if_sincere.as_ref(),
            TargetType::Insincere => drawn.trust_if_insincere.as_ref(),
        },
        palette,
    )
}

fn layers_of<'p>(
    kind: ChartKind,
    bands_of: impl Fn(Series) -> &'p Bands,
    trust_by_type: impl Fn(TargetType) -> Option<&'p Bands>,
    palette: &Palette,
) -> Vec<Layer<'p>> {
    let series = |s: Series| Layer {
        key: s.key(),
        bands: bands_of(s),
        colour: palette.series(s),
        secondary: s == Series::TargetTrust,
    };
    let types: Vec<(TargetType, &Bands)> = TargetType::ALL
        .into_iter()
        .filter_map(|t| trust_by_type(t).map(|bands| (t, bands)))
        .collect();
    if kind == ChartKind::Trust && !types.is_empty() {
        let mut out: Vec<Layer> = types
            .into_iter()
            .map(|(t, bands)| Layer {
                key: t.key(),
                bands,
                colour: palette.target_type(t),
                secondary: false,
            })
            .collect();
        out.push(series(Series::TargetTrust));
        return out;
    }
    kind.series().iter().map(|&s| series(s)).collect()
}

/// How one median line is stroked.
#[derive(Clone, Copy)]
struct Line {
    colour: Rgb,
    /// In CSS pixels.
    width: f64,
    /// On and off lengths in CSS pixels; empty for a solid line.
    dash: &'static [f64],
}

struct Painter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    plot: PlotArea,
    style: &'a ChartStyle,
    palette: &'static Palette,
    metrics: &'static Metrics,
    horizon: u32,
    numerals: Option<&'a Numerals>,
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    /// A filled rectangle from `(x0, y0)` to `(x1, y1)`, exclusive of the far edges, which is
    /// how every backend fills it: crisp on a canvas, unlike a one-pixel stroked line.
    fn fill_rect(
        &self,
        x0: i32,
        y0: i32,
        x1: i32,
        y1: i32,
        colour: RGBAColor,
    ) -> Result<(), ChartError> {
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        self.area
            .draw(&Rectangle::new([(x0, y0), (x1, y1)], colour.filled()))
            .map_err(ChartError::backend)
    }

    /// A `width`-pixel span centred on `at`, as (start, end).
    fn span(at: i32, width: u32) -> (i32, i32) {
        let w = width as i32;
        (at - w / 2, at - w / 2 + w)
    }

    fn text(&self, text: &str, at: (i32, i32), anchor: Pos) -> Result<(), ChartError> {
        let font = FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            self.style.font_size(self.metrics.font_px),
            FontStyle::Normal,
        );
        let colour = self.palette.text.to_plotters();
        let style = TextStyle::from(font).color(&colour).pos(anchor);
        self.area
            .draw_text(text, &style, at)
            .map_err(ChartError::backend)
    }

    fn grid(&self) -> Result<(), ChartError> {
        let colour = self.palette.grid.to_plotters().to_rgba();
        let w = self.style.stroke(self.metrics.grid_width);
        for &v in &VALUE_TICKS[1..] {
            let (y0, y1) = Self::span(self.plot.y_of_value(v).round() as i32, w);
            self.fill_rect(self.plot.left, y0, self.plot.right + 1, y1, colour)?;
        }
        for m in month_ticks(&self.plot, self.horizon, self.style) {
            if m == 0 {
                continue;
            }
            let x = self.plot.x_of_month(f64::from(m), self.horizon).round() as i32;
            let (x0, x1) = Self::span(x, w);
            self.fill_rect(x0, self.plot.top, x1, self.plot.bottom, colour)?;
        }
        Ok(())
    }

    fn axes(&self, kind: ChartKind) -> Result<(), ChartError> {
        let colour = self.palette.axis.to_plotters().to_rgba();
        let w = self.style.stroke(self.metrics.axis_width);
        let (x0, x1) = Self::span(self.plot.left, w);
        self.fill_rect(x0, self.plot.top, x1, self.plot.bottom + 1, colour)?;
        let (y0, y1) = Self::span(self.plot.bottom, w);
        self.fill_rect(
            self.plot.left - w as i32 / 2,
            y0,
            self.plot.right + 1,
            y1,
            colour,
        )?;

        let tick = self.style.px(self.metrics.tick_len).round() as i32;
        let gap = self.style.px(self.metrics.label_gap).round() as i32;
        for m in month_ticks(&self.plot, self.horizon, self.style) {
            let x = self.plot.x_of_month(f64::from(m), self.horizon).round() as i32;
            let (tx0, tx1) = Self::span(x, w);
            self.fill_rect(tx0, self.plot.bottom, tx1, self.plot.bottom + tick, colour)?;
            self.text(
                &month_label(m, self.numerals),
                (x, self.plot.bottom + tick + gap),
                Pos::new(HPos::Center, VPos::Top),
            )?;
        }
        let percent = kind.percent_axis();
        for &v in &VALUE_TICKS {
            let y = self.plot.y_of_value(v).round() as i32;
            self.text(
                &value_label(v, percent, self.numerals),
                (self.plot.left - 2 * gap, y),
                Pos::new(HPos::Right, VPos::Center),
            )?;
        }
        Ok(())
    }

    /// The p10–p90 band (`inner` false) or the p25–p75 band, for months 0 to `last`.
    fn band(&self, bands: &Bands, colour: Rgb, inner: bool, last: u32) -> Result<(), ChartError> {
        let (low, high, alpha) = if inner {
            (&bands.p25, &bands.p75, self.palette.inner_band_alpha)
        } else {
            (&bands.p10, &bands.p90, self.palette.outer_band_alpha)
        };
        let upper = (0..=last).map(|m| self.point(m, high[m as usize]));
        let lower = (0..=last).rev().map(|m| self.point(m, low[m as usize]));
        let outline: Vec<(i32, i32)> = upper.chain(lower).collect();
        let fill = colour.to_plotters().mix(alpha).filled();
        self.area
            .draw(&Polygon::new(outline, fill))
            .map_err(ChartError::backend)
    }

    fn point(&self, month: u32, value: f64) -> (i32, i32) {
        self.plot
            .point(f64::from(month), value.clamp(0.0, 1.0), self.horizon)
    }

    /// Everything but the axes on a chart of banded series (and on the risk chart): hazard
    /// bars, bands, the baseline's medians and the overlays' lines, then the current medians
    /// on top, the current projection and the overlays up to month `last`.
    fn lines_and_bands(
        &self,
        kind: ChartKind,
        input: &ChartInput,
        last: u32,
    ) -> Result<(), ChartError> {
        if kind == ChartKind::Risk {
            self.hazard_bars(input.projection, last)?;
        }
        let layers = layers(kind, input.projection, self.palette);
        // All outer bands before any inner band: on the trust chart the target's light p10–p90
        // band would otherwise veil the sanctioning side's p25–p75 band.
        for inner in [false, true] {
            for layer in &layers {
                self.band(layer.bands, layer.colour, inner, last)?;
            }
        }
        if let Some(drawn) = &input.projection.with_parameter_uncertainty {
            self.model_uncertainty(kind, drawn, last)?;
        }
        if let Some(ghost) = input.ghost {
            self.ghost_medians(kind, ghost)?;
        }
        if let Some(baseline) = input.baseline {
            let line = Line {
                colour: self.palette.baseline,
                width: self.metrics.baseline_width,
                dash: BASELINE_DASH,
            };
            self.medians(kind, baseline, Some(line), self.horizon)?;
        }
        for (i, overlay) in input.overlays.iter().enumerate() {
            let line = Line {
                colour: self.palette.overlays[i],
                width: self.metrics.overlay_width,
                dash: OVERLAY_DASHES[i],
            };
            let last = last.min(overlay.projection.horizon_months);
            self.polyline(overlay_line(kind, overlay).1, last, line)?;
        }
        self.medians(kind, input.projection, None, last)?;
        Ok(())
    }

    /// What the model's own uncertainty adds: on the risk chart, the range of the risk across
    /// plausible calibrations as a band; on the others, the edges of the bands of the runs
    /// under drawn calibrations, dotted, just outside luck's bands or on them.
    fn model_uncertainty(
        &self,
        kind: ChartKind,
        drawn: &ParameterUncertainty,
        last: u32,
    ) -> Result<(), ChartError> {
        if kind == ChartKind::Risk {
            let range = Bands {
                p10: drawn.backsliding_risk_low.clone(),
                p90: drawn.backsliding_risk_high.clone(),
                ..Bands::default()
            };
            return self.band(&range, self.palette.risk, false, last);
        }
        for layer in drawn_layers(kind, drawn, self.palette) {
            let line = Line {
                colour: layer.colour,
                width: self.metrics.overlay_width,
                dash: MODEL_UNCERTAINTY_DOTS,
            };
            self.polyline(&layer.bands.p10, last, line)?;
            self.polyline(&layer.bands.p90, last, line)?;
        }
        Ok(())
    }

    /// The medians of the projection from when a change began, each in its series' colour
    /// faded halfway to the background, so the current line reads against its own past.
    fn ghost_medians(&self, kind: ChartKind, ghost: &Projection) -> Result<(), ChartError> {
        let last = ghost.horizon_months.min(self.horizon);
        let faded = |colour: Rgb| Line {
            colour: colour.mix(self.palette.background, GHOST_FADE),
            width: self.metrics.median_width,
            dash: &[],
        };
        if kind == ChartKind::Risk {
            return self.polyline(&ghost.backsliding_risk, last, faded(self.palette.risk));
        }
        for layer in layers(kind, ghost, self.palette) {
            self.polyline(&layer.bands.p50, last, faded(layer.colour))?;
        }
        Ok(())
    }

    /// The median lines a chart draws for one projection (the risk line on the risk chart),
    /// months 0 to `last` (and never past the chart's horizon). With `compared`, every line is
    /// stroked that way (a baseline's or an overlay's), the target's trust thinner; without,
    /// each series is solid in its own colour.
    fn medians(
        &self,
        kind: ChartKind,
        projection: &Projection,
        compared: Option<Line>,
        last: u32,
    ) -> Result<(), ChartError> {
        let last = last.min(projection.horizon_months).min(self.horizon);
        let own = |colour| Line {
            colour,
            width: self.metrics.median_width,
            dash: &[],
        };
        if kind == ChartKind::Risk {
            let line = compared.unwrap_or(own(self.palette.risk));
            return self.polyline(&projection.backsliding_risk, last, line);
        }
        for layer in layers(kind, projection, self.palette) {
            let line = match compared {
                Some(mut line) => {
                    if layer.secondary {
                        line.width *= 0.6;
                    }
                    line
                }
                None => own(layer.colour),
            };
            self.polyline(&layer.bands.p50, last, line)?;
        }
        Ok(())
    }

    /// The outcome shares stacked to 100%, months 0 to `last`: collapsed at the bottom, then
    /// caught, cheating unseen and, on top, the deal holding. So the two broken-down shares
    /// rise from the axis like the risk of breakdown beside them, and the legend, read from
    /// the top, follows [`Outcome::ALL`]. Stacking is the only arithmetic: each share's lower
    /// edge is the sum of the shares under it.
    fn outcome_stack(
        &self,
        outcomes: &relief_model::Outcomes,
        last: u32,
    ) -> Result<(), ChartError> {
        let mut lower = vec![0.0; last as usize + 1];
        let mut edges = Vec::new();
        for &outcome in Outcome::ALL.iter().rev() {
            let shares = outcomes.shares(outcome);
            let upper: Vec<f64> = lower
                .iter()
                .enumerate()
                .map(|(m, low)| (low + shares[m]).min(1.0))
                .collect();
            let top = (0..=last).map(|m| self.point(m, upper[m as usize]));
            let bottom = (0..=last).rev().map(|m| self.point(m, lower[m as usize]));
            let outline: Vec<(i32, i32)> = top.chain(bottom).collect();
            let fill = self.palette.outcome(outcome).to_plotters().filled();
            self.area
                .draw(&Polygon::new(outline, fill))
                .map_err(ChartError::backend)?;
            edges.push(upper.clone());
            lower = upper;
        }
        // A thin rule in the background colour between shares, so two of similar lightness
        // still read as two; and the grid again, faintly, so the shares can be read against it.
        edges.pop();
        let rule = Line {
            colour: self.palette.background,
            width: self.metrics.grid_width,
            dash: &[],
        };
        for edge in &edges {
            self.polyline(edge, last, rule)?;
        }
        let grid = self
            .palette
            .background
            .to_plotters()
            .mix(self.palette.inner_band_alpha);
        let w = self.style.stroke(self.metrics.grid_width);
        for &v in &VALUE_TICKS[1..VALUE_TICKS.len() - 1] {
            let (y0, y1) = Self::span(self.plot.y_of_value(v).round() as i32, w);
            self.fill_rect(self.plot.left, y0, self.plot.right + 1, y1, grid)?;
        }
        Ok(())
    }

    fn polyline(&self, values: &[f64], last: u32, line: Line) -> Result<(), ChartError> {
        let style = ShapeStyle {
            color: line.colour.to_plotters().to_rgba(),
            filled: false,
            stroke_width: self.style.stroke(line.width),
        };
        if line.dash.is_empty() {
            let points: Vec<(i32, i32)> = (0..=last)
                .map(|m| self.point(m, values[m as usize]))
                .collect();
            return self
                .area
                .draw(&PathElement::new(points, style))
                .map_err(ChartError::backend);
        }
        let points: Vec<(f64, f64)> = (0..=last)
            .map(|m| {
                let v = values[m as usize].clamp(0.0, 1.0);
                (
                    self.plot.x_of_month(f64::from(m), self.horizon),
                    self.plot.y_of_value(v),
                )
            })
            .collect();
        let pattern: Vec<f64> = line.dash.iter().map(|&d| self.style.px(d)).collect();
        for dash in dashes(&points, &pattern) {
            self.area
                .draw(&PathElement::new(dash, style))
                .map_err(ChartError::backend)?;
        }
        Ok(())
    }

    /// Hazard as thin bars on the risk axis, magnified by [`hazard_scale`].
    fn hazard_bars(&self, projection: &Projection, last: u32) -> Result<(), ChartError> {
        let scale = hazard_scale(projection);
        let colour = self
            .palette
            .risk
            .to_plotters()
            .mix(self.palette.hazard_alpha);
        let px_per_month = f64::from(self.plot.width()) / f64::from(self.horizon.max(1));
        let bar = (px_per_month * 0.6)
            .min(self.style.px(self.metrics.max_bar_width))
            .max(1.0)
            .round() as i32;
        for m in 0..=last {
            let h = projection.hazard[m as usize];
            if h <= 0.0 {
                continue;
            }
            let x = self.plot.x_of_month(f64::from(m), self.horizon).round() as i32;
            let x0 = (x - bar / 2).max(self.plot.left);
            let x1 = (x - bar / 2 + bar).min(self.plot.right + 1);
            let top = self.plot.y_of_value((h * scale).min(1.0)).round() as i32;
            self.fill_rect(x0, top, x1, self.plot.bottom, colour)?;
        }
        Ok(())
    }

    /// One short tick per distinct (month, kind) at the bottom of the plot; kinds that share
    /// a month stack upward in [`MarkerKind::ALL`] order, so none hides another.
    fn markers(&self, input: &ChartInput) -> Result<(), ChartError> {
        let mut marks: Vec<(u32, MarkerKind)> = input
            .markers
            .iter()
            .filter(|m| m.month <= self.horizon)
            .map(|m| (m.month, m.kind))
            .collect();
        sort_short(&mut marks, |a, b| a < b);
        marks.dedup();
        let w = self.style.px(self.metrics.marker_width).round().max(1.0) as i32;
        let h = self.style.px(self.metrics.marker_height).round().max(1.0) as i32;
        let mut month = None;
        let mut level = 0;
        for (m, kind) in marks {
            if month == Some(m) {
                level += 1;
            } else {
                month = Some(m);
                level = 0;
            }
            let x = self.plot.x_of_month(f64::from(m), self.horizon).round() as i32;
            let x0 = x - w / 2;
            let y1 = self.plot.bottom - level * h;
            let colour = self.palette.marker(kind).to_plotters().to_rgba();
            self.fill_rect(x0, y1 - h, x0 + w, y1, colour)?;
        }
        Ok(())
    }

    /// An overlay's name in its colour and bold, on a box of the background's colour so it
    /// stays legible where it crosses a line or a band.
    fn name_label(&self, label: &NameLabel) -> Result<(), ChartError> {
        let (x0, y0, x1, y1) = label.bounds();
        let veil = self.palette.background.to_plotters().mix(0.85);
        self.fill_rect(x0 - 1, y0, x1 + 1, y1, veil)?;
        let font = FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            self.style.font_size(self.metrics.font_px),
            FontStyle::Bold,
        );
        let colour = label.colour.to_plotters();
        let style = TextStyle::from(font)
            .color(&colour)
            .pos(Pos::new(HPos::Left, VPos::Center));
        self.area
            .draw_text(&label.text, &style, (label.x, label.y))
            .map_err(ChartError::backend)
    }

    fn highlight(&self, month: u32) -> Result<(), ChartError> {
        let colour = self
            .palette
            .highlight
            .to_plotters()
            .mix(self.palette.highlight_alpha);
        let x = self.plot.x_of_month(f64::from(month), self.horizon).round() as i32;
        let (x0, x1) = Self::span(x, self.style.stroke(self.metrics.highlight_width));
        self.fill_rect(x0, self.plot.top, x1, self.plot.bottom, colour)
    }
}

/// Splits a polyline into its dashes: `pattern` alternates on and off lengths in pixels,
/// measured along the line and carried across its corners. Each dash keeps the corners
/// inside it, so a dash bends with the curve.
pub(crate) fn dashes(points: &[(f64, f64)], pattern: &[f64]) -> Vec<Vec<(i32, i32)>> {
    let round = |p: (f64, f64)| (p.0.round() as i32, p.1.round() as i32);
    let total: f64 = pattern.iter().sum();
    if points.len() < 2 || pattern.is_empty() || total <= 0.0 || !total.is_finite() {
        return if points.len() >= 2 {
            vec![points.iter().copied().map(round).collect()]
        } else {
            vec![]
        };
    }
    let mut out = Vec::new();
    let mut index = 0;
    let mut left = pattern[0];
    let mut current: Vec<(i32, i32)> = vec![round(points[0])];
    for pair in points.windows(2) {
        let (mut start, end) = (pair[0], pair[1]);
        let mut remaining = (end.0 - start.0).hypot(end.1 - start.1);
        while remaining > left {
            let t = left / remaining;
            let cut = (
                start.0 + (end.0 - start.0) * t,
                start.1 + (end.1 - start.1) * t,
            );
            if index % 2 == 0 {
                current.push(round(cut));
                out.push(std::mem::take(&mut current));
            } else {
                current = vec![round(cut)];
            }
            remaining -= left;
            start = cut;
            index = (index + 1) % pattern.len();
            left = pattern[index];
        }
        left -= remaining;
        if index % 2 == 0 {
            current.push(round(end));
        }
    }
    if index % 2 == 0 && current.len() >= 2 {
        out.push(current);
    }
    out.retain(|d| d.len() >= 2);
    out
}

/// Checks that every series a chart draws has one finite entry per month, so drawing never
/// indexes out of bounds or strokes a NaN.
fn validate(kind: ChartKind, input: &ChartInput) -> Result<(), ChartError> {
    if input.overlays.len() > MAX_OVERLAYS {
        return Err(ChartError::TooManyOverlays(input.overlays.len()));
    }
    check(kind, "projection", input.projection, true)?;
    if let Some(b) = input.baseline {
        check(kind, "baseline", b, false)?;
    }
    if let Some(g) = input.ghost {
        check(kind, "ghost", g, false)?;
    }
    if kind != ChartKind::Outcomes {
        for o in input.overlays {
            let (key, values) = overlay_line(kind, o);
            let expected = o.projection.horizon_months as usize + 1;
            let what = format!("overlay \"{}\"", o.name);
            let name = if kind == ChartKind::Risk {
                key.to_string()
            } else {
                format!("{key}.p50")
            };
            if values.len() != expected {
                return Err(ChartError::Data(format!(
                    "{what}: `{name}` has {} entries, expected {expected} (months 0 to {})",
                    values.len(),
                    o.projection.horizon_months
                )));
            }
            if let Some(m) = values.iter().position(|v| !v.is_finite()) {
                return Err(ChartError::Data(format!(
                    "{what}: `{name}` at month {m} is not a finite number"
                )));
            }
        }
    }
    Ok(())
}

fn check(kind: ChartKind, what: &str, p: &Projection, current: bool) -> Result<(), ChartError> {
    let expected = p.horizon_months as usize + 1;
    let one = |name: &str, values: &[f64]| -> Result<(), ChartError> {
        if values.len() != expected {
            return Err(ChartError::Data(format!(
                "{what}: `{name}` has {} entries, expected {expected} (months 0 to {})",
                values.len(),
                p.horizon_months
            )));
        }
        if let Some(m) = values.iter().position(|v| !v.is_finite()) {
            return Err(ChartError::Data(format!(
                "{what}: `{name}` at month {m} is not a finite number"
            )));
        }
        Ok(())
    };
    let drawn = p.with_parameter_uncertainty.as_ref().filter(|_| current);
    if kind == ChartKind::Risk {
        one("backsliding_risk", &p.backsliding_risk)?;
        if current {
            one("hazard", &p.hazard)?;
        }
        if let Some(drawn) = drawn {
            one(
                "with_parameter_uncertainty.backsliding_risk_low",
                &drawn.backsliding_risk_low,
            )?;
            one(
                "with_parameter_uncertainty.backsliding_risk_high",
                &drawn.backsliding_risk_high,
            )?;
        }
        return Ok(());
    }
    if kind == ChartKind::Outcomes {
        if let (true, Some(o)) = (current, &p.outcomes) {
            for outcome in Outcome::ALL {
                one(&format!("outcomes.{}", outcome.key()), o.shares(outcome))?;
            }
        }
        return Ok(());
    }
    for layer in layers(kind, p, crate::Theme::Light.palette()) {
        if current {
            for (stat, values) in layer.bands.columns().into_iter().take(5) {
                one(&format!("{}.{stat}", layer.key), values)?;
            }
        } else {
            one(&format!("{}.p50", layer.key), &layer.bands.p50)?;
        }
    }
    if let Some(drawn) = drawn {
        for layer in drawn_layers(kind, drawn, crate::Theme::Light.palette()) {
            for (stat, values) in [("p10", &layer.bands.p10), ("p90", &layer.bands.p90)] {
                one(
                    &format!("with_parameter_uncertainty.{}.{stat}", layer.key),
                    values,
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use relief_model::{Bands, Projection, Series, Summary};

    use super::{name_labels, plot_area_for, sort_short, spread};
    use crate::{ChartInput, ChartKind, ChartStyle, MAX_OVERLAYS, Overlay, Theme};

    /// A projection whose every series and risk stay at `value`.
    fn flat(horizon: u32, value: f64) -> Projection {
        let line = vec![value; horizon as usize + 1];
        let bands = Bands {
            p10: line.clone(),
            p25: line.clone(),
            p50: line.clone(),
            p75: line.clone(),
            p90: line.clone(),
            mean: line.clone(),
        };
        Projection {
            horizon_months: horizon,
            trust: bands.clone(),
            target_trust: bands.clone(),
            economy: bands.clone(),
            leverage: bands.clone(),
            legitimacy: bands,
            summary: Summary {
                breakdown_probability: value,
                median_breakdown_month: None,
                full_relief_month_p50: None,
            },
            backsliding_risk: line.clone(),
            hazard: vec![0.0; horizon as usize + 1],
            trust_if_sincere: None,
            trust_if_insincere: None,
            relief_in_force: None,
            outcomes: None,
            warnings: vec![],
            with_parameter_uncertainty: None,
        }
    }

    fn overlap(a: (i32, i32, i32, i32), b: (i32, i32, i32, i32)) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    #[test]
    fn eight_names_ending_at_one_value_do_not_overlap_and_stay_on_the_chart() {
        let names = [
            "Team A",
            "Blue",
            "The negotiators of the north",
            "Green",
            "Orange team",
            "Purple",
            "H",
            "Team eight",
        ];
        let current = flat(48, 0.5);
        // Every overlay ends at the same value, and at the chart's top and bottom too.
        for value in [0.0, 0.5, 1.0] {
            let ends = flat(48, value);
            let overlays: Vec<Overlay> = names.iter().map(|n| Overlay::new(n, &ends)).collect();
            assert_eq!(overlays.len(), MAX_OVERLAYS);
            for (theme, scale, (w, h)) in [
                (Theme::Light, 1.0, (420, 240)),
                (Theme::HighContrast, 1.0, (600, 260)),
                (Theme::Dark, 2.0, (840, 480)),
            ] {
                for up_to_month in [None, Some(20)] {
                    let style = ChartStyle::canvas(scale, theme);
                    let input = ChartInput {
                        overlays: &overlays,
                        up_to_month,
                        ..ChartInput::new(&current)
                    };
                    for kind in [ChartKind::Trust, ChartKind::Risk] {
                        let plot = plot_area_for(kind, &input, w, h, &style);
                        let labels = name_labels(kind, &input, &plot, w, &style);
                        assert_eq!(labels.len(), MAX_OVERLAYS);
                        for (i, a) in labels.iter().enumerate() {
                            let (left, top, right, bottom) = a.bounds();
                            assert!(top >= 0 && left >= 0, "{a:?} off the chart");
                            assert!(right <= w as i32, "{a:?} past the right edge of {w}");
                            assert!(bottom <= h as i32, "{a:?} past the bottom of {h}");
                            assert!(a.text.chars().count() <= super::OVERLAY_NAME_CHARS);
                            for b in &labels[i + 1..] {
                                assert!(
                                    !overlap(a.bounds(), b.bounds()),
                                    "{theme:?} {kind:?} {up_to_month:?} at {value}: {a:?} overlaps {b:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_team_named_by_the_set_up_is_written_whole_on_the_printed_debriefs_narrow_charts() {
        // The debrief prints its charts three across A4's printable width: 224 CSS pixels.
        let current = flat(48, 0.5);
        let ends = flat(48, 0.4);
        let overlays: Vec<Overlay> = ["Team A", "Team B", "Team C"]
            .iter()
            .map(|n| Overlay::new(n, &ends))
            .collect();
        let input = ChartInput {
            overlays: &overlays,
            ..ChartInput::new(&current)
        };
        let style = ChartStyle::svg(1.0, Theme::Light);
        for kind in [ChartKind::Trust, ChartKind::Economy, ChartKind::Risk] {
            let plot = plot_area_for(kind, &input, 224, 120, &style);
            let labels = name_labels(kind, &input, &plot, 224, &style);
            let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(texts.len(), 3, "{kind:?}");
            for name in ["Team A", "Team B", "Team C"] {
                assert!(texts.contains(&name), "{kind:?}: {texts:?}");
            }
            assert!(
                labels.iter().all(|l| l.bounds().2 <= 224),
                "{kind:?}: {labels:?}"
            );
        }
    }

    #[test]
    fn names_sit_at_the_end_of_each_line_in_its_order_and_the_plot_makes_room_only_for_them() {
        let current = flat(48, 0.5);
        let low = flat(48, 0.2);
        let high = flat(48, 0.8);
        let overlays = [Overlay::new("Low", &low), Overlay::new("High", &high)];
        let style = ChartStyle::default();
        let alone = ChartInput::new(&current);
        let compared = ChartInput {
            overlays: &overlays,
            ..ChartInput::new(&current)
        };
        let bare = plot_area_for(ChartKind::Economy, &alone, 600, 300, &style);
        let plot = plot_area_for(ChartKind::Economy, &compared, 600, 300, &style);
        assert_eq!(
            bare,
            crate::plot_area_geometry(ChartKind::Economy, 600, 300, &style)
        );
        assert!(plot.right < bare.right, "room for the names");
        assert_eq!(
            (plot.left, plot.top, plot.bottom),
            (bare.left, bare.top, bare.bottom)
        );
        // The outcome shares draw no overlay, so they keep the whole width.
        assert_eq!(
            plot_area_for(ChartKind::Outcomes, &compared, 600, 300, &style),
            crate::plot_area_geometry(ChartKind::Outcomes, 600, 300, &style)
        );
        let labels = name_labels(ChartKind::Economy, &compared, &plot, 600, &style);
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Low", "High"]);
        for (label, value) in labels.iter().zip([0.2, 0.8]) {
            assert!(label.x > plot.right, "right of the line's end");
            assert_eq!(label.y, plot.y_of_value(value).round() as i32);
        }
        assert_eq!(labels[0].colour, style.theme.palette().overlays[0]);

        // In play mode a name follows its line's last drawn point.
        let played = ChartInput {
            up_to_month: Some(12),
            ..compared
        };
        let labels = name_labels(ChartKind::Economy, &played, &plot, 600, &style);
        let x12 = plot.x_of_month(12.0, 48).round() as i32;
        assert!(labels.iter().all(|l| l.x > x12 && l.x < x12 + 10));
    }

    #[test]
    fn the_trust_chart_draws_the_chosen_series_of_each_overlay() {
        let current = flat(48, 0.5);
        let mut team = flat(48, 0.3);
        team.target_trust = flat(48, 0.9).target_trust;
        let style = ChartStyle::default();
        for (series, value) in [(Series::Trust, 0.3), (Series::TargetTrust, 0.9)] {
            let overlays = [Overlay {
                series,
                ..Overlay::new("Team", &team)
            }];
            let input = ChartInput {
                overlays: &overlays,
                ..ChartInput::new(&current)
            };
            let plot = plot_area_for(ChartKind::Trust, &input, 600, 300, &style);
            let label = &name_labels(ChartKind::Trust, &input, &plot, 600, &style)[0];
            assert_eq!(label.y, plot.y_of_value(value).round() as i32, "{series:?}");
        }
    }

    #[test]
    fn sort_short_sorts_as_the_standard_stable_sort_does() {
        // Pairs sorted by their first item only, so a sort that loses the order of equal
        // items shows in the second.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for len in 0..40 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    ((state % 5) as u32, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_short(&mut items, |a, b| a.0 < b.0);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn spread_keeps_boxes_apart_in_order_and_within_their_room() {
        // (wanted centres, box height, lowest and highest centre)
        let cases: [(&[f64], f64, f64, f64); 5] = [
            (&[50.0, 50.0, 50.0], 10.0, 0.0, 100.0),
            (&[0.0, 0.0, 0.0, 0.0], 10.0, 5.0, 100.0),
            (&[100.0, 99.0, 98.0], 10.0, 0.0, 100.0),
            (&[10.0, 30.0, 31.0, 80.0], 12.0, 0.0, 100.0),
            (&[20.0, 60.0], 10.0, 0.0, 100.0),
        ];
        for (wanted, h, low, high) in cases {
            let got = spread(wanted, h, low, high);
            let mut order: Vec<usize> = (0..wanted.len()).collect();
            order.sort_by(|&a, &b| wanted[a].total_cmp(&wanted[b]).then(a.cmp(&b)));
            for pair in order.windows(2) {
                assert!(
                    got[pair[1]] - got[pair[0]] >= h - 1e-9,
                    "{wanted:?}: {got:?}"
                );
            }
            assert!(got.iter().all(|&y| (low..=high).contains(&y)), "{got:?}");
        }
        // Boxes far apart stay where they want to be.
        assert_eq!(spread(&[20.0, 60.0], 10.0, 0.0, 100.0), [20.0, 60.0]);
        // A crowd is centred on where its members want to be.
        assert_eq!(
            spread(&[50.0, 50.0, 50.0], 10.0, 0.0, 100.0),
            [40.0, 50.0, 60.0]
        );
    }
}
