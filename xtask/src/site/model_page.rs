//! The model document's page: `docs/model.md` rendered into `www/model.html` with the site's
//! stylesheet and policy.

use std::fs;
use std::path::Path;

use crate::policy;
use crate::process::Result;

/// The Markdown source of the model document and the page it becomes, relative to the root.
const MODEL_DOC: &str = "docs/model.md";
const MODEL_PAGE: &str = "www/model.html";

/// Renders `docs/model.md` into `www/model.html`, the page "How it works" links to. Without
/// the document there is no page: a stale one is removed and nothing is made up in its place.
pub fn render(root: &Path) -> Result<()> {
    let source = root.join(MODEL_DOC);
    let page = root.join(MODEL_PAGE);
    let markdown = match fs::read_to_string(&source) {
        Ok(markdown) => markdown,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            if page.exists() {
                fs::remove_file(&page)
                    .map_err(|error| format!("could not remove a stale {MODEL_PAGE}: {error}"))?;
            }
            println!(
                "{MODEL_DOC} does not exist, so {MODEL_PAGE} is not built: the page's links to the \
                 model document will not load until the document is written"
            );
            return Ok(());
        }
        Err(error) => return Err(format!("could not read {}: {error}", source.display())),
    };
    fs::write(&page, model_page_html(&markdown))
        .map_err(|error| format!("could not write {}: {error}", page.display()))?;
    println!("Rendered {MODEL_DOC} into {MODEL_PAGE}");
    Ok(())
}

/// The whole HTML page for the model document: the site's stylesheet and policy, a way back to
/// the explorer, and the document with an id on every heading so sections can be linked to.
fn model_page_html(markdown: &str) -> String {
    let (body, title) = markdown_to_html(markdown);
    let title = if title.is_empty() {
        "The model".to_owned()
    } else {
        title
    };
    format!(
        r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{policy}
<title>{title} · Relief Sequencer</title>
<meta name="description" content="How the model behind Relief Sequencer works: every mechanism in plain words, its equations and parameters, and the claims it is tested against.">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="css/base.css">
<link rel="stylesheet" href="css/doc.css">
</head>
<body class="doc-page">
<a class="skip-link" href="#doc">Skip to the document</a>
<header class="top">
  <div class="brand">
    <p class="doc-brand"><a href="./">Relief Sequencer</a></p>
    <p class="tagline">An illustration, not a forecast</p>
  </div>
  <nav class="doc-nav" aria-label="Site"><a href="./">Back to the explorer</a></nav>
</header>
<main id="doc" class="doc" tabindex="-1">
{body}</main>
<footer class="foot">
  <p>This page is built from the project's model document, <code>docs/model.md</code>, each time the site is built.</p>
</footer>
</body>
</html>
"##,
        policy = policy::meta_tag(),
        title = escape_html(&title),
    )
}

/// Markdown to HTML with tables, an id on every heading (GitHub's way: `3.4 Bayesian trust`
/// becomes `34-bayesian-trust`, so links written for the repository work here too), and
/// tables and code wrapped in regions that scroll sideways on a phone and can be reached by
/// keyboard. Returns the HTML and the text of the first top-level heading.
fn markdown_to_html(markdown: &str) -> (String, String) {
    use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len() + 64);
    let mut used = std::collections::HashMap::<String, usize>::new();
    let mut title = String::new();
    let mut tables = 0;
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level,
                id: None,
                classes,
                attrs,
            }) => {
                let mut text = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                    if let Event::Text(t) | Event::Code(t) = &events[j] {
                        text.push_str(t);
                    }
                    j += 1;
                }
                if *level == HeadingLevel::H1 && title.is_empty() {
                    title = text.clone();
                }
                let base = slug(&text);
                let count = used.entry(base.clone()).or_insert(0);
                let id = if *count == 0 {
                    base
                } else {
                    format!("{base}-{count}")
                };
                *count += 1;
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(id.into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::Table(_)) => {
                tables += 1;
                out.push(Event::Html(
                    format!(
                        "<div class=\"doc-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table {tables}\">"
                    )
                    .into(),
                ));
                out.push(events[i].clone());
            }
            Event::End(TagEnd::Table) => {
                out.push(events[i].clone());
                out.push(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let label = match kind {
                    CodeBlockKind::Fenced(lang) if !lang.is_empty() => format!("Code ({lang})"),
                    _ => "Equations".to_owned(),
                };
                out.push(Event::Html(
                    format!(
                        "<div class=\"doc-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">",
                        escape_html(&label)
                    )
                    .into(),
                ));
                out.push(events[i].clone());
            }
            Event::End(TagEnd::CodeBlock) => {
                out.push(events[i].clone());
                out.push(Event::Html("</div>\n".into()));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    (html, title)
}

/// A heading's anchor as GitHub makes it: lower case, letters, digits, `-` and `_` kept,
/// spaces turned into `-`, everything else dropped.
fn slug(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Escapes text for HTML content and for attribute values in double quotes (the only kind
/// this page writes), so the policy's single quotes stay readable.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_the_anchors_the_repository_gives_them() {
        assert_eq!(slug("3.4 Bayesian trust"), "34-bayesian-trust");
        assert_eq!(
            slug("1. What the model is and is not"),
            "1-what-the-model-is-and-is-not"
        );
        assert_eq!(slug("Calibration `anchors`"), "calibration-anchors");
        let (html, title) = markdown_to_html("# The model\n\n## Shocks\n\n## Shocks\n\ntext\n");
        assert_eq!(title, "The model");
        assert!(
            html.contains(r#"<h1 id="the-model">The model</h1>"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="shocks">Shocks</h2>"#), "{html}");
        assert!(html.contains(r#"<h2 id="shocks-1">Shocks</h2>"#), "{html}");
    }

    #[test]
    fn tables_and_equations_scroll_in_regions_a_keyboard_reaches() {
        let (html, _) = markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx = 1\n```\n");
        assert!(
            html.contains(
                r#"<div class="doc-scroll" tabindex="0" role="region" aria-label="Table 1"><table>"#
            ),
            "{html}"
        );
        assert!(html.contains("</table>\n</div>"), "{html}");
        assert!(
            html.contains("aria-label=\"Equations\">\n<pre><code>x = 1"),
            "{html}"
        );
    }

    #[test]
    fn the_model_page_escapes_its_title_and_carries_the_policy() {
        let page = model_page_html("# A <b>bold</b> & plain title\n\nBody.\n");
        assert!(
            page.contains("<title>A  &amp; plain title · Relief Sequencer</title>")
                || page.contains("<title>A bold &amp; plain title"),
            "{page}"
        );
        assert!(page.contains(&policy::meta_tag()));
        assert!(page.contains(r#"<link rel="stylesheet" href="css/doc.css">"#));
        assert!(page.contains(r#"<a href="./">Back to the explorer</a>"#));
    }
}
