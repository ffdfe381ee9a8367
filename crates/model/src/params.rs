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
    /// The lowest monthly chance of a spoiler's violation, however strong the deterrence: a
    /// spoiler always has some reason to defect. Judgment; must not exceed the ceiling.
    pub spoiler_rate_floor: f64,
    /// The highest monthly chance of a spoiler's violation, however strong the pressures: even
    /// a spoiler complies in some months. Judgment.
    pub spoiler_rate_ceiling: f64,

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
    /// Political capital gained per unit of a reform step's size times its visibility: a seen
    /// reform gives the sanctioning side room at home. Judgment.
    pub reform_capital: f64,
    /// Everyday benefits added per unit size of a political reform. Judgment.
    pub political_reform_benefits: f64,
    /// Everyday benefits added per unit size of humanitarian access, which people feel more
    /// directly than a political reform. Judgment.
    pub humanitarian_access_benefits: f64,

    // Response (Axelrod's noise and forgiveness).
    /// Verified clean months in a row before conditional relief is released (a review period).
    pub review_months: u32,
    /// Review months with published criteria.
    pub review_months_with_criteria: u32,
    /// Level of published criteria at or above which the shorter review period applies.
    /// Judgment.
    pub review_criteria_level: f64,
    /// Chance that a reaction under a snapback clause reverses relief (a breakdown).
    pub snapback_trigger: f64,

    // The target's trust.
    /// Gain of the target's trust, per unit of relief delivered on time.
    pub target_trust_on_time: f64,
    /// Share of that gain when relief comes late (held for verification).
    pub target_trust_late_share: f64,
    /// Monthly loss of the target's trust per overdue, withheld step while it complies.
    pub target_trust_withheld: f64,
    /// Share of that monthly loss that fully published criteria remove: the target knows what
    /// it must do. Judgment.
    pub target_trust_withheld_criteria_cut: f64,
    /// Overdue, withheld relief steps counted at most in that monthly loss. Judgment.
    pub target_trust_withheld_max_steps: u32,
    /// Factor on the gain of the target's trust when relief is announced openly (transparent).
    /// Judgment.
    pub target_trust_transparent: f64,
    /// The gain of the target's trust is multiplied by 1 + this × the level of sponsor
    /// guarantees. Judgment.
    pub target_trust_guarantee: f64,
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
    /// Pressure released per unit of a humanitarian exemption (every other kind of relief
    /// releases 1): humanitarian relief costs little leverage. Judgment.
    pub humanitarian_exemption_pressure: f64,
    /// Everyday benefits added per unit of a humanitarian exemption. Judgment.
    pub humanitarian_exemption_benefits: f64,
    /// Everyday benefits added per unit of travel easing. Judgment.
    pub travel_easing_benefits: f64,

    // Investor confidence, which sets the slow channel's rate; clamped to 0..=1.
    /// Investor confidence with nothing in place and no trust or capital. Judgment.
    pub confidence_base: f64,
    /// Added to investor confidence per unit of published criteria. Judgment.
    pub confidence_criteria: f64,
    /// Added per unit of guarantee strength. Judgment.
    pub confidence_guarantee: f64,
    /// Subtracted per unit of snapback clause without published criteria, times the share of
    /// criteria missing: a reversal risk nobody can price. Judgment.
    pub confidence_opaque_snapback: f64,
    /// Added per unit of the target's trust. Judgment.
    pub confidence_target_trust: f64,
    /// Added per unit of the sanctioning side's political capital. Judgment.
    pub confidence_capital: f64,
    /// Subtracted after a breakdown. Judgment.
    pub confidence_breakdown: f64,

    // Legitimacy.
    /// Monthly share of the gap to its support level that legitimacy closes.
    pub legitimacy_rate: f64,
    /// Sponsor engagement past which guarantees read as paternalism.
    pub paternalism_threshold: f64,
    /// Weight of a guarantee step in sponsor engagement, beside the `sponsors` assumption.
    pub guarantee_sponsorship: f64,
    /// How fast guarantees saturate: strength is 1 − exp(−this × (sponsors + guarantees)).
    pub guarantee_saturation: f64,

    // Legitimacy's support level, clamped to 0..=1.
    /// The support level with no hardliners, benefits, measures, dependence, recovery or
    /// pressures. Judgment.
    pub support_base: f64,
    /// Subtracted from the support level at full hardliner strength. Judgment.
    pub support_hardliners: f64,
    /// Added per unit of everyday benefits, up to the cap below. Judgment.
    pub support_benefits: f64,
    /// Everyday benefits count up to this much in the support level. Judgment.
    pub support_benefits_cap: f64,
    /// Added per unit of grievance redress. Judgment.
    pub support_grievance: f64,
    /// Added per unit of a civil society forum. Judgment.
    pub support_forum: f64,
    /// Added per unit of technical cooperation. Judgment.
    pub support_cooperation: f64,
    /// Subtracted per unit of dependence on the sanctioned channels, times the share of the
    /// economy not yet recovered: hardship. Judgment.
    pub support_dependence: f64,
    /// Subtracted per unit of sponsor engagement past the paternalism threshold. Judgment.
    pub support_paternalism: f64,
    /// Added per unit of economic recovery. Judgment.
    pub support_economy: f64,
    /// Subtracted per unit of announced relief that is due but withheld, up to the cap below.
    /// Judgment.
    pub support_withheld: f64,
    /// Withheld announced relief counts up to this much in the support level. Judgment.
    pub support_withheld_cap: f64,
    /// Subtracted per unit of tension, up to the cap below. Judgment.
    pub support_tension: f64,
    /// Tension counts up to this much in the support level. Judgment.
    pub support_tension_cap: f64,
    /// Subtracted after a breakdown. Judgment.
    pub support_breakdown: f64,

    // Political capital.
    /// Political capital at month 0, before anything happens: some room, not a free hand.
    /// Judgment.
    pub capital_start: f64,
    /// Monthly gain of political capital per verified clean month (toward 1).
    pub capital_gain: f64,
    /// Monthly loss of political capital per unit of squared unverified relief.
    pub capital_theater: f64,
    /// Share of the unverified relief stock that each verified clean month retires.
    pub unverified_decay: f64,
    /// Share of transparent relief that counts towards the unverified stock (opaque relief
    /// counts in full): published relief draws less of the "tactical theater" charge.
    /// Judgment.
    pub unverified_transparent_share: f64,

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
    /// Share of the neighbours' amplification of spoiler pressure that full regional
    /// coordination removes. Judgment.
    pub spoiler_pressure_regional_cut: f64,
    /// Spoiler pressure is multiplied by 1 + this × p(1 − p): uncertainty about the target
    /// gives spoilers room to exploit. Judgment.
    pub spoiler_pressure_uncertainty: f64,
    /// Share of that amplification by uncertainty that fully published criteria remove.
    /// Judgment.
    pub spoiler_pressure_criteria_cut: f64,
    /// Share of a shock's tension left after a month.
    pub tension_persistence: f64,

    // Shocks, per unit of their size.
    /// Tension added by a spoiler attack. Judgment.
    pub spoiler_attack_tension: f64,
    /// Legitimacy lost in a spoiler attack. Judgment.
    pub spoiler_attack_legitimacy: f64,
    /// Political capital lost in a spoiler attack. Judgment.
    pub spoiler_attack_capital: f64,
    /// Political capital lost in a leadership change on the sanctioning side. Judgment.
    pub leadership_change_capital: f64,
    /// Tension added by a leadership change. Judgment.
    pub leadership_change_tension: f64,
    /// Tension added by a regional crisis, times its exposure (below) plus regional
    /// spillover. Judgment.
    pub regional_crisis_tension: f64,
    /// A regional crisis's exposure with no regional spillover: it strains the process even
    /// where neighbours do not amplify it. Judgment.
    pub regional_crisis_exposure: f64,
    /// Legitimacy lost in an economic shock. Judgment.
    pub economic_shock_legitimacy: f64,
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
            spoiler_rate_floor: 0.02,
            spoiler_rate_ceiling: 0.9,

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
            reform_capital: 0.1,
            political_reform_benefits: 0.5,
            humanitarian_access_benefits: 2.0,

            review_months: 4,
            review_months_with_criteria: 2,
            review_criteria_level: 0.5,
            snapback_trigger: 0.5,

            target_trust_on_time: 0.5,
            target_trust_late_share: 0.5,
            target_trust_withheld: 0.015,
            target_trust_withheld_criteria_cut: 0.5,
            target_trust_withheld_max_steps: 3,
            target_trust_transparent: 1.5,
            target_trust_guarantee: 0.5,
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
            humanitarian_exemption_pressure: 0.5,
            humanitarian_exemption_benefits: 3.0,
            travel_easing_benefits: 1.0,

            confidence_base: 0.15,
            confidence_criteria: 0.25,
            confidence_guarantee: 0.15,
            confidence_opaque_snapback: 0.1,
            confidence_target_trust: 0.25,
            confidence_capital: 0.2,
            confidence_breakdown: 0.3,

            legitimacy_rate: 0.15,
            paternalism_threshold: 0.7,
            guarantee_sponsorship: 0.3,
            guarantee_saturation: 1.2,

            support_base: 0.5,
            support_hardliners: 0.3,
            support_benefits: 0.3,
            support_benefits_cap: 1.0,
            support_grievance: 0.1,
            support_forum: 0.08,
            support_cooperation: 0.05,
            support_dependence: 0.15,
            support_paternalism: 0.5,
            support_economy: 0.2,
            support_withheld: 0.1,
            support_withheld_cap: 1.0,
            support_tension: 0.05,
            support_tension_cap: 2.0,
            support_breakdown: 0.15,

            capital_start: 0.6,
            capital_gain: 0.02,
            capital_theater: 0.08,
            unverified_decay: 0.15,
            unverified_transparent_share: 0.7,

            hazard_base: -8.0,
            hazard_distrust: 1.2,
            hazard_target_distrust: 1.0,
            hazard_spoilers: 2.5,
            hazard_capital: 1.5,
            hazard_guarantee: 1.2,
            spoiler_pressure_regional_cut: 0.6,
            spoiler_pressure_uncertainty: 2.0,
            spoiler_pressure_criteria_cut: 0.5,
            tension_persistence: 0.6,

            spoiler_attack_tension: 2.0,
            spoiler_attack_legitimacy: 0.15,
            spoiler_attack_capital: 0.15,
            leadership_change_capital: 0.3,
            leadership_change_tension: 1.0,
            regional_crisis_tension: 1.5,
            regional_crisis_exposure: 0.5,
            economic_shock_legitimacy: 0.1,
        }
    }
}
