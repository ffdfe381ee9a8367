//! The site's wasm modules: each built on its own, wasm-bindgen's JavaScript glue written into
//! `www/pkg`, and for a release shrunk by wasm-opt and checked to still compile.

use std::fs;
use std::path::Path;

use super::Profile;
use crate::process::{self, Result, repo_root, target_dir};

/// `generic` CPU, as `rustc --print cfg --target wasm32-unknown-unknown` lists them). wasm-opt
/// also reads them from the module's `target_features` section; naming them here keeps the
/// optimiser from rejecting the module should that section ever be stripped. Every browser
/// the explorer supports runs all of them.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-call-indirect-overlong",
];

/// The wasm modules the site loads: the crate that builds each, and the stem of its files in
/// `pkg/`. The workshop's module links the explorer's crate, so it carries the explorer's API
/// too and its page loads one module; the explorer's page never loads the workshop's.
const MODULES: &[(&str, &str)] = &[
    ("relief-web", "relief_web"),
    ("relief-workshop", "relief_workshop"),
];

/// Shrinks the module in place with wasm-opt from the npm package `binaryen`, then checks
/// that the result still compiles.
fn optimise(module: &Path) -> Result<()> {
    let wasm_opt = repo_root().join("tests/node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() {
        println!(
            "wasm-opt is not installed (tests/node_modules/.bin/wasm-opt), so the module is not optimised; \
             `cargo xtask serve` or `cargo xtask test` installs it"
        );
        return Ok(());
    }
    let optimised = module.with_extension("opt.wasm");
    let mut command = process::command(&wasm_opt);
    // `--converge` repeats the passes until the module stops shrinking: on these modules the
    // second round still removes about 0.5 KB gzipped each, for a few seconds of build time.
    // `--low-memory-unused` lets the optimiser fold constant offsets into loads and stores, which
    // shrinks each module by about 1.6 KB gzipped: rustc's stack grows down from 1 MiB and its
    // data starts there, so the first kilobyte of memory is only ever reached by a stack that has
    // already overflowed.
    command
        .args(["-Oz", "--converge", "--low-memory-unused"])
        .args(WASM_FEATURES)
        .arg(module)
        .arg("-o")
        .arg(&optimised);
    process::run(&mut command)?;
    validate(&optimised)?;
    fs::rename(&optimised, module)
        .map_err(|error| format!("could not replace {}: {error}", module.display()))
}

/// Compiles the module with node's WebAssembly engine (V8, as in Chromium): an optimiser that
/// emitted a feature the browser lacks would fail here instead of on a reader's screen.
fn validate(module: &Path) -> Result<()> {
    if process::probe("node", &["--version"]).is_none() {
        return Ok(());
    }
    let script = "WebAssembly.compile(require('fs').readFileSync(process.argv[1]))\
                  .catch((error) => { console.error(error.message); process.exit(1); });";
    let mut node = process::command("node");
    node.arg("-e").arg(script).arg(module);
    process::run(&mut node)
        .map_err(|_| format!("{} does not compile after wasm-opt", module.display()))
}

/// Builds every module in [`MODULES`] for `profile` and writes each one's JavaScript glue into
/// `pkg`, cleared first so that files of an earlier build (old snippets, say) never ship.
pub fn build_modules(profile: Profile, pkg: &Path) -> Result<()> {
    let root = repo_root();
    let profile_dir = match profile {
        Profile::Release => "wasm-release",
        Profile::Debug => "debug",
    };
    // One build per module: built together, cargo would unify relief-web's features, and the
    // workshop's module would carry the explorer-only code it leaves out.
    for (package, _) in MODULES {
        let mut cargo = process::cargo();
        cargo.args(["build", "--target", "wasm32-unknown-unknown", "-p", package]);
        if profile == Profile::Release {
            cargo.args(["--profile", "wasm-release"]);
        }
        process::run(&mut cargo)?;
    }

    // A clean directory, so files of an earlier build (old snippets, say) are never shipped.
    if pkg.exists() {
        fs::remove_dir_all(pkg).map_err(|error| format!("could not clear www/pkg: {error}"))?;
    }
    for (_, stem) in MODULES {
        let wasm = target_dir()
            .join("wasm32-unknown-unknown")
            .join(profile_dir)
            .join(format!("{stem}.wasm"));
        let mut bindgen = process::command("wasm-bindgen");
        bindgen.args(["--target", "web", "--no-typescript"]);
        match profile {
            Profile::Release => {
                bindgen.args(["--remove-name-section", "--remove-producers-section"])
            }
            Profile::Debug => bindgen.arg("--debug"),
        };
        bindgen
            .arg("--out-dir")
            .arg(pkg)
            .arg(&wasm)
            .current_dir(&root);
        process::run(&mut bindgen)?;
        if profile == Profile::Release {
            optimise(&pkg.join(format!("{stem}_bg.wasm")))?;
        }
    }

    Ok(())
}
