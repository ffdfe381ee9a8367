//! Building the site: the explorer's and the workshop's wasm modules with wasm-bindgen's JS
//! glue into `www/pkg` ([`wasm`]), the model document rendered into `www/model.html`
//! ([`model_page`]); for a release, everything shipped copied into `target/site` with its
//! scripts and stylesheets minified ([`assemble`]); the offline manifest the service worker
//! reads ([`offline`]); then a report of what each page downloads against the budget
//! ([`size`], following what each page names with [`pages`]). [`files`] says what ships;
//! [`live`] bundles the workshop's live room engine and names the build's room server; [`l10n`]
//! checks and joins each language's catalogue and bundles the runtime that reads them.

mod assemble;
mod files;
mod l10n;
mod live;
mod model_page;
mod offline;
mod pages;
mod size;
mod wasm;

use std::path::PathBuf;

use crate::policy;
use crate::process::{Result, repo_root, target_dir};

pub use files::files_with_suffix;
pub use size::{BUDGET_GZIPPED, CEILING_GZIPPED, SizeReport, kb};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The `wasm-release` profile, names stripped, wasm-opt applied, scripts and stylesheets
    /// minified into `target/site`: what readers get.
    Release,
    /// The dev profile with names kept, for reading stack traces in the browser, served
    /// straight from `www/`.
    Debug,
}

/// The folder a build of `profile` is served from: `www/` itself for a debug build, and for a
/// release build `target/site`, where the files are as they ship (minified).
pub fn site_dir(profile: Profile) -> PathBuf {
    match profile {
        Profile::Release => target_dir().join("site"),
        Profile::Debug => repo_root().join("www"),
    }
}

/// Builds the site and prints its size report: the wasm modules and their JavaScript glue into
/// `www/pkg`, the model document into `www/model.html`, then (for a release) everything
/// shipped, minified, into [`site_dir`], and the offline manifest last.
pub fn build(profile: Profile) -> Result<SizeReport> {
    let root = repo_root();
    let www = root.join("www");
    let pkg = www.join("pkg");

    // The room server is read first, so a bad one stops the build before anything is built.
    let room_server = policy::room_server()?;
    wasm::build_modules(profile, &pkg)?;
    live::bundle(&pkg)?;
    l10n::build(&pkg, profile == Profile::Release)?;

    model_page::render(&root)?;
    let site = site_dir(profile);
    if profile == Profile::Release {
        assemble::assemble(&www, &site)?;
        live::configure_pages(&site, room_server.as_deref())?;
    }
    // The manifest comes last: the build's identity covers every shipped file, the rendered
    // document and the fresh modules included.
    offline::write_manifest(&site)?;

    let report = SizeReport::measure(&site)?;
    report.print(profile == Profile::Release);
    Ok(report)
}
