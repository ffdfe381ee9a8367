//! Install steps: each checks first and does nothing when its tool is already there, prints
//! one line when it acts, and fails with one line that says what to do.
//!
//! Everything comes from a package registry through its ordinary client: rustup for the wasm
//! target, `cargo install` from crates.io for the wasm-bindgen CLI and cargo-fuzz, apt for
//! Chromium and chromedriver, npm for playwright-core, binaryen, esbuild and axe-core (tests/)
//! and for the live room's Hocuspocus and Yjs (room/). Nothing downloads
//! a browser: playwright-core drives the Debian Chromium.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::process::{self, Result, probe, repo_root, target_dir};

/// Where Debian's `chromium` package puts the browser.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Where Debian's `chromium-driver` package puts chromedriver.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The oldest node whose test runner has `--test-concurrency`.
const MIN_NODE: (u32, u32) = (20, 10);

/// What `cargo xtask build` needs: the wasm target, the matching wasm-bindgen CLI, node and
/// the npm packages of tests/, which bring `wasm-opt`, esbuild and Project Fluent's runtime.
pub fn for_building() -> Result<()> {
    wasm_target()?;
    wasm_bindgen_cli()?;
    node()?;
    npm_packages()
}

/// What `cargo xtask serve` needs: the build tools plus the npm packages of room/, the live
/// room engine the build bundles.
pub fn for_serving() -> Result<()> {
    for_building()?;
    room_packages()
}

/// Everything `cargo xtask test` needs, browsers included.
pub fn all() -> Result<()> {
    for_serving()?;
    chromium()
}

/// Adds the wasm32 target through rustup unless it is installed already.
pub fn wasm_target() -> Result<()> {
    // `rustup target list` runs in the repository so it answers for the toolchain that
    // rust-toolchain.toml selects, which is the one the builds use.
    let Some(installed) = probe("rustup", &["target", "list", "--installed"]) else {
        return Err(format!(
            "rustup is missing: install Rust with rustup (https://rustup.rs), or add the {WASM_TARGET} target to your toolchain"
        ));
    };
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    println!("Installing the {WASM_TARGET} Rust target with rustup.");
    let mut rustup = process::command("rustup");
    rustup
        .args(["target", "add", WASM_TARGET])
        .current_dir(repo_root());
    process::run(&mut rustup).map_err(|_| {
        format!("could not add the {WASM_TARGET} target: run `rustup target add {WASM_TARGET}`")
    })
}

/// Installs the wasm-bindgen CLI at exactly the version of the `wasm-bindgen` crate in
/// Cargo.lock: the CLI refuses to process output of any other version.
pub fn wasm_bindgen_cli() -> Result<()> {
    let version = locked_wasm_bindgen_version()?;
    let wanted = |program: &str| {
        probe(program, &["--version"]).and_then(|out| reported_version(&out))
            == Some(version.clone())
    };
    if wanted("wasm-bindgen") && wanted("wasm-bindgen-test-runner") {
        return Ok(());
    }
    println!(
        "Installing wasm-bindgen-cli {version} with cargo install (it compiles from source and takes several minutes)."
    );
    let install = |locked: bool| {
        let mut cargo = process::cargo();
        // `--force` replaces binaries of another version, including ones cargo did not install.
        cargo.args([
            "install",
            "wasm-bindgen-cli",
            "--force",
            "--version",
            &format!("={version}"),
        ]);
        if locked {
            cargo.arg("--locked");
        }
        process::run(&mut cargo)
    };
    // The crate's own lock file pins exact dependency versions; when the registry no longer
    // serves one of them the locked install fails, and an unlocked one still works.
    if install(true).is_err() {
        println!("The locked install failed; trying again without --locked.");
        install(false).map_err(|_| {
            format!("could not install wasm-bindgen-cli {version}: run `cargo install wasm-bindgen-cli --version ={version}`")
        })?;
    }
    if wanted("wasm-bindgen") && wanted("wasm-bindgen-test-runner") {
        Ok(())
    } else {
        Err(format!(
            "wasm-bindgen {version} was installed but another version comes first on PATH: remove the other one or put `~/.cargo/bin` first"
        ))
    }
}

/// Installs cargo-fuzz from crates.io unless `cargo fuzz` already runs; only the fuzz stages
/// need it. libFuzzer, which it builds into every target, is C++: a missing C++ compiler is
/// named here rather than in a page of build errors.
pub fn cargo_fuzz() -> Result<()> {
    if std::env::var_os("CXX").is_none() && probe("c++", &["--version"]).is_none() {
        return Err(
            "there is no C++ compiler (c++), which the fuzz targets need to build libFuzzer: run `sudo apt-get install -y g++`, or set CXX"
                .into(),
        );
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let present = || probe(&cargo, &["fuzz", "--version"]).is_some();
    if present() {
        return Ok(());
    }
    println!("Installing cargo-fuzz with cargo install (it compiles from source: about a minute).");
    let install = |locked: bool| {
        let mut cargo = process::cargo();
        cargo.args(["install", "cargo-fuzz"]);
        if locked {
            cargo.arg("--locked");
        }
        process::run(&mut cargo)
    };
    // As for wasm-bindgen-cli: when the registry no longer serves a version its lock file pins,
    // the locked install fails and an unlocked one still works.
    if install(true).is_err() {
        println!("The locked install failed; trying again without --locked.");
        install(false).map_err(|_| {
            "could not install cargo-fuzz: run `cargo install cargo-fuzz` and read its errors"
                .to_string()
        })?;
    }
    if present() {
        Ok(())
    } else {
        Err(
            "cargo-fuzz was installed but `cargo fuzz` does not run: put `~/.cargo/bin` on PATH"
                .into(),
        )
    }
}

/// Installs Chromium and chromedriver from apt when either is missing and we are root.
pub fn chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let how = "apt-get install -y chromium chromium-driver";
    if probe("apt-get", &["--version"]).is_none() {
        return Err(format!(
            "chromium is missing and there is no apt-get: install Chromium and chromedriver so that {CHROMIUM} and {CHROMEDRIVER} exist"
        ));
    }
    if probe("id", &["-u"]).as_deref() != Some("0") {
        return Err(format!(
            "chromium is missing and apt-get needs root: run `sudo apt-get update && sudo {how}`"
        ));
    }
    println!("Installing chromium and chromium-driver with apt-get (about a minute).");
    let apt = |args: &[&str]| {
        let mut apt = process::command("apt-get");
        apt.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        process::run(&mut apt)
    };
    apt(&["update"])
        .and_then(|()| apt(&["install", "-y", "chromium", "chromium-driver"]))
        .map_err(|_| {
            format!("could not install chromium: run `apt-get update && {how}` and read its errors")
        })?;
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        Ok(())
    } else {
        Err(format!(
            "apt-get finished but {CHROMIUM} or {CHROMEDRIVER} is still missing"
        ))
    }
}

/// Checks that node (recent enough for the test runner's options) and npm are present.
pub fn node() -> Result<()> {
    let advice =
        "run `sudo apt-get install -y nodejs npm` or install node 20.10 or newer from nodejs.org";
    let Some(version) = probe("node", &["--version"]) else {
        return Err(format!("node is missing: {advice}"));
    };
    match node_version(&version) {
        Some(found) if found >= MIN_NODE => {}
        _ => {
            return Err(format!(
                "node {version} is too old (20.10 or newer is needed): {advice}"
            ));
        }
    }
    if probe("npm", &["--version"]).is_none() {
        return Err(format!("npm is missing: {advice}"));
    }
    Ok(())
}

/// Installs the npm packages of `tests/` from the lock file when they are missing or older
/// than the lock file.
pub fn npm_packages() -> Result<()> {
    locked_npm_packages("tests")
}

/// Installs the npm packages of `room/` (the room server, its tests and load run, and the live
/// engine the site bundles) from the lock file when they are missing or older than the lock
/// file.
pub fn room_packages() -> Result<()> {
    locked_npm_packages("room")
}

/// Runs `npm ci` in the repository's `folder` unless its `node_modules` is at least as new as
/// its lock file.
fn locked_npm_packages(folder: &str) -> Result<()> {
    let dir = repo_root().join(folder);
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let Some(lock_time) = modified(&lock) else {
        return Err(format!(
            "{folder}/package-lock.json is missing: run `npm install` in {folder}/ and commit the lock file"
        ));
    };
    match modified(&installed) {
        Some(installed_time) if installed_time >= lock_time => return Ok(()),
        _ => {}
    }
    println!("Installing the npm packages of {folder}/ with npm ci.");
    let mut npm = process::command("npm");
    npm.args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        // The browser is Debian's Chromium: npm packages must never fetch one of their own.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    process::run(&mut npm)
        .map_err(|_| format!("npm ci failed in {folder}/: run `npm ci` there and read its errors"))
}

/// The Chromium switches for every automated run. wasm-bindgen-test-runner adds `headless`,
/// `no-sandbox` and `disable-dev-shm-usage` itself; they are listed here too so that the
/// sandbox stays off (we run as root in CI) whatever the runner's version does.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Writes the WebDriver capabilities that wasm-bindgen-test-runner sends to chromedriver (it
/// reads the file named by `WASM_BINDGEN_TEST_WEBDRIVER_JSON`, else `webdriver.json` in the
/// crate directory) and returns its path. The file lives under the target directory because it
/// is generated, machine-specific and never committed.
pub fn webdriver_capabilities() -> Result<PathBuf> {
    let path = target_dir().join("xtask/webdriver.json");
    let json = webdriver_json(Path::new(CHROMIUM).exists().then_some(CHROMIUM));
    fs::create_dir_all(path.parent().expect("the file has a directory"))
        .and_then(|()| fs::write(&path, json))
        .map_err(|error| format!("could not write {}: {error}", path.display()))?;
    Ok(path)
}

/// The capabilities JSON, naming the browser binary when it is known so that chromedriver
/// never goes looking for a different Chrome.
fn webdriver_json(binary: Option<&str>) -> String {
    let args: Vec<String> = CHROMIUM_ARGS
        .iter()
        .map(|arg| format!("\"{arg}\""))
        .collect();
    let binary = binary
        .map(|path| format!("\"binary\": \"{path}\", "))
        .unwrap_or_default();
    format!(
        "{{\"goog:chromeOptions\": {{{binary}\"args\": [{}]}}}}\n",
        args.join(", ")
    )
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|meta| meta.modified()).ok()
}

/// Reads the wasm-bindgen version from Cargo.lock.
fn locked_wasm_bindgen_version() -> Result<String> {
    let path = repo_root().join("Cargo.lock");
    if !path.exists() {
        // Any cargo command that resolves the workspace writes the lock file.
        let mut cargo = process::cargo();
        cargo.args(["generate-lockfile"]);
        process::run(&mut cargo)?;
    }
    let text =
        fs::read_to_string(&path).map_err(|error| format!("could not read Cargo.lock: {error}"))?;
    let versions = locked_versions(&text, "wasm-bindgen");
    match versions.as_slice() {
        [version] => Ok(version.clone()),
        [] => Err(
            "Cargo.lock has no wasm-bindgen package: the web crate must depend on wasm-bindgen"
                .into(),
        ),
        several => Err(format!(
            "Cargo.lock holds several wasm-bindgen versions ({}): pin one, as the CLI must match it",
            several.join(", ")
        )),
    }
}

/// Every version of the package called `name` in a Cargo.lock, read with a line scan: the
/// format is stable and flat, and a TOML parser would be one more dependency to compile.
fn locked_versions(lock: &str, name: &str) -> Vec<String> {
    let mut versions = Vec::new();
    let mut current_name: Option<String> = None;
    let mut current_version: Option<String> = None;
    let mut flush = |name_seen: &mut Option<String>, version_seen: &mut Option<String>| match (
        name_seen.take(),
        version_seen.take(),
    ) {
        (Some(found), Some(version)) if found == name && !versions.contains(&version) => {
            versions.push(version)
        }
        _ => {}
    };
    for line in lock.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            // Any table header ends the package before it.
            flush(&mut current_name, &mut current_version);
            continue;
        }
        if let Some(value) = string_value(line, "name") {
            current_name = Some(value);
        } else if let Some(value) = string_value(line, "version") {
            current_version = Some(value);
        }
    }
    flush(&mut current_name, &mut current_version);
    versions
}

/// The string of a `key = "value"` line, or `None` for any other line.
fn string_value(line: &str, key: &str) -> Option<String> {
    let rest = line
        .strip_prefix(key)?
        .trim_start()
        .strip_prefix('=')?
        .trim();
    let value = rest.strip_prefix('"')?.strip_suffix('"')?;
    Some(value.to_string())
}

/// The version in `wasm-bindgen 0.2.130`, the form every wasm-bindgen binary reports.
fn reported_version(output: &str) -> Option<String> {
    output.split_whitespace().nth(1).map(str::to_string)
}

/// `v20.20.2` as (20, 20).
fn node_version(output: &str) -> Option<(u32, u32)> {
    let mut parts = output.trim().strip_prefix('v')?.split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "0000"
dependencies = [
 "cfg-if",
 "wasm-bindgen-macro",
]

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "relief-web"
version = "0.1.0"
dependencies = [
 "wasm-bindgen",
]
"#;

    #[test]
    fn reads_the_wasm_bindgen_version_from_cargo_lock() {
        assert_eq!(locked_versions(LOCK, "wasm-bindgen"), ["0.2.130"]);
        // The lock file's own format version must not be taken for a package's.
        assert_eq!(locked_versions(LOCK, "relief-web"), ["0.1.0"]);
        assert_eq!(locked_versions(LOCK, "wasm-bindgen-macro"), ["0.2.131"]);
        assert!(locked_versions(LOCK, "wasm").is_empty());
        assert!(locked_versions("", "wasm-bindgen").is_empty());
    }

    #[test]
    fn lists_each_version_when_a_lock_holds_several() {
        let lock = format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.99\"\n");
        assert_eq!(
            locked_versions(&lock, "wasm-bindgen"),
            ["0.2.130", "0.2.99"]
        );
    }

    #[test]
    fn the_repository_lock_pins_one_wasm_bindgen() {
        // Cargo writes the lock before it runs these tests, so it is always there.
        let text = fs::read_to_string(repo_root().join("Cargo.lock")).expect("Cargo.lock exists");
        let versions = locked_versions(&text, "wasm-bindgen");
        assert!(
            versions.len() <= 1,
            "several wasm-bindgen versions: {versions:?}"
        );
    }

    #[test]
    fn writes_chromium_options_for_chromedriver() {
        let json = webdriver_json(Some("/usr/bin/chromium"));
        assert!(json.starts_with(r#"{"goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": ["--headless", "--no-sandbox""#));
        assert!(json.trim_end().ends_with(r#""--disable-sync"]}}"#));
        assert!(!webdriver_json(None).contains("binary"));
    }

    #[test]
    fn reads_tool_and_node_versions() {
        assert_eq!(
            reported_version("wasm-bindgen 0.2.130").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            reported_version("wasm-bindgen-test-runner 0.2.130\n").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(reported_version("wasm-bindgen"), None);
        assert_eq!(node_version("v20.20.2"), Some((20, 20)));
        assert_eq!(node_version("v22.1.0\n"), Some((22, 1)));
        assert_eq!(node_version("20.1.0"), None);
        assert!(node_version("v20.9.0").unwrap() < MIN_NODE);
        assert!(node_version("v20.10.0").unwrap() >= MIN_NODE);
    }
}
