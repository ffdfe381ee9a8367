//! What each page of the site makes a browser download: the page, then every shipped file it
//! names (stylesheets, scripts, preloads, icons), and every file those name in turn (modules
//! a script imports, now or lazily, the wasm a module loads, the data it fetches).
//!
//! A file "names" another when a quoted string in it, resolved against the file's folder or
//! the site's root, is the path of a shipped file. That reading is deliberately broad: a file
//! counted that a reader never fetches makes the figure too high, never too low. Links to other
//! pages (`.html`) are navigations, not downloads, and are not followed. A module imported
//! lazily (`import("…")`) is followed or not as the caller asks ([`Lazy`]): what a first visit
//! downloads leaves out what loads only on use, while what is kept for reading offline takes it.

/// Whether [`downloads`] follows a module a script imports lazily, with `import("…")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lazy {
    /// Counted, with everything it names: what the page may ever load.
    Follow,
    /// Left out, with what only it names: what the page loads before anyone uses it.
    Skip,
}

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The shipped files (paths relative to `site`, `/`-separated) that opening `page` downloads,
/// the page itself included. `shipped` lists every shipped file of the site. Files in
/// `unread` are counted but not read for more names: a listing such as the offline manifest
/// names what someone else fetches, not what the page does.
pub fn downloads(
    site: &Path,
    page: &str,
    shipped: &BTreeSet<String>,
    unread: &[&str],
    lazy: Lazy,
) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![page.to_owned()];
    while let Some(file) = pending.pop() {
        if !shipped.contains(&file) || !found.insert(file.clone()) {
            continue;
        }
        if unread.contains(&file.as_str()) || !is_text(&file) {
            continue;
        }
        let Ok(text) = fs::read_to_string(site.join(&file)) else {
            continue;
        };
        let folder = file.rsplit_once('/').map_or("", |(folder, _)| folder);
        let skipped = match lazy {
            Lazy::Follow => Vec::new(),
            Lazy::Skip => lazy_imports(&text),
        };
        for named in quoted_strings(&text) {
            if skipped.contains(&named) {
                continue;
            }
            for candidate in [join(folder, named), join("", named)].into_iter().flatten() {
                if shipped.contains(&candidate) && !candidate.ends_with(".html") {
                    pending.push(candidate);
                }
            }
        }
    }
    found
}

/// The modules `page` imports before it can run, in a stable order: its module scripts and,
/// transitively, their static imports (`import … from "…"`, `import "…"`, `export … from "…"`),
/// never a lazy `import("…")`. These are what the page should preload, so the browser fetches
/// them all at once instead of one level of imports after another.
pub fn static_modules(site: &Path, page: &str, shipped: &BTreeSet<String>) -> Vec<String> {
    let Ok(html) = fs::read_to_string(site.join(page)) else {
        return Vec::new();
    };
    let mut pending: Vec<String> = module_scripts(&html)
        .into_iter()
        .filter_map(|src| join("", src))
        .collect();
    pending.reverse();
    let mut found = Vec::new();
    while let Some(module) = pending.pop() {
        if !shipped.contains(&module) || found.contains(&module) {
            continue;
        }
        let Ok(text) = fs::read_to_string(site.join(&module)) else {
            continue;
        };
        let folder = module
            .rsplit_once('/')
            .map_or(String::new(), |(folder, _)| folder.to_owned());
        found.push(module);
        let mut imports: Vec<String> = static_imports(&text)
            .into_iter()
            .filter_map(|named| join(&folder, named))
            .collect();
        imports.reverse();
        pending.extend(imports);
    }
    found
}

/// The `src` of every `<script type="module">` in a page.
pub fn module_scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            if !tag.contains(r#"type="module""#) {
                return None;
            }
            let src = &tag[tag.find(r#"src=""#)? + 5..];
            Some(&src[..src.find('"')?])
        })
        .collect()
}

/// The specifiers of a script's static imports and re-exports: a string right after the word
/// `import` or `from` (with or without space between, as a minifier leaves it).
pub fn static_imports(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for keyword in ["import", "from"] {
        let mut rest = text;
        while let Some(at) = rest.find(keyword) {
            let after = rest[at + keyword.len()..].trim_start();
            rest = &rest[at + keyword.len()..];
            let Some(quote) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                continue;
            };
            if let Some(end) = after[1..].find(quote) {
                found.push(&after[1..=end]);
            }
        }
    }
    found
}

/// The specifiers a script imports lazily: a string right after `import(`.
pub fn lazy_imports(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("import(") {
        rest = &rest[at + "import(".len()..];
        let after = rest.trim_start();
        let Some(quote) = after
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\'' | '`'))
        else {
            continue;
        };
        if let Some(end) = after[1..].find(quote) {
            found.push(&after[1..=end]);
        }
    }
    found
}

fn is_text(file: &str) -> bool {
    [
        ".html",
        ".js",
        ".mjs",
        ".css",
        ".json",
        ".webmanifest",
        ".svg",
    ]
    .iter()
    .any(|extension| file.ends_with(extension))
}

/// Every string between matching quotes (`"`, `'` or a backtick) on one line, short enough
/// to be a path. CSS `url(...)` without quotes is read too.
fn quoted_strings(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(start) = rest.find(['"', '\'', '`', '(']) {
            let quote = rest.as_bytes()[start];
            let close = if quote == b'(' { ')' } else { quote as char };
            let after = &rest[start + 1..];
            if let Some(end) = after.find(close) {
                let candidate = &after[..end];
                if !candidate.is_empty() && candidate.len() <= 200 {
                    found.push(candidate);
                }
            }
            // A closing quote can look like an opening one: every quote is tried as both, so
            // scanning resumes just after this one either way.
            rest = after;
        }
    }
    found
}

/// `named` resolved against `folder`, without a query or fragment, `./` and `../` folded;
/// `None` for anything that is not a path inside the site.
pub fn join(folder: &str, named: &str) -> Option<String> {
    let named = named.split(['?', '#']).next()?;
    if named.is_empty()
        || named.contains("://")
        || named.starts_with("data:")
        || named.starts_with('/')
    {
        return None;
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in named.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn resolves_paths_against_the_folder_and_folds_dots() {
        assert_eq!(
            join("pkg", "relief_web_bg.wasm").as_deref(),
            Some("pkg/relief_web_bg.wasm")
        );
        assert_eq!(join("", "./app.js").as_deref(), Some("app.js"));
        assert_eq!(
            join("pkg", "../style.css?v=2#top").as_deref(),
            Some("style.css")
        );
        assert_eq!(join("", "../outside.js"), None);
        assert_eq!(join("", "https://example.org/a.js"), None);
        assert_eq!(join("", ""), None);
    }

    #[test]
    fn finds_strings_in_every_kind_of_quote_and_css_urls() {
        let text = r#"import a from "./a.js"; import('./b.js'); f(`c.json`); url(d.svg) "x" 'y'"#;
        let strings = quoted_strings(text);
        for expected in ["./a.js", "./b.js", "c.json", "d.svg", "x", "y"] {
            assert!(strings.contains(&expected), "{expected} in {strings:?}");
        }
    }

    #[test]
    fn reads_static_imports_but_not_lazy_ones() {
        let text = r#"import a from "./a.js";import{b}from"./b.js";import "./c.js";export*from'./d.js';const e=()=>import("./e.js");"#;
        assert_eq!(static_imports(text).len(), 4);
        for expected in ["./a.js", "./b.js", "./c.js", "./d.js"] {
            assert!(static_imports(text).contains(&expected), "{expected}");
        }
        assert_eq!(
            module_scripts(
                r#"<script src="classic.js"></script><script type="module" src="app.js"></script>"#
            ),
            ["app.js"]
        );
    }

    #[test]
    fn follows_what_a_page_names_and_nothing_else() {
        let dir = crate::process::target_dir()
            .join("xtask-tests")
            .join(format!("pages-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("pkg")).unwrap();
        let files = [
            (
                "index.html",
                r#"<link rel="stylesheet" href="style.css"><script type="module" src="app.js"></script><a href="other.html">other</a>"#,
            ),
            ("style.css", "body { background: url(bg.svg) }"),
            ("bg.svg", "<svg/>"),
            (
                "app.js",
                r#"import init from "./pkg/glue.js"; const later = () => import("./later.js"); fetch("data.json");"#,
            ),
            ("later.js", "export const x = 1;"),
            ("data.json", "{}"),
            ("pkg/glue.js", "new URL('glue_bg.wasm', import.meta.url)"),
            ("pkg/glue_bg.wasm", "\0asm"),
            ("other.html", r#"<script src="other.js"></script>"#),
            ("other.js", "export {};"),
            ("unused.js", "export {};"),
        ];
        for (name, text) in files {
            fs::write(dir.join(name), text).unwrap();
        }
        let all = shipped(&files.map(|(name, _)| name));
        let first_visit = downloads(&dir, "index.html", &all, &[], Lazy::Skip);
        assert!(!first_visit.contains("later.js"), "{first_visit:?}");
        assert!(first_visit.contains("pkg/glue_bg.wasm"), "{first_visit:?}");
        let index = downloads(&dir, "index.html", &all, &[], Lazy::Follow);
        assert_eq!(
            index.into_iter().collect::<Vec<_>>(),
            [
                "app.js",
                "bg.svg",
                "data.json",
                "index.html",
                "later.js",
                "pkg/glue.js",
                "pkg/glue_bg.wasm",
                "style.css"
            ]
        );
        let other = downloads(&dir, "other.html", &all, &[], Lazy::Follow);
        assert_eq!(
            other.into_iter().collect::<Vec<_>>(),
            ["other.html", "other.js"]
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
