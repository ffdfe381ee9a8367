//! Reading JSON text: the one strict reader every format's text goes through, and the errors
//! every reader reports.
//!
//! A problem is a [`FieldError`]: the JSON pointer of the field at fault and what is wrong with
//! it, in words a user can act on. [`parse_json`] turns text into a tree, refusing what
//! `serde_json::from_str` would let through or report without a path; the formats' own readers
//! ([`crate::FieldReader`] and what is built on it) then read the tree.

use core::fmt;

use serde_json::{Map, Value};

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

/// Every problem found in a document (a scenario, a projection, a preset, or another format
/// read with [`crate::FieldReader`]). Never empty. Shown one problem a line, each with its field's path.
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

/// Reads JSON text into a tree, strictly: the one way every format's text is read (files,
/// standard input, what the page sends as text, and what a link holds once it is unpacked).
///
/// A key given twice in one object and a number too large for a double are refused, named by
/// the field's JSON path (`/steps/1/month: the field "month" is given twice; keep one of
/// them`); text that is not JSON at all is refused saying where it stops being JSON.
pub fn parse_json(text: &str) -> Result<Value, DocumentError> {
    read_json(text).map_err(|problem| match problem {
        JsonError::Field(error) => DocumentError {
            errors: vec![error],
        },
        JsonError::Syntax(e) => syntax_error(&e),
    })
}

/// How text that is not JSON at all is reported: where it stops being JSON.
fn syntax_error(e: &serde_json::Error) -> DocumentError {
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
    DocumentError::one("", what)
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

/// Text as it is echoed back in a message: in double quotes, escaped, and cut after 40
/// characters with an ellipsis.
pub fn quote(text: &str) -> String {
    // Hostile or huge strings are shortened before they are echoed back in a message.
    let short: String = text.chars().take(40).collect();
    let suffix = if text.chars().count() > 40 { "…" } else { "" };
    format!("\"{}{suffix}\"", short.escape_debug())
}

/// A key as it stands in a JSON pointer: `~` and `/` escaped, cut after 40 characters.
pub(crate) fn escape_pointer(key: &str) -> String {
    let short: String = key.chars().take(40).collect();
    short.replace('~', "~0").replace('/', "~1")
}
