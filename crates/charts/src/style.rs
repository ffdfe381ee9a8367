//! Themes, colours, line widths and type sizes: everything about how a chart looks that is
//! not where things are (that is `geometry`).
//!
//! The series and markers take their colours from the Okabe–Ito palette, which stays
//! distinguishable for the common kinds of colour blindness. Where a palette colour has less
//! than 3:1 contrast against the background (the WCAG minimum for graphics that carry
//! meaning), it is darkened by a fixed factor and the constant says so. The overlays (a
//! workshop's teams) take colours of their own, chosen to stay at least
//! [`OVERLAY_MIN_DISTANCE`] apart from every series colour and from one another, so no team's
//! line is read as a series.

use relief_model::{Outcome, Series};

/// A colour as 8-bit red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as a CSS hex string such as `#0072B2`, so the page's HTML legend can show
    /// exactly the swatches the charts draw.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// This colour moved `amount` (0 to 1) of the way towards `other`: a faded line that
    /// keeps its hue.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let t = amount.clamp(0.0, 1.0);
        let one = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(
            one(self.0, other.0),
            one(self.1, other.1),
            one(self.2, other.2),
        )
    }

    pub(crate) fn to_plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }
}

/// The Okabe–Ito palette, by the names its authors gave the colours.
pub mod okabe_ito {
    use super::Rgb;

    /// Black, `#000000`.
    pub const BLACK: Rgb = Rgb(0x00, 0x00, 0x00);
    /// Orange, `#E69F00` (2.3:1 on white: used as is only on dark backgrounds).
    pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
    /// Sky blue, `#56B4E9` (2.3:1 on white: used as is only on dark backgrounds).
    pub const SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
    /// Bluish green, `#009E73` (3.4:1 on white).
    pub const BLUISH_GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
    /// Yellow, `#F0E442` (1.3:1 on white: used as is only on dark backgrounds).
    pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
    /// Blue, `#0072B2` (5.2:1 on white).
    pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
    /// Vermillion, `#D55E00` (3.9:1 on white).
    pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
    /// Reddish purple, `#CC79A7` (3.1:1 on white).
    pub const REDDISH_PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);

    /// Orange darkened to 82% so it reaches 3.3:1 on white.
    pub const ORANGE_ON_WHITE: Rgb = Rgb(0xBD, 0x82, 0x00);
    /// Sky blue darkened to 83% so it reaches 3.3:1 on white.
    pub const SKY_BLUE_ON_WHITE: Rgb = Rgb(0x47, 0x95, 0xC1);
    /// Yellow darkened to 63% (an olive) so it reaches 3.3:1 on white.
    pub const YELLOW_ON_WHITE: Rgb = Rgb(0x97, 0x90, 0x2A);
}

/// The most other projections one chart compares against: beyond eight, neither colours nor
/// dash patterns stay distinct enough to tell the lines apart.
pub const MAX_OVERLAYS: usize = 8;

/// The dash pattern of each overlay line, as alternating on and off lengths in CSS pixels
/// (multiplied by the chart's scale when drawn). None is solid, so no overlay is mistaken for
/// the current projection's median; the same numbers work as an SVG `stroke-dasharray` for
/// the page's HTML legend.
pub const OVERLAY_DASHES: [&[f64]; MAX_OVERLAYS] = [
    &[9.0, 4.0],
    &[2.0, 3.0],
    &[9.0, 3.0, 2.0, 3.0],
    &[5.0, 5.0],
    &[12.0, 3.0, 2.0, 3.0, 2.0, 3.0],
    &[16.0, 6.0],
    &[2.0, 7.0],
    &[9.0, 3.0, 9.0, 3.0, 2.0, 3.0],
];

/// The least perceptual distance (CIEDE2000 ΔE00) between an overlay's colour and any colour
/// a series, the baseline or another overlay is drawn in, in every theme. A ΔE00 of 1 is
/// about the smallest difference a trained eye sees side by side; 20 keeps two lines apart
/// across a room on a projector that washes colours out, with the dash patterns as a second
/// cue for readers who cannot tell the hues apart.
pub const OVERLAY_MIN_DISTANCE: f64 = 20.0;

/// The overlays on a white background (the light and projector themes), each at least 4.9:1
/// against white: indigo, crimson, teal, violet, black, brown, olive and wine. They sit
/// darker or at other hues than the Okabe–Ito series colours, so none reads as "Trust in the
/// target" (blue) or "Target's trust" (vermillion).
const OVERLAYS_ON_LIGHT: [Rgb; MAX_OVERLAYS] = [
    Rgb(0x33, 0x22, 0x88),
    Rgb(0xBB, 0x00, 0x22),
    Rgb(0x00, 0x70, 0x70),
    Rgb(0x99, 0x44, 0xDD),
    Rgb(0x00, 0x00, 0x00),
    Rgb(0x77, 0x44, 0x00),
    Rgb(0x55, 0x77, 0x00),
    Rgb(0x88, 0x22, 0x66),
];

/// The dash pattern of the baseline projection's median, in CSS pixels.
pub const BASELINE_DASH: &[f64] = &[6.0, 4.0];

/// The dot pattern of the edges of the bands that the model's own uncertainty widens (the
/// p10 and p90 of the runs under drawn calibrations), in CSS pixels: fine dots, so they read
/// as the band's edge, not as another median.
pub const MODEL_UNCERTAINTY_DOTS: &[f64] = &[1.5, 2.5];

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// White background, dark grey axes, light grey grid.
    #[default]
    Light,
    /// Near-black background for a page in dark mode.
    Dark,
    /// For projectors: pure black on pure white, thicker lines, larger type, stronger bands.
    HighContrast,
}

impl Theme {
    /// All themes.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::HighContrast];

    /// The theme's name as the page and the command line spell it.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "high-contrast",
        }
    }

    /// Finds a theme by its key.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The theme's colours.
    pub fn palette(self) -> &'static Palette {
        match self {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
            Theme::HighContrast => &HIGH_CONTRAST,
        }
    }

    /// The theme's sizes, in CSS pixels before the scale is applied.
    pub(crate) fn metrics(self) -> &'static Metrics {
        match self {
            Theme::Light | Theme::Dark => &NORMAL_METRICS,
            Theme::HighContrast => &PROJECTOR_METRICS,
        }
    }
}

/// Every colour a chart uses, for one theme. Public so the page's HTML legends and captions
/// can use the very same colours.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: Rgb,
    /// The axis lines and tick marks.
    pub axis: Rgb,
    /// The light guide lines at each tick.
    pub grid: Rgb,
    /// Tick labels and, on sheets, titles.
    pub text: Rgb,
    /// The vertical rule at the hovered or focused month.
    pub highlight: Rgb,
    /// The baseline projection's median.
    pub baseline: Rgb,
    /// The sanctioning side's trust in the target, and that trust in the futures where the
    /// target means it.
    pub trust: Rgb,
    /// The sanctioning side's trust in the futures where the target does not mean it.
    pub trust_insincere: Rgb,
    /// The target's trust that relief will come and stay.
    pub target_trust: Rgb,
    /// Economic recovery.
    pub economy: Rgb,
    /// Leverage held.
    pub leverage: Rgb,
    /// Legitimacy.
    pub legitimacy: Rgb,
    /// The risk of breakdown, and the bars of breakdowns each month under it.
    pub risk: Rgb,
    /// Markers of relief steps.
    pub relief: Rgb,
    /// Markers of the target's reform and compliance steps.
    pub reform: Rgb,
    /// Markers of confidence-building measures.
    pub confidence: Rgb,
    /// Markers of shocks.
    pub shock: Rgb,
    /// The stacked shares of the outcomes chart, in [`Outcome::ALL`] order. They come from
    /// Paul Tol's colour-blind-safe "muted" scheme rather than Okabe–Ito, whose eight colours
    /// already name the series and markers, so no share is mistaken for a series. A rule in
    /// the background colour separates adjacent shares.
    pub outcomes: [Rgb; 4],
    /// One colour per overlay, in order, each at least [`OVERLAY_MIN_DISTANCE`] from every
    /// series colour, the baseline and the other overlays; each also has its own dash
    /// pattern ([`OVERLAY_DASHES`]), so no overlay depends on colour alone.
    pub overlays: [Rgb; MAX_OVERLAYS],
    /// Opacity of the p10–p90 band.
    pub outer_band_alpha: f64,
    /// Opacity of the p25–p75 band, drawn over the outer one, so the middle half reads darker.
    pub inner_band_alpha: f64,
    /// Opacity of the hazard bars on the risk chart.
    pub hazard_alpha: f64,
    /// Opacity of the hovered month's rule.
    pub highlight_alpha: f64,
}

impl Palette {
    /// The colour of one banded series.
    pub fn series(&self, series: Series) -> Rgb {
        match series {
            Series::Trust => self.trust,
            Series::TargetTrust => self.target_trust,
            Series::Economy => self.economy,
            Series::Leverage => self.leverage,
            Series::Legitimacy => self.legitimacy,
        }
    }

    /// The colour of the trust in the futures of one type of target.
    pub fn target_type(&self, target: crate::TargetType) -> Rgb {
        match target {
            crate::TargetType::Sincere => self.trust,
            crate::TargetType::Insincere => self.trust_insincere,
        }
    }

    /// The colour of one outcome's share.
    pub fn outcome(&self, outcome: Outcome) -> Rgb {
        let i = Outcome::ALL
            .iter()
            .position(|&o| o == outcome)
            .unwrap_or_default();
        self.outcomes[i]
    }

    /// The colour of one kind of timeline marker.
    pub fn marker(&self, kind: crate::MarkerKind) -> Rgb {
        match kind {
            crate::MarkerKind::Relief => self.relief,
            crate::MarkerKind::Reform => self.reform,
            crate::MarkerKind::Confidence => self.confidence,
            crate::MarkerKind::Shock => self.shock,
        }
    }
}

use okabe_ito as oi;

/// The outcome shares on a white background, from Paul Tol's "muted" scheme: teal (the deal
/// holds), sand (cheating unseen), indigo (cheating caught) and rose (collapsed). Each share
/// differs in lightness as well as hue from the ones it borders, and indigo, the darkest,
/// stands on white at 14:1.
const OUTCOMES_ON_LIGHT: [Rgb; 4] = [
    Rgb(0x44, 0xAA, 0x99),
    Rgb(0xDD, 0xCC, 0x77),
    Rgb(0x33, 0x22, 0x88),
    Rgb(0xCC, 0x66, 0x77),
];

/// Light: every colour that carries meaning has at least 3:1 contrast on white.
static LIGHT: Palette = Palette {
    background: Rgb(0xFF, 0xFF, 0xFF),
    axis: Rgb(0x44, 0x44, 0x44),
    grid: Rgb(0xE3, 0xE3, 0xE3),
    text: Rgb(0x33, 0x33, 0x33),
    highlight: Rgb(0x22, 0x22, 0x22),
    baseline: Rgb(0x80, 0x80, 0x80),
    trust: oi::BLUE,
    trust_insincere: oi::REDDISH_PURPLE,
    target_trust: oi::VERMILLION,
    economy: oi::BLUISH_GREEN,
    leverage: oi::REDDISH_PURPLE,
    legitimacy: oi::ORANGE_ON_WHITE,
    risk: oi::VERMILLION,
    relief: oi::BLUISH_GREEN,
    reform: oi::BLUE,
    confidence: oi::REDDISH_PURPLE,
    shock: oi::VERMILLION,
    outcomes: OUTCOMES_ON_LIGHT,
    overlays: OVERLAYS_ON_LIGHT,
    outer_band_alpha: 0.14,
    inner_band_alpha: 0.26,
    hazard_alpha: 0.45,
    highlight_alpha: 0.55,
};

/// Dark: the light palette colours that are too dark on near-black give way to their lighter
/// Okabe–Ito neighbours (sky blue for blue, white for black).
static DARK: Palette = Palette {
    background: Rgb(0x1B, 0x1B, 0x1F),
    axis: Rgb(0xB8, 0xB8, 0xB8),
    grid: Rgb(0x38, 0x38, 0x3E),
    text: Rgb(0xD8, 0xD8, 0xD8),
    highlight: Rgb(0xEE, 0xEE, 0xEE),
    baseline: Rgb(0x99, 0x99, 0x99),
    trust: oi::SKY_BLUE,
    trust_insincere: oi::REDDISH_PURPLE,
    target_trust: oi::VERMILLION,
    economy: oi::BLUISH_GREEN,
    leverage: oi::REDDISH_PURPLE,
    legitimacy: oi::ORANGE,
    risk: oi::VERMILLION,
    relief: oi::BLUISH_GREEN,
    reform: oi::SKY_BLUE,
    confidence: oi::REDDISH_PURPLE,
    shock: oi::VERMILLION,
    // On near-black the light theme's indigo would vanish into the background (1.3:1), so
    // Tol's cyan takes its place; the rule between shares keeps it apart from the sand.
    outcomes: [
        Rgb(0x44, 0xAA, 0x99),
        Rgb(0xDD, 0xCC, 0x77),
        Rgb(0x88, 0xCC, 0xEE),
        Rgb(0xCC, 0x66, 0x77),
    ],
    // Light colours away from the series' hues, each at least 3.8:1 on the near-black:
    // cyan, raspberry, green, lavender, near-white, peach, yellow and periwinkle.
    overlays: [
        Rgb(0x00, 0xEE, 0xEE),
        Rgb(0xEE, 0x00, 0x44),
        Rgb(0x00, 0xDD, 0x44),
        Rgb(0xCC, 0xBB, 0xFF),
        Rgb(0xEE, 0xEE, 0xEE),
        Rgb(0xFF, 0xBB, 0xAA),
        Rgb(0xFF, 0xEE, 0x00),
        Rgb(0x77, 0x66, 0xFF),
    ],
    outer_band_alpha: 0.20,
    inner_band_alpha: 0.32,
    hazard_alpha: 0.55,
    highlight_alpha: 0.6,
};

/// High contrast, for projectors that wash colours out: pure black on pure white, and bands
/// opaque enough to survive a bright room.
static HIGH_CONTRAST: Palette = Palette {
    background: Rgb(0xFF, 0xFF, 0xFF),
    axis: Rgb(0x00, 0x00, 0x00),
    grid: Rgb(0xC8, 0xC8, 0xC8),
    text: Rgb(0x00, 0x00, 0x00),
    highlight: Rgb(0x00, 0x00, 0x00),
    baseline: Rgb(0x59, 0x59, 0x59),
    trust: oi::BLUE,
    trust_insincere: oi::REDDISH_PURPLE,
    target_trust: oi::VERMILLION,
    economy: oi::BLUISH_GREEN,
    leverage: oi::REDDISH_PURPLE,
    legitimacy: oi::ORANGE_ON_WHITE,
    risk: oi::VERMILLION,
    relief: oi::BLUISH_GREEN,
    reform: oi::BLUE,
    confidence: oi::REDDISH_PURPLE,
    shock: oi::VERMILLION,
    outcomes: OUTCOMES_ON_LIGHT,
    overlays: OVERLAYS_ON_LIGHT,
    outer_band_alpha: 0.22,
    inner_band_alpha: 0.38,
    hazard_alpha: 0.6,
    highlight_alpha: 0.9,
};

/// Sizes in CSS pixels; the chart multiplies each by its scale (the device pixel ratio).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Metrics {
    /// Tick label type size.
    pub font_px: f64,
    /// Width left of the plot for the value labels. It holds "100%" in DejaVu Sans (2.86 em,
    /// wider than the browsers' usual sans-serif fonts) plus twice `label_gap`.
    pub y_label_area: f64,
    /// Height below the plot for the month labels.
    pub x_label_area: f64,
    /// Room above the plot, so the top value label (centred on the plot's top) is not cut.
    pub margin_top: f64,
    /// Room right of the plot, so the last month label is not cut.
    pub margin_right: f64,
    /// Length of the tick marks below the month axis.
    pub tick_len: f64,
    /// Gap between a tick label and its axis.
    pub label_gap: f64,
    /// The current projection's median.
    pub median_width: f64,
    /// An overlay's median.
    pub overlay_width: f64,
    /// The baseline's median.
    pub baseline_width: f64,
    /// Axis lines.
    pub axis_width: f64,
    /// Grid lines.
    pub grid_width: f64,
    /// The hovered month's rule.
    pub highlight_width: f64,
    /// A marker's width.
    pub marker_width: f64,
    /// A marker's height; markers of different kinds in one month stack upward.
    pub marker_height: f64,
    /// The widest a hazard bar gets, however few the months.
    pub max_bar_width: f64,
    /// Least room between two month labels before ticks get sparser.
    pub min_tick_spacing: f64,
}

static NORMAL_METRICS: Metrics = Metrics {
    font_px: 11.0,
    y_label_area: 40.0,
    x_label_area: 20.0,
    margin_top: 9.0,
    margin_right: 14.0,
    tick_len: 4.0,
    label_gap: 3.0,
    median_width: 2.0,
    overlay_width: 1.5,
    baseline_width: 1.5,
    axis_width: 1.0,
    grid_width: 1.0,
    highlight_width: 1.0,
    marker_width: 4.0,
    marker_height: 8.0,
    max_bar_width: 8.0,
    min_tick_spacing: 34.0,
};

static PROJECTOR_METRICS: Metrics = Metrics {
    font_px: 15.0,
    y_label_area: 52.0,
    x_label_area: 26.0,
    margin_top: 11.0,
    margin_right: 18.0,
    tick_len: 5.0,
    label_gap: 3.0,
    median_width: 3.5,
    overlay_width: 2.5,
    baseline_width: 2.5,
    axis_width: 2.0,
    grid_width: 1.0,
    highlight_width: 2.0,
    marker_width: 5.0,
    marker_height: 10.0,
    max_bar_width: 10.0,
    min_tick_spacing: 44.0,
};

/// Which plotters backend a chart is drawn on. It matters for type only: plotters-canvas sets
/// a font of `size` CSS pixels, while plotters' SVG backend writes `size / 1.24`. The charts
/// compensate, so labels have the same size on the page as in an exported SVG or PNG.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BackendKind {
    /// plotters-canvas, in the browser.
    #[default]
    Canvas,
    /// plotters' SVG backend (also used for PNG, which is rasterized from the SVG).
    Svg,
}

/// How a chart looks: a config struct, so a new option never changes a signature.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartStyle {
    /// Backend pixels per CSS pixel (the device pixel ratio on the page). Type, strokes,
    /// margins and markers all scale with it, so a canvas whose backing store is
    /// `clientWidth × devicePixelRatio` wide is crisp. Values that are not finite or not
    /// positive count as 1; the rest are kept within 0.25..=8.
    pub scale: f64,
    /// The colour theme.
    pub theme: Theme,
    /// The backend the chart is drawn on (see [`BackendKind`]). The `render_*` functions set
    /// it themselves.
    pub backend: BackendKind,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            scale: 1.0,
            theme: Theme::Light,
            backend: BackendKind::Canvas,
        }
    }
}

impl ChartStyle {
    /// A style for plotters-canvas at a device pixel ratio.
    pub fn canvas(scale: f64, theme: Theme) -> ChartStyle {
        ChartStyle {
            scale,
            theme,
            backend: BackendKind::Canvas,
        }
    }

    /// A style for plotters' SVG backend at a scale.
    pub fn svg(scale: f64, theme: Theme) -> ChartStyle {
        ChartStyle {
            scale,
            theme,
            backend: BackendKind::Svg,
        }
    }

    /// The scale actually used: see [`ChartStyle::scale`].
    pub fn effective_scale(&self) -> f64 {
        if self.scale.is_finite() && self.scale > 0.0 {
            self.scale.clamp(0.25, 8.0)
        } else {
            1.0
        }
    }

    /// A length in CSS pixels as backend pixels, as a float.
    pub(crate) fn px(&self, css: f64) -> f64 {
        css * self.effective_scale()
    }

    /// A length in CSS pixels as whole backend pixels.
    pub(crate) fn whole_px(&self, css: f64) -> i32 {
        self.px(css).round() as i32
    }

    /// A stroke width in whole backend pixels (plotters strokes are integers), at least 1.
    pub(crate) fn stroke(&self, css: f64) -> u32 {
        (self.px(css).round() as u32).max(1)
    }

    /// The size to hand plotters so the type comes out `css` pixels tall on this backend.
    pub(crate) fn font_size(&self, css: f64) -> f64 {
        let px = self.px(css);
        match self.backend {
            BackendKind::Canvas => px,
            BackendKind::Svg => px * 1.24,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sRGB to CIELAB under D65.
    fn lab(c: Rgb) -> (f64, f64, f64) {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (lin(c.0), lin(c.1), lin(c.2));
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        (116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))
    }

    /// The CIEDE2000 colour difference (Sharma, Wu and Dalal, 2005).
    fn ciede2000(one: (f64, f64, f64), two: (f64, f64, f64)) -> f64 {
        let ((l1, a1, b1), (l2, a2, b2)) = (one, two);
        let pow7 = |v: f64| v.powi(7);
        let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
        let g = 0.5 * (1.0 - (pow7(c_mean) / (pow7(c_mean) + pow7(25.0))).sqrt());
        let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
        let (c1, c2) = (a1p.hypot(b1), a2p.hypot(b2));
        let hue = |b: f64, a: f64| {
            if a == 0.0 && b == 0.0 {
                0.0
            } else {
                b.atan2(a).to_degrees().rem_euclid(360.0)
            }
        };
        let (h1, h2) = (hue(b1, a1p), hue(b2, a2p));
        let dh = if c1 * c2 == 0.0 {
            0.0
        } else if (h2 - h1).abs() <= 180.0 {
            h2 - h1
        } else if h2 - h1 > 180.0 {
            h2 - h1 - 360.0
        } else {
            h2 - h1 + 360.0
        };
        let d_l = l2 - l1;
        let d_c = c2 - c1;
        let d_h = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
        let l_mean = (l1 + l2) / 2.0;
        let cp_mean = (c1 + c2) / 2.0;
        let h_mean = if c1 * c2 == 0.0 {
            h1 + h2
        } else if (h1 - h2).abs() <= 180.0 {
            (h1 + h2) / 2.0
        } else if h1 + h2 < 360.0 {
            (h1 + h2 + 360.0) / 2.0
        } else {
            (h1 + h2 - 360.0) / 2.0
        };
        let cos = |deg: f64| deg.to_radians().cos();
        let t = 1.0 - 0.17 * cos(h_mean - 30.0)
            + 0.24 * cos(2.0 * h_mean)
            + 0.32 * cos(3.0 * h_mean + 6.0)
            - 0.20 * cos(4.0 * h_mean - 63.0);
        let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
        let r_c = 2.0 * (pow7(cp_mean) / (pow7(cp_mean) + pow7(25.0))).sqrt();
        let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
        let s_c = 1.0 + 0.045 * cp_mean;
        let s_h = 1.0 + 0.015 * cp_mean * t;
        let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
        ((d_l / s_l).powi(2)
            + (d_c / s_c).powi(2)
            + (d_h / s_h).powi(2)
            + r_t * (d_c / s_c) * (d_h / s_h))
            .sqrt()
    }

    /// WCAG's contrast ratio between two colours.
    fn contrast(one: Rgb, two: Rgb) -> f64 {
        let luminance = |c: Rgb| {
            let lin = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
        };
        let (a, b) = (luminance(one), luminance(two));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn the_colour_difference_matches_the_published_test_pairs() {
        // Pairs 1, 7, 17 and 34 of Sharma, Wu and Dalal's table, in CIELAB, with their ΔE00.
        let pairs = [
            ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
            ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
            ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
            ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
        ];
        for (one, two, expected) in pairs {
            let got = ciede2000(one, two);
            assert!(
                (got - expected).abs() < 1e-3,
                "{one:?} {two:?}: {got} ≠ {expected}"
            );
        }
    }

    #[test]
    fn every_overlay_colour_is_far_from_every_series_colour_and_from_the_others() {
        for theme in Theme::ALL {
            let p = theme.palette();
            let mut drawn: Vec<(String, Rgb)> = Series::ALL
                .iter()
                .map(|&s| (s.key().to_string(), p.series(s)))
                .collect();
            for t in crate::TargetType::ALL {
                drawn.push((t.key().to_string(), p.target_type(t)));
            }
            drawn.push(("baseline".to_string(), p.baseline));
            for (i, &overlay) in p.overlays.iter().enumerate() {
                let others = p
                    .overlays
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(j, &c)| (format!("overlay {j}"), c));
                for (name, colour) in drawn.iter().cloned().chain(others) {
                    let d = ciede2000(lab(overlay), lab(colour));
                    assert!(
                        d >= OVERLAY_MIN_DISTANCE,
                        "{theme:?}: overlay {i} ({}) is only ΔE00 {d:.1} from {name} ({})",
                        overlay.hex(),
                        colour.hex()
                    );
                }
                let c = contrast(overlay, p.background);
                assert!(
                    c >= 3.0,
                    "{theme:?}: overlay {i} ({}) has {c:.2}:1 on the background",
                    overlay.hex()
                );
            }
        }
    }
}
