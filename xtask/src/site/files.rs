//! Which files of a folder the site ships, and how pages name them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The site's pages, and what the size report calls them.
pub const PAGES: &[(&str, &str)] = &[
    ("index.html", "the explorer"),
    ("workshop.html", "the workshop"),
    ("model.html", "the model document"),
];

/// The extensions of the files a reader downloads.
const SHIPPED_EXTENSIONS: &[&str] = &[
    "html",
    "css",
    "js",
    "mjs",
    "wasm",
    "svg",
    "json",
    "webmanifest",
    "ftl",
];

/// A relative path with `/` between its parts, as pages name files.
pub fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The shipped files under `site`, named by their paths in it (`/`-separated), as pages name
/// them.
pub fn shipped_names(site: &Path) -> BTreeSet<String> {
    shipped_files(site)
        .iter()
        .map(|path| slashed(path.strip_prefix(site).unwrap_or(path)))
        .collect()
}

/// Every file under `www` a reader downloads, sorted: shipped extensions only, leaving out
/// anything that is a test (a `tests` or `test` directory, a `*.test.*` file) or installed
/// tooling (`node_modules`).
pub fn shipped_files(www: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![www.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !matches!(name.as_str(), "tests" | "test" | "node_modules")
                    && !name.starts_with('.')
                {
                    pending.push(path);
                }
            } else if is_shipped(&name) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Whether a file of this name ships: one of [`SHIPPED_EXTENSIONS`], and not a test.
fn is_shipped(file_name: &str) -> bool {
    let Some((stem, extension)) = file_name.rsplit_once('.') else {
        return false;
    };
    SHIPPED_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str())
        && !stem.ends_with(".test")
        && !stem.ends_with(".spec")
        && !file_name.starts_with('.')
}

/// Counts the files directly inside `dir` whose names end in `suffix`.
pub fn files_with_suffix(dir: &Path, suffix: &str) -> usize {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| entry.file_name().to_string_lossy().ends_with(suffix))
                .count()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_only_what_a_reader_downloads() {
        for name in [
            "index.html",
            "app.js",
            "chart.mjs",
            "style.css",
            "relief_web_bg.wasm",
            "icon.svg",
        ] {
            assert!(is_shipped(name), "{name}");
        }
        for name in ["presets.json", "app.webmanifest", "INDEX.HTML"] {
            assert!(is_shipped(name), "{name}");
        }
        for name in [
            "timeline.test.mjs",
            "url.spec.js",
            "README.md",
            "icon.png",
            "Makefile",
            ".eslintrc.json",
        ] {
            assert!(!is_shipped(name), "{name}");
        }
    }
}
