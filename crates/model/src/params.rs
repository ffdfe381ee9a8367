//! The model's calibration: every constant in one place, each with its meaning, where its
//! value comes from, and the range of values that would still be plausible. `docs/model.md`
//! prints this table for readers, and the robustness check of the claims draws parameters
//! from these ranges.

/// What the calibration table says of one coefficient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coefficient {
    /// The field's name in [`Params`].
    pub name: &'static str,
    /// Its meaning and source, as documented on the field.
    pub doc: &'static str,
    /// The product's value.
    pub default: f64,
    /// The lowest plausible value.
    pub low: f64,
    /// The highest plausible value.
    pub high: f64,
    /// Why the range is what it is.
    pub why: &'static str,
}

/// A coefficient's type: every one is a number, and whole numbers round when set.
trait Value: Copy {
    fn to_f64(self) -> f64;
    fn from_f64(x: f64) -> Self;
}

impl Value for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(x: f64) -> Self {
        x
    }
}

impl Value for u32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(x: f64) -> Self {
        // Rounds to the nearest whole number; coefficients are never negative.
        (x.max(0.0) + 0.5) as u32
    }
}

impl Params {
    /// `draws` calibrations drawn from the plausible ranges as a Latin hypercube: each
    /// coefficient's range is cut into `draws` equal strata, each stratum is used once, and
    /// the strata are shuffled independently per coefficient, so that even a few draws cover
    /// every range evenly (McKay, Beckman & Conover 1979). `unit` gives numbers in `0..1`:
    /// the same numbers give the same calibrations.
    pub fn latin_hypercube(draws: usize, mut unit: impl FnMut() -> f64) -> Vec<Params> {
        // Positions are drawn coefficient by coefficient, each shuffle before its positions.
        // The count, not the table: the table's words would otherwise be linked into the page.
        let positions: Vec<Vec<f64>> = (0..Params::COUNT)
            .map(|_| {
                let mut strata: Vec<usize> = (0..draws).collect();
                for i in (1..draws).rev() {
                    let j = (unit() * (i + 1) as f64) as usize;
                    strata.swap(i, j.min(i));
                }
                strata
                    .into_iter()
                    .map(|stratum| (stratum as f64 + unit()) / draws as f64)
                    .collect()
            })
            .collect();
        (0..draws)
            .map(|draw| {
                let mut coefficient = positions.iter();
                Params::at_positions(|| coefficient.next().map_or(0.5, |p| p[draw]))
            })
            .collect()
    }
}

macro_rules! params {
    ($( $(#[doc = $doc:literal])* $name:ident: $ty:ty = $default:literal, $low:literal..=$high:literal, $why:literal; )*) => {
        /// The calibration of the model. [`Params::default`] is the product's calibration;
        /// tests and sensitivity studies may vary a field, but the page and the command line
        /// always use the default.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Params {
            $( $(#[doc = $doc])* pub $name: $ty, )*
        }

        impl Default for Params {
            fn default() -> Self {
                Params { $( $name: $default, )* }
            }
        }

        impl Params {
            /// Every coefficient with its documentation and plausible range, in the order of
            /// the table.
            pub const TABLE: &'static [Coefficient] = &[
                $( Coefficient {
                    name: stringify!($name),
                    doc: concat!($($doc, "\n"),*),
                    default: $default as f64,
                    low: $low as f64,
                    high: $high as f64,
                    why: $why,
                }, )*
            ];

            /// A coefficient's value by name.
            pub fn get(&self, name: &str) -> Option<f64> {
                match name {
                    $( stringify!($name) => Some(Value::to_f64(self.$name)), )*
                    _ => None,
                }
            }

            /// How many coefficients there are.
            pub const COUNT: usize = [$(stringify!($name)),*].len();

            /// A calibration at given positions in the plausible ranges: `position` gives one
            /// number in `0..1` per coefficient, in the order of the table, and 0 is the lowest
            /// plausible value, 1 the highest.
            fn at_positions(mut position: impl FnMut() -> f64) -> Params {
                Params { $( $name: Value::from_f64($low as f64 + position() * ($high as f64 - $low as f64)), )* }
            }

            /// Sets a coefficient by name (whole-number coefficients round); false when no
            /// coefficient has that name.
            pub fn set(&mut self, name: &str, value: f64) -> bool {
                match name {
                    $( stringify!($name) => self.$name = Value::from_f64(value), )*
                    _ => return false,
                }
                true
            }
        }
    };
}

params! {
    // Violations (Fearon's commitment problem, Drezner's conflict expectations).
    /// Monthly chance that a reformer violates by honest error, with no hardliners.
    reformer_error: f64 = 0.01,
        0.008..=0.012, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Added to the reformer's error rate at full hardliner strength.
    reformer_error_hardliners: f64 = 0.02,
        0.016..=0.024, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// A spoiler's base monthly chance of a violation.
    spoiler_base: f64 = 0.12,
        0.096..=0.144, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Added to the spoiler's chance at full hardliner strength.
    spoiler_hardliners: f64 = 0.25,
        0.2..=0.3, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Added to the spoiler's chance when it fully distrusts the sanctioning side (q = 0).
    spoiler_distrust: f64 = 0.2,
        0.16..=0.24, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Subtracted when the sanctioning side holds all its leverage and the target fully depends on
    /// the sanctioned channels.
    spoiler_leverage: f64 = 0.2,
        0.16..=0.24, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Subtracted under a snapback clause, times the chance that a violation is seen.
    spoiler_deterrence: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Subtracted from the insincere target's chance per unit of relief still promised: the shadow
    /// of the future. As promised relief runs out, cheating rises (the end-game).
    spoiler_promise: f64 = 0.25,
        0.2..=0.3, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of a snapback clause's deterrence that the sanctioning side's own discretion to
    /// reimpose carries where there is no clause. Judgment.
    deterrence_without_snapback: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// The lowest monthly chance of a spoiler's violation, however strong the deterrence: a
    /// spoiler always has some reason to defect. Judgment; must not exceed the ceiling.
    spoiler_rate_floor: f64 = 0.02,
        0.016..=0.024, "±20% of the default: judgment, no study pins it closer";
    /// The highest monthly chance of a spoiler's violation, however strong the pressures: even a
    /// spoiler complies in some months. Judgment.
    spoiler_rate_ceiling: f64 = 0.9,
        0.72..=1.0, "±20% of the default: judgment, no study pins it closer";

    // Verification as signal detection.
    /// Monthly false-alarm rate of rumour and intelligence with no verification in place; with
    /// none, the hit rate equals it and nothing is learned.
    rumour_rate: f64 = 0.1,
        0.08..=0.12, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Hit rate approached as verification coverage approaches 1.
    max_hit_rate: f64 = 0.85,
        0.7..=0.95, "IAEA-style continuous monitoring misses little but not nothing (Fortna 2003 on monitoring)";
    /// Coverage contributed by continuous independent monitoring.
    coverage_monitoring: f64 = 0.7,
        0.56..=0.84, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Coverage contributed by periodic audits.
    coverage_audit: f64 = 0.4,
        0.32..=0.48, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Coverage contributed by reciprocal information exchange.
    coverage_information: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Coverage contributed by a joint investigative committee (it investigates, but mainly
    /// examines alarms).
    coverage_committee: f64 = 0.2,
        0.16..=0.24, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of false alarms that audits eliminate.
    false_alarm_cut_audit: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of false alarms that a joint committee dismisses before anyone reacts.
    false_alarm_cut_committee: f64 = 0.6,
        0.48..=0.72, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of false alarms that published criteria remove (fewer disputes over what counts).
    false_alarm_cut_criteria: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of false alarms that information exchange clears up.
    false_alarm_cut_information: f64 = 0.2,
        0.16..=0.24, "±20% of the default: the sources give its order of magnitude, not its digits";

    // Trust (Kydd's Bayesian trust) and costly signals (Osgood's GRIT).
    /// Chance that a faked opaque step is exposed, per unit of the verifiers' chance of seeing a
    /// violation: what verification can check of a step the target did not announce.
    opaque_visibility: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Chance that a faked transparent step is exposed with no verification at all: the press,
    /// diplomats and open sources can check some of what is announced. Judgment.
    public_scrutiny: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// An insincere target's chance of faking a promised step when faking costs nothing and no
    /// relief is at stake; otherwise it leaves the step undone (Kydd's costly signals). Judgment.
    mimic_base: f64 = 0.95,
        0.85..=1.0, "a fake that nobody can check costs almost nothing, so a faker nearly always fakes it";
    /// Added to that chance per unit of relief still promised: the more a step unlocks, the more a
    /// faker gains by faking it. Judgment.
    mimic_unlock: f64 = 0.4,
        0.32..=0.48, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of the step's size times the chance a fake is exposed: a costly step
    /// that can be checked is not worth faking. Judgment.
    mimic_cost: f64 = 1.5,
        1.2..=1.8, "±20% of the default: judgment, no study pins it closer";
    /// Political capital gained per unit of a reform step's size when the step is seen taken
    /// (whether or not it was faked), and lost when a promised step is seen missing: a seen
    /// reform gives the sanctioning side room at home. Judgment.
    reform_capital: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Everyday benefits added per unit size of a political reform. Judgment.
    political_reform_benefits: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Everyday benefits added per unit size of humanitarian access, which people feel more
    /// directly than a political reform. Judgment.
    humanitarian_access_benefits: f64 = 2.0,
        1.6..=2.4, "±20% of the default: judgment, no study pins it closer";

    // Response (Axelrod's noise and forgiveness).
    /// Verified clean months in a row before conditional relief is released (a review period).
    review_months: u32 = 4,
        3..=5, "reviews of three to five months: long enough to see a pattern, short enough to keep the target engaged";
    /// Review months with published criteria.
    review_months_with_criteria: u32 = 2,
        1..=2, "published criteria shorten the review, never lengthen it past the shortest review without them";
    /// Level of published criteria at or above which the shorter review period applies. Judgment.
    review_criteria_level: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Chance that a reaction under a snapback clause reverses relief (a breakdown).
    snapback_trigger: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Trust in the target below which the sanctioning side takes relief back at its own
    /// discretion. Judgment.
    discretionary_trust: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Monthly chance that it does, while trust stays below that threshold. Judgment.
    discretionary_rate: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Verified clean months in a row that renew expiring relief (a licence) when it comes up.
    renewal_clean_months: u32 = 1,
        1..=2, "a licence is renewed on the latest clean report, or the last two";

    /// Share of a Bayesian update that the sanctioning side takes in: it moves toward what the
    /// evidence implies, not all the way (Edwards 1968 on conservatism in belief revision).
    belief_weight: f64 = 0.4,
        0.3..=0.5, "in the classic experiments people took in a fifth to a half of what the evidence implied (Phillips and Edwards 1966)";
    /// Political capital lost per unit of relief the target held when its cheating is
    /// verified: the charge at home that relief was given away. Judgment.
    capital_caught: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Tension added when cheating is verified and relief reimposed: the crisis it opens.
    /// Judgment.
    caught_tension: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";

    // Discovery of cheating that went unseen.
    /// Monthly rate at which each unseen violation comes to light through watchdogs, leaks and the
    /// press, with no measure in place. Judgment.
    discovery_watchdog: f64 = 0.01,
        0.008..=0.012, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of a civil society forum: watchdogs with standing. Judgment.
    discovery_forum: f64 = 0.03,
        0.024..=0.036, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of independent audit: audits look back. Judgment.
    discovery_audit: f64 = 0.05,
        0.04..=0.06, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of independent monitoring. Judgment.
    discovery_monitoring: f64 = 0.03,
        0.024..=0.036, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of information exchange. Judgment.
    discovery_information: f64 = 0.02,
        0.016..=0.024, "±20% of the default: judgment, no study pins it closer";
    /// Chance that a discovery would be reported of a sincere target (a mistaken charge), relative
    /// to an insincere one: how much a discovery moves trust. Judgment.
    discovery_false_rate: f64 = 0.05,
        0.04..=0.06, "±20% of the default: judgment, no study pins it closer";

    // The sanctioning side's own politics and the coalition of senders.
    /// The `reneging` assumption is the chance of walking out within this many months.
    reneging_months: f64 = 48.0,
        48.0..=48.0, "a definition (the assumption speaks of four years), not an estimate";
    /// Walking out is 1 + this times likelier at no political capital than at full capital.
    /// Judgment.
    reneging_capital: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";
    /// Share of the other senders' relief whose economic value a withdrawing sender's secondary
    /// sanctions remove, at a withdrawal of size 1 (Iran 2018: European firms left despite the
    /// EU's relief).
    secondary_reach: f64 = 0.6,
        0.48..=0.72, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Tension added by a sender's withdrawal of size 1. Judgment.
    withdrawal_tension: f64 = 2.5,
        2.0..=3.0, "±20% of the default: judgment, no study pins it closer";
    /// Share of the target's trust lost when a sender walks out, per unit of what it took away and
    /// still promised.
    target_trust_withdrawal: f64 = 0.8,
        0.64..=0.96, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of the target's trust lost when a licence lapses. Judgment.
    target_trust_lapse: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";

    // Restart after a breakdown.
    /// Monthly chance that a broken process restarts (talks resume). Judgment.
    restart_rate: f64 = 0.02,
        0.016..=0.024, "±20% of the default: judgment, no study pins it closer";
    /// Share of both sides' trust kept when it restarts. Judgment.
    restart_trust: f64 = 0.8,
        0.64..=0.96, "±20% of the default: judgment, no study pins it closer";

    // The target's trust.
    /// Gain of the target's trust, per unit of relief delivered on time.
    target_trust_on_time: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of that gain when relief comes late (held for verification).
    target_trust_late_share: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Monthly loss of the target's trust per overdue, withheld step while it complies.
    target_trust_withheld: f64 = 0.015,
        0.012..=0.018, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of that monthly loss that fully published criteria remove: the target knows what it
    /// must do. Judgment.
    target_trust_withheld_criteria_cut: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Overdue, withheld relief steps counted at most in that monthly loss. Judgment.
    target_trust_withheld_max_steps: u32 = 3,
        2..=4, "one step either side of the default: judgment";
    /// Factor on the gain of the target's trust when relief is announced openly (transparent).
    /// Judgment.
    target_trust_transparent: f64 = 1.5,
        1.2..=1.8, "±20% of the default: judgment, no study pins it closer";
    /// The gain of the target's trust is multiplied by 1 + this × the level of sponsor guarantees.
    /// Judgment.
    target_trust_guarantee: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Loss of the target's trust when it is punished for a violation it did not commit.
    target_trust_false_alarm: f64 = 0.1,
        0.08..=0.12, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Loss of the target's trust per unit size of a leadership change.
    target_trust_leadership: f64 = 0.4,
        0.32..=0.48, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of the target's trust kept after a breakdown.
    target_trust_after_breakdown: f64 = 0.5,
        0.4..=0.6, "±20% of the default: the sources give its order of magnitude, not its digits";

    // Leverage.
    /// Share of reversible relief that a snapback clause, fully verified, can take back.
    snapback_leverage: f64 = 0.7,
        0.56..=0.84, "±20% of the default: the sources give its order of magnitude, not its digits";

    // Economy (Iran 2016: fast channel in months; Myanmar FDI: slow channel over 1 to 3 years).
    /// Monthly share of the gap closed by fast channels (exports, assets).
    fast_rate: f64 = 0.35,
        0.28..=0.42, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Monthly share of the gap closed by social channels (humanitarian trade, travel).
    social_rate: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Monthly share of the gap closed by the slow channel at zero investor confidence.
    slow_rate_base: f64 = 0.02,
        0.016..=0.024, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Added to the slow channel's rate at full investor confidence.
    slow_rate_confidence: f64 = 0.08,
        0.064..=0.096, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of the full-lifting remainder that runs through the fast channel.
    full_lifting_fast_share: f64 = 0.45,
        0.35..=0.55, "kept low enough that the fast and slow shares never pass 1 together";
    /// Share of the full-lifting remainder that runs through the slow channel.
    full_lifting_slow_share: f64 = 0.4,
        0.3..=0.45, "kept low enough that the fast and slow shares never pass 1 together";
    /// Share of output lost by an economic shock of size 1.
    economic_shock_loss: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Pressure released per unit of a humanitarian exemption (every other kind of relief releases
    /// 1): humanitarian relief costs little leverage. Judgment.
    humanitarian_exemption_pressure: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Everyday benefits added per unit of a humanitarian exemption. Judgment.
    humanitarian_exemption_benefits: f64 = 3.0,
        2.4..=3.6, "±20% of the default: judgment, no study pins it closer";
    /// Everyday benefits added per unit of travel easing. Judgment.
    travel_easing_benefits: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";

    // Investor confidence, which sets the slow channel's rate; clamped to 0..=1.
    /// Investor confidence with nothing in place and no trust or capital. Judgment.
    confidence_base: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// Added to investor confidence per unit of published criteria. Judgment.
    confidence_criteria: f64 = 0.35,
        0.28..=0.42, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of guarantee strength. Judgment.
    confidence_guarantee: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of snapback clause without published criteria, times the share of
    /// criteria missing: a reversal risk nobody can price. Judgment.
    confidence_opaque_snapback: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of the target's trust. Judgment.
    confidence_target_trust: f64 = 0.25,
        0.2..=0.3, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of the sanctioning side's political capital. Judgment.
    confidence_capital: f64 = 0.2,
        0.16..=0.24, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted after a breakdown. Judgment.
    confidence_breakdown: f64 = 0.3,
        0.24..=0.36, "±20% of the default: judgment, no study pins it closer";

    // Legitimacy.
    /// Monthly share of the gap to its support level that legitimacy closes.
    legitimacy_rate: f64 = 0.15,
        0.12..=0.18, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Sponsor engagement past which guarantees read as paternalism.
    paternalism_threshold: f64 = 0.7,
        0.56..=0.84, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Weight of a guarantee step in sponsor engagement, beside the `sponsors` assumption.
    guarantee_sponsorship: f64 = 0.3,
        0.24..=0.36, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// How fast guarantees saturate: strength is 1 − exp(−this × (sponsors + guarantees)).
    guarantee_saturation: f64 = 1.2,
        0.96..=1.44, "±20% of the default: the sources give its order of magnitude, not its digits";

    // Legitimacy's support level, clamped to 0..=1.
    /// The support level with no hardliners, benefits, measures, dependence, recovery or
    /// pressures. Judgment.
    support_base: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted from the support level at full hardliner strength. Judgment.
    support_hardliners: f64 = 0.3,
        0.24..=0.36, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of everyday benefits, up to the cap below. Judgment.
    support_benefits: f64 = 0.3,
        0.24..=0.36, "±20% of the default: judgment, no study pins it closer";
    /// Everyday benefits count up to this much in the support level. Judgment.
    support_benefits_cap: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of grievance redress. Judgment.
    support_grievance: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of a civil society forum. Judgment.
    support_forum: f64 = 0.08,
        0.064..=0.096, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of technical cooperation. Judgment.
    support_cooperation: f64 = 0.05,
        0.04..=0.06, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of dependence on the sanctioned channels, times the share of the
    /// economy not yet recovered: hardship. Judgment.
    support_dependence: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of sponsor engagement past the paternalism threshold. Judgment.
    support_paternalism: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Added per unit of economic recovery. Judgment.
    support_economy: f64 = 0.2,
        0.16..=0.24, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of announced relief that is due but withheld, up to the cap below.
    /// Judgment.
    support_withheld: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
    /// Withheld announced relief counts up to this much in the support level. Judgment.
    support_withheld_cap: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted per unit of tension, up to the cap below. Judgment.
    support_tension: f64 = 0.05,
        0.04..=0.06, "±20% of the default: judgment, no study pins it closer";
    /// Tension counts up to this much in the support level. Judgment.
    support_tension_cap: f64 = 2.0,
        1.6..=2.4, "±20% of the default: judgment, no study pins it closer";
    /// Subtracted after a breakdown. Judgment.
    support_breakdown: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";

    // Political capital.
    /// Political capital at month 0, before anything happens: some room, not a free hand.
    /// Judgment.
    capital_start: f64 = 0.6,
        0.48..=0.72, "±20% of the default: judgment, no study pins it closer";
    /// Monthly gain of political capital per verified clean month (toward 1).
    capital_gain: f64 = 0.02,
        0.016..=0.024, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Monthly loss of political capital per unit of squared unverified relief.
    capital_theater: f64 = 0.08,
        0.064..=0.096, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of the unverified relief stock that each verified clean month retires.
    unverified_decay: f64 = 0.15,
        0.12..=0.18, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Verified clean months in a row after which relief counts as fully verified: relief
    /// given earlier counts in part toward the unverified stock. Judgment.
    track_record_months: f64 = 6.0,
        4.0..=9.0, "a review period or two: what a legislature would call a record";
    /// Share of transparent relief that counts towards the unverified stock (opaque relief counts
    /// in full): published relief draws less of the "tactical theater" charge. Judgment.
    unverified_transparent_share: f64 = 0.7,
        0.56..=0.84, "±20% of the default: judgment, no study pins it closer";

    // Breakdown hazard: h = 1 − exp(−exp(x)).
    /// The baseline of x: the log of the monthly hazard when all pressures are zero.
    hazard_base: f64 = -8.2,
        -8.7..=-7.7, "a log: half a unit either way makes the baseline hazard 0.6 to 1.6 times as large, which spans what the base rates of sanctions episodes allow";
    /// Weight of the sanctioning side's distrust (1 − p).
    hazard_distrust: f64 = 1.2,
        0.96..=1.44, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Weight of the target's distrust (1 − q).
    hazard_target_distrust: f64 = 1.0,
        0.8..=1.2, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Weight of spoiler pressure.
    hazard_spoilers: f64 = 2.5,
        2.0..=3.0, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Weight of lost political capital (1 − K).
    hazard_capital: f64 = 1.5,
        1.2..=1.8, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Weight of the guarantee (subtracted).
    hazard_guarantee: f64 = 1.5,
        1.2..=1.8, "±20% of the default: the sources give its order of magnitude, not its digits";
    /// Share of the neighbours' amplification of spoiler pressure that full regional coordination
    /// removes. Judgment.
    spoiler_pressure_regional_cut: f64 = 0.6,
        0.48..=0.72, "±20% of the default: judgment, no study pins it closer";
    /// Spoiler pressure is multiplied by 1 + this × p(1 − p): uncertainty about the target gives
    /// spoilers room to exploit. Judgment.
    spoiler_pressure_uncertainty: f64 = 2.0,
        1.6..=2.4, "±20% of the default: judgment, no study pins it closer";
    /// Share of that amplification by uncertainty that fully published criteria remove. Judgment.
    spoiler_pressure_criteria_cut: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Share of a shock's tension left after a month.
    tension_persistence: f64 = 0.6,
        0.48..=0.72, "±20% of the default: the sources give its order of magnitude, not its digits";

    // Shocks, per unit of their size.
    /// Tension added by a spoiler attack. Judgment.
    spoiler_attack_tension: f64 = 2.0,
        1.6..=2.4, "±20% of the default: judgment, no study pins it closer";
    /// Legitimacy lost in a spoiler attack. Judgment.
    spoiler_attack_legitimacy: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// Political capital lost in a spoiler attack. Judgment.
    spoiler_attack_capital: f64 = 0.15,
        0.12..=0.18, "±20% of the default: judgment, no study pins it closer";
    /// Political capital lost in a leadership change on the sanctioning side. Judgment.
    leadership_change_capital: f64 = 0.3,
        0.24..=0.36, "±20% of the default: judgment, no study pins it closer";
    /// Tension added by a leadership change. Judgment.
    leadership_change_tension: f64 = 1.0,
        0.8..=1.2, "±20% of the default: judgment, no study pins it closer";
    /// Tension added by a regional crisis, times its exposure (below) plus regional spillover.
    /// Judgment.
    regional_crisis_tension: f64 = 1.5,
        1.2..=1.8, "±20% of the default: judgment, no study pins it closer";
    /// A regional crisis's exposure with no regional spillover: it strains the process even where
    /// neighbours do not amplify it. Judgment.
    regional_crisis_exposure: f64 = 0.5,
        0.4..=0.6, "±20% of the default: judgment, no study pins it closer";
    /// Legitimacy lost in an economic shock. Judgment.
    economic_shock_legitimacy: f64 = 0.1,
        0.08..=0.12, "±20% of the default: judgment, no study pins it closer";
}

/// How much the process leans on outside sponsors: the baseline engagement plus guarantees.
///
/// It lives beside the coefficients rather than in the engine because both the engine
/// (legitimacy's cost of paternalism) and the sequencing checker (its warning about it) need
/// it, and the engine already depends on the checker.
pub(crate) fn sponsorship(a: &crate::Assumptions, p: &Params, guarantees: f64) -> f64 {
    a.sponsors + p.guarantee_sponsorship * guarantees
}
