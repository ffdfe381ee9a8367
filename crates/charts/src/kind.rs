//! The five charts of the product.

use relief_model::Series;

/// One chart of the product. Each is drawn by exactly one code path in this crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    /// Trust on both sides: the sanctioning side's trust in the target, and the target's
    /// trust that relief will come and stay.
    Trust,
    /// Economic recovery: share of the sanctions' output loss recovered.
    Economy,
    /// Backsliding risk: cumulative share of runs broken down, with the monthly hazard.
    Risk,
    /// Leverage the sanctioning side still holds.
    Leverage,
    /// Legitimacy of the process in the target society.
    Legitimacy,
}

impl ChartKind {
    /// All five, in the order the page and the sheet show them.
    pub const ALL: [ChartKind; 5] = [
        ChartKind::Trust,
        ChartKind::Economy,
        ChartKind::Risk,
        ChartKind::Leverage,
        ChartKind::Legitimacy,
    ];

    /// The chart's name in element ids, file names and the command line.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Trust => "trust",
            ChartKind::Economy => "economy",
            ChartKind::Risk => "risk",
            ChartKind::Leverage => "leverage",
            ChartKind::Legitimacy => "legitimacy",
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
            ChartKind::Risk => "Backsliding risk",
            ChartKind::Leverage => "Leverage held",
            ChartKind::Legitimacy => "Legitimacy",
        }
    }

    /// What the chart shows, in one sentence, for alt text.
    pub fn description(self) -> &'static str {
        match self {
            ChartKind::Trust => {
                "Trust on both sides by month, from 0 to 1: the sanctioning side's belief that the target acts in good faith and the target's belief that relief will be delivered and kept, each as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Economy => {
                "Economic recovery by month, as the share of the output lost to sanctions that has been recovered, shown as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Risk => {
                "Backsliding risk by month: a line for the share of runs in which the process has broken down so far, over bars for the share of still-intact runs that break down in each month."
            }
            ChartKind::Leverage => {
                "Leverage held by month, from 0 to 1: the pressure the sanctioning side still holds, as a median line with bands holding the middle half and the middle 80% of runs."
            }
            ChartKind::Legitimacy => {
                "Legitimacy by month, from 0 to 1: public support for the process in the target society, as a median line with bands holding the middle half and the middle 80% of runs."
            }
        }
    }

    /// The banded series the chart draws, in drawing order; empty for the risk chart, which
    /// draws `backsliding_risk` and `hazard` instead.
    pub fn series(self) -> &'static [Series] {
        match self {
            ChartKind::Trust => &[Series::Trust, Series::TargetTrust],
            ChartKind::Economy => &[Series::Economy],
            ChartKind::Risk => &[],
            ChartKind::Leverage => &[Series::Leverage],
            ChartKind::Legitimacy => &[Series::Legitimacy],
        }
    }

    /// Whether the value axis reads in percent (shares of runs or of output) rather than as
    /// a 0-to-1 level.
    pub fn percent_axis(self) -> bool {
        matches!(self, ChartKind::Economy | ChartKind::Risk)
    }
}
