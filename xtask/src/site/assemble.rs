//! A release site: every shipped file of `www/` copied into `target/site`, scripts and
//! stylesheets minified, the pages' modules bundled into a few files, and each page told which
//! modules to preload.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use super::files::{PAGES, shipped_files, shipped_names, slashed};
use super::offline::SERVICE_WORKER;
use super::pages;
use crate::process::{self, Result, repo_root};

/// Whether a shipped file (named by its path in the site) is one of the page's own modules,
/// which the release bundles: a script outside `pkg/` other than the service worker.
fn is_module(file: &str) -> bool {
    file.ends_with(".js") && !file.starts_with("pkg/") && file != SERVICE_WORKER
}

/// Copies every shipped file of `www` into `site`, scripts and stylesheets minified by esbuild
/// (from the npm packages in tests/) and the rest as they are; the page's own modules are
/// copied as they are and minified as they are bundled.
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
        let bundled = is_module(&slashed(relative));
        if is_code && !bundled && esbuild.exists() {
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
    // One run for every file: each is minified on its own, at its own path.
    let mut command = process::command(&esbuild);
    command
        .args(&minified)
        .arg("--minify")
        .arg("--charset=utf8")
        .arg("--log-level=warning")
        .arg(format!("--outbase={}", www.display()))
        .arg(format!("--outdir={}", site.display()));
    process::run(&mut command)?;
    bundle_modules(&esbuild, site)?;
    preload_modules(site)
}

/// The folder of the chunks that the pages' and the workers' modules share, one level down
/// like every folder of modules, so that a path a module names from its own folder
/// (`../pkg/…`, `../explorer/analysis-worker.js`) means the same from a chunk.
const CHUNKS: &str = "chunks";

/// Bundles, in place in `site`, the modules each page runs and each worker starts into the
/// few files they need: each page's module scripts and each worker (`*-worker.js`) keep their
/// paths, and what they import goes into shared chunks under [`CHUNKS`], a module imported
/// lazily (`import("…")`) into a chunk of its own loaded on use. A first visit then fetches a
/// handful of files instead of forty, which over HTTP/1.1's six connections saves the page a
/// tenth of a second before its first chart. Everything under `pkg/` stays where it is and is
/// imported by path: the wasm glue must be one module, shared by the page and what the tests
/// and the workers load. The modules that were bundled are then removed, so nothing ships
/// twice, and every import of what was written is checked to name a file of the site.
fn bundle_modules(esbuild: &Path, site: &Path) -> Result<()> {
    let shipped = shipped_names(site);
    let mut entries: BTreeSet<String> = BTreeSet::new();
    for (page, _) in PAGES {
        if let Ok(html) = fs::read_to_string(site.join(page)) {
            entries.extend(pages::module_scripts(&html).into_iter().map(str::to_owned));
        }
    }
    entries.extend(
        shipped
            .iter()
            .filter(|file| is_module(file) && file.ends_with("-worker.js"))
            .cloned(),
    );
    if entries.is_empty() {
        return Ok(());
    }
    let mut command = process::command(esbuild);
    command
        .current_dir(site)
        .args(&entries)
        .args(["--bundle", "--splitting", "--format=esm", "--minify"])
        .arg("--charset=utf8")
        .arg("--log-level=warning")
        .arg("--allow-overwrite")
        .arg("--outbase=.")
        .arg("--outdir=.")
        .arg(format!("--chunk-names={CHUNKS}/[name]-[hash]"))
        .arg("--external:./pkg/*");
    process::run(&mut command)?;
    for file in shipped
        .iter()
        .filter(|file| is_module(file) && !entries.contains(*file))
    {
        let path = site.join(file);
        fs::remove_file(&path)
            .map_err(|error| format!("could not remove {}: {error}", path.display()))?;
    }
    remove_empty_folders(site)?;

    let now_shipped = shipped_names(site);
    let written: Vec<&String> = now_shipped
        .iter()
        .filter(|file| entries.contains(*file) || file.starts_with(&format!("{CHUNKS}/")))
        .collect();
    for file in &written {
        point_imports_at_pkg(&site.join(file), file)?;
    }
    for file in &written {
        let text = fs::read_to_string(site.join(file))
            .map_err(|error| format!("could not read {file}: {error}"))?;
        let folder = file.rsplit_once('/').map_or("", |(folder, _)| folder);
        // What looks like an import and names a module by a relative path: the scan is loose
        // (a string that ends in "import" reads as one), the specifiers esbuild writes are not.
        let imports = pages::static_imports(&text)
            .into_iter()
            .chain(pages::lazy_imports(&text))
            .filter(|named| {
                named.ends_with(".js") && (named.starts_with("./") || named.starts_with("../"))
            });
        for named in imports {
            if !pages::join(folder, named).is_some_and(|path| now_shipped.contains(&path)) {
                return Err(format!(
                    "the bundled {file} imports \"{named}\", which is not a file of the site"
                ));
            }
        }
    }
    Ok(())
}

/// Writes the imports of `pkg/` in a bundled file (at `relative`) from the file's own folder.
/// esbuild writes an external module's path from the output folder, the site's top
/// (`./pkg/relief_web.js`), which a browser would resolve from the importing file's folder.
fn point_imports_at_pkg(path: &Path, relative: &str) -> Result<()> {
    let text = fs::read_to_string(path)
        .map_err(|error| format!("could not read {}: {error}", path.display()))?;
    let fixed = pkg_imports_from_folder(&text, relative);
    if fixed != text {
        fs::write(path, fixed)
            .map_err(|error| format!("could not write {}: {error}", path.display()))?;
    }
    Ok(())
}

/// Removes the folders under `folder` that bundling left empty (`workshop/live`, say).
fn remove_empty_folders(folder: &Path) -> Result<()> {
    let entries = fs::read_dir(folder)
        .map_err(|error| format!("could not read {}: {error}", folder.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            remove_empty_folders(&path)?;
            if fs::read_dir(&path).is_ok_and(|mut rest| rest.next().is_none()) {
                fs::remove_dir(&path)
                    .map_err(|error| format!("could not remove {}: {error}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// Adds a `<link rel="modulepreload">` to each page for every module it imports before it can
/// run (see [`pages::static_modules`]), so the browser fetches them in parallel as soon as it
/// reads the page instead of discovering them one level of imports at a time.
fn preload_modules(site: &Path) -> Result<()> {
    let shipped = shipped_names(site);
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

/// `text`, a module at `relative` in the site, with its imports of `./pkg/…` written from its
/// own folder.
fn pkg_imports_from_folder(text: &str, relative: &str) -> String {
    let depth = relative.matches('/').count();
    if depth == 0 {
        return text.to_owned();
    }
    let up = "../".repeat(depth);
    let mut fixed = text.to_owned();
    for keyword in ["from", "import", "import("] {
        for quote in ['"', '\''] {
            fixed = fixed.replace(
                &format!("{keyword}{quote}./pkg/"),
                &format!("{keyword}{quote}{up}pkg/"),
            );
        }
    }
    fixed
}

#[cfg(test)]
mod tests {
    use super::pkg_imports_from_folder;

    #[test]
    fn imports_of_pkg_are_written_from_the_bundled_files_folder() {
        let chunk = r#"import{a as b}from"./pkg/relief_web.js";import"./pkg/fluent.js";const c=import('./pkg/live-engine.js');const d="./pkg/not-an-import.js";"#;
        assert_eq!(
            pkg_imports_from_folder(chunk, "chunks/chunk-ABC.js"),
            r#"import{a as b}from"../pkg/relief_web.js";import"../pkg/fluent.js";const c=import('../pkg/live-engine.js');const d="./pkg/not-an-import.js";"#
        );
        assert_eq!(
            pkg_imports_from_folder(r#"export*from"./pkg/x.js";"#, "workshop/live/a.js"),
            r#"export*from"../../pkg/x.js";"#
        );
        assert_eq!(pkg_imports_from_folder(chunk, "top.js"), chunk);
    }
}
