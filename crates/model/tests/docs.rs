//! The model document must not drift from the code. Its parameter table, between the markers
//! below in `docs/model.md`, is generated from `Params::TABLE`; this test fails when the two
//! differ, and rewrites the table instead when `RELIEF_UPDATE_DOCS` is set, which is what
//! `cargo xtask docs` does. It also fails when a coefficient is named nowhere in the document's
//! text, or when the text names a coefficient that no longer exists.

use std::path::PathBuf;

use relief_model::Params;

/// The line before the generated table.
const BEGIN: &str = "<!-- params:begin (generated from Params::TABLE by `cargo xtask docs`; do not edit by hand) -->";
/// The line after it.
const END: &str = "<!-- params:end -->";

/// Set to rewrite the table instead of checking it.
const UPDATE: &str = "RELIEF_UPDATE_DOCS";

fn model_doc() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/model.md")
}

/// A number as the document prints it: the shortest decimal that reads back exactly, with a
/// true minus sign.
fn number(x: f64) -> String {
    let text = format!("{x}");
    match text.strip_prefix('-') {
        Some(magnitude) => format!("−{magnitude}"),
        None => text,
    }
}

/// Documentation text on one line of a table cell: the doc comment's lines joined, spaces
/// collapsed, and the cell separator escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The table as `Params::TABLE` gives it, markers included.
fn generated_table() -> String {
    let mut table = format!(
        "{BEGIN}\n\n| Parameter | Meaning | Default | Plausible range | Why this range |\n|---|---|---|---|---|\n"
    );
    for c in Params::TABLE {
        let range = if c.low == c.high {
            format!("fixed at {}", number(c.low))
        } else {
            format!("{} to {}", number(c.low), number(c.high))
        };
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            c.name,
            cell(c.doc),
            number(c.default),
            range,
            cell(c.why)
        ));
    }
    table.push('\n');
    table.push_str(END);
    table
}

/// Where the generated table sits in the document, markers included.
fn table_span(doc: &str) -> std::ops::Range<usize> {
    let begin = doc.find(BEGIN).unwrap_or_else(|| {
        panic!("docs/model.md has no line {BEGIN:?}: put it where the parameter table goes, with {END:?} after it, and run `cargo xtask docs`")
    });
    assert_eq!(
        doc.matches(BEGIN).count(),
        1,
        "docs/model.md has more than one {BEGIN:?}"
    );
    let end = doc[begin..]
        .find(END)
        .map(|at| begin + at + END.len())
        .unwrap_or_else(|| panic!("docs/model.md has no {END:?} after {BEGIN:?}"));
    begin..end
}

#[test]
fn the_parameter_table_is_generated_from_params() {
    let path = model_doc();
    let doc = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("could not read {}: {e}", path.display()));
    let span = table_span(&doc);
    let expected = generated_table();
    if doc[span.clone()] == expected {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        let mut updated = String::with_capacity(doc.len() + expected.len());
        updated.push_str(&doc[..span.start]);
        updated.push_str(&expected);
        updated.push_str(&doc[span.end..]);
        std::fs::write(&path, updated)
            .unwrap_or_else(|e| panic!("could not write {}: {e}", path.display()));
        println!("rewrote the parameter table of {}", path.display());
        return;
    }
    let current: Vec<&str> = doc[span].lines().collect();
    let first_difference = expected
        .lines()
        .zip(current.iter().chain(std::iter::repeat(&"")))
        .find(|(want, have)| want != *have)
        .map(|(want, have)| format!("\n  the document has: {have}\n  Params::TABLE gives: {want}"))
        .unwrap_or_else(|| "\n  the document's table has extra lines".to_owned());
    panic!(
        "the parameter table in docs/model.md differs from Params::TABLE; run `cargo xtask docs` \
         to regenerate it, then review and commit the change.{first_difference}"
    );
}

/// The document's text outside the generated table.
fn prose(doc: &str) -> String {
    let span = table_span(doc);
    format!("{}{}", &doc[..span.start], &doc[span.end..])
}

/// The lower-case names with an underscore that a text uses (`like_this`), in code blocks too.
fn snake_case_names(text: &str) -> std::collections::BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| {
            word.contains('_')
                && !word.starts_with('_')
                && !word.chars().any(|c| c.is_ascii_uppercase())
        })
        .collect()
}

/// Symbols the document defines for its own equations, which are not names from the code's
/// formats or calibration.
const DOCUMENT_SYMBOLS: &[&str] = &[
    "count_i",
    "month_of_compliance",
    "promised_k",
    "u_discover",
    "u_react",
    "u_renege",
    "u_snapback",
];

#[test]
fn the_text_names_every_coefficient_and_no_other() {
    let doc = std::fs::read_to_string(model_doc()).expect("docs/model.md is readable");
    let text = prose(&doc);
    let names = snake_case_names(&text);
    let unnamed: Vec<&str> = Params::TABLE
        .iter()
        .map(|c| c.name)
        .filter(|name| !names.contains(name))
        .collect();
    assert!(
        unnamed.is_empty(),
        "docs/model.md's text never names these coefficients (name each where its mechanism is \
         explained): {}",
        unnamed.join(", ")
    );
    // A name that is neither a coefficient, nor a name of the formats, nor a symbol the document
    // defines is stale: a coefficient that was renamed or removed.
    let known = known_format_names();
    let stale: Vec<&str> = names
        .into_iter()
        .filter(|name| Params::TABLE.iter().all(|c| c.name != *name))
        .filter(|name| !known.iter().any(|k| k == name))
        .filter(|name| !DOCUMENT_SYMBOLS.contains(name))
        .collect();
    assert!(
        stale.is_empty(),
        "docs/model.md names what is neither a coefficient of Params, nor a name of the scenario or \
         projection formats, nor one of the document's own symbols: {}",
        stale.join(", ")
    );
}

/// Names from the scenario and projection formats, which the document may write in backticks.
fn known_format_names() -> Vec<String> {
    use relief_model::{Assumption, Outcome, Series, ShockKind, StepKind};
    let mut names: Vec<String> = Vec::new();
    names.extend(Assumption::ALL.iter().map(|a| a.key().to_owned()));
    names.extend(StepKind::ALL.iter().map(|k| k.key().to_owned()));
    names.extend(ShockKind::ALL.iter().map(|k| k.key().to_owned()));
    names.extend(Series::ALL.iter().map(|s| s.key().to_owned()));
    names.extend(Outcome::ALL.iter().map(|o| o.key().to_owned()));
    names.extend(
        [
            // Scenario fields.
            "horizon_months",
            "expires_after",
            "parameter_uncertainty",
            // Projection fields.
            "backsliding_risk",
            "trust_if_sincere",
            "trust_if_insincere",
            "relief_in_force",
            "breakdown_probability",
            "median_breakdown_month",
            "full_relief_month_p50",
        ]
        .map(str::to_owned),
    );
    names
}
