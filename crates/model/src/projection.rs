//! The projection: what the model returns. These types mirror `relief-projection/1`.

/// The version tag every projection document carries.
pub const PROJECTION_FORMAT: &str = "relief-projection/1";

/// The projection of one scenario: an ensemble summarized month by month.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// The horizon: the series hold `horizon_months + 1` entries, months 0 to horizon.
    pub horizon_months: u32,
    /// The sanctioning side's belief that the target acts in good faith.
    pub trust: Bands,
    /// The target's belief that relief will be delivered and kept.
    pub target_trust: Bands,
    /// Share of the sanctions' output loss recovered.
    pub economy: Bands,
    /// Pressure the sanctioning side still holds.
    pub leverage: Bands,
    /// Public support for the process in the target society.
    pub legitimacy: Bands,
    /// Share of runs broken down by each month; never decreasing.
    pub backsliding_risk: Vec<f64>,
    /// Share of the runs still intact at each month that break down in it.
    pub hazard: Vec<f64>,
    /// The sanctioning side's belief in the runs where the target means it (is sincere).
    /// `None` when no run drew a sincere target, and in projections written before it existed.
    pub trust_if_sincere: Option<Bands>,
    /// The same belief in the runs where the target does not mean it.
    pub trust_if_insincere: Option<Bands>,
    /// Share of all sanctions relieved and in force. `None` in projections written before it
    /// existed.
    pub relief_in_force: Option<Bands>,
    /// Each month, what the runs' processes have become. `None` in projections written before
    /// it existed.
    pub outcomes: Option<Outcomes>,
    /// The headline numbers.
    pub summary: Summary,
    /// The sequencing checker's remarks, in plain words.
    pub warnings: Vec<String>,
    /// The same runs again, each with the model's coefficients drawn from their plausible
    /// ranges: luck and the model's own uncertainty together. Present only when the scenario
    /// asks for it (`parameter_uncertainty`); everything above is luck alone either way.
    pub with_parameter_uncertainty: Option<ParameterUncertainty>,
}

/// What a projection becomes when each run also draws the model's coefficients from their
/// plausible ranges ([`crate::Params::TABLE`]). Its bands are wider than luck's by as much as
/// the model is unsure of itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ParameterUncertainty {
    /// See [`Projection::trust`].
    pub trust: Bands,
    /// See [`Projection::target_trust`].
    pub target_trust: Bands,
    /// See [`Projection::economy`].
    pub economy: Bands,
    /// See [`Projection::leverage`].
    pub leverage: Bands,
    /// See [`Projection::legitimacy`].
    pub legitimacy: Bands,
    /// See [`Projection::trust_if_sincere`].
    pub trust_if_sincere: Option<Bands>,
    /// See [`Projection::trust_if_insincere`].
    pub trust_if_insincere: Option<Bands>,
    /// See [`Projection::backsliding_risk`]: the share of these runs broken down by each
    /// month.
    pub backsliding_risk: Vec<f64>,
    /// The lower end of the range the risk of breakdown may take under the plausible
    /// calibrations, month by month: what the model's uncertainty leaves once luck's part is
    /// taken out (80% of calibrations fall within it, on a normal spread).
    pub backsliding_risk_low: Vec<f64>,
    /// The upper end of that range.
    pub backsliding_risk_high: Vec<f64>,
    /// The headline numbers of these runs.
    pub summary: Summary,
}

impl ParameterUncertainty {
    /// The bands of one series.
    pub fn bands(&self, series: Series) -> &Bands {
        match series {
            Series::Trust => &self.trust,
            Series::TargetTrust => &self.target_trust,
            Series::Economy => &self.economy,
            Series::Leverage => &self.leverage,
            Series::Legitimacy => &self.legitimacy,
        }
    }
}

impl Projection {
    /// The number of months in every series (horizon plus one).
    pub fn len(&self) -> usize {
        self.horizon_months as usize + 1
    }

    /// Always false: a projection covers at least month 0.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The bands of one series.
    pub fn bands(&self, series: Series) -> &Bands {
        match series {
            Series::Trust => &self.trust,
            Series::TargetTrust => &self.target_trust,
            Series::Economy => &self.economy,
            Series::Leverage => &self.leverage,
            Series::Legitimacy => &self.legitimacy,
        }
    }
}

/// Percentiles and mean of one series, one entry per month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bands {
    /// 10th percentile.
    pub p10: Vec<f64>,
    /// 25th percentile.
    pub p25: Vec<f64>,
    /// Median.
    pub p50: Vec<f64>,
    /// 75th percentile.
    pub p75: Vec<f64>,
    /// 90th percentile.
    pub p90: Vec<f64>,
    /// Mean over the runs.
    pub mean: Vec<f64>,
}

impl Bands {
    /// The band's statistics by name, in the order of the format.
    pub fn columns(&self) -> [(&'static str, &[f64]); 6] {
        [
            ("p10", &self.p10),
            ("p25", &self.p25),
            ("p50", &self.p50),
            ("p75", &self.p75),
            ("p90", &self.p90),
            ("mean", &self.mean),
        ]
    }
}

/// The five banded series of a projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Series {
    /// See [`Projection::trust`].
    Trust,
    /// See [`Projection::target_trust`].
    TargetTrust,
    /// See [`Projection::economy`].
    Economy,
    /// See [`Projection::leverage`].
    Leverage,
    /// See [`Projection::legitimacy`].
    Legitimacy,
}

impl Series {
    /// All five, in the order of the format.
    pub const ALL: [Series; 5] = [
        Series::Trust,
        Series::TargetTrust,
        Series::Economy,
        Series::Leverage,
        Series::Legitimacy,
    ];

    /// The series' name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Series::Trust => "trust",
            Series::TargetTrust => "target_trust",
            Series::Economy => "economy",
            Series::Leverage => "leverage",
            Series::Legitimacy => "legitimacy",
        }
    }

    /// A short label for a legend or a table.
    pub fn label(self) -> &'static str {
        match self {
            Series::Trust => "Trust in the target",
            Series::TargetTrust => "Target's trust",
            Series::Economy => "Economic recovery",
            Series::Leverage => "Leverage held",
            Series::Legitimacy => "Legitimacy",
        }
    }

    /// What the series measures, in one plain sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            Series::Trust => "The sanctioning side's belief that the target acts in good faith.",
            Series::TargetTrust => "The target's belief that relief will be delivered and kept.",
            Series::Economy => "Share of the output lost to sanctions that has been recovered.",
            Series::Leverage => "Pressure the sanctioning side still holds.",
            Series::Legitimacy => "Public support for the process in the target society.",
        }
    }

    /// Finds a series by its JSON name.
    pub fn from_key(key: &str) -> Option<Series> {
        Series::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The headline numbers of a projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Share of runs broken down by the horizon: the last entry of `backsliding_risk`.
    pub breakdown_probability: f64,
    /// The month by which half the runs have broken down, if they have by the horizon.
    pub median_breakdown_month: Option<u32>,
    /// The month by which half the runs have received all planned relief, if they have.
    pub full_relief_month_p50: Option<u32>,
}

/// Each month, the shares of runs in each outcome; the four shares sum to 1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcomes {
    /// The process holds and nobody is exploiting it.
    pub sustained: Vec<f64>,
    /// A target that does not mean it holds relief while its cheating goes unseen.
    pub exploited: Vec<f64>,
    /// Cheating was verified (by monitors, audits, a discovery or an exposed fake) and relief
    /// reimposed or held back: verification working.
    pub caught: Vec<f64>,
    /// The process broke down without cheating being proven: for a sincere target, a deal
    /// broken by hardliners, a misread alarm, the sanctioning side's own politics or a lapse;
    /// for an insincere one, a breakdown that came before its cheating was caught.
    pub collapsed: Vec<f64>,
}

/// One outcome class of [`Outcomes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// See [`Outcomes::sustained`].
    Sustained,
    /// See [`Outcomes::exploited`].
    Exploited,
    /// See [`Outcomes::caught`].
    Caught,
    /// See [`Outcomes::collapsed`].
    Collapsed,
}

impl Outcome {
    /// All four, in the order of the format.
    pub const ALL: [Outcome; 4] = [
        Outcome::Sustained,
        Outcome::Exploited,
        Outcome::Caught,
        Outcome::Collapsed,
    ];

    /// The outcome's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Sustained => "sustained",
            Outcome::Exploited => "exploited",
            Outcome::Caught => "caught",
            Outcome::Collapsed => "collapsed",
        }
    }

    /// A short label for a legend.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Sustained => "Deal holds",
            Outcome::Exploited => "Cheating unseen",
            Outcome::Caught => "Cheating caught",
            Outcome::Collapsed => "Deal collapsed",
        }
    }

    /// What the outcome means, in one plain sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            Outcome::Sustained => "The process holds and nobody is exploiting it.",
            Outcome::Exploited => {
                "A target that does not mean it keeps relief while its cheating goes unseen."
            }
            Outcome::Caught => {
                "Cheating was verified and relief reimposed: verification doing its job."
            }
            Outcome::Collapsed => {
                "The process broke down without cheating being proven: hardliners, a misread alarm, a lapse, or the sanctioning side's own politics."
            }
        }
    }
}

impl Outcomes {
    /// The shares of one outcome, month by month.
    pub fn shares(&self, outcome: Outcome) -> &[f64] {
        match outcome {
            Outcome::Sustained => &self.sustained,
            Outcome::Exploited => &self.exploited,
            Outcome::Caught => &self.caught,
            Outcome::Collapsed => &self.collapsed,
        }
    }
}
