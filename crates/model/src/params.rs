//! The model's calibration: every constant in one place, each with its meaning and where its
//! value comes from. `docs/model.md` prints this table for readers.

/// The calibration of the model. [`Params::default`] is the product's calibration; tests and
/// sensitivity studies may vary a field, but the page and the command line always use the
/// default.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    // Violations (Fearon's commitment problem, Drezner's conflict expectations).
    /// Monthly chance that a reformer violates by honest error, with no hardliners.
    pub reformer_error: f64,
    /// Added to the reformer's error rate at full hardliner strength.
    pub reformer_error_hardliners: f64,
    /// A spoiler's base monthly chance of a violation.
    pub spoiler_base: f64,
    /// Added to the spoiler's chance at full hardliner strength.
    pub spoiler_hardliners: f64,
    /// Added to the spoiler's chance when it fully distrusts the sanctioning side (q = 0).
    pub spoiler_distrust: f64,
    /// Subtracted when the sanctioning side holds all its leverage and the target fully depends
    /// on the sanctioned channels.
    pub spoiler_leverage: f64,
    /// Subtracted under a snapback clause, times the chance that a violation is seen.
    pub spoiler_deterrence: f64,

    // Verification as signal detection.
    /// Monthly false-alarm rate of rumour and intelligence with no verification in place;
    /// with none, the hit rate equals it and nothing is learned.
    pub rumour_rate: f64,
    /// Hit rate approached as verification coverage approaches 1.
    pub max_hit_rate: f64,
    /// Coverage contributed by continuous independent monitoring.
    pub coverage_monitoring: f64,
    /// Coverage contributed by periodic audits.
    pub coverage_audit: f64,
    /// Coverage contributed by reciprocal information exchange.
    pub coverage_information: f64,
    /// Coverage contributed by a joint investigative committee (it investigates, but mainly
    /// examines alarms).
    pub coverage_committee: f64,
    /// Share of false alarms that audits eliminate.
    pub false_alarm_cut_audit: f64,
    /// Share of false alarms that a joint committee dismisses before anyone reacts.
    pub false_alarm_cut_committee: f64,
    /// Share of false alarms that published criteria remove (fewer disputes over what counts).
    pub false_alarm_cut_criteria: f64,
    /// Share of false alarms that information exchange clears up.
    pub false_alarm_cut_information: f64,

    // Trust (Kydd's Bayesian trust) and costly signals (Osgood's GRIT).
    /// Odds of good faith are multiplied by 1 + η·size·visibility after a target step.
    pub signal_strength: f64,
    /// Visibility of an opaque step per unit of verification coverage (transparent: 1).
    pub opaque_visibility: f64,

    // Response (Axelrod's noise and forgiveness).
    /// Verified clean months in a row before conditional relief is released (a review period).
    pub review_months: u32,
    /// Review months with published criteria.
    pub review_months_with_criteria: u32,
    /// Chance that a reaction under a snapback clause reverses relief (a breakdown).
    pub snapback_trigger: f64,

    // The target's trust.
    /// Gain of the target's trust, per unit of relief delivered on time.
    pub target_trust_on_time: f64,
    /// Share of that gain when relief comes late (held for verification).
    pub target_trust_late_share: f64,
    /// Monthly loss of the target's trust per overdue, withheld step while it complies.
    pub target_trust_withheld: f64,
    /// Loss of the target's trust when it is punished for a violation it did not commit.
    pub target_trust_false_alarm: f64,
    /// Loss of the target's trust per unit size of a leadership change.
    pub target_trust_leadership: f64,
    /// Share of the target's trust kept after a breakdown.
    pub target_trust_after_breakdown: f64,

    // Leverage.
    /// Share of reversible relief that a snapback clause, fully verified, can take back.
    pub snapback_leverage: f64,

    // Economy (Iran 2016: fast channel in months; Myanmar FDI: slow channel over 1 to 3 years).
    /// Monthly share of the gap closed by fast channels (exports, assets).
    pub fast_rate: f64,
    /// Monthly share of the gap closed by social channels (humanitarian trade, travel).
    pub social_rate: f64,
    /// Monthly share of the gap closed by the slow channel at zero investor confidence.
    pub slow_rate_base: f64,
    /// Added to the slow channel's rate at full investor confidence.
    pub slow_rate_confidence: f64,
    /// Share of the full-lifting remainder that runs through the fast channel.
    pub full_lifting_fast_share: f64,
    /// Share of the full-lifting remainder that runs through the slow channel.
    pub full_lifting_slow_share: f64,
    /// Share of output lost by an economic shock of size 1.
    pub economic_shock_loss: f64,

    // Legitimacy.
    /// Monthly share of the gap to its support level that legitimacy closes.
    pub legitimacy_rate: f64,
    /// Sponsor engagement past which guarantees read as paternalism.
    pub paternalism_threshold: f64,
    /// Weight of a guarantee step in sponsor engagement, beside the `sponsors` assumption.
    pub guarantee_sponsorship: f64,
    /// How fast guarantees saturate: strength is 1 − exp(−this × (sponsors + guarantees)).
    pub guarantee_saturation: f64,

    // Political capital.
    /// Monthly gain of political capital per verified clean month (toward 1).
    pub capital_gain: f64,
    /// Monthly loss of political capital per unit of squared unverified relief.
    pub capital_theater: f64,
    /// Share of the unverified relief stock that each verified clean month retires.
    pub unverified_decay: f64,

    // Breakdown hazard: h = 1 − exp(−exp(x)).
    /// The baseline of x: the log of the monthly hazard when all pressures are zero.
    pub hazard_base: f64,
    /// Weight of the sanctioning side's distrust (1 − p).
    pub hazard_distrust: f64,
    /// Weight of the target's distrust (1 − q).
    pub hazard_target_distrust: f64,
    /// Weight of spoiler pressure.
    pub hazard_spoilers: f64,
    /// Weight of lost political capital (1 − K).
    pub hazard_capital: f64,
    /// Weight of the guarantee (subtracted).
    pub hazard_guarantee: f64,
    /// Share of a shock's tension left after a month.
    pub tension_persistence: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            reformer_error: 0.01,
            reformer_error_hardliners: 0.02,
            spoiler_base: 0.12,
            spoiler_hardliners: 0.25,
            spoiler_distrust: 0.2,
            spoiler_leverage: 0.2,
            spoiler_deterrence: 0.3,

            rumour_rate: 0.1,
            max_hit_rate: 0.85,
            coverage_monitoring: 0.7,
            coverage_audit: 0.4,
            coverage_information: 0.3,
            coverage_committee: 0.2,
            false_alarm_cut_audit: 0.5,
            false_alarm_cut_committee: 0.6,
            false_alarm_cut_criteria: 0.3,
            false_alarm_cut_information: 0.2,

            signal_strength: 3.0,
            opaque_visibility: 0.5,

            review_months: 4,
            review_months_with_criteria: 2,
            snapback_trigger: 0.5,

            target_trust_on_time: 0.5,
            target_trust_late_share: 0.5,
            target_trust_withheld: 0.015,
            target_trust_false_alarm: 0.1,
            target_trust_leadership: 0.4,
            target_trust_after_breakdown: 0.5,

            snapback_leverage: 0.7,

            fast_rate: 0.35,
            social_rate: 0.3,
            slow_rate_base: 0.02,
            slow_rate_confidence: 0.08,
            full_lifting_fast_share: 0.45,
            full_lifting_slow_share: 0.4,
            economic_shock_loss: 0.3,

            legitimacy_rate: 0.15,
            paternalism_threshold: 0.7,
            guarantee_sponsorship: 0.3,
            guarantee_saturation: 1.2,

            capital_gain: 0.02,
            capital_theater: 0.08,
            unverified_decay: 0.15,

            hazard_base: -8.0,
            hazard_distrust: 1.2,
            hazard_target_distrust: 1.0,
            hazard_spoilers: 2.5,
            hazard_capital: 1.5,
            hazard_guarantee: 1.2,
            tension_persistence: 0.6,
        }
    }
}
