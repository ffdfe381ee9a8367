//! Sentences as data: a [`Template`] is one sentence of the model's, with an id and its English
//! in Project Fluent's syntax (`{ $month }` where a value goes), and a [`Message`] is a template
//! with its values. The command line and the files the model writes read a message in English
//! ([`Message::english`]); the page reads it in the reader's language, from the catalogue of
//! that language, which holds a translation of every template under the same id. The English
//! catalogue of these sentences is written from the templates, so the two never differ.
//!
//! Templates hold only simple placeables (`{ $name }`): no selectors, no functions, so a value
//! is put in place by the plain substitution of [`fill`], here and on the page alike.

use crate::scenario::{Assumption, ShockKind, StepKind};

/// One sentence: its message id in the catalogues, and its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// The message id in every language's catalogue.
    pub id: &'static str,
    /// The sentence in English, with `{ $name }` where a value goes.
    pub english: &'static str,
}

/// A value in a sentence. Numbers keep their kind, so each language writes them in its own
/// digits; a step is named by its kind, so each language names it in its own words.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A month number ("month 12").
    Month(u32),
    /// A whole number.
    Count(u64),
    /// A share from 0 to 1, written as a whole percentage ("42%").
    Percent(f64),
    /// A number with this many decimals ("0.03", "1.5").
    Decimal(f64, usize),
    /// A number as Rust writes it shortest ("0.5", "2").
    Number(f64),
    /// One of the model's assumptions, written as its name.
    Assumption(Assumption),
    /// A kind of step, written as its name ("Asset unfreezing").
    Step(StepKind),
    /// A kind of shock, written as its name.
    Shock(ShockKind),
    /// What a kind of shock does, as it stands after a colon (its explanation, first letter in
    /// lower case in English).
    ShockExplanation(ShockKind),
    /// Another message, said first.
    Said(Box<Message>),
    /// Words already in the reader's language (another message, made first).
    Text(String),
}

/// A template with the values of its placeables.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The sentence.
    pub template: &'static Template,
    /// The value of each placeable, by name.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The sentence `template` with `args`.
    pub fn new(template: &'static Template, args: Vec<(&'static str, Arg)>) -> Message {
        Message { template, args }
    }

    /// The message in English, as the command line and the model's files give it.
    pub fn english(&self) -> String {
        fill(self.template.english, &self.args, &|arg| english_value(arg))
    }
}

/// An argument in English: months and counts in Western digits, shares as whole percentages.
pub fn english_value(arg: &Arg) -> String {
    match arg {
        Arg::Month(m) => m.to_string(),
        Arg::Count(n) => n.to_string(),
        Arg::Percent(share) => format!("{:.0}%", (share * 100.0).round()),
        Arg::Decimal(v, decimals) => format!("{v:.decimals$}"),
        Arg::Number(v) => format!("{v}"),
        Arg::Assumption(a) => a.label().to_owned(),
        Arg::Step(kind) => kind.label().to_owned(),
        Arg::Shock(kind) => kind.label().to_owned(),
        Arg::ShockExplanation(kind) => lowercase_first(kind.explanation()),
        Arg::Said(message) => message.english(),
        Arg::Text(text) => text.clone(),
    }
}

/// The text with its first letter in lower case. The texts are the model's own English, so
/// ASCII case is enough, and it keeps Unicode's case tables out of the page's module.
pub fn lowercase_first(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

/// `pattern` with each `{ $name }` replaced by the value of `name` written by `write`. A name
/// without a value is left as it stands, so a missing value shows rather than vanishes.
pub fn fill(pattern: &str, args: &[(&'static str, Arg)], write: &dyn Fn(&Arg) -> String) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find("{ $") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 3..];
        let Some(close) = after.find(" }") else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(&write(value)),
            None => out.push_str(&rest[open..open + 3 + close + 2]),
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

/// The placeables' names of a template, in order, each once.
pub fn placeables(pattern: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find("{ $") {
        let after = &rest[open + 3..];
        let Some(close) = after.find(" }") else { break };
        if !names.contains(&&after[..close]) {
            names.push(&after[..close]);
        }
        rest = &after[close + 2..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Template = Template {
        id: "test-sentence",
        english: "{ $step } at month { $month } leaves { $share } (and { $unknown })",
    };

    #[test]
    fn english_fills_every_kind_of_value() {
        let m = Message::new(
            &T,
            vec![
                ("step", Arg::Step(StepKind::AssetUnfreezing)),
                ("month", Arg::Month(4)),
                ("share", Arg::Percent(0.416)),
            ],
        );
        assert_eq!(
            m.english(),
            "Asset unfreezing at month 4 leaves 42% (and { $unknown })"
        );
        assert_eq!(placeables(T.english), ["step", "month", "share", "unknown"]);
    }
}
