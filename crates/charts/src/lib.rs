//! # relief-charts: every chart of Relief Sequencer, drawn once
//!
//! The six charts of the product (trust on both sides, economic recovery, risk of breakdown,
//! leverage held, legitimacy, outcomes) are drawn here, each by one code path written against plotters'
//! [`DrawingBackend`]. The web crate hands [`draw`] a plotters-canvas backend for the page's
//! `<canvas>`; the same code writes SVG ([`render_svg`]) and, with the `png` feature, PNG
//! (`render_png`). Every drawing of the product is here, the files' too: a chart's figure
//! with its title, note and legend, as the page exports it ([`render_figure_svg`]), and the
//! sheet of all six that `relief plot` writes ([`render_sheet_svg`]).
//!
//! ## Architecture invariant
//!
//! This crate draws what it is given and nothing else:
//!
//! - It never computes a model value. Percentiles, risk and hazard come from
//!   `relief_model::Projection` as they are; the only arithmetic on them is placing them on
//!   the page (and the documented magnification of the hazard bars, [`hazard_scale`]).
//! - It never touches the DOM or any other browser API, so it compiles to
//!   `wasm32-unknown-unknown` without features and can be tested natively.
//! - It never measures text. Label areas have fixed sizes ([`plot_area_geometry`]) and every
//!   label is drawn with an anchor (right-aligned values, centred months), which every
//!   backend places without measuring. plotters' chart builder and mesh are not used, since
//!   in the browser they measure each label through a hidden element, forcing a page layout
//!   each time. For the same reason no title, caption or legend is drawn on the canvas: the
//!   page writes those in HTML. Figures and sheets, which are files, draw their own, with
//!   widths estimated from an average character, erring wide.
//!
//! ## API boundary
//!
//! - [`draw`] (and [`draw_on_area`] for a part of a backend) draws one [`ChartKind`] from a
//!   [`ChartInput`] in a [`ChartStyle`].
//! - [`plot_area_for`] says where the data is, in the very numbers `draw` uses (with room on
//!   the right for the overlays' names when there are overlays), so the page can map a
//!   pointer to a month for its hover readout; [`plot_area_geometry`] and [`month_at_x`] do
//!   the same for a chart without overlays.
//! - [`Theme::palette`], [`OVERLAY_DASHES`] and [`hazard_scale`] give the page what its HTML
//!   legends need to match the charts.
//! - [`markers_for`] turns a scenario's steps and shocks into [`Marker`]s.
//! - Files (feature `svg`): [`render_svg`] draws one chart; [`render_figure_svg`] one chart
//!   under a [`Caption`] and above its legend, at a size in [`FIGURE_SIDE`]; and
//!   [`render_sheet_svg`] all six under a caption, [`SHEET_SIZE`] by default. With `png`,
//!   `render_png`, `render_figure_png` and `render_sheet_png` rasterize them.
//! - "What matters most?" (feature `svg`, whose word wrapping labels it): [`draw_tornado`]
//!   (and [`draw_tornado_on_area`]) draws a [`Tornado`], made from the model's `Sensitivity`,
//!   [`tornado_height`] tall; [`render_tornado_svg`] is its figure for a file, and
//!   `render_tornado_png` that figure rasterized (feature `png`). [`tornado_colours`] gives the
//!   page's HTML legend the bars' colours.
//!
//! ## Modules
//!
//! - `draw`: the charts themselves; `geometry`: where the plot is, and months to pixels and
//!   back; `style`: themes, colours, widths and type sizes; `input` and `kind`: what is drawn.
//! - `text`: a figure's words, wrapped and shortened to a width; `legend`: what a legend lists,
//!   where each item goes, and the swatches; `figure`: one chart's figure; `sheet`: the sheet;
//!   `export`: those as SVG and PNG documents; `tornado`: "What matters most?", one bar a
//!   factor, the model's ranking as given.
//!
//! ## Features
//!
//! - `svg` (default): SVG output through plotters' SVG backend; text stays `<text>`, so no
//!   font file is needed.
//! - `png` (native only): PNG output, by rasterizing the SVG with resvg and the DejaVu Sans
//!   font compiled in. It needs no system fonts and matches the SVG exactly.
#![deny(missing_docs)]

mod draw;
#[cfg(feature = "svg")]
mod export;
#[cfg(feature = "svg")]
mod figure;
mod geometry;
mod input;
mod kind;
#[cfg(feature = "svg")]
mod legend;
#[cfg(feature = "svg")]
mod sheet;
mod style;
#[cfg(feature = "svg")]
mod text;
#[cfg(feature = "svg")]
mod tornado;

use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::{DrawingBackend, IntoDrawingArea};

pub use draw::{
    GHOST_FADE, HAZARD_MAX_SHARE, HAZARD_SCALES, OVERLAY_NAME_CHARS, draw_on_area, hazard_scale,
    plot_area_for,
};
#[cfg(feature = "png")]
pub use export::{render_figure_png, render_png, render_sheet_png, render_tornado_png};
#[cfg(feature = "svg")]
pub use export::{render_figure_svg, render_sheet_svg, render_svg, render_tornado_svg};
#[cfg(feature = "svg")]
pub use figure::FIGURE_SIDE;
pub use geometry::{
    PlotArea, VALUE_TICKS, month_at_x, month_label, month_ticks, plot_area_geometry, value_label,
};
pub use input::{ChartInput, Marker, MarkerKind, Numerals, Overlay, markers_for};
pub use kind::{
    BREAKDOWNS_EACH_MONTH, ChartKind, MODEL_UNCERTAINTY_EDGES, MODEL_UNCERTAINTY_RANGE,
    RISK_OF_BREAKDOWN, TargetType,
};
#[cfg(feature = "svg")]
pub use sheet::SHEET_SIZE;
pub use style::{
    BASELINE_DASH, BackendKind, ChartStyle, MAX_OVERLAYS, MODEL_UNCERTAINTY_DOTS, OVERLAY_DASHES,
    OVERLAY_MIN_DISTANCE, Palette, Rgb, Theme, okabe_ito,
};
#[cfg(feature = "svg")]
pub use text::Caption;
#[cfg(feature = "svg")]
pub use tornado::{
    TORNADO_ROW, Tornado, TornadoBar, WITHIN_NOISE, draw_tornado, draw_tornado_on_area,
    tornado_colours, tornado_height, tornado_value,
};

/// Why a chart could not be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartError {
    /// The backend failed (plotters' error, as text).
    Backend(String),
    /// A series the chart draws has the wrong length or a value that is not finite.
    Data(String),
    /// More overlays than [`MAX_OVERLAYS`].
    TooManyOverlays(usize),
    /// Rasterizing the SVG to PNG failed.
    Png(String),
}

impl ChartError {
    pub(crate) fn backend<E: std::error::Error + Send + Sync>(
        e: DrawingAreaErrorKind<E>,
    ) -> ChartError {
        ChartError::Backend(e.to_string())
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChartError::Backend(e) => write!(f, "drawing failed: {e}"),
            ChartError::Data(e) => write!(f, "cannot chart the projection: {e}"),
            ChartError::TooManyOverlays(n) => {
                write!(
                    f,
                    "{n} overlays given, but a chart compares at most {MAX_OVERLAYS}"
                )
            }
            ChartError::Png(e) => write!(f, "PNG rendering failed: {e}"),
        }
    }
}

impl std::error::Error for ChartError {}

/// Draws one chart on a whole backend and presents it. A backend too small to hold a plot
/// gets the background only.
///
/// For a plotters-canvas backend, size the canvas's backing store to its CSS size times the
/// device pixel ratio and pass that ratio as `style.scale`; the drawing is then crisp.
pub fn draw<DB: DrawingBackend>(
    backend: DB,
    kind: ChartKind,
    input: &ChartInput,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    let area = backend.into_drawing_area();
    draw_on_area(&area, kind, input, style)?;
    area.present().map_err(ChartError::backend)
}
