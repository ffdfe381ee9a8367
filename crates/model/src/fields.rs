//! Reading the fields of a JSON tree by hand: [`FieldReader`], which every format's reader is
//! built on (scenarios, projections, presets, and the workshop's exercises and hand-backs), so
//! that every problem is named by its JSON path in the same words, all problems are reported
//! at once, and unknown fields are named.

use serde_json::{Map, Value};

use crate::json::{DocumentError, FieldError, escape_pointer, quote};
use crate::scenario::Scenario;

/// Reads fields of a JSON document by hand, collecting every problem with its JSON path
/// instead of stopping at the first.
///
/// Each reader method checks one value, records a [`FieldError`] when the value is wrong and
/// returns `None` (or an empty list), so reading carries on and the whole document is checked
/// in one go. At most the first hundred problems are kept. The scenario reader is built on it,
/// and so are other formats that want the same messages.
#[derive(Clone, Debug, Default)]
pub struct FieldReader {
    pub(crate) errors: Vec<FieldError>,
}

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

    /// Ends reading a whole document whose reader gives `None` when a field it needs has a
    /// problem: the document when no problem was found, otherwise every problem found.
    pub fn finish_document<T>(self, document: Option<T>) -> Result<T, DocumentError> {
        match self.finish(document) {
            Ok(Some(document)) => Ok(document),
            // A reader records a problem before it gives up, so this is never reached.
            Ok(None) => Err(DocumentError::one("", "the document cannot be read")),
            Err(errors) => Err(DocumentError { errors }),
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

    /// The field `key` of the object at `path`, or `None` with the problem recorded when it is
    /// missing: "missing; " followed by `why`, such as "every milestone needs a date".
    pub fn required<'v>(
        &mut self,
        path: &str,
        map: &'v Map<String, Value>,
        key: &str,
        why: &str,
    ) -> Option<&'v Value> {
        let value = map.get(key);
        if value.is_none() {
            self.error(&format!("{path}/{key}"), format!("missing; {why}"));
        }
        value
    }

    /// Reads a list of at most `max` items (`what` names them in the plural, as for
    /// [`FieldReader::list`]), each with `read` at its own path, such as `/milestones/3`.
    /// `None` when the list or any of its items has a problem.
    pub fn items<T>(
        &mut self,
        path: &str,
        value: &Value,
        max: usize,
        what: &str,
        mut read: impl FnMut(&mut FieldReader, &str, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let before = self.errors.len();
        let items = self.list(path, value, max, what);
        let read: Vec<Option<T>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| read(self, &format!("{path}/{i}"), item))
            .collect();
        (self.errors.len() == before).then(|| read.into_iter().flatten().collect())
    }

    /// Reads a number: any a JSON document can hold.
    pub fn number(&mut self, path: &str, value: &Value) -> Option<f64> {
        let Some(number) = value.as_f64() else {
            self.error(path, format!("expected a number, got {}", kind_of(value)));
            return None;
        };
        Some(number)
    }

    /// Reads one line of text of at most `max_chars` characters, such as a name or a headline:
    /// not blank and without control characters, returned trimmed. `what` names it in
    /// messages, such as "the team's name".
    pub fn line(
        &mut self,
        path: &str,
        value: &Value,
        max_chars: usize,
        what: &str,
    ) -> Option<String> {
        let text = self.string(path, value, max_chars)?;
        let text = text.trim().to_string();
        if text.is_empty() {
            self.error(path, format!("{what} is empty; write one"));
            return None;
        }
        if text.chars().any(char::is_control) {
            self.error(
                path,
                format!("{what} must be one line of text, without control characters"),
            );
            return None;
        }
        Some(text)
    }

    /// Reads a `relief-scenario/1` document held in a field of another document, such as an
    /// exercise's starting scenario; its problems are named by their paths under `path`
    /// (`/scenario/steps/0/month: …`).
    pub fn scenario(&mut self, path: &str, value: &Value) -> Option<Scenario> {
        let read = self.held_scenario(path, value);
        read.valid.then_some(read.scenario)
    }
}

fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
