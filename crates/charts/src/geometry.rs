//! Where things go: the plot area inside a chart, and the mapping between months and values
//! and backend pixels. [`draw`](crate::draw) uses these functions and nothing else to place
//! what it draws, so the page's pointer-to-month mapping ([`month_at_x`]) is exact.

use crate::input::Numerals;
use crate::{ChartKind, ChartStyle};

/// The rectangle the data is drawn in, in backend pixels from the chart's top left corner.
/// Month 0 is at `left`, the horizon at `right`; value 0 at `bottom`, value 1 at `top`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlotArea {
    /// The x of month 0 (and of the value axis).
    pub left: i32,
    /// The y of value 1.
    pub top: i32,
    /// The x of the horizon's month.
    pub right: i32,
    /// The y of value 0 (and of the month axis).
    pub bottom: i32,
}

impl PlotArea {
    /// Width in backend pixels (`right - left`).
    pub fn width(&self) -> i32 {
        self.right - self.left
    }

    /// Height in backend pixels (`bottom - top`).
    pub fn height(&self) -> i32 {
        self.bottom - self.top
    }

    /// True when the chart is too small to hold a plot (then nothing is drawn and no month
    /// is under any pointer).
    pub fn is_empty(&self) -> bool {
        self.width() < 2 || self.height() < 2
    }

    /// The x of a month (fractions allowed), unrounded. With a horizon of 0 every month is
    /// at `left`.
    pub fn x_of_month(&self, month: f64, horizon_months: u32) -> f64 {
        if horizon_months == 0 {
            return f64::from(self.left);
        }
        f64::from(self.left) + month / f64::from(horizon_months) * f64::from(self.width())
    }

    /// The y of a value on the 0-to-1 axis, unrounded. Values outside 0..=1 land outside
    /// the plot; the charts clamp before they call this.
    pub fn y_of_value(&self, value: f64) -> f64 {
        f64::from(self.bottom) - value * f64::from(self.height())
    }

    /// The month nearest to a pointer at backend x (for the page: the pointer's offset in CSS
    /// pixels times the device pixel ratio). `None` left of month 0 or right of the horizon
    /// by more than half a pixel, and when the area is empty. When the plot has at least one
    /// pixel per month, `month_at_x(x_of_month(m).round())` is `m` for every month.
    pub fn month_at_x(&self, x: f64, horizon_months: u32) -> Option<u32> {
        if self.is_empty() || !x.is_finite() {
            return None;
        }
        if x < f64::from(self.left) - 0.5 || x > f64::from(self.right) + 0.5 {
            return None;
        }
        let fraction = (x - f64::from(self.left)) / f64::from(self.width());
        let month = (fraction * f64::from(horizon_months)).round();
        Some(month.clamp(0.0, f64::from(horizon_months)) as u32)
    }

    /// The pixel position of a month and a value, rounded to whole backend pixels the same
    /// way for every element drawn.
    pub(crate) fn point(&self, month: f64, value: f64, horizon_months: u32) -> (i32, i32) {
        (
            self.x_of_month(month, horizon_months).round() as i32,
            self.y_of_value(value).round() as i32,
        )
    }
}

/// The plot area of a chart of `kind` drawn `width_px` by `height_px` backend pixels in
/// `style`. All kinds share one geometry today, so charts stacked above one another line up
/// month for month; the kind is a parameter so that may change without touching callers.
pub fn plot_area_geometry(
    kind: ChartKind,
    width_px: u32,
    height_px: u32,
    style: &ChartStyle,
) -> PlotArea {
    let _ = kind;
    let m = style.theme.metrics();
    let round = |css: f64| style.px(css).round() as i32;
    let width = i32::try_from(width_px).unwrap_or(i32::MAX);
    let height = i32::try_from(height_px).unwrap_or(i32::MAX);
    PlotArea {
        left: round(m.y_label_area),
        top: round(m.margin_top),
        right: width - round(m.margin_right),
        bottom: height - round(m.x_label_area),
    }
}

/// The month under a pointer at backend x over a chart: [`plot_area_geometry`] and then
/// [`PlotArea::month_at_x`], in one call for the page's hover readout.
pub fn month_at_x(
    kind: ChartKind,
    width_px: u32,
    height_px: u32,
    style: &ChartStyle,
    horizon_months: u32,
    x: f64,
) -> Option<u32> {
    plot_area_geometry(kind, width_px, height_px, style).month_at_x(x, horizon_months)
}

/// Month steps the ticks may take: whole quarters, half years and years read best.
const MONTH_STEPS: [u32; 9] = [1, 2, 3, 6, 12, 24, 60, 120, 240];

/// The months that get a tick and a label: multiples of a step chosen so labels keep at
/// least the theme's minimum spacing, and never finer than every 6 months on horizons of two
/// years or more (every 3 on a year or more), because finer ticks only add clutter there.
pub fn month_ticks(area: &PlotArea, horizon_months: u32, style: &ChartStyle) -> Vec<u32> {
    if horizon_months == 0 {
        return vec![0];
    }
    let min_step = if horizon_months >= 24 {
        6
    } else if horizon_months >= 12 {
        3
    } else {
        1
    };
    let px_per_month = f64::from(area.width()) / f64::from(horizon_months);
    let min_spacing = style.px(style.theme.metrics().min_tick_spacing);
    let step = MONTH_STEPS
        .into_iter()
        .filter(|&s| s >= min_step)
        .find(|&s| f64::from(s) * px_per_month >= min_spacing)
        .unwrap_or(horizon_months);
    (0..=horizon_months).step_by(step as usize).collect()
}

/// The values that get a grid line and a label.
pub const VALUE_TICKS: [f64; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

/// A value tick's label: a percentage on percent axes, otherwise the shortest decimal, in
/// `numerals` (Western digits without).
pub fn value_label(value: f64, percent: bool, numerals: Option<&Numerals>) -> String {
    let ascii = if percent {
        format!("{}", (value * 100.0).round() as i64)
    } else if value == 0.0 || value == 1.0 {
        format!("{}", value as i64)
    } else {
        let s = format!("{value:.2}");
        s.trim_end_matches('0').to_string()
    };
    match (numerals, percent) {
        (Some(n), true) => format!("{}{}{}", n.percent_before, n.write(&ascii), n.percent_after),
        (Some(n), false) => n.write(&ascii),
        (None, true) => format!("{ascii}%"),
        (None, false) => ascii,
    }
}

/// A month tick's label in `numerals`.
pub fn month_label(month: u32, numerals: Option<&Numerals>) -> String {
    match numerals {
        Some(n) => n.write(&month.to_string()),
        None => month.to_string(),
    }
}
