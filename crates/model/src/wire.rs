//! The wire formats: reading and writing `relief-scenario/1` and `relief-projection/1`.
//!
//! Reading is done by hand over a JSON tree rather than by derived deserializers, so that every
//! problem is reported with the JSON path of the field (`/steps/3/month: 61 is past
//! horizon_months 48`), all problems are reported at once, and unknown fields are named.

use core::fmt;

use serde_json::{Map, Value};

use crate::projection::{Bands, PROJECTION_FORMAT, Projection, Series, Summary};
use crate::scenario::{
    Assumption, Assumptions, SCENARIO_FORMAT, Scenario, Shock, ShockKind, Source, Step, StepKind,
    limits,
};

/// Largest scenario document read, in bytes: far above any real scenario, small enough that
/// reading it never stalls the page.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's JSON pointer, such as `/steps/3/month`; empty for the document itself.
    pub path: String,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in a document (a scenario, or another format read with
/// [`FieldReader`]). Never empty. Shown one problem a line, each with its field's path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentError {
    /// The problems, in document order.
    pub errors: Vec<FieldError>,
}

/// Every problem found in a scenario document.
pub type ScenarioError = DocumentError;

impl DocumentError {
    /// A single problem at `path` (empty for the document as a whole).
    pub fn one(path: &str, message: impl Into<String>) -> DocumentError {
        DocumentError {
            errors: vec![FieldError {
                path: path.to_string(),
                message: message.into(),
            }],
        }
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DocumentError {}

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
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let what = if e.is_eof() {
            "the JSON ends too early (a missing bracket or quote?)".to_string()
        } else {
            let reason = e.to_string();
            let reason = reason
                .split(" at line ")
                .next()
                .unwrap_or(&reason)
                .to_string();
            format!(
                "not valid JSON at line {}, column {}: {reason}",
                e.line(),
                e.column()
            )
        };
        ScenarioError::one("", what)
    })?;
    scenario_from_value(&value)
}

/// Validates a scenario already parsed as JSON (as the page and the JS API receive it).
pub fn scenario_from_value(value: &Value) -> Result<Scenario, ScenarioError> {
    let mut reader = FieldReader::new();
    let scenario = reader.scenario(value);
    reader
        .finish(scenario)
        .map_err(|errors| ScenarioError { errors })
}

/// Reads fields of a JSON document by hand, collecting every problem with its JSON path
/// instead of stopping at the first.
///
/// Each reader method checks one value, records a [`FieldError`] when the value is wrong and
/// returns `None` (or an empty list), so reading carries on and the whole document is checked
/// in one go. At most the first hundred problems are kept. The scenario reader is built on it,
/// and so are other formats that want the same messages.
#[derive(Clone, Debug, Default)]
pub struct FieldReader {
    errors: Vec<FieldError>,
}

const SCENARIO_FIELDS: &[&str] = &[
    "format",
    "title",
    "description",
    "sources",
    "horizon_months",
    "runs",
    "seed",
    "assumptions",
    "steps",
    "shocks",
];
const STEP_FIELDS: &[&str] = &["kind", "month", "size", "conditional", "transparent"];
const SHOCK_FIELDS: &[&str] = &["kind", "month", "size"];
const SOURCE_FIELDS: &[&str] = &["title", "url"];

/// How a JSON value's kind is named in messages: `null`, `true or false`, `a number`, `text`,
/// `a list` or `an object`.
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Text as it is echoed back in a message: in double quotes, escaped, and cut after 40
/// characters with an ellipsis.
pub fn quote(text: &str) -> String {
    // Hostile or huge strings are shortened before they are echoed back in a message.
    let short: String = text.chars().take(40).collect();
    let suffix = if text.chars().count() > 40 { "…" } else { "" };
    format!("\"{}{suffix}\"", short.escape_debug())
}

impl FieldReader {
    /// A reader that has found no problems yet.
    pub fn new() -> FieldReader {
        FieldReader::default()
    }

    /// Ends reading: `value` when no problem was found, otherwise every problem found.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    /// Records a problem with the field at `path` (a JSON pointer, empty for the document
    /// itself). Problems past the first hundred are dropped.
    pub fn error(&mut self, path: &str, message: impl Into<String>) {
        // A document with thousands of bad fields gets the first hundred, not a wall of text.
        if self.errors.len() < 100 {
            self.errors.push(FieldError {
                path: path.to_string(),
                message: message.into(),
            });
        }
    }

    /// Reads an object whose keys must all be among `fields`, naming each unknown one. `None`
    /// when the value is not an object; an object with unknown fields is still returned.
    pub fn object<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        fields: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.error(path, format!("expected an object, got {}", kind_of(value)));
            return None;
        };
        for key in map.keys() {
            if !fields.contains(&key.as_str()) {
                self.error(
                    &format!("{path}/{}", escape_pointer(key)),
                    format!(
                        "unknown field {}; expected one of: {}",
                        quote(key),
                        fields.join(", ")
                    ),
                );
            }
        }
        Some(map)
    }

    /// Reads text of at most `max_chars` characters.
    pub fn string(&mut self, path: &str, value: &Value, max_chars: usize) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.error(path, format!("expected text, got {}", kind_of(value)));
            return None;
        };
        let chars = text.chars().count();
        if chars > max_chars {
            self.error(
                path,
                format!("{chars} characters is too long; at most {max_chars}"),
            );
            return None;
        }
        Some(text.to_string())
    }

    /// Reads a whole number within `range`; `what` names what is expected, such as
    /// "a whole number of months".
    pub fn integer(
        &mut self,
        path: &str,
        value: &Value,
        range: core::ops::RangeInclusive<u64>,
        what: &str,
    ) -> Option<u64> {
        let Some(number) = value.as_f64() else {
            self.error(path, format!("expected {what}, got {}", kind_of(value)));
            return None;
        };
        if number.fract() != 0.0 {
            self.error(path, format!("expected {what}, got {number}"));
            return None;
        }
        if number < *range.start() as f64 || number > *range.end() as f64 {
            self.error(
                path,
                format!(
                    "{} is out of range; expected {}..={}",
                    format_number(number),
                    range.start(),
                    range.end()
                ),
            );
            return None;
        }
        Some(number as u64)
    }

    /// Reads a number from 0 to 1.
    pub fn unit(&mut self, path: &str, value: &Value) -> Option<f64> {
        let Some(number) = value.as_f64() else {
            self.error(
                path,
                format!("expected a number from 0 to 1, got {}", kind_of(value)),
            );
            return None;
        };
        if !(0.0..=1.0).contains(&number) {
            self.error(
                path,
                format!(
                    "{} is out of range; expected a number from 0 to 1",
                    format_number(number)
                ),
            );
            return None;
        }
        Some(number)
    }

    /// Reads `true` or `false`.
    pub fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        let Some(b) = value.as_bool() else {
            self.error(
                path,
                format!("expected true or false, got {}", kind_of(value)),
            );
            return None;
        };
        Some(b)
    }

    /// Checks that the document's `format` field, in `root`, is `expected` (such as
    /// `relief-scenario/1`). `what` names the document in the message when the field is
    /// missing, such as "a scenario"; another version of the same format is named as one this
    /// reader does not know.
    pub fn format(&mut self, root: &Map<String, Value>, expected: &str, what: &str) {
        let family = expected.split('/').next().unwrap_or(expected);
        match root.get("format") {
            None => self.error(
                "/format",
                format!("missing; {what} starts with \"format\": \"{expected}\""),
            ),
            Some(Value::String(f)) if f == expected => {}
            Some(Value::String(f)) if f.starts_with(&format!("{family}/")) => self.error(
                "/format",
                format!(
                    "{} is a version this reader does not know; it reads {expected}",
                    quote(f)
                ),
            ),
            Some(other) => self.error(
                "/format",
                format!(
                    "expected \"{expected}\", got {}",
                    match other {
                        Value::String(s) => quote(s),
                        v => kind_of(v).to_string(),
                    }
                ),
            ),
        }
    }

    /// Reads a list of at most `max` items; `what` names the items in the plural, such as
    /// "steps". A value that is not a list, or too long a list, reads as an empty one.
    pub fn list<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        max: usize,
        what: &str,
    ) -> &'v [Value] {
        let Some(items) = value.as_array() else {
            self.error(
                path,
                format!("expected a list of {what}, got {}", kind_of(value)),
            );
            return &[];
        };
        if items.len() > max {
            self.error(
                path,
                format!("{} {what} is too many; at most {max}", items.len()),
            );
            return &[];
        }
        items
    }
}

/// The scenario's own readers, private to this module.
impl FieldReader {
    fn scenario(&mut self, value: &Value) -> Scenario {
        let mut scenario = Scenario::default();
        let Some(root) = self.object("", value, SCENARIO_FIELDS) else {
            return scenario;
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
        if let Some(v) = root.get("assumptions") {
            scenario.assumptions = self.assumptions(v);
        }
        let horizon = horizon_known.then_some(scenario.horizon_months);
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
                    if let Some(step) = self.step(&format!("/steps/{i}"), item, horizon) {
                        scenario.steps.push(step);
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
                if let Some(shock) = self.shock(&format!("/shocks/{i}"), item, horizon) {
                    scenario.shocks.push(shock);
                }
            }
        }
        scenario
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

    fn step(&mut self, path: &str, value: &Value, horizon: Option<u32>) -> Option<Step> {
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
        let kind = kind?;
        Some(Step {
            kind,
            month: month?,
            size: size.unwrap_or(Some(kind.default_size()))?,
            conditional: conditional.unwrap_or(Some(false))?,
            transparent: transparent.unwrap_or(Some(false))?,
            sender: None,
            expires_after: None,
        })
    }

    fn shock(&mut self, path: &str, value: &Value, horizon: Option<u32>) -> Option<Shock> {
        let map = self.object(path, value, SHOCK_FIELDS)?;
        let kind = self.kind(path, map, "shock", ShockKind::from_key, || {
            ShockKind::ALL.iter().map(|k| k.key()).collect()
        });
        let month = self.month(path, map, horizon);
        let size = map
            .get("size")
            .map(|v| self.unit(&format!("{path}/size"), v));
        let kind = kind?;
        Some(Shock {
            kind,
            month: month?,
            size: size.unwrap_or(Some(kind.default_size()))?,
            sender: None,
        })
    }
}

fn escape_pointer(key: &str) -> String {
    let short: String = key.chars().take(40).collect();
    short.replace('~', "~0").replace('/', "~1")
}

fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The scenario as a JSON tree in `relief-scenario/1`, every field written out.
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
    let mut assumptions = Map::new();
    for a in Assumption::ALL {
        assumptions.insert(a.key().into(), number(a.get(&scenario.assumptions)));
    }
    root.insert("assumptions".into(), Value::Object(assumptions));
    let steps = scenario
        .steps
        .iter()
        .map(|s| {
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
            Value::Object(m)
        })
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
            Value::Object(m)
        })
        .collect();
    root.insert("shocks".into(), Value::Array(shocks));
    Value::Object(root)
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

fn projection_value(projection: &Projection) -> Value {
    let mut series = Map::new();
    for s in Series::ALL {
        let mut bands = Map::new();
        for (name, values) in projection.bands(s).columns() {
            bands.insert(
                name.into(),
                Value::Array(values.iter().map(|&x| rounded(x)).collect()),
            );
        }
        series.insert(s.key().into(), Value::Object(bands));
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
    let mut summary = Map::new();
    summary.insert(
        "breakdown_probability".into(),
        rounded(projection.summary.breakdown_probability),
    );
    summary.insert(
        "median_breakdown_month".into(),
        projection
            .summary
            .median_breakdown_month
            .map(Value::from)
            .unwrap_or(Value::Null),
    );
    summary.insert(
        "full_relief_month_p50".into(),
        projection
            .summary
            .full_relief_month_p50
            .map(Value::from)
            .unwrap_or(Value::Null),
    );
    let mut root = Map::new();
    root.insert("format".into(), PROJECTION_FORMAT.into());
    root.insert(
        "months".into(),
        Value::Array((0..=projection.horizon_months).map(Value::from).collect()),
    );
    root.insert("series".into(), Value::Object(series));
    root.insert("summary".into(), Value::Object(summary));
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
    Value::Object(root)
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
    out.push_str(",backsliding_risk,hazard\n");
    for month in 0..projection.len() {
        out.push_str(&month.to_string());
        for s in Series::ALL {
            for (_, values) in projection.bands(s).columns() {
                out.push_str(&format!(",{}", trim(values[month])));
            }
        }
        out.push_str(&format!(
            ",{},{}\n",
            trim(projection.backsliding_risk[month]),
            trim(projection.hazard[month])
        ));
    }
    out
}

fn trim(x: f64) -> String {
    format!("{}", (x * 1e6).round() / 1e6)
}

/// Reads a `relief-projection/1` document back, for round trips and comparisons.
pub fn parse_projection(text: &str) -> Result<Projection, ScenarioError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ScenarioError::one("", format!("not valid JSON: {e}")))?;
    let bad = |path: &str, what: &str| ScenarioError::one(path, what.to_string());
    if value.get("format").and_then(Value::as_str) != Some(PROJECTION_FORMAT) {
        return Err(bad("/format", "expected \"relief-projection/1\""));
    }
    let months = value
        .get("months")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("/months", "expected a list of months"))?;
    if months.is_empty() {
        return Err(bad("/months", "expected at least month 0"));
    }
    let horizon = (months.len() - 1) as u32;
    let numbers = |path: &str, v: Option<&Value>| -> Result<Vec<f64>, ScenarioError> {
        let list = v
            .and_then(Value::as_array)
            .ok_or_else(|| bad(path, "expected a list of numbers"))?;
        if list.len() != months.len() {
            return Err(bad(path, "expected one entry per month"));
        }
        list.iter()
            .map(|x| x.as_f64().ok_or_else(|| bad(path, "expected numbers")))
            .collect()
    };
    let series = value
        .get("series")
        .ok_or_else(|| bad("/series", "missing"))?;
    let bands = |s: Series| -> Result<Bands, ScenarioError> {
        let b = series.get(s.key());
        let path = format!("/series/{}", s.key());
        let column = |name: &str| numbers(&format!("{path}/{name}"), b.and_then(|b| b.get(name)));
        Ok(Bands {
            p10: column("p10")?,
            p25: column("p25")?,
            p50: column("p50")?,
            p75: column("p75")?,
            p90: column("p90")?,
            mean: column("mean")?,
        })
    };
    let summary = value
        .get("summary")
        .ok_or_else(|| bad("/summary", "missing"))?;
    let month_or_null = |key: &str| summary.get(key).and_then(Value::as_u64).map(|m| m as u32);
    Ok(Projection {
        horizon_months: horizon,
        trust: bands(Series::Trust)?,
        target_trust: bands(Series::TargetTrust)?,
        economy: bands(Series::Economy)?,
        leverage: bands(Series::Leverage)?,
        legitimacy: bands(Series::Legitimacy)?,
        backsliding_risk: numbers("/series/backsliding_risk", series.get("backsliding_risk"))?,
        hazard: numbers("/series/hazard", series.get("hazard"))?,
        trust_if_sincere: None,
        trust_if_insincere: None,
        relief_in_force: None,
        outcomes: None,
        summary: Summary {
            breakdown_probability: summary
                .get("breakdown_probability")
                .and_then(Value::as_f64)
                .ok_or_else(|| bad("/summary/breakdown_probability", "expected a number"))?,
            median_breakdown_month: month_or_null("median_breakdown_month"),
            full_relief_month_p50: month_or_null("full_relief_month_p50"),
        },
        warnings: value
            .get("warnings")
            .and_then(Value::as_array)
            .map(|w| {
                w.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default(),
    })
}
