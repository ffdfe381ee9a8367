//! The reader's language inside the module: the sentences the module writes (the checker's
//! warnings, the summary, the readout, what a change did) are [`Template`]s, filled here in the
//! language the page gave with [`set_language`], and their numbers written in its digits. The
//! page resolves each template from its catalogue once, when its language loads; until then,
//! and on the command line, everything is English, exactly as before languages existed.

use std::cell::RefCell;
use std::collections::HashMap;

use relief_model::words::{Arg, Message, Template, english_value, fill};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// How a language writes numbers, as the page's `Intl.NumberFormat` does.
#[derive(Debug, Clone, PartialEq)]
struct Numbers {
    /// The ten digits, zero first.
    digits: [String; 10],
    decimal: String,
    minus: String,
    /// What comes before and after a whole percentage's digits ("", "%"; "", "٪").
    percent_before: String,
    percent_after: String,
}

/// A language other than English: its sentences by id, and its numbers.
#[derive(Debug, Clone, PartialEq)]
struct Language {
    sentences: HashMap<String, String>,
    numbers: Numbers,
}

thread_local! {
    static LANGUAGE: RefCell<Option<Language>> = const { RefCell::new(None) };
}

/// Every sentence the module can write, for the page to resolve in its language and for the
/// English catalogue.
pub fn templates() -> Vec<&'static Template> {
    let mut all: Vec<&'static Template> = relief_model::CHECKER_TEMPLATES.to_vec();
    all.extend_from_slice(relief_model::EXPLAIN_TEMPLATES);
    all.extend_from_slice(relief_model::MEASURE_TEMPLATES);
    all.extend_from_slice(relief_model::SENSITIVITY_TEMPLATES);
    all.extend_from_slice(relief_model::OPTIMIZE_TEMPLATES);
    all.extend_from_slice(crate::text::TEMPLATES);
    #[cfg(feature = "suggest")]
    all.extend_from_slice(crate::suggest::TEMPLATES);
    all
}

/// How the charts' axes write numbers in the reader's language (`None` in English).
pub fn numerals() -> Option<relief_charts::Numerals> {
    with_numbers(|numbers| {
        numbers.map(|n| relief_charts::Numerals {
            digits: n.digits.clone(),
            decimal: n.decimal.clone(),
            percent_before: n.percent_before.clone(),
            percent_after: n.percent_after.clone(),
        })
    })
}

/// The message ids the page resolves for [`set_language`]: every sentence's, and the names
/// sentences and tables use (steps, series, the target's types, outcomes, the breakdown's risk
/// and the model's doubt), from the model's catalogue.
#[wasm_bindgen]
pub fn sentence_ids() -> Vec<String> {
    use relief_charts::TargetType;
    use relief_model::{Assumption, Outcome, Series, ShockKind, StepKind};
    let mut ids: Vec<String> = templates().iter().map(|t| t.id.to_owned()).collect();
    ids.extend(
        StepKind::ALL
            .iter()
            .map(|k| format!("model-step-{}", k.key())),
    );
    ids.extend(
        Assumption::ALL
            .iter()
            .map(|a| format!("model-assumption-{}", a.key())),
    );
    ids.extend(ShockKind::ALL.iter().flat_map(|k| {
        [
            format!("model-shock-{}", k.key()),
            format!("model-shock-{}.explanation", k.key()),
        ]
    }));
    ids.extend(
        Series::ALL
            .iter()
            .map(|s| format!("model-series-{}", s.key())),
    );
    ids.extend(
        TargetType::ALL
            .iter()
            .map(|t| format!("model-target-{}", t.key())),
    );
    ids.extend(
        Outcome::ALL
            .iter()
            .map(|o| format!("model-outcome-{}", o.key())),
    );
    ids.extend([
        "model-breakdown-risk".to_owned(),
        "model-doubt-range".to_owned(),
    ]);
    ids
}

/// The name `id` of the model's catalogue in the reader's language, `english` until the page
/// sets another.
pub fn word(id: &str, english: &str) -> String {
    LANGUAGE.with(|cell| {
        cell.borrow()
            .as_ref()
            .and_then(|l| l.sentences.get(id).cloned())
            .unwrap_or_else(|| english.to_owned())
    })
}

/// Puts the module's sentences in the reader's language. `words` is JSON text:
/// `{"sentences": {id: pattern}, "digits": [ten strings], "decimal", "minus",
/// "percent_before", "percent_after"}`, each pattern with `{ $name }` where a value goes, as the
/// English templates have them. `null` goes back to English.
#[wasm_bindgen]
pub fn set_language(words: &str) -> Result<(), JsError> {
    let language = read_language(words).map_err(|e| JsError::new(&e))?;
    LANGUAGE.with(|cell| *cell.borrow_mut() = language);
    Ok(())
}

fn read_language(words: &str) -> Result<Option<Language>, String> {
    let value: Value =
        serde_json::from_str(words).map_err(|e| format!("the page's words are not JSON: {e}"))?;
    if value.is_null() {
        return Ok(None);
    }
    let text = |key: &str| -> Result<String, String> {
        value[key]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("the page's words lack `{key}`"))
    };
    let digits: Vec<String> = value["digits"]
        .as_array()
        .map(|d| {
            d.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let digits: [String; 10] = digits
        .try_into()
        .map_err(|_| "the page's words need ten `digits`".to_owned())?;
    let sentences = value["sentences"]
        .as_object()
        .ok_or("the page's words lack `sentences`")?
        .iter()
        .filter_map(|(id, pattern)| Some((id.clone(), pattern.as_str()?.to_owned())))
        .collect();
    Ok(Some(Language {
        sentences,
        numbers: Numbers {
            digits,
            decimal: text("decimal")?,
            minus: text("minus")?,
            percent_before: text("percent_before")?,
            percent_after: text("percent_after")?,
        },
    }))
}

/// `ascii` (digits, '.', '-') in the language's digits.
fn localize_digits(ascii: &str, numbers: &Numbers) -> String {
    let mut out = String::with_capacity(ascii.len() * 2);
    for c in ascii.chars() {
        match c {
            '0'..='9' => out.push_str(&numbers.digits[c as usize - '0' as usize]),
            '.' => out.push_str(&numbers.decimal),
            '-' => out.push_str(&numbers.minus),
            c => out.push(c),
        }
    }
    out
}

/// A whole number in the reader's digits.
pub fn whole(n: u64) -> String {
    with_numbers(|numbers| match numbers {
        Some(numbers) => localize_digits(&n.to_string(), numbers),
        None => n.to_string(),
    })
}

/// A 0-to-1 level as the page writes it: two decimals ("0.42", "۰٫۴۲").
pub fn level(v: f64) -> String {
    let ascii = format!("{v:.2}");
    with_numbers(|numbers| match numbers {
        Some(numbers) => localize_digits(&ascii, numbers),
        None => ascii,
    })
}

/// A number with `decimals` decimals, in the reader's digits.
pub fn decimals(v: f64, decimals: usize) -> String {
    let ascii = format!("{v:.decimals$}");
    with_numbers(|numbers| match numbers {
        Some(numbers) => localize_digits(&ascii, numbers),
        None => ascii,
    })
}

/// A share as a whole percentage ("42%", "۴۲٪").
pub fn percent(v: f64) -> String {
    let whole = format!("{:.0}", (v * 100.0).round());
    with_numbers(|numbers| match numbers {
        Some(n) => format!(
            "{}{}{}",
            n.percent_before,
            localize_digits(&whole, n),
            n.percent_after
        ),
        None => format!("{whole}%"),
    })
}

fn with_numbers<R>(f: impl FnOnce(Option<&Numbers>) -> R) -> R {
    LANGUAGE.with(|cell| f(cell.borrow().as_ref().map(|l| &l.numbers)))
}

/// A value in the reader's language.
fn value(arg: &Arg) -> String {
    match arg {
        Arg::Month(m) => whole(u64::from(*m)),
        Arg::Count(n) => whole(*n),
        Arg::Percent(share) => percent(*share),
        Arg::Step(kind) => LANGUAGE.with(|cell| {
            cell.borrow()
                .as_ref()
                .and_then(|l| {
                    l.sentences
                        .get(&format!("model-step-{}", kind.key()))
                        .cloned()
                })
                .unwrap_or_else(|| english_value(arg))
        }),
        Arg::Decimal(v, places) => decimals(*v, *places),
        Arg::Number(v) => with_numbers(|numbers| match numbers {
            Some(numbers) => localize_digits(&format!("{v}"), numbers),
            None => format!("{v}"),
        }),
        Arg::Assumption(a) => word(&format!("model-assumption-{}", a.key()), a.label()),
        Arg::Shock(kind) => word(&format!("model-shock-{}", kind.key()), kind.label()),
        Arg::ShockExplanation(kind) => {
            let english = english_value(arg);
            word(&format!("model-shock-{}.explanation", kind.key()), &english)
        }
        Arg::Said(message) => say(message),
        Arg::Text(text) => text.clone(),
    }
}

/// A message in the reader's language (English until the page sets another).
pub fn say(message: &Message) -> String {
    let pattern = LANGUAGE.with(|cell| {
        cell.borrow()
            .as_ref()
            .and_then(|l| l.sentences.get(message.template.id).cloned())
    });
    let pattern = pattern.as_deref().unwrap_or(message.template.english);
    fill(pattern, &message.args, &value)
}

/// `template` with `args`, in the reader's language.
pub fn sentence(template: &'static Template, args: Vec<(&'static str, Arg)>) -> String {
    say(&Message::new(template, args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use relief_model::StepKind;

    const PERSIAN: &str = r#"{"sentences": {"check-relief-unverified": "{ $step } در ماه { $month } بدون هیچ گام راستی‌آزمایی می‌آید.", "model-step-asset_unfreezing": "آزادسازی دارایی‌ها"},
        "digits": ["۰","۱","۲","۳","۴","۵","۶","۷","۸","۹"], "decimal": "٫", "minus": "−", "percent_before": "", "percent_after": "٪"}"#;

    #[test]
    fn a_language_writes_its_sentences_names_and_digits_and_null_goes_back_to_english() {
        let scenario = relief_model::Scenario {
            steps: vec![relief_model::Step::new(StepKind::AssetUnfreezing, 12)],
            ..relief_model::Scenario::default()
        };
        let warning = relief_model::sequence_warnings(&scenario)
            .into_iter()
            .find(|w| w.template.id == "check-relief-unverified")
            .unwrap();
        set_language(PERSIAN).unwrap();
        assert_eq!(
            say(&warning),
            "آزادسازی دارایی‌ها در ماه ۱۲ بدون هیچ گام راستی‌آزمایی می‌آید."
        );
        assert_eq!(percent(0.416), "۴۲٪");
        assert_eq!(level(0.5), "۰٫۵۰");
        set_language("null").unwrap();
        assert!(
            say(&warning).starts_with("Asset unfreezing at month 12 comes with no verification")
        );
        assert_eq!(percent(0.416), "42%");
    }

    #[test]
    fn bad_words_are_refused_by_name() {
        for (words, expected) in [
            ("{", "not JSON"),
            (
                r#"{"sentences": {}, "digits": ["0"], "decimal": ".", "minus": "-", "percent_before": "", "percent_after": "%"}"#,
                "ten `digits`",
            ),
            (
                r#"{"digits": ["0","1","2","3","4","5","6","7","8","9"], "decimal": ".", "minus": "-", "percent_before": "", "percent_after": "%"}"#,
                "`sentences`",
            ),
        ] {
            let error = read_language(words).unwrap_err();
            assert!(error.contains(expected), "{words}: {error}");
        }
    }
}
