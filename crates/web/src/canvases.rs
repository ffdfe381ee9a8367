//! The canvases a page draws its charts on, one per chart kind. The explorer and the
//! workshop's comparison both draw through this, so sizing a canvas to the screen and mapping
//! a pointer back to a month are written once.

use relief_charts::{ChartInput, ChartKind, ChartStyle, PlotArea, Theme};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A canvas that one chart is drawn on.
struct Attached {
    kind: ChartKind,
    canvas: HtmlCanvasElement,
    /// The scale of the last draw, for mapping a pointer back to a month.
    scale: f64,
    /// Where the last draw put the plot (it leaves room for overlays' names when there are
    /// any), for mapping a pointer back to a month.
    plot: Option<PlotArea>,
}

/// Every canvas a page has attached, at most one per chart kind, and the theme they are
/// drawn in (light until told otherwise).
#[derive(Default)]
pub struct ChartCanvases {
    charts: Vec<Attached>,
    theme: Theme,
}

/// The theme named `key` (`light`, `dark` or `high-contrast`), or an error naming it.
pub fn theme_from_key(key: &str) -> Result<Theme, JsError> {
    Theme::from_key(key).ok_or_else(|| JsError::new(&format!("unknown theme {key:?}")))
}

/// Which of the attached charts a draw covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sight {
    /// Every chart.
    All,
    /// The charts the window shows some of now (every chart where the window has no size).
    InSight,
    /// The charts the window shows none of now (none where the window has no size).
    OutOfSight,
}

/// The window's size in CSS pixels, when the browser reports one.
fn window_size() -> Option<(f64, f64)> {
    let window = web_sys::window()?;
    let width = window.inner_width().ok()?.as_f64()?;
    let height = window.inner_height().ok()?.as_f64()?;
    Some((width, height))
}

/// The screen's device pixel ratio, or 1 where the browser reports none that makes sense.
pub(crate) fn device_pixel_ratio() -> f64 {
    let scale = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0);
    if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    }
}

impl ChartCanvases {
    /// Draws in theme `key` from the next draw on: `light`, `dark` or `high-contrast`.
    pub fn set_theme(&mut self, key: &str) -> Result<(), JsError> {
        self.theme = theme_from_key(key)?;
        Ok(())
    }

    /// Draws chart `kind` (`trust`, `economy`, `risk`, `leverage`, `legitimacy`, `outcomes`) on
    /// `canvas` from now on, in place of any canvas it had.
    pub fn attach(&mut self, kind: &str, canvas: HtmlCanvasElement) -> Result<(), JsError> {
        let kind = ChartKind::from_key(kind)
            .ok_or_else(|| JsError::new(&format!("unknown chart {kind:?}")))?;
        self.charts.retain(|c| c.kind != kind);
        self.charts.push(Attached {
            kind,
            canvas,
            scale: 1.0,
            plot: None,
        });
        Ok(())
    }

    /// Draws every attached chart from `input`. Each canvas's backing store is sized to its
    /// CSS size times the device pixel ratio, and the chart is drawn at that scale, so it is
    /// crisp on every screen. A canvas that is not laid out (zero size) is skipped.
    pub fn draw(&mut self, input: &ChartInput) -> Result<(), JsError> {
        self.draw_where(input, Sight::All).map(|_| ())
    }

    /// Draws, like [`ChartCanvases::draw`], only the charts that `sight` picks out: while a step
    /// is dragged, or before the page's first charts, time spent on charts out of sight is time
    /// the page cannot answer. The others keep their last drawing until they are drawn.
    /// Returns how many charts it drew.
    pub fn draw_where(&mut self, input: &ChartInput, sight: Sight) -> Result<u32, JsError> {
        let scale = device_pixel_ratio();
        let style = ChartStyle::canvas(scale, self.theme);
        let window = match sight {
            Sight::All => None,
            Sight::InSight => window_size(),
            Sight::OutOfSight => match window_size() {
                None => return Ok(0),
                size => size,
            },
        };
        let mut drawn = 0;
        for chart in &mut self.charts {
            let (w, h) = (chart.canvas.client_width(), chart.canvas.client_height());
            if w <= 0 || h <= 0 {
                continue;
            }
            if let Some((window_width, window_height)) = window {
                // The layout is fresh (the sizes above were just read), so this costs little.
                let rect = chart.canvas.get_bounding_client_rect();
                let seen = rect.bottom() > 0.0
                    && rect.top() < window_height
                    && rect.right() > 0.0
                    && rect.left() < window_width;
                if seen != (sight == Sight::InSight) {
                    continue;
                }
            }
            let width = (f64::from(w) * scale).round() as u32;
            let height = (f64::from(h) * scale).round() as u32;
            // Setting a canvas's size clears it and resets its context: only when it changes.
            if chart.canvas.width() != width {
                chart.canvas.set_width(width);
            }
            if chart.canvas.height() != height {
                chart.canvas.set_height(height);
            }
            chart.scale = scale;
            chart.plot = Some(relief_charts::plot_area_for(
                chart.kind, input, width, height, &style,
            ));
            let backend = plotters_canvas::CanvasBackend::with_canvas_object(chart.canvas.clone())
                .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
            relief_charts::draw(backend, chart.kind, input, &style).map_err(|e| {
                JsError::new(&format!("drawing the {} chart: {e}", chart.kind.key()))
            })?;
            drawn += 1;
        }
        Ok(drawn)
    }

    /// The month under a pointer `offset_x` CSS pixels from the left edge of chart `kind`'s
    /// canvas, as of the last draw of a projection over `horizon` months; `None` outside the
    /// plot or for a chart that is not attached.
    pub fn month_at(&self, kind: &str, offset_x: f64, horizon: u32) -> Option<u32> {
        let kind = ChartKind::from_key(kind)?;
        let chart = self.charts.iter().find(|c| c.kind == kind)?;
        match chart.plot {
            Some(plot) => plot.month_at_x(offset_x * chart.scale, horizon),
            None => {
                let style = ChartStyle::canvas(chart.scale, self.theme);
                relief_charts::month_at_x(
                    kind,
                    chart.canvas.width(),
                    chart.canvas.height(),
                    &style,
                    horizon,
                    offset_x * chart.scale,
                )
            }
        }
    }
}
