//! The words the workshop's modules share (how a list and a quoted name are written), and
//! every sentence of the crate gathered in one list: the page resolves them in the reader's
//! language ([`crate::bindings::workshop_sentence_ids`]), and the English catalogue of them,
//! `locales/en/workshop-sentences.ftl`, is written from them by a test below, so the two
//! never differ.

use relief_model::words::{Arg, Template};
use relief_web::language::sentence;

templates! {
    SHARED_TEMPLATES;
    LIST_SEPARATOR = "workshop-list-separator": ", ";
    LIST_AND = "workshop-list-and": "{ $init } and { $last }";
    QUOTED = "workshop-quoted": "“{ $text }”";
}

/// Every sentence the workshop's module writes, module by module.
pub fn templates() -> Vec<&'static Template> {
    let mut all: Vec<&'static Template> = SHARED_TEMPLATES.to_vec();
    for list in [
        crate::exercise::EXERCISE_TEMPLATES,
        crate::remarks::REMARK_TEMPLATES,
        crate::changes::CHANGE_TEMPLATES,
        crate::ranking::RANKING_TEMPLATES,
        crate::code::CODE_TEMPLATES,
        crate::reading::READING_TEMPLATES,
        crate::bindings::BINDING_TEMPLATES,
    ] {
        all.extend_from_slice(list);
    }
    all
}

/// Words already written, as a value in a sentence.
pub(crate) fn text(words: impl Into<String>) -> Arg {
    Arg::Text(words.into())
}

/// Items joined as the reader's language lists them: "a, b, c".
pub(crate) fn joined(items: &[String]) -> String {
    items.join(&sentence(&LIST_SEPARATOR, vec![]))
}

/// Items as one phrase: "a", "a and b", "a, b and c".
pub(crate) fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => sentence(
            &LIST_AND,
            vec![("init", text(joined(init))), ("last", text(last.clone()))],
        ),
    }
}

/// A name in the reader's quotation marks: “Blue”.
pub(crate) fn quoted(name: &str) -> String {
    sentence(&QUOTED, vec![("text", text(name))])
}

/// The catalogue's text: each template's English under its id, with the names of its values
/// above it.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalogue() -> String {
    let mut out = String::from(
        "# The sentences the workshop's module writes: remarks for the facilitator, what a team\n\
         # changed, the ranking's rule and columns, the locks, and what is wrong with a typed\n\
         # code or a team added to the comparison. Written from the templates in Rust by\n\
         # `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.\n\
         # Translations keep every `{ $name }` and use no selectors or functions: the module\n\
         # puts the values in place itself, already written in the reader's digits.\n\n",
    );
    for template in templates() {
        let placeables = relief_model::words::placeables(template.english);
        if !placeables.is_empty() {
            let names: Vec<String> = placeables.iter().map(|p| format!("${p}")).collect();
            out.push_str(&format!("# Values: {}\n", names.join(", ")));
        }
        out.push_str(&format!(
            "{} = {}\n",
            template.id,
            relief_web::words::fluent_text(template.english)
        ));
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_of_the_workshops_sentences_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../locales/en/workshop-sentences.ftl");
        let written = catalogue();
        if std::env::var_os("RELIEF_WRITE_CATALOGUE").is_some() {
            std::fs::write(&path, &written).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == written,
            "locales/en/workshop-sentences.ftl is not what the module says: write it again with \
             `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`, then bring \
             the other languages' workshop-sentences.ftl up to date"
        );
    }

    #[test]
    fn every_sentence_has_its_own_workshop_id() {
        let all = templates();
        let mut ids: Vec<&str> = all.iter().map(|t| t.id).collect();
        assert!(ids.iter().all(|id| id.starts_with("workshop-")), "{ids:?}");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "an id is given twice");
        // The explorer's ids are resolved too: none may be taken again here.
        let explorer = relief_web::language::sentence_ids();
        assert!(ids.iter().all(|id| !explorer.iter().any(|e| e == id)));
    }

    /// Persian, with a few of the workshop's sentences, the names they hold and its digits.
    const PERSIAN: &str = r#"{"sentences": {
            "workshop-change-moved": "{ $item } از ماه { $from } به ماه { $to } رفت",
            "model-step-compliance_step": "گام پایبندی",
            "workshop-score": "{ $score } ± { $error }",
            "workshop-list-and": "{ $init } و { $last }",
            "workshop-list-separator": "، "
        },
        "digits": ["۰","۱","۲","۳","۴","۵","۶","۷","۸","۹"], "decimal": "٫", "minus": "−",
        "percent_before": "", "percent_after": "٪"}"#;

    #[test]
    fn the_workshop_speaks_the_language_the_page_set_and_english_again_after() {
        use relief_model::{Step, StepKind};
        let start = relief_model::Scenario {
            steps: vec![Step::new(StepKind::ComplianceStep, 2)],
            ..Default::default()
        };
        let mut moved = start.clone();
        moved.steps[0].month = 12;
        let score = crate::ranking::Score {
            value: 72.4,
            error: 0.82,
        };
        let items: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();

        relief_web::language::set_language(PERSIAN).unwrap();
        let said = crate::changes::changes(&start, &moved);
        assert_eq!(said[0].text, "گام پایبندی از ماه ۲ به ماه ۱۲ رفت");
        assert_eq!(score.text(), "۷۲ ± ۰٫۸");
        assert_eq!(listed(&items), "a، b و c");
        // A sentence the language lacks is said in English, with the language's digits.
        let mut emptied = start.clone();
        emptied.steps.clear();
        assert_eq!(
            crate::changes::changes(&start, &emptied)[0].text,
            "گام پایبندی at month ۲ removed"
        );

        relief_web::language::set_language("null").unwrap();
        let said = crate::changes::changes(&start, &moved);
        assert_eq!(
            said[0].text,
            "Compliance step moved from month 2 to month 12"
        );
        assert_eq!(score.text(), "72 ± 0.8");
    }

    #[test]
    fn lists_and_quotes_read_as_english_writes_them() {
        let items = |n: usize| -> Vec<String> {
            ["a", "b", "c"][..n].iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(listed(&items(0)), "");
        assert_eq!(listed(&items(1)), "a");
        assert_eq!(listed(&items(2)), "a and b");
        assert_eq!(listed(&items(3)), "a, b and c");
        assert_eq!(joined(&items(3)), "a, b, c");
        assert_eq!(quoted("Blue"), "“Blue”");
        assert!(catalogue().contains("workshop-list-separator = { \", \" }\n"));
    }
}
