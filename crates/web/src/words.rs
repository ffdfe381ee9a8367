//! The module's English words as Fluent catalogues, written from the Rust that holds them and
//! never by hand, so the English the command line, the exports and the page show cannot drift
//! apart; the tests below fail when a file is out of date and say how to write it again.
//!
//! - `locales/en/model.ftl`: every name and explanation that [`crate::text::catalog`] gives the
//!   page (steps, actors, shocks, assumptions, lanes, series, charts, the target's types,
//!   outcomes), under ids the page looks up in the reader's language.
//! - `locales/en/sentences.ftl`: every sentence the module writes ([`crate::language::templates`]:
//!   the checker's warnings, the summary, the readout, what a change did), which the page hands
//!   back to the module in the reader's language.
//! - `locales/en/preset-texts.ftl`: each preset's title, description, why its assumptions are
//!   set as they are, what happened, and its milestones, which the page shows in the reader's
//!   language when it opens the preset (the sources keep their own titles); and the title and
//!   description of the scenario a first visit opens (`www/scenarios/default.json`).

use serde_json::Value;

/// A group of the model catalogue: its heading, the catalog's list, the field that names each
/// item, and the fields written as the message's attributes (attribute, field).
type Group = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// The catalogue's text: one message a name, its explanation (or short form, or description)
/// as attributes.
pub fn model_catalogue() -> String {
    let catalog = crate::text::catalog();
    let mut out = String::from(
        "# The model's names and explanations, as the page shows them. Written from the model by\n\
         # `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's\n\
         # words in Rust, never here. Translations live in the other languages' model.ftl.\n",
    );
    let groups: [Group; 9] = [
        (
            "Steps a side can take, on the timeline",
            "steps",
            "label",
            &[("explanation", "explanation")],
        ),
        ("Who takes a step", "steps", "actor_label", &[]),
        (
            "Shocks: events nobody chose",
            "shocks",
            "label",
            &[("explanation", "explanation")],
        ),
        (
            "The model's assumptions, which the reader can change",
            "assumptions",
            "label",
            &[("explanation", "explanation")],
        ),
        ("The timeline's lanes", "lanes", "label", &[]),
        (
            "What the model projects, month by month",
            "series",
            "label",
            &[("explanation", "explanation")],
        ),
        (
            "The charts: a title, and a description screen readers announce",
            "charts",
            "title",
            &[("description", "description")],
        ),
        (
            "The two kinds of target the model draws: one means its commitments, one does not",
            "target_types",
            "label",
            &[("short", "short_label")],
        ),
        (
            "How a future ends",
            "outcomes",
            "label",
            &[("explanation", "explanation")],
        ),
    ];
    for (heading, list, name, attributes) in groups {
        out.push_str(&format!("\n## {heading}\n\n"));
        let prefix = message_prefix(list, name);
        let mut seen = std::collections::BTreeSet::new();
        for item in catalog[list].as_array().into_iter().flatten() {
            let key = if name == "actor_label" {
                &item["actor"]
            } else {
                &item["key"]
            };
            let key = key.as_str().unwrap_or_default();
            if !seen.insert(key.to_owned()) {
                continue;
            }
            out.push_str(&format!("{prefix}-{key} = {}\n", escape(&item[name])));
            for (attribute, field) in attributes.iter() {
                out.push_str(&format!("    .{attribute} = {}\n", escape(&item[*field])));
            }
        }
    }
    out.push_str("\n## The breakdown charts' two quantities, and the model's doubt\n\n");
    let named = [
        ("model-breakdown-risk", &catalog["breakdown"]["risk_label"]),
        (
            "model-breakdown-hazard",
            &catalog["breakdown"]["hazard_label"],
        ),
        (
            "model-doubt-edges",
            &catalog["model_uncertainty"]["edges_label"],
        ),
        (
            "model-doubt-range",
            &catalog["model_uncertainty"]["range_label"],
        ),
    ];
    for (id, text) in named {
        out.push_str(&format!("{id} = {}\n", escape(text)));
    }
    out
}

/// The sentences' catalogue: each template's English under its id.
pub fn sentences_catalogue() -> String {
    let mut out = String::from(
        "# The sentences the model's module writes: the checker's warnings, the summary, the\n\
         # readout and what a change did. Written from the templates in Rust by\n\
         # `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.\n\
         # Translations keep every `{ $name }` and use no selectors or functions: the module\n\
         # puts the values in place itself, already written in the reader's digits.\n\n",
    );
    for template in crate::language::templates() {
        let placeables = relief_model::words::placeables(template.english);
        if !placeables.is_empty() {
            out.push_str(&format!(
                "# Values: {}\n",
                placeables
                    .iter()
                    .map(|p| format!("${p}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push_str(&format!(
            "{} = {}\n",
            template.id,
            fluent_text(template.english)
        ));
    }
    out
}

/// The presets' catalogue: `preset-<name>` is a preset's title, with its texts as attributes,
/// and `preset-<name>-milestone-<i>` each of its milestones.
pub fn preset_catalogue() -> String {
    let mut out = String::from(
        "# The presets' titles and texts. Written from crates/model/presets/*.json by\n\
         # `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.\n\
         # The historical texts are careful summaries of their sources: translate them as\n\
         # faithfully, keeping dates, figures and names of institutions as the language's press\n\
         # writes them.\n",
    );
    // The scenario a first visit opens, which is not a preset but is read the same way.
    let default: Value = serde_json::from_str(include_str!("../../../www/scenarios/default.json"))
        .unwrap_or_default();
    out.push_str("\n## The scenario a first visit opens\n\n");
    out.push_str(&format!(
        "default-scenario = {}\n",
        escape(&default["title"])
    ));
    out.push_str(&format!(
        "    .description = {}\n",
        escape(&default["description"])
    ));
    for preset in relief_model::presets() {
        let name = &preset.name;
        out.push_str(&format!("\n## {}\n\n", preset.scenario.title));
        out.push_str(&format!(
            "preset-{name} = {}\n",
            escape_text(&preset.scenario.title)
        ));
        out.push_str(&format!(
            "    .description = {}\n",
            escape_text(&preset.scenario.description)
        ));
        out.push_str(&format!(
            "    .assumptions-why = {}\n",
            escape_text(&preset.assumptions_why)
        ));
        if let Some(outcome) = &preset.outcome {
            out.push_str(&format!("    .outcome = {}\n", escape_text(outcome)));
        }
        for (i, milestone) in preset.milestones.iter().enumerate() {
            out.push_str(&format!(
                "preset-{name}-milestone-{i} = {}\n",
                escape_text(&milestone.event)
            ));
        }
    }
    out
}

/// A template's English as a Fluent value: its placeables kept, and a value that begins or
/// ends with a space written as a string literal, which Fluent would otherwise trim.
pub fn fluent_text(english: &str) -> String {
    if english.starts_with(' ') || english.ends_with(' ') {
        return format!(
            "{{ \"{}\" }}",
            english.replace('\\', "\\\\").replace('"', "\\\"")
        );
    }
    english.to_owned()
}

/// The id prefix of a catalog list's messages: `model-step-…`, `model-actor-…`.
fn message_prefix(list: &str, name: &str) -> &'static str {
    match (list, name) {
        ("steps", "actor_label") => "model-actor",
        ("steps", _) => "model-step",
        ("shocks", _) => "model-shock",
        ("assumptions", _) => "model-assumption",
        ("lanes", _) => "model-lane",
        ("series", _) => "model-series",
        ("charts", _) => "model-chart",
        ("target_types", _) => "model-target",
        _ => "model-outcome",
    }
}

/// A value as Fluent text: braces written as string literals, the only characters of the
/// model's words that Fluent would read as syntax on a single line.
fn escape(value: &Value) -> String {
    escape_text(value.as_str().unwrap_or_default())
}

/// Text as a Fluent value on one line (see [`escape`]).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue_path() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en/model.ftl")
    }

    #[test]
    fn the_english_catalogues_of_the_modules_words_are_current() {
        for (file, written) in [
            ("model.ftl", model_catalogue()),
            ("sentences.ftl", sentences_catalogue()),
            ("preset-texts.ftl", preset_catalogue()),
        ] {
            let path = catalogue_path().with_file_name(file);
            if std::env::var_os("RELIEF_WRITE_CATALOGUE").is_some() {
                std::fs::write(&path, &written).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == written,
                "locales/en/{file} is not what the module says: write it again with \
                 `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`, then bring \
                 the other languages' {file} up to date"
            );
        }
    }

    #[test]
    fn a_sentence_that_begins_or_ends_with_a_space_keeps_it() {
        assert_eq!(fluent_text("; "), "{ \"; \" }");
        assert_eq!(fluent_text("a { $b }"), "a { $b }");
    }

    #[test]
    fn every_name_the_page_shows_has_a_message() {
        let text = model_catalogue();
        for kind in relief_model::StepKind::ALL {
            let line = format!("model-step-{} = {}\n", kind.key(), kind.label());
            assert!(text.contains(&line), "{line}");
        }
        for chart in relief_charts::ChartKind::ALL {
            assert!(
                text.contains(&format!("model-chart-{} = ", chart.key())),
                "{}",
                chart.key()
            );
        }
        assert!(text.contains("model-lane-shocks = Shocks\n"));
    }

    #[test]
    fn braces_are_escaped() {
        assert_eq!(escape(&Value::from("a {b} c")), "a {\"{\"}b{\"}\"} c");
    }
}
