//! Building the site: the web crate to wasm, wasm-bindgen's JS glue into `www/pkg`, wasm-opt
//! when it is installed, then a size report of everything shipped against the budget.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::process::{self, Result, repo_root, target_dir};

/// Everything shipped, gzipped, must stay under this many bytes (250 KB): a first visit on a
/// phone downloads all of it.
pub const BUDGET_GZIPPED: u64 = 250_000;

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
];

/// The wasm features rustc 1.95 enables by default for wasm32-unknown-unknown (LLVM's
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The `wasm-release` profile, names stripped, wasm-opt applied: what readers get.
    Release,
    /// The dev profile with names kept, for reading stack traces in the browser.
    Debug,
}

/// Builds the site into `www/pkg` and prints its size report.
pub fn build(profile: Profile) -> Result<SizeReport> {
    let root = repo_root();
    let pkg = root.join("www/pkg");

    let mut cargo = process::cargo();
    cargo.args([
        "build",
        "-p",
        "relief-web",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    let profile_dir = match profile {
        Profile::Release => {
            cargo.args(["--profile", "wasm-release"]);
            "wasm-release"
        }
        Profile::Debug => "debug",
    };
    process::run(&mut cargo)?;
    let wasm = target_dir()
        .join("wasm32-unknown-unknown")
        .join(profile_dir)
        .join("relief_web.wasm");

    // A clean directory, so files of an earlier build (old snippets, say) are never shipped.
    if pkg.exists() {
        fs::remove_dir_all(&pkg).map_err(|error| format!("could not clear www/pkg: {error}"))?;
    }
    let mut bindgen = process::command("wasm-bindgen");
    bindgen.args(["--target", "web", "--no-typescript"]);
    match profile {
        Profile::Release => bindgen.args(["--remove-name-section", "--remove-producers-section"]),
        Profile::Debug => bindgen.arg("--debug"),
    };
    bindgen
        .arg("--out-dir")
        .arg(&pkg)
        .arg(&wasm)
        .current_dir(&root);
    process::run(&mut bindgen)?;

    let module = pkg.join("relief_web_bg.wasm");
    if profile == Profile::Release {
        optimise(&module)?;
    }

    let report = SizeReport::measure(&root.join("www"))?;
    report.print(profile);
    Ok(report)
}

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
    command
        .arg("-Oz")
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

/// One shipped file's size.
#[derive(Debug)]
pub struct FileSize {
    pub path: PathBuf,
    pub raw: u64,
    pub gzipped: u64,
}

/// The sizes of everything shipped.
#[derive(Debug)]
pub struct SizeReport {
    pub files: Vec<FileSize>,
}

impl SizeReport {
    /// Measures every shipped file under `www`.
    pub fn measure(www: &Path) -> Result<SizeReport> {
        let mut files = Vec::new();
        for path in shipped_files(www) {
            let bytes = fs::read(&path)
                .map_err(|error| format!("could not read {}: {error}", path.display()))?;
            let relative = path.strip_prefix(www).unwrap_or(&path).to_path_buf();
            files.push(FileSize {
                path: relative,
                raw: bytes.len() as u64,
                gzipped: gzipped_len(&bytes),
            });
        }
        Ok(SizeReport { files })
    }

    pub fn total_raw(&self) -> u64 {
        self.files.iter().map(|file| file.raw).sum()
    }

    pub fn total_gzipped(&self) -> u64 {
        self.files.iter().map(|file| file.gzipped).sum()
    }

    pub fn within_budget(&self) -> bool {
        self.total_gzipped() <= BUDGET_GZIPPED
    }

    /// Prints the table; a debug build is not judged, since the budget is for what ships.
    pub fn print(&self, profile: Profile) {
        let width = self
            .files
            .iter()
            .map(|file| file.path.display().to_string().len())
            .max()
            .unwrap_or(0)
            .max(5);
        println!("\nShipped files (www/, gzip -9):");
        println!("  {:<width$}  {:>10}  {:>10}", "file", "raw", "gzipped");
        for file in &self.files {
            println!(
                "  {:<width$}  {:>10}  {:>10}",
                file.path.display(),
                kb(file.raw),
                kb(file.gzipped)
            );
        }
        println!(
            "  {:<width$}  {:>10}  {:>10}",
            "total",
            kb(self.total_raw()),
            kb(self.total_gzipped())
        );
        let used = self.total_gzipped() as f64 / BUDGET_GZIPPED as f64 * 100.0;
        let verdict = match (profile, self.within_budget()) {
            (Profile::Debug, _) => "a debug build, which the budget does not apply to",
            (Profile::Release, true) => "within budget",
            (Profile::Release, false) => "OVER BUDGET",
        };
        println!(
            "Gzipped total {} of the {} budget ({used:.0}%): {verdict}.\n",
            kb(self.total_gzipped()),
            kb(BUDGET_GZIPPED)
        );
    }
}

/// Sizes in kilobytes of 1000 bytes, the unit the budget is stated in.
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// The size of `bytes` gzipped at the strongest level, close to what a static host serves.
fn gzipped_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to memory cannot fail");
    encoder
        .finish()
        .expect("writing to memory cannot fail")
        .len() as u64
}

/// Every file under `www` a reader downloads, sorted: shipped extensions only, leaving out
/// anything that is a test (a `tests` or `test` directory, a `*.test.*` file) or installed
/// tooling (`node_modules`).
fn shipped_files(www: &Path) -> Vec<PathBuf> {
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

    #[test]
    fn measures_the_shipped_tree() {
        let dir = target_dir()
            .join("xtask-tests")
            .join(format!("sizes-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("pkg")).unwrap();
        fs::create_dir_all(dir.join("tests")).unwrap();
        fs::write(dir.join("index.html"), "<!doctype html>".repeat(100)).unwrap();
        fs::write(dir.join("pkg/relief_web.js"), "export {};\n").unwrap();
        fs::write(dir.join("tests/helper.js"), "left out").unwrap();
        fs::write(dir.join("notes.md"), "left out").unwrap();

        let report = SizeReport::measure(&dir).unwrap();
        let names: Vec<String> = report
            .files
            .iter()
            .map(|file| file.path.display().to_string())
            .collect();
        assert_eq!(names, ["index.html", "pkg/relief_web.js"]);
        assert_eq!(report.total_raw(), 1500 + 11);
        // Repetitive HTML compresses well; the gzip header alone keeps a tiny file above zero.
        assert!(report.files[0].gzipped < 100);
        assert!(report.files[1].gzipped > 0);
        assert!(report.within_budget());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn states_sizes_in_the_budget_unit() {
        assert_eq!(kb(250_000), "250.0 KB");
        assert_eq!(kb(1_234), "1.2 KB");
    }
}
