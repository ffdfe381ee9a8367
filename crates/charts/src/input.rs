//! What a chart is drawn from: the projection and everything drawn with it.

use relief_model::{Projection, Scenario, Series, StepRole};

/// Everything one chart draws. Every chart of a page draws from the same input.
#[derive(Clone, Copy, Debug)]
pub struct ChartInput<'a> {
    /// The current projection: median lines with p25–p75 and p10–p90 bands.
    pub projection: &'a Projection,
    /// A projection to compare against, drawn faintly: its medians only, dashed grey.
    pub baseline: Option<&'a Projection>,
    /// Where steps and shocks happen: short coloured ticks at the bottom of the plot.
    /// Markers beyond the horizon are not drawn.
    pub markers: &'a [Marker],
    /// A vertical rule at the hovered or focused month. Beyond the horizon it is not drawn.
    pub highlight_month: Option<u32>,
    /// Draws the current projection and the overlays only up to and including this month
    /// (the workshop's "play" mode, where the teams' lines grow side by side). The axes,
    /// baseline and markers are drawn in full, so the scale never moves while the story
    /// unfolds.
    pub up_to_month: Option<u32>,
    /// Up to [`MAX_OVERLAYS`](crate::MAX_OVERLAYS) other projections (teams' scenarios in a
    /// workshop), drawn as one median line each, named at its end. Overlay `i` takes colour
    /// `palette.overlays[i]` and dash pattern [`OVERLAY_DASHES`](crate::OVERLAY_DASHES)`[i]`,
    /// so the page's legend can match it; with overlays, the plot leaves room on its right
    /// for their names.
    pub overlays: &'a [Overlay<'a>],
    /// The projection from when the reader began a change (a drag, a run of key presses, an
    /// edit): its medians in each series' own colour, faded, under the current ones, so the
    /// chart shows what the change did while it is being made.
    pub ghost: Option<&'a Projection>,
    /// How the axes' numbers are written: the reader's digits and percent sign, or (`None`)
    /// Western digits and "%".
    pub numerals: Option<&'a Numerals>,
}

/// A language's way of writing the axes' numbers, as the page's `Intl.NumberFormat` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numerals {
    /// The ten digits, zero first.
    pub digits: [String; 10],
    /// The decimal separator.
    pub decimal: String,
    /// What comes before a whole percentage's digits ("" in most languages).
    pub percent_before: String,
    /// What comes after them ("%", "٪", " %").
    pub percent_after: String,
}

impl Numerals {
    /// `ascii`'s digits and decimal point in these numerals.
    pub fn write(&self, ascii: &str) -> String {
        let mut out = String::with_capacity(ascii.len() * 2);
        for c in ascii.chars() {
            match c {
                '0'..='9' => out.push_str(&self.digits[c as usize - '0' as usize]),
                '.' => out.push_str(&self.decimal),
                c => out.push(c),
            }
        }
        out
    }
}

impl<'a> ChartInput<'a> {
    /// An input with the projection alone: no baseline, markers, highlight or overlays.
    pub fn new(projection: &'a Projection) -> ChartInput<'a> {
        ChartInput {
            projection,
            baseline: None,
            markers: &[],
            highlight_month: None,
            up_to_month: None,
            overlays: &[],
            ghost: None,
            numerals: None,
        }
    }
}

/// A projection to compare with the current one.
#[derive(Clone, Copy, Debug)]
pub struct Overlay<'a> {
    /// Its name (a team's name): in the page's legend, and at the end of its line, shortened
    /// when long.
    pub name: &'a str,
    /// The projection whose median is drawn.
    pub projection: &'a Projection,
    /// On a chart of two series (trust on both sides), the one drawn for this overlay, so
    /// each overlay is one line its name can label: [`Series::Trust`] (the median over every
    /// future, the number a workshop ranks on) or [`Series::TargetTrust`]. A chart that does
    /// not draw this series draws its first one (a chart of one series, its own).
    pub series: Series,
}

impl<'a> Overlay<'a> {
    /// An overlay drawing trust in the target on the trust chart.
    pub fn new(name: &'a str, projection: &'a Projection) -> Overlay<'a> {
        Overlay {
            name,
            projection,
            series: Series::Trust,
        }
    }
}

/// A tick on the month axis where something happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Marker {
    /// The month, counted from 0.
    pub month: u32,
    /// What happens.
    pub kind: MarkerKind,
}

/// What a marker stands for; each kind has its own colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkerKind {
    /// Sanctions relief.
    Relief,
    /// A reform or compliance step by the target.
    Reform,
    /// A confidence-building measure (verification, guarantees, participation).
    Confidence,
    /// A shock nobody in the process chose.
    Shock,
}

impl MarkerKind {
    /// All kinds, in the order they stack from the axis upward when they share a month.
    pub const ALL: [MarkerKind; 4] = [
        MarkerKind::Relief,
        MarkerKind::Reform,
        MarkerKind::Confidence,
        MarkerKind::Shock,
    ];

    /// A short label for a legend.
    pub fn label(self) -> &'static str {
        match self {
            MarkerKind::Relief => "Relief",
            MarkerKind::Reform => "Reform or compliance",
            MarkerKind::Confidence => "Confidence building",
            MarkerKind::Shock => "Shock",
        }
    }

    /// The marker kind of a step's role in the model.
    pub fn of_role(role: StepRole) -> MarkerKind {
        match role {
            StepRole::Relief => MarkerKind::Relief,
            StepRole::Reform => MarkerKind::Reform,
            StepRole::Confidence => MarkerKind::Confidence,
        }
    }
}

/// The markers of a scenario: one per step (at its planned month) and one per shock, in
/// the scenario's order.
pub fn markers_for(scenario: &Scenario) -> Vec<Marker> {
    let steps = scenario.steps.iter().map(|s| Marker {
        month: s.month,
        kind: MarkerKind::of_role(s.kind.role()),
    });
    let shocks = scenario.shocks.iter().map(|s| Marker {
        month: s.month,
        kind: MarkerKind::Shock,
    });
    steps.chain(shocks).collect()
}
