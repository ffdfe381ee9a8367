//! Workshop exercises: what a facilitator sets up, and what each team hands back.
//!
//! An exercise (`relief-exercise/1`) is a starting scenario, 2 to 8 named teams, each with a
//! lock on what it may change, and news "injects": shocks with a headline and a short text,
//! each tied to a month. It travels as one link fragment, `w1.` followed by the exercise's
//! JSON deflated and written in base64url, by the model's link codec that writes scenario
//! links (`s1.`). A team's sequence travels back the same way as a `relief-team/1` document behind
//! `t1.`, or as that document in a file. The site stays static: links and files carry
//! everything.
//!
//! This module holds the two formats' types and limits and how an exercise is played; reading
//! them is in [`crate::reading`], writing them (as JSON and as links) in [`crate::writing`],
//! and what a team changed outside its lock in [`crate::remarks`].
//!
//! Plain Rust, tested natively (`cargo test -p relief-workshop --lib`) and in the browser.

use relief_model::{LinkFormat, Scenario, Shock, ShockKind, StepKind, StepRole};
use relief_web::language::sentence;

use crate::writing::exercise_to_value;

templates! {
    EXERCISE_TEMPLATES;
    LOCK_EVERYTHING = "workshop-lock-everything": "Every step";
    LOCK_SANCTIONING = "workshop-lock-sanctioning": "Only the sanctioning side's steps";
    LOCK_TARGET = "workshop-lock-target": "Only the target's steps";
    LOCK_CONFIDENCE = "workshop-lock-confidence": "Only confidence-building measures";
    LOCK_EVERYTHING_INLINE = "workshop-lock-everything-inline": "every step";
    LOCK_SANCTIONING_INLINE = "workshop-lock-sanctioning-inline": "only the sanctioning side's steps";
    LOCK_TARGET_INLINE = "workshop-lock-target-inline": "only the target's steps";
    LOCK_CONFIDENCE_INLINE = "workshop-lock-confidence-inline": "only confidence-building measures";
    LOCK_EVERYTHING_DESCRIPTION = "workshop-lock-everything-description": "Your team may move, add and remove any step. The shocks are the facilitator's.";
    LOCK_SANCTIONING_DESCRIPTION = "workshop-lock-sanctioning-description": "Your team plays the sanctioning side: it may move, add and remove relief steps, published criteria and snapback clauses. Everything else is fixed.";
    LOCK_TARGET_DESCRIPTION = "workshop-lock-target-description": "Your team plays the target: it may move, add and remove compliance steps, political reforms and humanitarian access. Everything else is fixed.";
    LOCK_CONFIDENCE_DESCRIPTION = "workshop-lock-confidence-description": "Your team designs the confidence building: it may move, add and remove monitoring, audits, committees, guarantees and the other confidence-building measures. Everything else is fixed.";
    CHANGED_HORIZON = "workshop-changed-horizon": "the horizon";
    CHANGED_SCENARIO = "workshop-changed-scenario": "the starting scenario";
    CHANGED_INJECTS = "workshop-changed-injects": "the injects";
}

/// The version tag of an exercise document.
pub const EXERCISE_FORMAT: &str = "relief-exercise/1";
/// The version tag of a team's hand-back document.
pub const TEAM_FORMAT: &str = "relief-team/1";
/// What exercise and team links made with `w2.` and `t2.` start their compression from: every
/// shipped preset as the set-up puts it in an exercise, the explorer's opening scenario, and
/// the example exercise's words, in English. Frozen: those links depend on it byte for byte (a
/// test holds its fingerprint).
pub const LINK_DICTIONARY_2: &str = include_str!("link-dictionary-2.txt");
/// What exercise and team links usually say, which their compression starts from: the example
/// exercise as the set-up makes it in each of the page's other languages
/// (`tests/data/example-exercises.json`), then [`LINK_DICTIONARY_2`], whose English stays
/// nearest the link. An exercise made in Persian is then as short a link as one made in
/// English. Frozen: links made with `w3.` and `t3.` depend on it byte for byte (a test holds its
/// fingerprint, and another that it is built from those files).
pub const LINK_DICTIONARY: &str = include_str!("link-dictionary-3.txt");

/// Exercise links made before [`EXERCISE_LINK_2`]: `w1.` and the document, deflated alone.
pub const EXERCISE_LINK_1: LinkFormat = LinkFormat {
    prefix: "w1.",
    holds: "a workshop exercise",
    dictionary: "",
    earlier: &[],
};
/// Exercise links made before [`EXERCISE_LINK`]: `w2.` and the document, deflated from
/// [`LINK_DICTIONARY_2`].
pub const EXERCISE_LINK_2: LinkFormat = LinkFormat {
    prefix: "w2.",
    holds: "a workshop exercise",
    dictionary: LINK_DICTIONARY_2,
    earlier: &[EXERCISE_LINK_1],
};
/// Exercise links: `w3.` and a `relief-exercise/1` document in the model's link encoding,
/// deflated from [`LINK_DICTIONARY`], so an exercise made from a preset or the example, in any
/// of the page's languages, fits a QR code that reads from the back of a room. `w2.` and `w1.`
/// links still open.
pub const EXERCISE_LINK: LinkFormat = LinkFormat {
    prefix: "w3.",
    holds: "a workshop exercise",
    dictionary: LINK_DICTIONARY,
    earlier: &[EXERCISE_LINK_2, EXERCISE_LINK_1],
};
/// Team links made before [`TEAM_LINK_2`]: `t1.` and the document, deflated alone.
pub const TEAM_LINK_1: LinkFormat = LinkFormat {
    prefix: "t1.",
    holds: "a team's sequence",
    dictionary: "",
    earlier: &[],
};
/// Team links made before [`TEAM_LINK`]: `t2.` and the document, deflated from
/// [`LINK_DICTIONARY_2`].
pub const TEAM_LINK_2: LinkFormat = LinkFormat {
    prefix: "t2.",
    holds: "a team's sequence",
    dictionary: LINK_DICTIONARY_2,
    earlier: &[TEAM_LINK_1],
};
/// Team links: `t3.` and a `relief-team/1` document, deflated from [`LINK_DICTIONARY`]. `t2.`
/// and `t1.` links still open.
pub const TEAM_LINK: LinkFormat = LinkFormat {
    prefix: "t3.",
    holds: "a team's sequence",
    dictionary: LINK_DICTIONARY,
    earlier: &[TEAM_LINK_2, TEAM_LINK_1],
};

/// Limits of the exercise format. They keep links short enough for a QR code and a room's
/// projector legible.
pub mod limits {
    /// Fewest teams: a comparison needs two.
    pub const MIN_TEAMS: usize = 2;
    /// Most teams: beyond eight, the charts' colours and dash patterns stop being distinct.
    pub const MAX_TEAMS: usize = relief_charts::MAX_OVERLAYS;
    /// Most injects in one exercise.
    pub const MAX_INJECTS: usize = 24;
    /// Longest exercise title, in characters.
    pub const MAX_TITLE_CHARS: usize = 200;
    /// Longest briefing, in characters.
    pub const MAX_BRIEFING_CHARS: usize = 2000;
    /// Longest team name, in characters.
    pub const MAX_TEAM_NAME_CHARS: usize = 40;
    /// Longest inject headline, in characters: it must fit a projector in large type.
    pub const MAX_HEADLINE_CHARS: usize = 120;
    /// Longest inject text, in characters.
    pub const MAX_INJECT_TEXT_CHARS: usize = 600;
    /// Longest exercise identifier kept in a team's document.
    pub const MAX_ID_CHARS: usize = 32;
}

/// What a team may change. Shocks, the assumptions, the horizon and the ensemble are the
/// facilitator's under every lock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lock {
    /// Every step.
    #[default]
    Everything,
    /// Only the sanctioning side's steps: relief, published criteria and snapback clauses.
    SanctioningSide,
    /// Only the target's steps: compliance, reform and humanitarian access.
    Target,
    /// Only confidence-building measures: verification, guarantees, participation.
    ConfidenceBuilding,
}

impl Lock {
    /// Every lock, in menu order.
    pub const ALL: [Lock; 4] = [
        Lock::Everything,
        Lock::SanctioningSide,
        Lock::Target,
        Lock::ConfidenceBuilding,
    ];

    /// The lock's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Lock::Everything => "everything",
            Lock::SanctioningSide => "sanctioning",
            Lock::Target => "target",
            Lock::ConfidenceBuilding => "confidence",
        }
    }

    /// Finds a lock by its JSON name.
    pub fn from_key(key: &str) -> Option<Lock> {
        Lock::ALL.into_iter().find(|l| l.key() == key)
    }

    /// A short label for a menu, in the reader's language.
    pub fn label(self) -> String {
        sentence(
            match self {
                Lock::Everything => &LOCK_EVERYTHING,
                Lock::SanctioningSide => &LOCK_SANCTIONING,
                Lock::Target => &LOCK_TARGET,
                Lock::ConfidenceBuilding => &LOCK_CONFIDENCE,
            },
            vec![],
        )
    }

    /// The label as it stands inside a sentence ("only the target's steps"), in the reader's
    /// language.
    pub fn inline_label(self) -> String {
        sentence(
            match self {
                Lock::Everything => &LOCK_EVERYTHING_INLINE,
                Lock::SanctioningSide => &LOCK_SANCTIONING_INLINE,
                Lock::Target => &LOCK_TARGET_INLINE,
                Lock::ConfidenceBuilding => &LOCK_CONFIDENCE_INLINE,
            },
            vec![],
        )
    }

    /// What a team under this lock may do, in one sentence addressed to the team, in the
    /// reader's language.
    pub fn description(self) -> String {
        sentence(
            match self {
                Lock::Everything => &LOCK_EVERYTHING_DESCRIPTION,
                Lock::SanctioningSide => &LOCK_SANCTIONING_DESCRIPTION,
                Lock::Target => &LOCK_TARGET_DESCRIPTION,
                Lock::ConfidenceBuilding => &LOCK_CONFIDENCE_DESCRIPTION,
            },
            vec![],
        )
    }

    /// Whether a team under this lock may move, add or remove a step of `kind`.
    pub fn allows(self, kind: StepKind) -> bool {
        match self {
            Lock::Everything => true,
            Lock::SanctioningSide => kind.actor() == relief_model::Actor::SanctioningSide,
            Lock::Target => kind.actor() == relief_model::Actor::Target,
            Lock::ConfidenceBuilding => kind.role() == StepRole::Confidence,
        }
    }
}

/// One team of an exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// Its name, unique in the exercise (ignoring case), shown in every legend and table.
    pub name: String,
    /// What it may change.
    pub lock: Lock,
}

/// A piece of news the facilitator springs on the room: a shock the model feels, with a
/// headline for the projector and a short text for the presenter's notes.
#[derive(Clone, Debug, PartialEq)]
pub struct Inject {
    /// The month it happens in.
    pub month: u32,
    /// The headline shown full-screen when the timeline reaches it.
    pub headline: String,
    /// A short text: what happened, for the facilitator to read out.
    pub text: String,
    /// The shock the model feels.
    pub kind: ShockKind,
    /// How hard it hits, in 0..=1.
    pub size: f64,
}

impl Inject {
    /// The shock this inject puts in a scenario.
    pub fn shock(&self) -> Shock {
        Shock {
            kind: self.kind,
            month: self.month,
            size: self.size,
            sender: None,
        }
    }
}

/// A whole exercise, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// Shown at the top of every view; never interpreted as markup.
    pub title: String,
    /// What the facilitator tells the teams before they start, in plain text.
    pub briefing: String,
    /// Where every team starts.
    pub scenario: Scenario,
    /// The teams, in the order the facilitator named them.
    pub teams: Vec<Team>,
    /// The injects, in the order the facilitator wrote them.
    pub injects: Vec<Inject>,
    /// Whether the injects are on the teams' timelines while they plan. When they are not,
    /// they are a surprise: the comparison and the play add them to every team's sequence.
    pub teams_see_injects: bool,
}

/// What a team hands back: its sequence and whose it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamWork {
    /// The team's name.
    pub team: String,
    /// The exercise's version ([`Exercise::version`]; [`Exercise::id`] in older hand-backs),
    /// so a facilitator can tell a sequence made for another exercise; empty when unknown.
    pub exercise_id: String,
    /// The exercise's title, for the reader of a file.
    pub exercise_title: String,
    /// The team's scenario.
    pub scenario: Scenario,
    /// The exercise the team played, when its hand-back carries it (every hand-back made since
    /// versions exist does): any device can then compare the sequence, against the version
    /// the team played, without having set the exercise up.
    pub played: Option<Box<Exercise>>,
}

/// Every problem found in a workshop document or link, each with its field's path: the same
/// type, and the same messages, as a scenario's problems.
pub type ReadError = relief_model::DocumentError;

impl Exercise {
    /// A short identifier of the exercise's whole content (FNV-1a of its canonical JSON, in
    /// hex). Hand-backs made before versions existed carry it, so a comparison still accepts
    /// it; new hand-backs carry [`Exercise::version`].
    pub fn id(&self) -> String {
        fnv1a(&exercise_to_value(self).to_string())
    }

    /// The exercise's version: a short identifier (FNV-1a, in hex) of what the model reads
    /// from it, the starting scenario and the injects' shocks, and of nothing else. Fixing a
    /// typo in the title, the briefing, a headline or a team's name keeps the version, so
    /// every hand-back stays valid; moving an inject or changing the starting scenario makes
    /// a new one.
    pub fn version(&self) -> String {
        fnv1a(&self.model_inputs().to_string())
    }

    /// Whether a hand-back carrying `id` (a version, or the whole-content identifier of an
    /// older hand-back) answers this exercise as it stands.
    pub fn answers(&self, id: &str) -> bool {
        id == self.version() || id == self.id()
    }

    /// What the model reads from the exercise, as one JSON tree: the starting scenario
    /// without its words (title, description, sources), and each inject's shock.
    fn model_inputs(&self) -> serde_json::Value {
        let mut scenario = relief_model::scenario_to_value(&self.scenario);
        if let Some(map) = scenario.as_object_mut() {
            for words in ["title", "description", "sources"] {
                map.remove(words);
            }
        }
        let injects: Vec<serde_json::Value> = self
            .injects
            .iter()
            .map(|i| serde_json::json!([i.month, i.kind.key(), i.size]))
            .collect();
        serde_json::json!({ "scenario": scenario, "injects": injects })
    }

    /// What changed in the model's inputs from `earlier` to this exercise, in words of the
    /// reader's language ("the starting scenario", "the injects"); empty when both are the
    /// same version.
    pub fn changes_since(&self, earlier: &Exercise) -> Vec<String> {
        let (mut now, mut then) = (self.model_inputs(), earlier.model_inputs());
        let mut changes = Vec::new();
        let horizon = |v: &mut serde_json::Value| v["scenario"]["horizon_months"].take();
        if horizon(&mut now) != horizon(&mut then) {
            changes.push(sentence(&CHANGED_HORIZON, vec![]));
        }
        if now["scenario"] != then["scenario"] {
            changes.push(sentence(&CHANGED_SCENARIO, vec![]));
        }
        if now["injects"] != then["injects"] {
            changes.push(sentence(&CHANGED_INJECTS, vec![]));
        }
        changes
    }

    /// The team with this name (ignoring case and surrounding spaces), if there is one.
    pub fn team(&self, name: &str) -> Option<&Team> {
        let key = name_key(name);
        self.teams.iter().find(|t| name_key(&t.name) == key)
    }

    /// The scenario a team starts from: the starting scenario, with the injects among its
    /// shocks when the teams may see them.
    pub fn team_start(&self) -> Scenario {
        if self.teams_see_injects {
            self.with_injects(&self.scenario)
        } else {
            self.scenario.clone()
        }
    }

    /// `scenario` as the exercise plays it: every inject it does not already hold is added to
    /// its shocks, so each inject is felt exactly once whether the team saw it or not. A
    /// scenario that holds them all comes back unchanged, shock order included.
    pub fn with_injects(&self, scenario: &Scenario) -> Scenario {
        let mut out = scenario.clone();
        let mut present: Vec<Option<&Shock>> = scenario.shocks.iter().map(Some).collect();
        for inject in &self.injects {
            let shock = inject.shock();
            match present.iter_mut().find(|s| s.is_some_and(|s| *s == shock)) {
                Some(slot) => *slot = None,
                None => out.shocks.push(shock),
            }
        }
        out.shocks.truncate(relief_model::limits::MAX_SHOCKS);
        out
    }

    /// The starting scenario with every inject: what the comparison draws as its reference.
    pub fn reference(&self) -> Scenario {
        self.with_injects(&self.scenario)
    }
}

/// FNV-1a of `text`, in 16 hex digits: short, stable on every device, and not a secret.
pub(crate) fn fnv1a(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A team name as compared: trimmed and case-folded.
pub fn name_key(name: &str) -> String {
    lower_case(name.trim())
}

/// Text in lower case by Unicode's rules: in the browser by its own tables, which keeps a copy
/// of them out of the module; natively by Rust's.
fn lower_case(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

#[cfg(test)]
pub(crate) mod example {
    //! The exercise the tests of every module start from.

    use serde_json::{Value, json};

    use super::Exercise;

    /// The exercise as a facilitator might write it, leaving out what has a default.
    pub fn exercise_json() -> Value {
        json!({
            "format": "relief-exercise/1",
            "title": "Sequencing relief: a 90-minute exercise",
            "briefing": "Keep the risk of breakdown low.",
            "scenario": {
                "format": "relief-scenario/1",
                "horizon_months": 48,
                "runs": 200,
                "seed": 7,
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "independent_monitoring", "month": 1 }
                ],
                "shocks": [{ "kind": "economic_shock", "month": 30 }]
            },
            "teams": [
                { "name": "Blue", "lock": "sanctioning" },
                { "name": "Green", "lock": "target" },
                { "name": "Orange" }
            ],
            "injects": [
                { "month": 12, "kind": "spoiler_attack", "size": 0.6, "headline": "Bomb at the border crossing", "text": "Hardliners claim it." },
                { "month": 24, "kind": "leadership_change", "headline": "New government in the capital" }
            ]
        })
    }

    /// The exercise, read.
    pub fn exercise() -> Exercise {
        crate::reading::exercise_from_value(&exercise_json()).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::example::exercise;
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn locks_follow_who_moves_and_what_a_step_does() {
        assert!(Lock::SanctioningSide.allows(StepKind::SectoralEasing));
        assert!(Lock::SanctioningSide.allows(StepKind::SnapbackClause));
        assert!(!Lock::SanctioningSide.allows(StepKind::ComplianceStep));
        assert!(Lock::Target.allows(StepKind::PoliticalReform));
        assert!(!Lock::Target.allows(StepKind::IndependentMonitoring));
        assert!(Lock::ConfidenceBuilding.allows(StepKind::IndependentAudit));
        assert!(Lock::ConfidenceBuilding.allows(StepKind::PublishedCriteria));
        assert!(!Lock::ConfidenceBuilding.allows(StepKind::AssetUnfreezing));
        assert!(StepKind::ALL.iter().all(|&k| Lock::Everything.allows(k)));
        for lock in Lock::ALL {
            assert_eq!(Lock::from_key(lock.key()), Some(lock));
        }
    }

    #[test]
    fn a_locks_label_inside_a_sentence_is_its_label_in_lower_case() {
        for lock in Lock::ALL {
            assert_eq!(
                lock.inline_label(),
                lock.label().to_ascii_lowercase(),
                "{lock:?}"
            );
        }
    }

    #[test]
    fn injects_are_felt_once_whether_teams_saw_them_or_not() {
        let mut e = exercise();
        let start = e.team_start();
        assert_eq!(
            start.shocks.len(),
            3,
            "the scenario's shock and both injects"
        );
        assert_eq!(
            e.with_injects(&start),
            start,
            "nothing is added twice, and the order stays"
        );
        e.teams_see_injects = false;
        let blind = e.team_start();
        assert_eq!(blind.shocks.len(), 1);
        assert_eq!(e.with_injects(&blind).shocks.len(), 3);
        assert_eq!(e.reference().shocks.len(), 3);
    }

    #[test]
    fn words_keep_the_version_and_model_inputs_make_a_new_one() {
        let e = exercise();
        let version = e.version();
        // Each edit a facilitator makes to words only: the version stays, so every
        // hand-back stays valid, while the whole-content identifier moves.
        let words: [fn(&mut Exercise); 6] = [
            |e| e.title.push_str(" (fixed)"),
            |e| e.briefing = "Keep the risk of breakdown low, and trust high.".into(),
            |e| e.injects[0].headline = "Bomb at the border crossing, hardliners claim it".into(),
            |e| e.injects[1].text = "The new government doubts the deal.".into(),
            |e| e.teams[0].name = "Blue team".into(),
            |e| e.scenario.description = "Where the teams start.".into(),
        ];
        for (i, edit) in words.iter().enumerate() {
            let mut edited = e.clone();
            edit(&mut edited);
            assert_ne!(edited.id(), e.id(), "edit {i} changes the content");
            assert_eq!(edited.version(), version, "edit {i} keeps the version");
            assert!(edited.answers(&version) && edited.changes_since(&e).is_empty());
        }
        // Each edit to what the model reads makes a new version, and says what changed.
        // Each edit, and what the exercise then says changed.
        type Edit = (fn(&mut Exercise), &'static [&'static str]);
        let inputs: [Edit; 4] = [
            (|e| e.injects[0].month = 14, &["the injects"]),
            (
                |e| e.scenario.steps[0].month = 3,
                &["the starting scenario"],
            ),
            (
                |e| e.scenario.assumptions.hardliners = 0.7,
                &["the starting scenario"],
            ),
            (|e| e.scenario.horizon_months = 72, &["the horizon"]),
        ];
        for (i, (edit, said)) in inputs.iter().enumerate() {
            let mut edited = e.clone();
            edit(&mut edited);
            assert_ne!(edited.version(), version, "edit {i} makes a new version");
            assert!(!edited.answers(&version) && !edited.answers(&e.id()));
            assert_eq!(edited.changes_since(&e), *said, "edit {i}");
        }
        // A hand-back made before versions carries the whole-content identifier.
        assert!(e.answers(&e.id()));
    }

    #[test]
    fn team_names_match_whatever_their_case_in_any_script() {
        assert_eq!(name_key("  ÉQUIPE Nord "), name_key("équipe nord"));
        assert_eq!(name_key("ΟΜΆΔΑ"), name_key("ομάδα"));
        assert_ne!(name_key("Team A"), name_key("Team B"));
    }
}
