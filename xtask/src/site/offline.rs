//! The offline manifest the service worker reads: the build's identity and the files it keeps
//! for reading offline.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use super::files::{shipped_files, slashed};
use super::pages;
use crate::process::Result;

/// The pages whose files the service worker fetches for reading offline on a first visit: the
/// explorer's. The model document and the workshop are kept once they are opened, so a reader
/// on a phone downloads only what the explorer needs.
const OFFLINE_PAGES: &[&str] = &["index.html"];

/// Where the service worker (`www/sw.js`) finds the build's identity and its file list.
pub const OFFLINE_MANIFEST: &str = "pkg/offline-manifest.js";

/// The service worker's script, which the manifest cannot list (the browser compares it).
pub const SERVICE_WORKER: &str = "sw.js";

/// The files the service worker keeps for reading offline: everything the offline pages
/// download, less the worker and the manifest themselves.
pub fn offline_files(site: &Path, shipped: &BTreeSet<String>) -> BTreeSet<String> {
    OFFLINE_PAGES
        .iter()
        .flat_map(|page| {
            pages::downloads(
                site,
                page,
                shipped,
                &[OFFLINE_MANIFEST],
                pages::Lazy::Follow,
            )
        })
        .filter(|file| file != SERVICE_WORKER && file != OFFLINE_MANIFEST)
        .collect()
}

/// Writes the offline manifest: an identity derived from every shipped file's path and bytes,
/// and the files the worker keeps for reading offline (see [`OFFLINE_PAGES`]). The identity
/// covers every file, kept or not: the worker answers from its cache first, so a workshop file
/// it cached on use must be dropped when a new build changes it. The service worker imports
/// the manifest, so a new build is a changed worker to the browser, which installs it into a
/// fresh cache named after the identity and drops the old one; an unchanged build keeps its
/// cache. Returns the identity.
pub fn write_manifest(site: &Path) -> Result<String> {
    let mut hash = Fnv1a::default();
    let mut shipped = BTreeSet::new();
    for path in shipped_files(site) {
        let relative = slashed(path.strip_prefix(site).unwrap_or(&path));
        if relative == SERVICE_WORKER || relative == OFFLINE_MANIFEST {
            continue;
        }
        let bytes = fs::read(&path)
            .map_err(|error| format!("could not read {}: {error}", path.display()))?;
        hash.write(relative.as_bytes());
        hash.write(&[0]);
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(&bytes);
        shipped.insert(relative);
    }
    let files = offline_files(site, &shipped);
    let id = format!("{:016x}", hash.0);
    let mut text = String::from(
        "// Written by `cargo xtask build`: this build's identity and the files the service worker\n\
         // keeps for reading offline. Any change to a shipped file changes the identity.\n",
    );
    text.push_str(&format!(
        "self.RELIEF_BUILD = {{\n  id: \"{id}\",\n  files: [\n"
    ));
    if files.contains("index.html") {
        // The site's address itself (`/`, with any query) is answered with index.html.
        text.push_str("    \"./\",\n");
    }
    for file in &files {
        text.push_str(&format!(
            "    \"{}\",\n",
            file.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    text.push_str("  ],\n};\n");
    let target = site.join(OFFLINE_MANIFEST);
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir)
            .map_err(|error| format!("could not create {}: {error}", dir.display()))?;
    }
    fs::write(&target, text)
        .map_err(|error| format!("could not write {}: {error}", target.display()))?;
    Ok(id)
}

/// 64-bit FNV-1a: tiny, dependency-free and the same on every machine and toolchain, which is
/// all a build identity needs (it guards against change, not against an adversary).
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::target_dir;

    #[test]
    fn the_offline_manifest_lists_the_explorer_and_changes_with_the_whole_site() {
        let dir = target_dir()
            .join("xtask-tests")
            .join(format!("offline-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("pkg")).unwrap();
        fs::write(
            dir.join("index.html"),
            r#"<!doctype html><script type="module" src="app.js"></script>"#,
        )
        .unwrap();
        fs::write(dir.join("sw.js"), "// the worker").unwrap();
        fs::write(
            dir.join("app.js"),
            r#"import init from "./pkg/relief_web.js"; navigator.serviceWorker.register("sw.js");"#,
        )
        .unwrap();
        fs::write(
            dir.join("pkg/relief_web.js"),
            "new URL('relief_web_bg.wasm', import.meta.url)",
        )
        .unwrap();
        fs::write(dir.join("pkg/relief_web_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
        fs::write(
            dir.join("workshop.html"),
            r#"<script src="workshop.js"></script>"#,
        )
        .unwrap();
        fs::write(dir.join("workshop.js"), "export {};").unwrap();
        fs::write(dir.join("notes.md"), "not shipped").unwrap();

        let first = write_manifest(&dir).unwrap();
        let manifest = fs::read_to_string(dir.join(OFFLINE_MANIFEST)).unwrap();
        assert!(manifest.contains(&format!("id: \"{first}\"")), "{manifest}");
        let listed: Vec<&str> = manifest
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix("\","))
            .collect();
        // The explorer's files, not the workshop's, and never the worker itself.
        assert_eq!(
            listed,
            [
                "./",
                "app.js",
                "index.html",
                "pkg/relief_web.js",
                "pkg/relief_web_bg.wasm"
            ]
        );

        // Writing it again changes nothing; changing any shipped file changes the identity,
        // a workshop file the worker only keeps once it is opened included.
        assert_eq!(write_manifest(&dir).unwrap(), first);
        fs::write(dir.join("workshop.js"), "export const changed = 1;").unwrap();
        let second = write_manifest(&dir).unwrap();
        assert_ne!(second, first);
        fs::write(dir.join("app.js"), "export const changed = 1;").unwrap();
        assert_ne!(write_manifest(&dir).unwrap(), second);
        fs::remove_dir_all(&dir).unwrap();
    }
}
