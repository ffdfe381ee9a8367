//! The wire formats: reading and writing `relief-scenario/1` and `relief-projection/1`.
//!
//! Reading is done by hand over a JSON tree rather than by derived deserializers, so that every
//! problem is reported with the JSON path of the field (`/steps/3/month: 61 is past
//! horizon_months 48`), all problems are reported at once, and unknown fields are named.

use core::fmt;

use serde_json::{Map, Value};

use crate::projection::{Bands, Outcome, Outcomes, PROJECTION_FORMAT, Projection, Series, Summary};
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
    let value = read_json(text).map_err(|problem| match problem {
        JsonError::Field(error) => ScenarioError {
            errors: vec![error],
        },
        JsonError::Syntax(e) => syntax_error(&e),
    })?;
    scenario_from_value(&value)
}

/// How a scenario that is not JSON at all is reported: where the text stops being JSON.
fn syntax_error(e: &serde_json::Error) -> ScenarioError {
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
}

/// Validates a scenario already parsed as JSON (as the page and the JS API receive it).
pub fn scenario_from_value(value: &Value) -> Result<Scenario, ScenarioError> {
    let mut reader = FieldReader::new();
    let scenario = reader.scenario(value);
    reader
        .finish(scenario)
        .map_err(|errors| ScenarioError { errors })
}

/// Why JSON text could not be read into a tree.
pub(crate) enum JsonError {
    /// The text is not JSON: serde_json's own error, with its line and column.
    Syntax(serde_json::Error),
    /// The text is JSON, but one field in it cannot be read faithfully: a key given twice in
    /// one object, or a number too large for a double. Named by the field's path.
    Field(FieldError),
}

/// Reads JSON text into a tree, refusing what `serde_json::from_str` would let through or
/// report without a path.
///
/// `serde_json`'s `Value` keeps the last of two equal keys without a word, so nobody would know
/// which value won; and a number too large for a double is a syntax error at a line and column
/// there, which does not tell a user which field to fix. This reader builds the same tree with
/// its own visitor, which sees every key and knows where in the document it is. The nesting
/// limit and every other syntax check stay serde_json's.
pub(crate) fn read_json(text: &str) -> Result<Value, JsonError> {
    let problems = JsonProblems::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let tree = JsonTree {
        at: &JsonPath::Root,
        problems: &problems,
    };
    let read = serde::de::DeserializeSeed::deserialize(tree, &mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    read.map_err(|e| {
        if let Some(duplicate) = problems.duplicate.take() {
            JsonError::Field(duplicate)
        } else if is_number_out_of_range(&e) {
            JsonError::Field(FieldError {
                path: problems.failed_at.take().unwrap_or_default(),
                message: format!(
                    "{} is too large; a number may be at most about 1.8e308",
                    number_at(text, e.line(), e.column()).unwrap_or_else(|| format!(
                        "the number at line {}, column {}",
                        e.line(),
                        e.column()
                    ))
                ),
            })
        } else {
            JsonError::Syntax(e)
        }
    })
}

/// The number whose last character is at `line` and `column` (both from 1, as serde_json
/// counts them), echoed back so a user sees which one is meant; `None` if none is there.
fn number_at(text: &str, line: usize, column: usize) -> Option<String> {
    let line_text = text.split('\n').nth(line.checked_sub(1)?)?.as_bytes();
    let last = column.checked_sub(1)?.min(line_text.len().checked_sub(1)?);
    let in_number = |b: &u8| b.is_ascii_digit() || b"+-.eE".contains(b);
    let start = line_text[..=last]
        .iter()
        .rposition(|b| !in_number(b))
        .map_or(0, |i| i + 1);
    let end = line_text[start..]
        .iter()
        .position(|b| !in_number(b))
        .map_or(line_text.len(), |i| start + i);
    // Only ASCII is kept, so the slice is text; a number this long is cut as any echo is.
    let number = core::str::from_utf8(&line_text[start..end]).ok()?;
    (!number.is_empty()).then(|| {
        let short: String = number.chars().take(40).collect();
        if number.len() > 40 {
            format!("{short}…")
        } else {
            short
        }
    })
}

fn is_number_out_of_range(e: &serde_json::Error) -> bool {
    e.classify() == serde_json::error::Category::Syntax
        && e.to_string().starts_with("number out of range")
}

/// What the visitor learns on the way that serde_json's error cannot carry.
#[derive(Default)]
struct JsonProblems {
    /// The first key found twice in one object, with its path and message.
    duplicate: core::cell::Cell<Option<FieldError>>,
    /// The path of the innermost value that failed to read: where a number out of range is.
    failed_at: core::cell::Cell<Option<String>>,
}

impl JsonProblems {
    /// Remembers where reading failed; the innermost value fails first, so the first call wins.
    fn failed(&self, at: &JsonPath) {
        let earlier = self.failed_at.take();
        self.failed_at
            .set(Some(earlier.unwrap_or_else(|| at.pointer())));
    }
}

/// Where a value sits in the document, kept on the stack as the reader descends, so that a path
/// is only written out when there is a problem to name.
enum JsonPath<'p> {
    Root,
    Key(&'p JsonPath<'p>, &'p str),
    Index(&'p JsonPath<'p>, usize),
}

impl JsonPath<'_> {
    /// The JSON pointer, such as `/steps/3/month`, in the form every other message uses.
    fn pointer(&self) -> String {
        match self {
            JsonPath::Root => String::new(),
            JsonPath::Key(parent, key) => format!("{}/{}", parent.pointer(), escape_pointer(key)),
            JsonPath::Index(parent, index) => format!("{}/{index}", parent.pointer()),
        }
    }
}

/// Builds one value of the tree at a known place in the document.
struct JsonTree<'a> {
    at: &'a JsonPath<'a>,
    problems: &'a JsonProblems,
}

impl<'de> serde::de::DeserializeSeed<'de> for JsonTree<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for JsonTree<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, x: f64) -> Result<Value, E> {
        // serde_json never hands over a number that is not finite; were it to, it would be
        // null, as serde_json's own tree makes it.
        Ok(serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, text: &str) -> Result<Value, E> {
        Ok(Value::String(text.to_string()))
    }

    fn visit_string<E>(self, text: String) -> Result<Value, E> {
        Ok(Value::String(text))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let at = JsonPath::Index(self.at, items.len());
            let item = JsonTree {
                at: &at,
                problems: self.problems,
            };
            match seq.next_element_seed(item) {
                Ok(Some(value)) => items.push(value),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    self.problems.failed(&at);
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let at = JsonPath::Key(self.at, &key);
            if object.contains_key(&key) {
                self.problems.duplicate.set(Some(FieldError {
                    path: at.pointer(),
                    message: format!("the field {} is given twice; keep one of them", quote(&key)),
                }));
                return Err(serde::de::Error::custom("a key is given twice"));
            }
            let value = JsonTree {
                at: &at,
                problems: self.problems,
            };
            match map.next_value_seed(value) {
                Ok(value) => {
                    object.insert(key, value);
                }
                Err(e) => {
                    self.problems.failed(&at);
                    return Err(e);
                }
            }
        }
        Ok(Value::Object(object))
    }
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
        let senders = if !senders_known {
            SendersRead::Broken
        } else if root.get("senders").is_none() {
            SendersRead::Absent
        } else {
            SendersRead::Named(&scenario.senders)
        };
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
        scenario
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

/// The scenario as a JSON tree in `relief-scenario/1`, every field of the first edition written
/// out; the fields added since (senders, a step's sender and expiry, a shock's sender, the
/// later assumptions) only when they are used, so a scenario that uses none of them is written
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
            if let Some(name) = sender_name(scenario, s.sender) {
                m.insert("sender".into(), name.into());
            }
            if let Some(months) = s.expires_after {
                m.insert("expires_after".into(), months.into());
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
            if let Some(name) = sender_name(scenario, s.sender) {
                m.insert("sender".into(), name.into());
            }
            Value::Object(m)
        })
        .collect();
    root.insert("shocks".into(), Value::Array(shocks));
    Value::Object(root)
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
        out.push('\n');
    }
    out
}

fn trim(x: f64) -> String {
    format!("{}", (x * 1e6).round() / 1e6)
}

/// Reads a `relief-projection/1` document back, for round trips and comparisons.
pub fn parse_projection(text: &str) -> Result<Projection, ScenarioError> {
    let value = read_json(text).map_err(|problem| match problem {
        JsonError::Field(error) => ScenarioError {
            errors: vec![error],
        },
        JsonError::Syntax(e) => ScenarioError::one("", format!("not valid JSON: {e}")),
    })?;
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
    let bands_at = |key: &str| -> Result<Bands, ScenarioError> {
        let b = series.get(key);
        let path = format!("/series/{key}");
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
    let bands = |s: Series| bands_at(s.key());
    // The series added after the first edition are optional: a file written before them lacks
    // them and still reads, but one that has them must have them whole.
    let optional_bands = |key: &str| -> Result<Option<Bands>, ScenarioError> {
        series.get(key).map(|_| bands_at(key)).transpose()
    };
    let outcomes = || -> Result<Option<Outcomes>, ScenarioError> {
        let Some(shares) = series.get("outcomes") else {
            return Ok(None);
        };
        let column = |outcome: Outcome| {
            numbers(
                &format!("/series/outcomes/{}", outcome.key()),
                shares.get(outcome.key()),
            )
        };
        Ok(Some(Outcomes {
            sustained: column(Outcome::Sustained)?,
            exploited: column(Outcome::Exploited)?,
            caught: column(Outcome::Caught)?,
            collapsed: column(Outcome::Collapsed)?,
        }))
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
        trust_if_sincere: optional_bands("trust_if_sincere")?,
        trust_if_insincere: optional_bands("trust_if_insincere")?,
        relief_in_force: optional_bands("relief_in_force")?,
        outcomes: outcomes()?,
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
