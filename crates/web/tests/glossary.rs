//! The glossary (docs/glossary.md) is the one place the product's names for its quantities are
//! written down. This test reads it, checks that the catalog the page builds from gives each
//! quantity exactly that name, and that no retired name is left anywhere a reader could meet it:
//! the page and the workshop, the documents and the code.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use serde_json::Value;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each row of the glossary's table: the name, where the catalog names it, and its retired names.
fn glossary() -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = std::fs::read_to_string(repository().join("docs/glossary.md"))
        .expect("docs/glossary.md is readable");
    text.lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| name"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 4, "a glossary row has four cells: {line}");
            let list = |cell: &str, strip: bool| -> Vec<String> {
                cell.split(',')
                    .map(|s| {
                        if strip {
                            s.trim().trim_matches('`')
                        } else {
                            s.trim()
                        }
                        .to_owned()
                    })
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            (
                cells[0].to_owned(),
                list(cells[2], true),
                list(cells[3], false),
            )
        })
        .collect()
}

/// What the catalog calls the quantity at `place`, such as `series:trust` or `chart:risk`.
fn catalog_name(catalog: &Value, place: &str) -> String {
    let (group, key) = place.split_once(':').expect("a place is group:key");
    let find = |list: &str, field: &str| {
        catalog[list]
            .as_array()
            .unwrap_or_else(|| panic!("the catalog has no {list}"))
            .iter()
            .find(|item| item["key"] == key)
            .unwrap_or_else(|| panic!("the catalog's {list} has no {key}"))[field]
            .as_str()
            .expect("a name is text")
            .to_owned()
    };
    match group {
        "series" => find("series", "label"),
        "type" => find("target_types", "label"),
        "assumption" => find("assumptions", "label"),
        "chart" => find("charts", "title"),
        "breakdown" => catalog["breakdown"][key]
            .as_str()
            .expect("a breakdown name")
            .to_owned(),
        other => panic!("unknown place in the glossary: {other}"),
    }
}

#[test]
fn the_catalog_gives_every_quantity_its_glossary_name() {
    let catalog = relief_web::text::catalog();
    let rows = glossary();
    assert!(
        rows.len() >= 10,
        "the glossary has its rows: {}",
        rows.len()
    );
    for (name, places, _) in &rows {
        assert!(!places.is_empty(), "{name}: where the catalog names it");
        for place in places {
            assert_eq!(&catalog_name(&catalog, place), name, "{place}");
        }
    }
}

/// Every file a reader could meet a name in, or that writes one.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            // Generated files and dependencies are not the project's words.
            if !["pkg", "node_modules", "target", "fuzz-corpus"].contains(&name.as_str()) {
                files(&path, out);
            }
        } else if ["rs", "js", "mjs", "html", "md", "css", "json"]
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
        {
            out.push(path);
        }
    }
}

#[test]
fn no_retired_name_is_left() {
    let root = repository();
    let mut all = Vec::new();
    for dir in ["www", "docs", "crates", "xtask", "tests/e2e"] {
        files(&root.join(dir), &mut all);
    }
    all.push(root.join("README.md"));
    let itself = root.join("docs/glossary.md");
    let retired: Vec<(String, String)> = glossary()
        .into_iter()
        .flat_map(|(name, _, old)| old.into_iter().map(move |o| (o, name.clone())))
        .collect();
    assert!(!retired.is_empty());
    let mut found = Vec::new();
    for path in all.iter().filter(|p| **p != itself) {
        let text = std::fs::read_to_string(path)
            .unwrap_or_default()
            .to_lowercase();
        for (old, name) in &retired {
            if text.contains(&old.to_lowercase()) {
                found.push(format!("{}: \"{old}\" (now \"{name}\")", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "retired names left:\n{}",
        found.join("\n")
    );
}
