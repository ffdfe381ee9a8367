//! The wire formats: reading and writing `relief-scenario/1` and `relief-projection/1`.
//!
//! Text is read with the one strict JSON reader ([`crate::json::parse_json`]), and the tree by
//! hand with [`FieldReader`] rather than by derived deserializers, so that every problem is
//! reported with the JSON path of the field (`/steps/3/month: 61 is past horizon_months 48`),
//! all problems are reported at once, and unknown fields are named.

use serde_json::{Map, Value};

use crate::checker::MAX_WARNINGS;
use crate::fields::{FieldReader, kind_of};
use crate::json::{DocumentError, ScenarioError, parse_json, quote};

use crate::projection::{
    Bands, Outcome, Outcomes, PROJECTION_FORMAT, ParameterUncertainty, Projection, Series, Summary,
};
use crate::scenario::{
    Assumption, Assumptions, SCENARIO_FORMAT, Scenario, Shock, ShockKind, Source, Step, StepKind,
    limits,
};

/// Largest scenario document read, in bytes: far above any real scenario, small enough that
/// reading it never stalls the page.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// Reads and validates a `relief-scenario/1` document.
pub fn parse_scenario(text: &str) -> Result<Scenario, ScenarioError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ScenarioError::one(
            "",
            format!(
                "the scenario is {} KB; the most a scenario may be is {} KB",
                text.len() / 1024,
                MAX_INPUT_BYTES / 1024
            ),
        ));
    }
    scenario_from_value(&parse_json(text)?)
}

/// Validates a scenario already parsed as JSON (as the page and the JS API receive it).
pub fn scenario_from_value(value: &Value) -> Result<Scenario, ScenarioError> {
    let mut reader = FieldReader::new();
    let scenario = reader.scenario_document(value);
    reader
        .finish(scenario)
        .map_err(|errors| ScenarioError { errors })
}

const SCENARIO_FIELDS: &[&str] = &[
    "format",
    "title",
    "description",
    "sources",
    "horizon_months",
    "runs",
    "seed",
    "parameter_uncertainty",
    "senders",
    "assumptions",
    "steps",
    "shocks",
];
const STEP_FIELDS: &[&str] = &[
    "kind",
    "month",
    "size",
    "conditional",
    "transparent",
    "sender",
    "expires_after",
];
const SHOCK_FIELDS: &[&str] = &["kind", "month", "size", "sender"];

/// Assumptions added after the format's first edition. Each is written only when it differs
/// from its default, so that a scenario that does not use it is written byte for byte as
/// before: old files, links and exports stay identical.
const LATER_ASSUMPTIONS: &[Assumption] = &[Assumption::Reneging];

/// The scenario's senders as far as a step or shock naming one needs them.
#[derive(Clone, Copy)]
enum SendersRead<'s> {
    /// The scenario has no `senders` field: one sanctioning side.
    Absent,
    /// The `senders` field has a problem of its own, already reported; names cannot be checked
    /// against it without piling on errors that fixing the list would clear.
    Broken,
    /// Every name, valid and distinct.
    Named(&'s [String]),
}
const SOURCE_FIELDS: &[&str] = &["title", "url"];

/// A scenario as far as it could be read, with what steps added to it elsewhere are checked
/// against: a story's frame adds steps to its scenario, and they are checked against its
/// horizon and senders even when the scenario has problems of its own, so every problem is
/// reported in one go.
pub(crate) struct ScenarioRead {
    /// The scenario, each field with a problem left at its default.
    pub(crate) scenario: Scenario,
    /// Whether the scenario had no problem at all: only then is `scenario` the one written.
    pub(crate) valid: bool,
    /// Whether `horizon_months` was read (or absent, so the default); when it was not, months
    /// are not checked against it.
    horizon_known: bool,
    /// What the scenario's `senders` field was.
    senders: SendersState,
}

/// The scenario's `senders` field as it was read, without borrowing the names: see
/// [`SendersRead`].
#[derive(Clone, Copy)]
enum SendersState {
    Absent,
    Broken,
    Named,
}

impl ScenarioRead {
    /// What a document missing its scenario adds steps to: nothing is known, so an added step
    /// is checked for its own shape alone.
    pub(crate) fn unknown() -> ScenarioRead {
        ScenarioRead {
            scenario: Scenario::default(),
            valid: false,
            horizon_known: false,
            senders: SendersState::Broken,
        }
    }

    /// The horizon a month is checked against, when it is known.
    pub(crate) fn horizon(&self) -> Option<u32> {
        self.horizon_known.then_some(self.scenario.horizon_months)
    }

    fn senders(&self) -> SendersRead<'_> {
        self.senders.with_names(&self.scenario.senders)
    }
}

impl SendersState {
    /// What steps and shocks are checked against, with the names read.
    fn with_names(self, names: &[String]) -> SendersRead<'_> {
        match self {
            SendersState::Absent => SendersRead::Absent,
            SendersState::Broken => SendersRead::Broken,
            SendersState::Named => SendersRead::Named(names),
        }
    }
}

/// Readers for documents that hold a scenario and add to it, such as a story.
impl FieldReader {
    /// Reads a `relief-scenario/1` document held in a field of another document at `path`,
    /// naming its problems by their paths under `path` (`/scenario/steps/0/month: …`) in the
    /// very words a scenario file gets.
    pub(crate) fn held_scenario(&mut self, path: &str, value: &Value) -> ScenarioRead {
        let mut own = FieldReader::new();
        let read = own.scenario_read(value);
        for error in own.errors {
            self.error(&format!("{path}{}", error.path), error.message);
        }
        read
    }

    /// Reads a step that another document adds to `scenario`, exactly as one of the
    /// scenario's own steps: the same kinds and fields, its month checked against the
    /// scenario's horizon and its sender against the scenario's senders.
    pub(crate) fn added_step(
        &mut self,
        path: &str,
        value: &Value,
        scenario: &ScenarioRead,
    ) -> Option<Step> {
        self.step(path, value, scenario.horizon(), scenario.senders())
    }
}

/// The scenario's own readers, private to this module.
impl FieldReader {
    fn scenario_document(&mut self, value: &Value) -> Scenario {
        self.scenario_read(value).scenario
    }

    /// Reads a scenario document with a reader that has found no problem yet (so that whether
    /// this scenario has one is known from the count).
    fn scenario_read(&mut self, value: &Value) -> ScenarioRead {
        let before = self.errors.len();
        let mut scenario = Scenario::default();
        let Some(root) = self.object("", value, SCENARIO_FIELDS) else {
            // Nothing of it can be trusted, so nothing is checked against it.
            return ScenarioRead::unknown();
        };
        self.format(root, SCENARIO_FORMAT, "a scenario");
        if let Some(v) = root.get("title") {
            scenario.title = self
                .string("/title", v, limits::MAX_TITLE_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("description") {
            scenario.description = self
                .string("/description", v, limits::MAX_DESCRIPTION_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("sources") {
            for (i, item) in self
                .list("/sources", v, limits::MAX_SOURCES, "sources")
                .iter()
                .enumerate()
            {
                let path = format!("/sources/{i}");
                let Some(map) = self.object(&path, item, SOURCE_FIELDS) else {
                    continue;
                };
                let title = match map.get("title") {
                    Some(t) => self.string(&format!("{path}/title"), t, limits::MAX_SOURCE_CHARS),
                    None => {
                        self.error(
                            &format!("{path}/title"),
                            "missing; every source needs a title",
                        );
                        None
                    }
                };
                let url = map
                    .get("url")
                    .and_then(|u| self.string(&format!("{path}/url"), u, limits::MAX_SOURCE_CHARS));
                if let Some(title) = title {
                    scenario.sources.push(Source { title, url });
                }
            }
        }
        let mut horizon_known = true;
        if let Some(v) = root.get("horizon_months") {
            match self.integer(
                "/horizon_months",
                v,
                limits::MIN_HORIZON as u64..=limits::MAX_HORIZON as u64,
                "a whole number of months",
            ) {
                Some(h) => scenario.horizon_months = h as u32,
                None => horizon_known = false,
            }
        }
        if let Some(v) = root.get("runs")
            && let Some(r) = self.integer(
                "/runs",
                v,
                1..=limits::MAX_RUNS as u64,
                "a whole number of runs",
            )
        {
            scenario.runs = r as u32;
        }
        if let Some(v) = root.get("seed")
            && let Some(s) = self.integer("/seed", v, 0..=limits::MAX_SEED, "a whole number")
        {
            scenario.seed = s;
        }
        if let Some(v) = root.get("parameter_uncertainty")
            && let Some(b) = self.boolean("/parameter_uncertainty", v)
        {
            scenario.parameter_uncertainty = b;
        }
        let mut senders_known = true;
        if let Some(v) = root.get("senders") {
            match self.senders(v) {
                Some(names) => scenario.senders = names,
                None => senders_known = false,
            }
        }
        if let Some(v) = root.get("assumptions") {
            scenario.assumptions = self.assumptions(v);
        }
        let horizon = horizon_known.then_some(scenario.horizon_months);
        let senders_state = if !senders_known {
            SendersState::Broken
        } else if root.get("senders").is_none() {
            SendersState::Absent
        } else {
            SendersState::Named
        };
        let senders = senders_state.with_names(&scenario.senders);
        let mut steps = Vec::new();
        let mut shocks = Vec::new();
        match root.get("steps") {
            None => self.error(
                "/steps",
                "missing; a scenario needs a list of steps (it may be empty: [])",
            ),
            Some(v) => {
                for (i, item) in self
                    .list("/steps", v, limits::MAX_STEPS, "steps")
                    .iter()
                    .enumerate()
                {
                    if let Some(step) = self.step(&format!("/steps/{i}"), item, horizon, senders) {
                        steps.push(step);
                    }
                }
            }
        }
        if let Some(v) = root.get("shocks") {
            for (i, item) in self
                .list("/shocks", v, limits::MAX_SHOCKS, "shocks")
                .iter()
                .enumerate()
            {
                if let Some(shock) = self.shock(&format!("/shocks/{i}"), item, horizon, senders) {
                    shocks.push(shock);
                }
            }
        }
        scenario.steps = steps;
        scenario.shocks = shocks;
        ScenarioRead {
            scenario,
            valid: self.errors.len() == before,
            horizon_known,
            senders: senders_state,
        }
    }

    /// Reads the list of sender names; `None` when it has any problem.
    fn senders(&mut self, value: &Value) -> Option<Vec<String>> {
        let errors_before = self.errors.len();
        let items = self.list("/senders", value, limits::MAX_SENDERS, "sender names");
        let mut names: Vec<String> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("/senders/{i}");
            let Some(name) = self.string(&path, item, limits::MAX_SENDER_CHARS) else {
                continue;
            };
            if name.trim().is_empty() {
                self.error(&path, "empty; every sender needs a name, such as \"EU\"");
                continue;
            }
            if let Some(first) = names.iter().position(|n| *n == name) {
                self.error(
                    &path,
                    format!(
                        "{} repeats /senders/{first}; name each sender once",
                        quote(&name)
                    ),
                );
                continue;
            }
            names.push(name);
        }
        // A list that is not a list, or too long, reports its problem without any item's.
        (self.errors.len() == errors_before && value.is_array()).then_some(names)
    }

    /// Reads the `sender` of a step or shock: a name in the scenario's senders, stored as its
    /// index. `allowed` is `Err(reason)` when the step or shock cannot name a sender at all.
    fn sender(
        &mut self,
        path: &str,
        value: &Value,
        senders: SendersRead,
        allowed: Result<(), String>,
    ) -> Option<Option<u8>> {
        let path = format!("{path}/sender");
        let Some(name) = value.as_str() else {
            self.error(
                &path,
                format!("expected the sender's name as text, got {}", kind_of(value)),
            );
            return None;
        };
        if let Err(reason) = allowed {
            self.error(&path, reason);
            return None;
        }
        match senders {
            SendersRead::Broken => None,
            SendersRead::Absent => {
                self.error(
                    &path,
                    format!(
                        "{} names a sender, but the scenario has no senders; list them first, as \"senders\": [{}, …], or remove this field",
                        quote(name),
                        quote(name)
                    ),
                );
                None
            }
            SendersRead::Named(names) => match names.iter().position(|n| n == name) {
                Some(index) => Some(Some(index as u8)),
                None => {
                    let known: Vec<String> = names.iter().map(|n| quote(n)).collect();
                    self.error(
                        &path,
                        format!(
                            "{} is not one of the senders; expected one of: {} (or add it to \"senders\")",
                            quote(name),
                            known.join(", ")
                        ),
                    );
                    None
                }
            },
        }
    }

    fn assumptions(&mut self, value: &Value) -> Assumptions {
        let mut assumptions = Assumptions::default();
        let keys: Vec<&str> = Assumption::ALL.iter().map(|a| a.key()).collect();
        let Some(map) = self.object("/assumptions", value, &keys) else {
            return assumptions;
        };
        for assumption in Assumption::ALL {
            if let Some(v) = map.get(assumption.key())
                && let Some(x) = self.unit(&format!("/assumptions/{}", assumption.key()), v)
            {
                assumption.set(&mut assumptions, x);
            }
        }
        assumptions
    }

    fn month(&mut self, path: &str, map: &Map<String, Value>, horizon: Option<u32>) -> Option<u32> {
        let Some(v) = map.get("month") else {
            self.error(
                &format!("{path}/month"),
                "missing; every step and shock needs a month",
            );
            return None;
        };
        let month = self.integer(
            &format!("{path}/month"),
            v,
            0..=u32::MAX as u64,
            "a whole number of months",
        )? as u32;
        if let Some(h) = horizon
            && month >= h
        {
            self.error(
                &format!("{path}/month"),
                format!("{month} is past horizon_months {h}"),
            );
            return None;
        }
        Some(month)
    }

    /// Reads the `kind` of a step or shock (`what`), naming the known kinds when it is not one.
    fn kind<K>(
        &mut self,
        path: &str,
        map: &Map<String, Value>,
        what: &str,
        from_key: impl Fn(&str) -> Option<K>,
        known: impl Fn() -> Vec<&'static str>,
    ) -> Option<K> {
        match map.get("kind") {
            None => {
                self.error(
                    &format!("{path}/kind"),
                    format!("missing; every {what} needs a kind"),
                );
                None
            }
            Some(Value::String(k)) => {
                let kind = from_key(k);
                if kind.is_none() {
                    let known = known().join(", ");
                    self.error(
                        &format!("{path}/kind"),
                        format!(
                            "{} is not a {what} kind; expected one of: {known}",
                            quote(k)
                        ),
                    );
                }
                kind
            }
            Some(other) => {
                self.error(
                    &format!("{path}/kind"),
                    format!("expected the kind's name as text, got {}", kind_of(other)),
                );
                None
            }
        }
    }

    fn step(
        &mut self,
        path: &str,
        value: &Value,
        horizon: Option<u32>,
        senders: SendersRead,
    ) -> Option<Step> {
        let map = self.object(path, value, STEP_FIELDS)?;
        let kind = self.kind(path, map, "step", StepKind::from_key, || {
            StepKind::ALL.iter().map(|k| k.key()).collect()
        });
        let month = self.month(path, map, horizon);
        let size = map
            .get("size")
            .map(|v| self.unit(&format!("{path}/size"), v));
        let conditional = map
            .get("conditional")
            .map(|v| self.boolean(&format!("{path}/conditional"), v));
        let transparent = map
            .get("transparent")
            .map(|v| self.boolean(&format!("{path}/transparent"), v));
        // Whether the kind may carry a sender or an expiry; an unknown kind is already reported,
        // so its fields are only checked for their own shape.
        let only_relief = |field: &str| match kind {
            Some(k) if !k.is_relief() => Err(format!(
                "only relief steps have {field}, and {} is not relief; remove this field or make the step a relief kind ({})",
                quote(k.key()),
                relief_kinds().join(", ")
            )),
            _ => Ok(()),
        };
        let sender = map.get("sender").map(|v| {
            let allowed = only_relief("a sender");
            self.sender(path, v, senders, allowed)
        });
        let expires_after = map.get("expires_after").map(|v| {
            let months = self.integer(
                &format!("{path}/expires_after"),
                v,
                1..=limits::MAX_HORIZON as u64,
                "a whole number of months",
            )?;
            match only_relief("an expiry") {
                Ok(()) => Some(months as u32),
                Err(reason) => {
                    self.error(&format!("{path}/expires_after"), reason);
                    None
                }
            }
        });
        let kind = kind?;
        Some(Step {
            kind,
            month: month?,
            size: size.unwrap_or(Some(kind.default_size()))?,
            conditional: conditional.unwrap_or(Some(false))?,
            transparent: transparent.unwrap_or(Some(false))?,
            sender: sender.unwrap_or(Some(None))?,
            expires_after: match expires_after {
                None => None,
                Some(read) => Some(read?),
            },
        })
    }

    fn shock(
        &mut self,
        path: &str,
        value: &Value,
        horizon: Option<u32>,
        senders: SendersRead,
    ) -> Option<Shock> {
        let map = self.object(path, value, SHOCK_FIELDS)?;
        let kind = self.kind(path, map, "shock", ShockKind::from_key, || {
            ShockKind::ALL.iter().map(|k| k.key()).collect()
        });
        let month = self.month(path, map, horizon);
        let size = map
            .get("size")
            .map(|v| self.unit(&format!("{path}/size"), v));
        let sender = map.get("sender").map(|v| {
            let allowed = match kind {
                Some(k) if k != ShockKind::SenderWithdrawal => Err(format!(
                    "only a {} shock names a sender, and this is {}; remove this field or make the shock's kind {}",
                    quote(ShockKind::SenderWithdrawal.key()),
                    quote(k.key()),
                    quote(ShockKind::SenderWithdrawal.key())
                )),
                _ => Ok(()),
            };
            self.sender(path, v, senders, allowed)
        });
        let kind = kind?;
        Some(Shock {
            kind,
            month: month?,
            size: size.unwrap_or(Some(kind.default_size()))?,
            sender: sender.unwrap_or(Some(None))?,
        })
    }
}

/// The JSON names of the relief step kinds, for messages.
fn relief_kinds() -> Vec<&'static str> {
    StepKind::ALL
        .iter()
        .filter(|k| k.is_relief())
        .map(|k| k.key())
        .collect()
}

/// The scenario as a JSON tree in `relief-scenario/1`, every field of the first edition written
/// out; the fields added since (parameter uncertainty, senders, a step's sender and expiry, a
/// shock's sender, the later assumptions) only when they are used, so a scenario that uses none of them is written
/// exactly as before they existed.
pub fn scenario_to_value(scenario: &Scenario) -> Value {
    let mut root = Map::new();
    root.insert("format".into(), SCENARIO_FORMAT.into());
    root.insert("title".into(), scenario.title.clone().into());
    if !scenario.description.is_empty() {
        root.insert("description".into(), scenario.description.clone().into());
    }
    if !scenario.sources.is_empty() {
        let sources = scenario
            .sources
            .iter()
            .map(|s| {
                let mut m = Map::new();
                m.insert("title".into(), s.title.clone().into());
                if let Some(url) = &s.url {
                    m.insert("url".into(), url.clone().into());
                }
                Value::Object(m)
            })
            .collect();
        root.insert("sources".into(), Value::Array(sources));
    }
    root.insert("horizon_months".into(), scenario.horizon_months.into());
    root.insert("runs".into(), scenario.runs.into());
    root.insert("seed".into(), scenario.seed.into());
    if scenario.parameter_uncertainty {
        root.insert("parameter_uncertainty".into(), true.into());
    }
    if !scenario.senders.is_empty() {
        let senders = scenario.senders.iter().map(|n| Value::from(n.as_str()));
        root.insert("senders".into(), Value::Array(senders.collect()));
    }
    let mut assumptions = Map::new();
    let defaults = Assumptions::default();
    for a in Assumption::ALL {
        let value = a.get(&scenario.assumptions);
        if LATER_ASSUMPTIONS.contains(&a) && value == a.get(&defaults) {
            continue;
        }
        assumptions.insert(a.key().into(), number(value));
    }
    root.insert("assumptions".into(), Value::Object(assumptions));
    let steps = scenario
        .steps
        .iter()
        .map(|s| step_to_value(scenario, s))
        .collect();
    root.insert("steps".into(), Value::Array(steps));
    let shocks = scenario
        .shocks
        .iter()
        .map(|s| {
            let mut m = Map::new();
            m.insert("kind".into(), s.kind.key().into());
            m.insert("month".into(), s.month.into());
            m.insert("size".into(), number(s.size));
            if let Some(name) = sender_name(scenario, s.sender) {
                m.insert("sender".into(), name.into());
            }
            Value::Object(m)
        })
        .collect();
    root.insert("shocks".into(), Value::Array(shocks));
    Value::Object(root)
}

/// A step of `scenario` (or one another document adds to it, such as a story's frame) as a JSON
/// tree, its sender named from the scenario's senders.
pub(crate) fn step_to_value(scenario: &Scenario, s: &Step) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), s.kind.key().into());
    m.insert("month".into(), s.month.into());
    m.insert("size".into(), number(s.size));
    if s.conditional {
        m.insert("conditional".into(), true.into());
    }
    if s.transparent {
        m.insert("transparent".into(), true.into());
    }
    if let Some(name) = sender_name(scenario, s.sender) {
        m.insert("sender".into(), name.into());
    }
    if let Some(months) = s.expires_after {
        m.insert("expires_after".into(), months.into());
    }
    Value::Object(m)
}

/// The name a step or shock gives for its sender. An index past the scenario's senders (only a
/// scenario built in code can hold one) has no name to write, and is left out: read back, the
/// step or shock falls to the first sender, as documented for a missing one.
fn sender_name(scenario: &Scenario, sender: Option<u8>) -> Option<&str> {
    sender.and_then(|i| scenario.senders.get(usize::from(i)).map(String::as_str))
}

/// The scenario as pretty-printed `relief-scenario/1` JSON.
pub fn scenario_to_json(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(&scenario_to_value(scenario)).unwrap_or_default()
}

fn number(x: f64) -> Value {
    serde_json::Number::from_f64(x)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

/// Projection values are written rounded to six decimals: far finer than any Monte Carlo
/// ensemble resolves, and it keeps files and URLs short.
fn rounded(x: f64) -> Value {
    number((x * 1e6).round() / 1e6)
}

/// The banded series added after the format's first edition, by their JSON names. Each is
/// optional: written only when the projection has it, read back as absent when a file lacks it.
fn later_bands(projection: &Projection) -> [(&'static str, Option<&Bands>); 3] {
    [
        ("trust_if_sincere", projection.trust_if_sincere.as_ref()),
        ("trust_if_insincere", projection.trust_if_insincere.as_ref()),
        ("relief_in_force", projection.relief_in_force.as_ref()),
    ]
}

fn rounded_list(values: &[f64]) -> Value {
    Value::Array(values.iter().map(|&x| rounded(x)).collect())
}

fn bands_value(bands: &Bands) -> Value {
    let mut columns = Map::new();
    for (name, values) in bands.columns() {
        columns.insert(name.into(), rounded_list(values));
    }
    Value::Object(columns)
}

fn projection_value(projection: &Projection) -> Value {
    let mut series = Map::new();
    for s in Series::ALL {
        series.insert(s.key().into(), bands_value(projection.bands(s)));
    }
    for (key, bands) in later_bands(projection) {
        if let Some(bands) = bands {
            series.insert(key.into(), bands_value(bands));
        }
    }
    if let Some(outcomes) = &projection.outcomes {
        let mut shares = Map::new();
        for outcome in Outcome::ALL {
            shares.insert(outcome.key().into(), rounded_list(outcomes.shares(outcome)));
        }
        series.insert("outcomes".into(), Value::Object(shares));
    }
    series.insert(
        "backsliding_risk".into(),
        Value::Array(
            projection
                .backsliding_risk
                .iter()
                .map(|&x| rounded(x))
                .collect(),
        ),
    );
    series.insert(
        "hazard".into(),
        Value::Array(projection.hazard.iter().map(|&x| rounded(x)).collect()),
    );
    let mut root = Map::new();
    root.insert("format".into(), PROJECTION_FORMAT.into());
    root.insert(
        "months".into(),
        Value::Array((0..=projection.horizon_months).map(Value::from).collect()),
    );
    root.insert("series".into(), Value::Object(series));
    root.insert("summary".into(), summary_value(&projection.summary));
    root.insert(
        "warnings".into(),
        Value::Array(
            projection
                .warnings
                .iter()
                .map(|w| Value::from(w.as_str()))
                .collect(),
        ),
    );
    if let Some(wide) = &projection.with_parameter_uncertainty {
        let mut series = Map::new();
        for s in Series::ALL {
            series.insert(s.key().into(), bands_value(wide.bands(s)));
        }
        let by_type = [
            ("trust_if_sincere", &wide.trust_if_sincere),
            ("trust_if_insincere", &wide.trust_if_insincere),
        ];
        for (key, bands) in by_type {
            if let Some(bands) = bands {
                series.insert(key.into(), bands_value(bands));
            }
        }
        for (key, values) in [
            ("backsliding_risk", &wide.backsliding_risk),
            ("backsliding_risk_low", &wide.backsliding_risk_low),
            ("backsliding_risk_high", &wide.backsliding_risk_high),
        ] {
            series.insert(key.into(), rounded_list(values));
        }
        let mut wide_root = Map::new();
        wide_root.insert("series".into(), Value::Object(series));
        wide_root.insert("summary".into(), summary_value(&wide.summary));
        root.insert(
            "with_parameter_uncertainty".into(),
            Value::Object(wide_root),
        );
    }
    Value::Object(root)
}

fn summary_value(summary: &Summary) -> Value {
    let month = |m: Option<u32>| m.map(Value::from).unwrap_or(Value::Null);
    let mut map = Map::new();
    map.insert(
        "breakdown_probability".into(),
        rounded(summary.breakdown_probability),
    );
    map.insert(
        "median_breakdown_month".into(),
        month(summary.median_breakdown_month),
    );
    map.insert(
        "full_relief_month_p50".into(),
        month(summary.full_relief_month_p50),
    );
    Value::Object(map)
}

/// The projection as `relief-projection/1` JSON (compact).
pub fn projection_to_json(projection: &Projection) -> String {
    serde_json::to_string(&projection_value(projection)).unwrap_or_default()
}

/// The projection as CSV: one row a month, one column a statistic.
pub fn projection_to_csv(projection: &Projection) -> String {
    let mut out = String::from("month");
    for s in Series::ALL {
        for (name, _) in projection.bands(s).columns() {
            out.push_str(&format!(",{}_{name}", s.key()));
        }
    }
    out.push_str(",backsliding_risk,hazard");
    // The columns added after the first edition come last, and only when the projection has
    // them, so a reader that counts columns from the left still finds the first edition's.
    let later: Vec<(&str, &Bands)> = later_bands(projection)
        .into_iter()
        .filter_map(|(key, bands)| Some((key, bands?)))
        .collect();
    for (key, bands) in &later {
        for (name, _) in bands.columns() {
            out.push_str(&format!(",{key}_{name}"));
        }
    }
    if projection.outcomes.is_some() {
        for outcome in Outcome::ALL {
            out.push_str(&format!(",outcomes_{}", outcome.key()));
        }
    }
    let wide = projection.with_parameter_uncertainty.as_ref();
    if let Some(wide) = wide {
        for s in Series::ALL {
            for (name, _) in wide.bands(s).columns() {
                out.push_str(&format!(",{}_with_parameter_uncertainty_{name}", s.key()));
            }
        }
        out.push_str(",backsliding_risk_with_parameter_uncertainty");
        out.push_str(",backsliding_risk_with_parameter_uncertainty_low");
        out.push_str(",backsliding_risk_with_parameter_uncertainty_high");
    }
    out.push('\n');
    for month in 0..projection.len() {
        out.push_str(&month.to_string());
        for s in Series::ALL {
            for (_, values) in projection.bands(s).columns() {
                out.push_str(&format!(",{}", trim(values[month])));
            }
        }
        out.push_str(&format!(
            ",{},{}",
            trim(projection.backsliding_risk[month]),
            trim(projection.hazard[month])
        ));
        for (_, bands) in &later {
            for (_, values) in bands.columns() {
                out.push_str(&format!(",{}", trim(values[month])));
            }
        }
        if let Some(outcomes) = &projection.outcomes {
            for outcome in Outcome::ALL {
                out.push_str(&format!(",{}", trim(outcomes.shares(outcome)[month])));
            }
        }
        if let Some(wide) = wide {
            for s in Series::ALL {
                for (_, values) in wide.bands(s).columns() {
                    out.push_str(&format!(",{}", trim(values[month])));
                }
            }
            for values in [
                &wide.backsliding_risk,
                &wide.backsliding_risk_low,
                &wide.backsliding_risk_high,
            ] {
                out.push_str(&format!(",{}", trim(values[month])));
            }
        }
        out.push('\n');
    }
    out
}

fn trim(x: f64) -> String {
    format!("{}", (x * 1e6).round() / 1e6)
}

const PROJECTION_FIELDS: &[&str] = &[
    "format",
    "months",
    "series",
    "summary",
    "warnings",
    "with_parameter_uncertainty",
];
/// The fields of a projection's `with_parameter_uncertainty`, and of its `series`.
const UNCERTAINTY_FIELDS: &[&str] = &["series", "summary"];
const UNCERTAINTY_SERIES_FIELDS: &[&str] = &[
    "trust",
    "target_trust",
    "economy",
    "leverage",
    "legitimacy",
    "trust_if_sincere",
    "trust_if_insincere",
    "backsliding_risk",
    "backsliding_risk_low",
    "backsliding_risk_high",
];
const BANDS_FIELDS: [&str; 6] = ["p10", "p25", "p50", "p75", "p90", "mean"];
const SUMMARY_FIELDS: &[&str] = &[
    "breakdown_probability",
    "median_breakdown_month",
    "full_relief_month_p50",
];

/// Most entries a projection's lists have: one a month, month 0 included.
const MAX_MONTHS: usize = limits::MAX_HORIZON as usize + 1;

/// Reads a `relief-projection/1` document back, for round trips and comparisons. Like a
/// scenario, every problem is named by its field's path, and unknown fields are refused.
pub fn parse_projection(text: &str) -> Result<Projection, DocumentError> {
    let value = parse_json(text)?;
    let mut reader = FieldReader::new();
    let projection = reader.projection(&value);
    reader.finish_document(projection)
}

/// The projection's own readers, private to this module. Each returns `None` when a field it
/// needs has a problem, which is recorded.
impl FieldReader {
    fn projection(&mut self, value: &Value) -> Option<Projection> {
        let root = self.object("", value, PROJECTION_FIELDS)?;
        self.format(root, PROJECTION_FORMAT, "a projection");
        let months = self
            .required("", root, "months", "a projection lists its months, from 0")
            .and_then(|v| self.months(v));
        let series = self.required("", root, "series", "a projection needs its series");
        let series = series.and_then(|v| self.object("/series", v, &series_fields()));
        let summary = self.required("", root, "summary", "a projection needs its summary");
        let summary = summary.and_then(|v| self.summary("/summary", v));
        let warnings = match root.get("warnings") {
            None => Some(Vec::new()),
            Some(v) => self.warnings(v),
        };
        let series = series?;
        let bands = |reader: &mut FieldReader, key: &str| {
            let path = format!("/series/{key}");
            reader
                .required("/series", series, key, "a projection needs every series")
                .and_then(|v| reader.bands(&path, v, months))
        };
        let trust = bands(self, Series::Trust.key());
        let target_trust = bands(self, Series::TargetTrust.key());
        let economy = bands(self, Series::Economy.key());
        let leverage = bands(self, Series::Leverage.key());
        let legitimacy = bands(self, Series::Legitimacy.key());
        let list = |reader: &mut FieldReader, key: &str| {
            reader
                .required("/series", series, key, "a projection needs every series")
                .and_then(|v| reader.numbers(&format!("/series/{key}"), v, months))
        };
        let backsliding_risk = list(self, "backsliding_risk");
        let hazard = list(self, "hazard");
        // The series added after the first edition are optional: a file written before them
        // lacks them and still reads, but one that has them must have them whole.
        let later = |reader: &mut FieldReader, key: &str| match series.get(key) {
            None => Some(None),
            Some(v) => reader.bands(&format!("/series/{key}"), v, months).map(Some),
        };
        let trust_if_sincere = later(self, "trust_if_sincere");
        let trust_if_insincere = later(self, "trust_if_insincere");
        let relief_in_force = later(self, "relief_in_force");
        let outcomes = match series.get("outcomes") {
            None => Some(None),
            Some(v) => self.outcomes(v, months).map(Some),
        };
        let with_parameter_uncertainty = match root.get("with_parameter_uncertainty") {
            None => Some(None),
            Some(v) => self.parameter_uncertainty(v, months).map(Some),
        };
        Some(Projection {
            horizon_months: (months? - 1) as u32,
            trust: trust?,
            target_trust: target_trust?,
            economy: economy?,
            leverage: leverage?,
            legitimacy: legitimacy?,
            backsliding_risk: backsliding_risk?,
            hazard: hazard?,
            trust_if_sincere: trust_if_sincere?,
            trust_if_insincere: trust_if_insincere?,
            relief_in_force: relief_in_force?,
            outcomes: outcomes?,
            summary: summary?,
            warnings: warnings?,
            with_parameter_uncertainty: with_parameter_uncertainty?,
        })
    }

    /// Reads a projection's `with_parameter_uncertainty`: the five banded series, the risk of
    /// breakdown and the summary of the runs under drawn calibrations.
    fn parameter_uncertainty(
        &mut self,
        value: &Value,
        months: Option<usize>,
    ) -> Option<ParameterUncertainty> {
        const AT: &str = "/with_parameter_uncertainty";
        let root = self.object(AT, value, UNCERTAINTY_FIELDS)?;
        let why = "the runs under drawn calibrations have their series and their summary";
        let series = self
            .required(AT, root, "series", why)
            .and_then(|v| self.object(&format!("{AT}/series"), v, UNCERTAINTY_SERIES_FIELDS));
        let summary = self
            .required(AT, root, "summary", why)
            .and_then(|v| self.summary(&format!("{AT}/summary"), v));
        let series = series?;
        let why = "the runs under drawn calibrations have every series";
        let bands = |reader: &mut FieldReader, s: Series| {
            reader
                .required(&format!("{AT}/series"), series, s.key(), why)
                .and_then(|v| reader.bands(&format!("{AT}/series/{}", s.key()), v, months))
        };
        let trust = bands(self, Series::Trust);
        let target_trust = bands(self, Series::TargetTrust);
        let economy = bands(self, Series::Economy);
        let leverage = bands(self, Series::Leverage);
        let legitimacy = bands(self, Series::Legitimacy);
        let by_type = |reader: &mut FieldReader, key: &str| match series.get(key) {
            None => Some(None),
            Some(v) => reader
                .bands(&format!("{AT}/series/{key}"), v, months)
                .map(Some),
        };
        let trust_if_sincere = by_type(self, "trust_if_sincere");
        let trust_if_insincere = by_type(self, "trust_if_insincere");
        let risk = |reader: &mut FieldReader, key: &str| {
            reader
                .required(&format!("{AT}/series"), series, key, why)
                .and_then(|v| reader.numbers(&format!("{AT}/series/{key}"), v, months))
        };
        let backsliding_risk = risk(self, "backsliding_risk");
        let backsliding_risk_low = risk(self, "backsliding_risk_low");
        let backsliding_risk_high = risk(self, "backsliding_risk_high");
        Some(ParameterUncertainty {
            trust: trust?,
            target_trust: target_trust?,
            economy: economy?,
            leverage: leverage?,
            legitimacy: legitimacy?,
            trust_if_sincere: trust_if_sincere?,
            trust_if_insincere: trust_if_insincere?,
            backsliding_risk: backsliding_risk?,
            backsliding_risk_low: backsliding_risk_low?,
            backsliding_risk_high: backsliding_risk_high?,
            summary: summary?,
        })
    }

    /// Reads the list of months and returns how many there are: at least month 0.
    fn months(&mut self, value: &Value) -> Option<usize> {
        let months = self.items(
            "/months",
            value,
            MAX_MONTHS,
            "months",
            |reader, at, month| {
                reader.integer(
                    at,
                    month,
                    0..=limits::MAX_HORIZON as u64,
                    "a whole number of months",
                )
            },
        )?;
        if months.is_empty() {
            self.error("/months", "expected at least month 0");
            return None;
        }
        Some(months.len())
    }

    /// Reads a list of numbers with one entry a month (when the months are known).
    fn numbers(&mut self, path: &str, value: &Value, months: Option<usize>) -> Option<Vec<f64>> {
        let numbers = self.items(path, value, MAX_MONTHS, "numbers", |reader, at, x| {
            reader.number(at, x)
        })?;
        if let Some(n) = months
            && numbers.len() != n
        {
            self.error(
                path,
                format!(
                    "{} for {n} months; expected one entry per month",
                    match numbers.len() {
                        1 => "1 entry".to_string(),
                        count => format!("{count} entries"),
                    }
                ),
            );
            return None;
        }
        Some(numbers)
    }

    fn bands(&mut self, path: &str, value: &Value, months: Option<usize>) -> Option<Bands> {
        let map = self.object(path, value, &BANDS_FIELDS)?;
        let column = |reader: &mut FieldReader, name: &str| {
            reader
                .required(
                    path,
                    map,
                    name,
                    "every banded series has p10, p25, p50, p75, p90 and mean",
                )
                .and_then(|v| reader.numbers(&format!("{path}/{name}"), v, months))
        };
        let [p10, p25, p50, p75, p90, mean] = BANDS_FIELDS.map(|name| column(self, name));
        Some(Bands {
            p10: p10?,
            p25: p25?,
            p50: p50?,
            p75: p75?,
            p90: p90?,
            mean: mean?,
        })
    }

    fn outcomes(&mut self, value: &Value, months: Option<usize>) -> Option<Outcomes> {
        let keys = Outcome::ALL.map(Outcome::key);
        let map = self.object("/series/outcomes", value, &keys)?;
        let [sustained, exploited, caught, collapsed] = keys.map(|key| {
            self.required(
                "/series/outcomes",
                map,
                key,
                "the outcomes have all four shares",
            )
            .and_then(|v| self.numbers(&format!("/series/outcomes/{key}"), v, months))
        });
        Some(Outcomes {
            sustained: sustained?,
            exploited: exploited?,
            caught: caught?,
            collapsed: collapsed?,
        })
    }

    /// Reads a summary at `path` (`/summary`, or the one of the runs under drawn
    /// calibrations).
    fn summary(&mut self, path: &str, value: &Value) -> Option<Summary> {
        let map = self.object(path, value, SUMMARY_FIELDS)?;
        let why = "the summary has all three fields (a month that does not exist is null)";
        let breakdown_probability = self
            .required(path, map, "breakdown_probability", why)
            .and_then(|v| self.number(&format!("{path}/breakdown_probability"), v));
        let month_or_null =
            |reader: &mut FieldReader, key: &str| match reader.required(path, map, key, why)? {
                Value::Null => Some(None),
                v => reader
                    .integer(
                        &format!("{path}/{key}"),
                        v,
                        0..=limits::MAX_HORIZON as u64,
                        "a whole number of months, or null",
                    )
                    .map(|m| Some(m as u32)),
            };
        let median_breakdown_month = month_or_null(self, "median_breakdown_month");
        let full_relief_month_p50 = month_or_null(self, "full_relief_month_p50");
        Some(Summary {
            breakdown_probability: breakdown_probability?,
            median_breakdown_month: median_breakdown_month?,
            full_relief_month_p50: full_relief_month_p50?,
        })
    }

    fn warnings(&mut self, value: &Value) -> Option<Vec<String>> {
        self.items(
            "/warnings",
            value,
            MAX_WARNINGS,
            "warnings",
            |reader, at, w| reader.string(at, w, limits::MAX_DESCRIPTION_CHARS),
        )
    }
}

/// The fields of a projection's `series`: the five banded series, the two lists, and the
/// series added after the first edition.
fn series_fields() -> Vec<&'static str> {
    let mut fields: Vec<&str> = Series::ALL.iter().map(|s| s.key()).collect();
    fields.extend([
        "backsliding_risk",
        "hazard",
        "trust_if_sincere",
        "trust_if_insincere",
    ]);
    fields.extend(["relief_in_force", "outcomes"]);
    fields
}
