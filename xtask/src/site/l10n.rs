//! The page's languages: each language's message catalogue, written by translators as several
//! Fluent files under `locales/<code>/`, joined into what the pages fetch, in
//! `www/pkg/locales/`: `<code>.ftl`, the words both pages use, `<code>-explorer.ftl`, the
//! explorer's own (its files are named `explorer*.ftl`), and `<code>-workshop.ftl`, the
//! workshop's (`workshop*.ftl`), each page fetching the first and its own; and
//! `<code>-module.ftl`, the words the wasm module writes or hands the page (the model's names,
//! its sentences, the built-in scenarios' texts: `model.ftl`, `sentences.ftl`,
//! `preset-texts.ftl`), which both pages fetch in every language but English, whose words the
//! module carries already. The shipped files leave out the comments, which are for
//! translators. Project Fluent's runtime is bundled by esbuild from the npm packages of
//! `tests/` into `www/pkg/fluent.js`.
//!
//! A release build stops when a catalogue does not parse, or when a language lacks a message (or
//! an attribute of one) that English has, or has one that English does not: a reader must never
//! meet a message id where words should be. A debug build only warns of the differences, so a
//! translator sees the page while a language is half done.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::process::{self, Result, repo_root};

/// The language every other is checked against.
pub const SOURCE_LANGUAGE: &str = "en";

/// Where the bundled runtime goes, under `www/pkg`.
pub const RUNTIME: &str = "fluent.js";

/// What the page imports from Project Fluent's packages.
const RUNTIME_ENTRY: &str = "export { FluentBundle, FluentResource } from \"@fluent/bundle\";\n\
                             export { DOMLocalization } from \"@fluent/dom\";\n";

/// Joins and checks every language's catalogue into `pkg/locales`, and bundles the runtime.
/// With `strict`, a language that differs from English stops the build; without, it is listed.
pub fn build(pkg: &Path, strict: bool) -> Result<()> {
    let catalogues = read_catalogues(&repo_root().join("locales"))?;
    match check_against_source(&catalogues) {
        Err(differences) if strict => return Err(differences),
        Err(differences) => println!("xtask: warning: {differences}"),
        Ok(()) => {}
    }
    let out = pkg.join("locales");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| format!("could not create {}: {e}", out.display()))?;
    for catalogue in catalogues.values() {
        for (part, text) in &catalogue.parts {
            let suffix = if part.is_empty() {
                String::new()
            } else {
                format!("-{part}")
            };
            let path = out.join(format!("{}{suffix}.ftl", catalogue.code));
            fs::write(&path, without_comments(text))
                .map_err(|e| format!("could not write {}: {e}", path.display()))?;
        }
    }
    bundle_runtime(pkg)
}

/// The parts of a catalogue shipped apart, each with the start of its files' names: those only
/// one page reads, and the words the wasm module carries in English (see the module's
/// documentation), which English readers never fetch. Every other file is in the part both
/// pages read (named "").
const SEPARATE_PARTS: [(&str, &[&str]); 3] = [
    ("explorer", &["explorer"]),
    ("workshop", &["workshop"]),
    ("module", &["model", "sentences", "preset-texts"]),
];

/// The part of the catalogue a file of this name belongs to.
fn part_of(file_name: &str) -> &'static str {
    SEPARATE_PARTS
        .into_iter()
        .find(|(_, starts)| starts.iter().any(|start| file_name.starts_with(start)))
        .map_or("", |(part, _)| part)
}

/// A catalogue's text as it ships: its comments, which are for translators, left out. A
/// comment is a line that starts with `#`; a message's text never does, since its further
/// lines are indented.
pub fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// One language's catalogue: its files joined by part, and what it defines.
#[derive(Debug)]
pub struct Catalogue {
    pub code: String,
    /// Each part's files joined, by part ("" for both pages', then those of [`SEPARATE_PARTS`]).
    pub parts: BTreeMap<&'static str, String>,
    /// Each message's id with its attributes' names, and the variables its patterns use.
    pub messages: BTreeMap<String, Message>,
}

/// What one message defines, as the checks compare it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Message {
    pub has_value: bool,
    pub attributes: BTreeSet<String>,
    pub variables: BTreeSet<String>,
}

/// Reads every `locales/<code>/*.ftl`, joined in file-name order, each file's messages checked
/// for parse errors and for ids defined twice.
pub fn read_catalogues(locales: &Path) -> Result<BTreeMap<String, Catalogue>> {
    let mut catalogues = BTreeMap::new();
    let entries = fs::read_dir(locales).map_err(|e| {
        format!(
            "could not read the catalogues in {}: {e}",
            locales.display()
        )
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let code = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("could not read {}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let mut catalogue = Catalogue {
            code: code.clone(),
            parts: std::iter::once("")
                .chain(SEPARATE_PARTS.map(|(part, _)| part))
                .map(|part| (part, String::new()))
                .collect(),
            messages: BTreeMap::new(),
        };
        for file in files {
            let text = fs::read_to_string(&file)
                .map_err(|e| format!("could not read {}: {e}", file.display()))?;
            let name = file
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            add_file(
                &mut catalogue,
                &file.display().to_string(),
                &text,
                part_of(&name),
            )?;
        }
        catalogues.insert(code, catalogue);
    }
    if !catalogues.contains_key(SOURCE_LANGUAGE) {
        return Err(format!(
            "{} has no `{SOURCE_LANGUAGE}/` catalogue: the page's English words are missing",
            locales.display()
        ));
    }
    Ok(catalogues)
}

/// Adds one Fluent file's messages to `catalogue`, its text to the catalogue's `part`; `name`
/// is what errors call the file.
pub fn add_file(
    catalogue: &mut Catalogue,
    name: &str,
    text: &str,
    part: &'static str,
) -> Result<()> {
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    format!("  {name}:{line}: {:?}", e.kind)
                })
                .collect();
            return Err(format!(
                "the catalogue file {name} does not parse:\n{}",
                lines.join("\n")
            ));
        }
    };
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let mut found = Message {
            has_value: message.value.is_some(),
            ..Message::default()
        };
        if let Some(value) = &message.value {
            collect_variables(value, &mut found.variables);
        }
        for attribute in &message.attributes {
            found.attributes.insert(attribute.id.name.to_string());
            collect_variables(&attribute.value, &mut found.variables);
        }
        if catalogue.messages.insert(id.clone(), found).is_some() {
            return Err(format!(
                "the message `{id}` is defined twice in the `{}` catalogue (the second in {name})",
                catalogue.code
            ));
        }
    }
    let joined = catalogue.parts.entry(part).or_default();
    if !joined.is_empty() && !joined.ends_with("\n\n") {
        joined.push('\n');
    }
    joined.push_str(text);
    Ok(())
}

fn collect_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, into);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, into),
        Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                collect_variables(&variant.value, into);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, into),
        _ => {}
    }
}

/// Every difference between a language and English that would show a reader a message id or a
/// missing word: messages or attributes one has and the other lacks, and variables a
/// translation uses that English never passes.
pub fn differences(source: &Catalogue, other: &Catalogue) -> Vec<String> {
    let mut found = Vec::new();
    let code = &other.code;
    for (id, english) in &source.messages {
        let Some(translated) = other.messages.get(id) else {
            found.push(format!("`{code}` lacks the message `{id}`"));
            continue;
        };
        if english.has_value != translated.has_value {
            found.push(format!(
                "`{code}`'s message `{id}` {} a value where English {}",
                if translated.has_value { "has" } else { "lacks" },
                if english.has_value {
                    "has one"
                } else {
                    "has none"
                }
            ));
        }
        for attribute in english.attributes.difference(&translated.attributes) {
            found.push(format!(
                "`{code}`'s message `{id}` lacks the attribute `.{attribute}`"
            ));
        }
        for attribute in translated.attributes.difference(&english.attributes) {
            found.push(format!(
                "`{code}`'s message `{id}` has the attribute `.{attribute}`, which English does not"
            ));
        }
        for variable in translated.variables.difference(&english.variables) {
            found.push(format!(
                "`{code}`'s message `{id}` uses `${variable}`, which the page never passes"
            ));
        }
    }
    for id in other.messages.keys() {
        if !source.messages.contains_key(id) {
            found.push(format!(
                "`{code}` has the message `{id}`, which English does not"
            ));
        }
    }
    found
}

fn check_against_source(catalogues: &BTreeMap<String, Catalogue>) -> Result<()> {
    let source = &catalogues[SOURCE_LANGUAGE];
    let mut found = Vec::new();
    for catalogue in catalogues.values() {
        if catalogue.code != SOURCE_LANGUAGE {
            found.extend(differences(source, catalogue));
        }
    }
    if found.is_empty() {
        return Ok(());
    }
    let shown = found.len().min(40);
    Err(format!(
        "the catalogues under locales/ disagree with English in {} places:\n  {}{}",
        found.len(),
        found[..shown].join("\n  "),
        if found.len() > shown { "\n  …" } else { "" }
    ))
}

/// Bundles Project Fluent's runtime into `pkg/fluent.js` with the esbuild of `tests/`.
fn bundle_runtime(pkg: &Path) -> Result<()> {
    let tests = repo_root().join("tests");
    let esbuild = tests.join("node_modules/.bin/esbuild");
    if !esbuild.exists() || !tests.join("node_modules/@fluent/bundle").exists() {
        return Err(
            "the page's languages need the npm packages of tests/ (esbuild, @fluent/bundle, \
             @fluent/dom): run `cargo xtask serve` or `npm ci` in tests/"
                .to_string(),
        );
    }
    let target = pkg.join(RUNTIME);
    // The entry is read from standard input, so packages resolve from tests/, where it runs.
    let mut command = process::command(&esbuild);
    command
        .current_dir(&tests)
        .args(["--bundle", "--format=esm", "--minify", "--charset=utf8"])
        .arg("--log-level=warning")
        .arg("--legal-comments=eof")
        .arg(format!("--outfile={}", target.display()))
        .stdin(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not run {}: {e}", esbuild.display()))?;
    child
        .stdin
        .take()
        .ok_or("esbuild's input could not be opened")?
        .write_all(RUNTIME_ENTRY.as_bytes())
        .map_err(|e| format!("could not write to esbuild: {e}"))?;
    let status = child
        .wait()
        .map_err(|e| format!("esbuild did not finish: {e}"))?;
    if !status.success() {
        return Err(format!("esbuild could not bundle {RUNTIME} ({status})"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(code: &str, text: &str) -> Catalogue {
        let mut c = Catalogue {
            code: code.to_string(),
            parts: BTreeMap::new(),
            messages: BTreeMap::new(),
        };
        add_file(&mut c, "test.ftl", text, "").unwrap();
        c
    }

    const ENGLISH: &str = "hello = Hello, { $name }\n    .title = Greeting\nbye = Bye\n";

    #[test]
    fn a_full_translation_differs_in_nothing() {
        let english = catalogue("en", ENGLISH);
        let french = catalogue(
            "fr",
            "hello = Bonjour, { $name }\n    .title = Salut\nbye = Au revoir\n",
        );
        assert_eq!(differences(&english, &french), Vec::<String>::new());
    }

    #[test]
    fn each_kind_of_difference_is_named() {
        let english = catalogue("en", ENGLISH);
        let cases = [
            (
                "hello = Hola, { $name }\n    .title = Saludo\n",
                "`es` lacks the message `bye`",
            ),
            (
                "hello = Hola { $name }\nbye = Adiós\n",
                "lacks the attribute `.title`",
            ),
            (
                "hello = Hola { $name }\n    .title = S\n    .alt = A\nbye = Adiós\n",
                "has the attribute `.alt`, which English does not",
            ),
            (
                "hello = Hola { $nombre }\n    .title = S\nbye = Adiós\n",
                "uses `$nombre`, which the page never passes",
            ),
            (
                "hello = Hola { $name }\n    .title = S\nbye = Adiós\nextra = Más\n",
                "`es` has the message `extra`, which English does not",
            ),
        ];
        for (text, expected) in cases {
            let found = differences(&english, &catalogue("es", text));
            assert!(
                found.iter().any(|f| f.contains(expected)),
                "{text:?}: expected {expected:?} in {found:?}"
            );
        }
    }

    #[test]
    fn a_bad_file_or_a_message_defined_twice_is_refused_by_name() {
        let mut c = catalogue("en", ENGLISH);
        let error = add_file(&mut c, "more.ftl", "hello = Again\n", "explorer").unwrap_err();
        assert!(error.contains("`hello` is defined twice"), "{error}");
        let error = add_file(&mut c, "broken.ftl", "broken = { $x\n", "workshop").unwrap_err();
        assert!(error.contains("broken.ftl:1"), "{error}");
    }

    #[test]
    fn files_go_to_their_pages_part_and_ship_without_comments() {
        assert_eq!(part_of("explorer-io.ftl"), "explorer");
        assert_eq!(part_of("explorer.ftl"), "explorer");
        assert_eq!(part_of("workshop-views.ftl"), "workshop");
        assert_eq!(part_of("shared.ftl"), "");
        assert_eq!(part_of("model.ftl"), "module");
        assert_eq!(part_of("sentences.ftl"), "module");
        assert_eq!(part_of("preset-texts.ftl"), "module");
        assert_eq!(part_of("workshop-sentences.ftl"), "workshop");
        assert_eq!(part_of("explorer-presets.ftl"), "explorer");
        let text =
            "## Group\n# About it\nhello = Hi\n    .title = There\nlong =\n    # not a comment\n";
        assert_eq!(
            without_comments(text),
            "hello = Hi\n    .title = There\nlong =\n    # not a comment\n"
        );
    }

    #[test]
    fn every_language_of_the_repository_has_what_english_has() {
        let catalogues = read_catalogues(&repo_root().join("locales")).unwrap();
        assert!(catalogues.len() >= 6, "{:?}", catalogues.keys());
        check_against_source(&catalogues).unwrap();
    }
}
