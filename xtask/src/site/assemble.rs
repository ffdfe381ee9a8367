//! A release site: every shipped file of `www/` copied into `target/site`, scripts and
//! stylesheets minified one by one, and each page told which modules to preload.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use super::files::{PAGES, shipped_files, slashed};
use super::pages;
use crate::process::{self, Result, repo_root};

/// Copies every shipped file of `www` into `site`, scripts and stylesheets minified by esbuild
/// (from the npm packages in tests/) and the rest as they are.
pub fn assemble(www: &Path, site: &Path) -> Result<()> {
    if site.exists() {
        fs::remove_dir_all(site)
            .map_err(|error| format!("could not clear {}: {error}", site.display()))?;
    }
    let esbuild = repo_root().join("tests/node_modules/.bin/esbuild");
    let mut minified = Vec::new();
    for path in shipped_files(www) {
        let relative = path.strip_prefix(www).unwrap_or(&path);
        let is_code = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "mjs" | "css")
        );
        if is_code && esbuild.exists() {
            minified.push(path);
            continue;
        }
        let target = site.join(relative);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)
                .map_err(|error| format!("could not create {}: {error}", dir.display()))?;
        }
        fs::copy(&path, &target)
            .map_err(|error| format!("could not copy {}: {error}", path.display()))?;
    }
    if !esbuild.exists() {
        println!(
            "esbuild is not installed (tests/node_modules/.bin/esbuild), so scripts and stylesheets \
             ship unminified; `cargo xtask serve` or `cargo xtask test` installs it"
        );
        return Ok(());
    }
    // One run for every file: each is minified on its own (nothing is bundled), so the site
    // keeps its modules and paths, and `import.meta.url` still finds the wasm beside its glue.
    let mut command = process::command(&esbuild);
    command
        .args(&minified)
        .arg("--minify")
        .arg("--charset=utf8")
        .arg("--log-level=warning")
        .arg(format!("--outbase={}", www.display()))
        .arg(format!("--outdir={}", site.display()));
    process::run(&mut command)?;
    preload_modules(site)
}

/// Adds a `<link rel="modulepreload">` to each page for every module it imports before it can
/// run (see [`pages::static_modules`]), so the browser fetches them in parallel as soon as it
/// reads the page instead of discovering them one level of imports at a time.
fn preload_modules(site: &Path) -> Result<()> {
    let shipped: BTreeSet<String> = shipped_files(site)
        .iter()
        .map(|path| slashed(path.strip_prefix(site).unwrap_or(path)))
        .collect();
    for (page, _) in PAGES {
        let path = site.join(page);
        let Ok(html) = fs::read_to_string(&path) else {
            continue;
        };
        // Before the page's first module script, where the browser meets them first.
        let Some(at) = html
            .find(r#"<script type="module""#)
            .or_else(|| html.find("</head>"))
        else {
            continue;
        };
        let links: String = pages::static_modules(site, page, &shipped)
            .iter()
            .filter(|module| !html.contains(&format!(r#"href="{module}""#)))
            .map(|module| format!("<link rel=\"modulepreload\" href=\"{module}\">\n"))
            .collect();
        let html = format!("{}{links}{}", &html[..at], &html[at..]);
        fs::write(&path, html)
            .map_err(|error| format!("could not write {}: {error}", path.display()))?;
    }
    Ok(())
}
