//! The scenario: what the user builds. These types mirror `relief-scenario/1`
//! (see `docs/scenario-format.md`, the public contract), already validated: every value here is in range.

/// The version tag every scenario document carries.
pub const SCENARIO_FORMAT: &str = "relief-scenario/1";

/// Limits from the public format. They also keep the page responsive.
pub mod limits {
    /// Fewest months a scenario may project.
    pub const MIN_HORIZON: u32 = 6;
    /// Most months a scenario may project.
    pub const MAX_HORIZON: u32 = 240;
    /// Most Monte Carlo runs in one ensemble.
    pub const MAX_RUNS: u32 = 100_000;
    /// Largest seed: seeds must survive a round trip through a JavaScript number.
    pub const MAX_SEED: u64 = (1 << 53) - 1;
    /// Most steps in one scenario.
    pub const MAX_STEPS: usize = 200;
    /// Most shocks in one scenario.
    pub const MAX_SHOCKS: usize = 50;
    /// Longest title, in characters.
    pub const MAX_TITLE_CHARS: usize = 200;
    /// Longest description, in characters.
    pub const MAX_DESCRIPTION_CHARS: usize = 4000;
    /// Most sources.
    pub const MAX_SOURCES: usize = 30;
    /// Longest source title or URL, in characters.
    pub const MAX_SOURCE_CHARS: usize = 1000;
    /// Most senders in a coalition.
    pub const MAX_SENDERS: usize = 8;
    /// Longest sender name, in characters.
    pub const MAX_SENDER_CHARS: usize = 40;
}

/// A whole scenario: the horizon, the ensemble's size and seed, the assumptions,
/// and the steps and shocks on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Shown to the reader; never interpreted as markup.
    pub title: String,
    /// What the scenario shows and why, in plain text.
    pub description: String,
    /// Where its milestones and assumptions come from.
    pub sources: Vec<Source>,
    /// Months projected, month 0 included (so there are `horizon_months + 1` points).
    pub horizon_months: u32,
    /// Monte Carlo runs in the ensemble.
    pub runs: u32,
    /// The same scenario and seed give the same projection, bit for bit.
    pub seed: u64,
    /// Whether the projection also shows the model's own uncertainty: a second ensemble of
    /// the same runs in which each run draws the model's coefficients from their plausible
    /// ranges. The first ensemble, luck alone, is the same either way. False in every
    /// scenario written before it existed.
    pub parameter_uncertainty: bool,
    /// The sanctioning parties acting together (for example the US, the EU and the UN), by
    /// name. Empty means one sanctioning side, as in every scenario written before senders
    /// existed. Steps and shocks name their sender by its index here.
    pub senders: Vec<String>,
    /// The assumptions, each in 0..=1.
    pub assumptions: Assumptions,
    /// Steps on the timeline, in the order the user wrote them.
    pub steps: Vec<Step>,
    /// Shocks on the timeline, in the order the user wrote them.
    pub shocks: Vec<Shock>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            title: String::new(),
            description: String::new(),
            sources: Vec::new(),
            horizon_months: 48,
            runs: 1000,
            seed: 1,
            parameter_uncertainty: false,
            senders: Vec::new(),
            assumptions: Assumptions::default(),
            steps: Vec::new(),
            shocks: Vec::new(),
        }
    }
}

/// A source for a scenario's milestones or assumptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The source's title as a reader would cite it.
    pub title: String,
    /// Where to find it, if it is online.
    pub url: Option<String>,
}

/// The assumptions of the format. Each is a number in 0..=1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumptions {
    /// Probability that the target truly intends to comply (its hidden type, drawn per run).
    pub good_faith: f64,
    /// The sanctioning side's prior belief that the target is acting in good faith.
    pub initial_trust: f64,
    /// The target's prior belief that relief, once promised, will be delivered and kept.
    pub target_trust: f64,
    /// Strength of spoilers and hardliners on both sides.
    pub hardliners: f64,
    /// Share of the target's lost output that sanctioned channels account for.
    pub dependence: f64,
    /// Baseline engagement of third-party guarantors.
    pub sponsors: f64,
    /// How strongly neighbours react to, amplify or exploit the process.
    pub regional_spillover: f64,
    /// The sanctioning side's forgiveness of a flagged violation (0 strict, 1 never reacts).
    pub generosity: f64,
    /// How likely the sanctioning side's own politics turn against the deal within four years:
    /// a new government or legislature that reneges and walks out.
    pub reneging: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            good_faith: 0.5,
            initial_trust: 0.25,
            target_trust: 0.3,
            hardliners: 0.4,
            dependence: 0.6,
            sponsors: 0.2,
            regional_spillover: 0.3,
            generosity: 0.3,
            reneging: 0.1,
        }
    }
}

/// One assumption, by name: lets the page, the command line and tests walk all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Assumption {
    /// See [`Assumptions::good_faith`].
    GoodFaith,
    /// See [`Assumptions::initial_trust`].
    InitialTrust,
    /// See [`Assumptions::target_trust`].
    TargetTrust,
    /// See [`Assumptions::hardliners`].
    Hardliners,
    /// See [`Assumptions::dependence`].
    Dependence,
    /// See [`Assumptions::sponsors`].
    Sponsors,
    /// See [`Assumptions::regional_spillover`].
    RegionalSpillover,
    /// See [`Assumptions::generosity`].
    Generosity,
    /// See [`Assumptions::reneging`].
    Reneging,
}

impl Assumption {
    /// All of them, in the order of the format's table.
    pub const ALL: [Assumption; 9] = [
        Assumption::GoodFaith,
        Assumption::InitialTrust,
        Assumption::TargetTrust,
        Assumption::Hardliners,
        Assumption::Dependence,
        Assumption::Sponsors,
        Assumption::RegionalSpillover,
        Assumption::Generosity,
        Assumption::Reneging,
    ];

    /// The field's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Assumption::GoodFaith => "good_faith",
            Assumption::InitialTrust => "initial_trust",
            Assumption::TargetTrust => "target_trust",
            Assumption::Hardliners => "hardliners",
            Assumption::Dependence => "dependence",
            Assumption::Sponsors => "sponsors",
            Assumption::RegionalSpillover => "regional_spillover",
            Assumption::Generosity => "generosity",
            Assumption::Reneging => "reneging",
        }
    }

    /// A short label for a slider.
    pub fn label(self) -> &'static str {
        match self {
            Assumption::GoodFaith => "Good faith",
            Assumption::InitialTrust => "Trust in the target at the start",
            Assumption::TargetTrust => "Target's trust at the start",
            Assumption::Hardliners => "Hardliners",
            Assumption::Dependence => "Dependence",
            Assumption::Sponsors => "Sponsors",
            Assumption::RegionalSpillover => "Regional spillover",
            Assumption::Generosity => "Generosity",
            Assumption::Reneging => "Reneging at home",
        }
    }

    /// What the assumption means, in one plain sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            Assumption::GoodFaith => {
                "How likely the target really means to comply. Each run draws the answer in secret."
            }
            Assumption::InitialTrust => {
                "How much the sanctioning side believes the target's good faith at the start."
            }
            Assumption::TargetTrust => {
                "How much the target believes promised relief will come and stay."
            }
            Assumption::Hardliners => "How strong the spoilers and hardliners are, on both sides.",
            Assumption::Dependence => {
                "How much of the target's lost output runs through sanctioned channels: the bite of the pressure."
            }
            Assumption::Sponsors => {
                "How engaged neutral guarantors (multilateral bodies, trusted allies) are from the start."
            }
            Assumption::RegionalSpillover => {
                "How strongly neighbours react to, amplify or exploit the process."
            }
            Assumption::Generosity => {
                "How often the sanctioning side forgives a flagged violation instead of reacting (0: never)."
            }
            Assumption::Reneging => {
                "How likely the sanctioning side's own politics turn against the deal within four years: a new government or legislature walks out."
            }
        }
    }

    /// Reads this assumption's value.
    pub fn get(self, a: &Assumptions) -> f64 {
        match self {
            Assumption::GoodFaith => a.good_faith,
            Assumption::InitialTrust => a.initial_trust,
            Assumption::TargetTrust => a.target_trust,
            Assumption::Hardliners => a.hardliners,
            Assumption::Dependence => a.dependence,
            Assumption::Sponsors => a.sponsors,
            Assumption::RegionalSpillover => a.regional_spillover,
            Assumption::Generosity => a.generosity,
            Assumption::Reneging => a.reneging,
        }
    }

    /// Sets this assumption's value (the caller keeps it in 0..=1).
    pub fn set(self, a: &mut Assumptions, value: f64) {
        let slot = match self {
            Assumption::GoodFaith => &mut a.good_faith,
            Assumption::InitialTrust => &mut a.initial_trust,
            Assumption::TargetTrust => &mut a.target_trust,
            Assumption::Hardliners => &mut a.hardliners,
            Assumption::Dependence => &mut a.dependence,
            Assumption::Sponsors => &mut a.sponsors,
            Assumption::RegionalSpillover => &mut a.regional_spillover,
            Assumption::Generosity => &mut a.generosity,
            Assumption::Reneging => &mut a.reneging,
        };
        *slot = value;
    }

    /// Finds an assumption by its JSON name.
    pub fn from_key(key: &str) -> Option<Assumption> {
        Assumption::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// One step on the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// What the step is.
    pub kind: StepKind,
    /// The month it is planned for (a conditional step may come later).
    pub month: u32,
    /// Its size in 0..=1; for relief, the share of all sanctions it relieves.
    pub size: f64,
    /// Waits at or after its month until the sanctioning side has seen verified compliance.
    pub conditional: bool,
    /// Announced with published criteria.
    pub transparent: bool,
    /// Which sender gives this relief: an index into [`Scenario::senders`]. `None` is the
    /// first sender, or the one sanctioning side when there are no named senders.
    pub sender: Option<u8>,
    /// For relief: it lapses this many months after it is given unless verified compliance
    /// renews it, like a licence. `None` never lapses.
    pub expires_after: Option<u32>,
}

impl Step {
    /// A step of `kind` at `month` with the kind's default size, unconditional and opaque.
    pub fn new(kind: StepKind, month: u32) -> Step {
        Step {
            kind,
            month,
            size: kind.default_size(),
            conditional: false,
            transparent: false,
            sender: None,
            expires_after: None,
        }
    }
}

/// Who takes a step: the lanes of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// The side that imposed the sanctions.
    SanctioningSide,
    /// The sanctioned government.
    Target,
    /// Both sides together.
    Both,
    /// Monitors, guarantors, multilateral bodies.
    ThirdParty,
    /// Civil society, watchdogs and communities.
    CivilSociety,
    /// Neighbouring states.
    Neighbours,
}

impl Actor {
    /// A short label for the lane or the chip.
    pub fn label(self) -> &'static str {
        match self {
            Actor::SanctioningSide => "Sanctioning side",
            Actor::Target => "Target",
            Actor::Both => "Both sides",
            Actor::ThirdParty => "Third parties",
            Actor::CivilSociety => "Civil society",
            Actor::Neighbours => "Neighbours",
        }
    }
}

/// The broad role a step plays in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepRole {
    /// Sanctions relief delivered to the target.
    Relief,
    /// A costly, visible move by the target.
    Reform,
    /// A confidence-building measure: verification, guarantees, participation.
    Confidence,
}

macro_rules! step_kinds {
    ($( $variant:ident = $key:literal, $label:literal, $actor:ident, $role:ident, $size:literal, $explain:literal; )*) => {
        /// Every kind of step in `relief-scenario/1`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum StepKind {
            $(
                #[doc = $explain]
                $variant,
            )*
        }

        impl StepKind {
            /// All kinds, in the order of the format's table.
            pub const ALL: &'static [StepKind] = &[$(StepKind::$variant),*];

            /// The kind's name in JSON.
            pub fn key(self) -> &'static str {
                match self { $(StepKind::$variant => $key,)* }
            }

            /// A short label for a chip.
            pub fn label(self) -> &'static str {
                match self { $(StepKind::$variant => $label,)* }
            }

            /// Who takes the step.
            pub fn actor(self) -> Actor {
                match self { $(StepKind::$variant => Actor::$actor,)* }
            }

            /// The role the step plays in the model.
            pub fn role(self) -> StepRole {
                match self { $(StepKind::$variant => StepRole::$role,)* }
            }

            /// The size a step of this kind takes when none is given.
            pub fn default_size(self) -> f64 {
                match self { $(StepKind::$variant => $size,)* }
            }

            /// What the step is, in one plain sentence.
            pub fn explanation(self) -> &'static str {
                match self { $(StepKind::$variant => $explain,)* }
            }

            /// Finds a kind by its JSON name.
            pub fn from_key(key: &str) -> Option<StepKind> {
                match key { $($key => Some(StepKind::$variant),)* _ => None }
            }
        }
    };
}

step_kinds! {
    HumanitarianExemption = "humanitarian_exemption", "Humanitarian exemption", SanctioningSide, Relief, 0.1,
        "Relief for medicine, food and humanitarian trade: visible everyday benefits at little cost in leverage.";
    SectoralEasing = "sectoral_easing", "Sectoral easing", SanctioningSide, Relief, 0.3,
        "A sector reopened, such as oil exports: a fast economic channel that pays off within months.";
    FinancialChannels = "financial_channels", "Financial channels", SanctioningSide, Relief, 0.3,
        "Banking and payment channels restored: a slow channel that pays off over years as investors gain confidence.";
    TravelEasing = "travel_easing", "Travel easing", SanctioningSide, Relief, 0.05,
        "Travel restrictions eased: small, visible, and easy to reverse.";
    AssetUnfreezing = "asset_unfreezing", "Asset unfreezing", SanctioningSide, Relief, 0.2,
        "Frozen assets released: quick money for the target, hard to take back.";
    FullLifting = "full_lifting", "Full lifting", SanctioningSide, Relief, 1.0,
        "All remaining sanctions lifted (its size is the share of what remains).";
    ComplianceStep = "compliance_step", "Compliance step", Target, Reform, 0.3,
        "A costly, verifiable step toward the demands, such as dismantling or handing over.";
    PoliticalReform = "political_reform", "Political reform", Target, Reform, 0.3,
        "Prisoners released, elections held, rights restored.";
    HumanitarianAccess = "humanitarian_access", "Humanitarian access", Target, Reform, 0.2,
        "Aid agencies let in: a visible benefit for ordinary people.";
    IndependentMonitoring = "independent_monitoring", "Independent monitoring", ThirdParty, Confidence, 1.0,
        "Continuous monitoring by a third party: a real violation is much more likely to be seen.";
    IndependentAudit = "independent_audit", "Independent audit", ThirdParty, Confidence, 1.0,
        "Periodic audits: fewer false alarms and fewer missed violations.";
    JointCommittee = "joint_committee", "Joint committee", Both, Confidence, 1.0,
        "A joint investigative committee examines alarms before anyone reacts.";
    InformationExchange = "information_exchange", "Information exchange", Both, Confidence, 1.0,
        "Reciprocal access to information: each side sees more of what the other does.";
    PublishedCriteria = "published_criteria", "Published criteria", SanctioningSide, Confidence, 1.0,
        "Explicit, published criteria for compliance, who verifies, and how disputes are settled.";
    SnapbackClause = "snapback_clause", "Snapback clause", SanctioningSide, Confidence, 1.0,
        "Relief reverses automatically on a confirmed violation: deterrence that keeps leverage.";
    SponsorGuarantee = "sponsor_guarantee", "Sponsor guarantee", ThirdParty, Confidence, 1.0,
        "A neutral guarantee by a multilateral body or a trusted ally.";
    GrievanceRedress = "grievance_redress", "Grievance redress", CivilSociety, Confidence, 1.0,
        "Channels for complaints and redress, run with the target and civil society.";
    CivilSocietyForum = "civil_society_forum", "Civil society forum", CivilSociety, Confidence, 1.0,
        "Watchdogs take part and communities are heard.";
    TechnicalCooperation = "technical_cooperation", "Technical cooperation", Both, Confidence, 1.0,
        "Joint technical projects that build working ties.";
    RegionalCoordination = "regional_coordination", "Regional coordination", Neighbours, Confidence, 1.0,
        "Neighbours synchronize messages, share data and agree on standards.";
}

impl StepKind {
    /// True for the steps that deliver sanctions relief.
    pub fn is_relief(self) -> bool {
        self.role() == StepRole::Relief
    }

    /// True for the steps that let the sanctioning side verify what the target does.
    pub fn is_verification(self) -> bool {
        matches!(
            self,
            StepKind::IndependentMonitoring
                | StepKind::IndependentAudit
                | StepKind::JointCommittee
                | StepKind::InformationExchange
        )
    }
}

/// One shock on the timeline: an event nobody in the process chose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shock {
    /// What happens.
    pub kind: ShockKind,
    /// The month it happens in.
    pub month: u32,
    /// How hard it hits, in 0..=1.
    pub size: f64,
    /// For a sender's withdrawal: which sender walks out, an index into
    /// [`Scenario::senders`]. `None` is the first sender, or the one sanctioning side.
    pub sender: Option<u8>,
}

/// Every kind of shock in `relief-scenario/1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShockKind {
    /// Spoilers strike to derail the process.
    SpoilerAttack,
    /// A new leadership takes over on the sanctioning side.
    LeadershipChange,
    /// A crisis in the region.
    RegionalCrisis,
    /// A blow to the target's economy from outside the process.
    EconomicShock,
    /// One sanctioning party walks out and reimposes its sanctions.
    SenderWithdrawal,
}

impl ShockKind {
    /// All kinds, in the order of the format.
    pub const ALL: &'static [ShockKind] = &[
        ShockKind::SpoilerAttack,
        ShockKind::LeadershipChange,
        ShockKind::RegionalCrisis,
        ShockKind::EconomicShock,
        ShockKind::SenderWithdrawal,
    ];

    /// The kind's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            ShockKind::SpoilerAttack => "spoiler_attack",
            ShockKind::LeadershipChange => "leadership_change",
            ShockKind::RegionalCrisis => "regional_crisis",
            ShockKind::EconomicShock => "economic_shock",
            ShockKind::SenderWithdrawal => "sender_withdrawal",
        }
    }

    /// A short label for a chip.
    pub fn label(self) -> &'static str {
        match self {
            ShockKind::SpoilerAttack => "Spoiler attack",
            ShockKind::LeadershipChange => "Leadership change",
            ShockKind::RegionalCrisis => "Regional crisis",
            ShockKind::EconomicShock => "Economic shock",
            ShockKind::SenderWithdrawal => "Sender walks out",
        }
    }

    /// What the shock does, in one plain sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            ShockKind::SpoilerAttack => {
                "Spoilers strike to derail the process: support drops and breakdown becomes likelier."
            }
            ShockKind::LeadershipChange => {
                "New leaders on the sanctioning side: the target doubts that promises will be kept."
            }
            ShockKind::RegionalCrisis => {
                "A crisis next door: neighbours and spoilers exploit the uncertainty."
            }
            ShockKind::EconomicShock => {
                "A blow to the target's economy from outside the process: hardship erodes support."
            }
            ShockKind::SenderWithdrawal => {
                "One sanctioning party walks out and reimposes its sanctions; its size is how far its secondary sanctions reach the others' relief."
            }
        }
    }

    /// The size a shock of this kind takes when none is given.
    pub fn default_size(self) -> f64 {
        0.5
    }

    /// Finds a kind by its JSON name.
    pub fn from_key(key: &str) -> Option<ShockKind> {
        ShockKind::ALL.iter().copied().find(|k| k.key() == key)
    }
}
