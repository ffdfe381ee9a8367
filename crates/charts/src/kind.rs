//! The six charts of the product.

use relief_model::{Bands, Projection, Series};

/// One chart of the product. Each is drawn by exactly one code path in this crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    /// Trust on both sides: the sanctioning side's trust in the target, and the target's
    /// trust that relief will come and stay.
    Trust,
    /// Economic recovery: share of the sanctions' output loss recovered.
    Economy,
    /// The risk of breakdown: the cumulative share of runs broken down, with the breakdowns
    /// each month (the hazard).
    Risk,
    /// Leverage the sanctioning side still holds.
    Leverage,
    /// Legitimacy of the process in the target society.
    Legitimacy,
    /// What the processes have become, month by month: the shares of futures in which the
    /// deal holds, cheating goes unseen, cheating is caught, or the deal has collapsed,
    /// stacked to 100%.
    Outcomes,
}

impl ChartKind {
    /// All six, in the order the page and the sheet show them. The outcomes come last, so
    /// on a page three charts wide they sit under the risk of breakdown they break down.
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Trust,
        ChartKind::Economy,
        ChartKind::Risk,
        ChartKind::Leverage,
        ChartKind::Legitimacy,
        ChartKind::Outcomes,
    ];

    /// The chart's name in element ids, file names and the command line.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Trust => "trust",
            ChartKind::Economy => "economy",
            ChartKind::Risk => "risk",
            ChartKind::Leverage => "leverage",
            ChartKind::Legitimacy => "legitimacy",
            ChartKind::Outcomes => "outcomes",
        }
    }

    /// Finds a chart by its key.
    pub fn from_key(key: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The chart's title, shown above it (in HTML on the page, drawn on sheets).
    pub fn title(self) -> &'static str {
        match self {
            ChartKind::Trust => "Trust",
            ChartKind::Economy => "Economic recovery",
            ChartKind::Risk => RISK_OF_BREAKDOWN,
            ChartKind::Leverage => "Leverage held",
            ChartKind::Legitimacy => "Legitimacy",
            ChartKind::Outcomes => "Outcomes",
        }
    }

    /// What the chart shows, in one sentence, for alt text.
    pub fn description(self) -> &'static str {
        match self {
            ChartKind::Trust => {
                "Trust on both sides by month, from 0 to 1: the sanctioning side's belief that the target acts in good faith, shown apart for the futures where the target means it and where it does not, and the target's belief that relief will be delivered and kept, each as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Economy => {
                "Economic recovery by month, as the share of the output lost to sanctions that has been recovered, shown as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Risk => {
                "Risk of breakdown by month: a line for the share of runs in which the process has broken down by then, over bars for the breakdowns each month, as a share of the runs still intact."
            }
            ChartKind::Leverage => {
                "Leverage held by month, from 0 to 1: the pressure the sanctioning side still holds, as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Legitimacy => {
                "Legitimacy by month, from 0 to 1: public support for the process in the target society, as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Outcomes => {
                "Outcomes by month, as shares of all runs stacked to 100%: from the top, the deal holds, cheating goes unseen, cheating is caught and relief reimposed, or the deal has collapsed for another reason."
            }
        }
    }

    /// The banded series the chart draws, in drawing order; empty for the risk chart, which
    /// draws `backsliding_risk` and `hazard` instead, and for the outcomes chart, which draws
    /// `outcomes`. The trust chart draws the trust in the target by type in place of
    /// [`Series::Trust`] when the projection has it.
    pub fn series(self) -> &'static [Series] {
        match self {
            ChartKind::Trust => &[Series::Trust, Series::TargetTrust],
            ChartKind::Economy => &[Series::Economy],
            ChartKind::Risk => &[],
            ChartKind::Leverage => &[Series::Leverage],
            ChartKind::Legitimacy => &[Series::Legitimacy],
            ChartKind::Outcomes => &[],
        }
    }

    /// Whether the value axis reads in percent (shares of runs or of output) rather than as
    /// a 0-to-1 level.
    pub fn percent_axis(self) -> bool {
        matches!(
            self,
            ChartKind::Economy | ChartKind::Risk | ChartKind::Outcomes
        )
    }

    /// Whether the chart can compare projections by drawing other projections' lines over
    /// the current one (a baseline, the teams of a workshop). The outcomes chart cannot: its
    /// stacked shares fill the plot, and a line over them would read as a fifth share.
    pub fn compares(self) -> bool {
        self != ChartKind::Outcomes
    }
}

/// The name of the share of futures in which the process has broken down by a month: the same
/// words on the page, in the workshop, in exports, on the command line and in the documents
/// (the glossary in docs/glossary.md lists every name, and a test keeps them in step).
pub const RISK_OF_BREAKDOWN: &str = "Risk of breakdown";

/// The name of the share of the futures still intact at a month that break down in it (the
/// hazard).
pub const BREAKDOWNS_EACH_MONTH: &str = "Breakdowns each month";

/// The legend's words for the dotted edges of the bands of the runs under drawn
/// calibrations: 8 in 10 futures once the model's own uncertainty is added to luck.
pub const MODEL_UNCERTAINTY_EDGES: &str = "8 in 10 with model doubt";

/// The legend's words for the risk's range across plausible calibrations.
pub const MODEL_UNCERTAINTY_RANGE: &str = "Range with model doubt";

/// The target's hidden type, by which the trust chart splits the sanctioning side's trust: the
/// page cannot know whether the target means it, and the median of both kinds of future
/// together zig-zags between them and describes neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TargetType {
    /// The target means to comply.
    Sincere,
    /// The target does not.
    Insincere,
}

impl TargetType {
    /// Both, in the order the chart, its legend and the readout list them.
    pub const ALL: [TargetType; 2] = [TargetType::Sincere, TargetType::Insincere];

    /// The projection's field for the trust in this type's futures.
    pub fn key(self) -> &'static str {
        match self {
            TargetType::Sincere => "trust_if_sincere",
            TargetType::Insincere => "trust_if_insincere",
        }
    }

    /// The series' name where it stands alone (a readout, a table, a sheet's legend).
    pub fn label(self) -> &'static str {
        match self {
            TargetType::Sincere => "Trust if the target means it",
            TargetType::Insincere => "Trust if it doesn't",
        }
    }

    /// The series' name in the legend of the trust chart, whose title already says "Trust".
    pub fn short_label(self) -> &'static str {
        match self {
            TargetType::Sincere => "If the target means it",
            TargetType::Insincere => "If it doesn't",
        }
    }

    /// The trust in this type's futures; `None` when no run drew the type, and in
    /// projections written before the types existed.
    pub fn bands(self, projection: &Projection) -> Option<&Bands> {
        match self {
            TargetType::Sincere => projection.trust_if_sincere.as_ref(),
            TargetType::Insincere => projection.trust_if_insincere.as_ref(),
        }
    }

    /// The types `projection` has trust for: none for a projection written before the types
    /// existed (the trust chart then draws the mixture, as it always did).
    pub fn present(projection: &Projection) -> Vec<TargetType> {
        TargetType::ALL
            .into_iter()
            .filter(|t| t.bands(projection).is_some())
            .collect()
    }
}
