//! Fuzzing with cargo-fuzz: `cargo xtask fuzz` and the bounded fuzz stage of `cargo xtask test`.
//!
//! The fuzz project is `fuzz/`, a workspace of its own; [`TARGETS`] lists its targets. Each
//! target has three folders:
//!
//! - `tests/data/fuzz-corpus/TARGET/`, the kept corpus: inputs worth keeping, committed as test
//!   data. Every fuzz run starts from it, and the model's `fuzz_corpus` test replays the
//!   scenario reader's part on every `cargo test`, fuzzing or not. Only `cargo xtask fuzz` adds
//!   to it (see [`keep_new_inputs`]), for a person to review and commit.
//! - `fuzz/corpus/TARGET/`, the working corpus of `cargo xtask fuzz`: git-ignored, it grows
//!   freely from one run to the next.
//! - `fuzz/artifacts/TARGET/`: where libFuzzer writes an input that failed, git-ignored.
//!
//! ## No sanitizer
//!
//! Every run passes `--sanitizer none`. cargo-fuzz defaults to AddressSanitizer, which needs
//! the nightly-only `-Zsanitizer` flag; stable Rust accepts it with `RUSTC_BOOTSTRAP=1`, and it
//! does work that way with Rust 1.95. It is still left off, because the model and the targets
//! are safe Rust: the sanitizer could only catch memory errors in the `unsafe` code of
//! dependencies (serde_json, miniz_oxide, base64), which are fuzzed upstream, while here it
//! costs three to four times the executions a second, half again the build time and ten times
//! the memory. What these targets hunt (panics, overflows, since the build keeps debug
//! assertions and overflow checks, NaNs and values out of range) is caught without it, and
//! the fuzzing stays coverage-guided by libFuzzer. Without the sanitizer cargo-fuzz passes no
//! nightly flag at all, so plain stable runs it. For a run under the sanitizer, say
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir fuzz/target/asan TARGET` (its own target
//! directory, so that the two builds do not rebuild each other).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use crate::install;
use crate::process::{self, Result, repo_root, target_dir};

/// Every fuzz target, as named in `fuzz/Cargo.toml`.
pub const TARGETS: [&str; 2] = ["parse_scenario", "simulate"];

/// How long `cargo xtask fuzz` runs each target unless told otherwise.
pub const DEFAULT_SECONDS: u64 = 300;

/// How long `cargo xtask test` runs each target unless the environment says otherwise.
const TEST_SECONDS: u64 = 30;

/// The environment variable that sets the fuzz stage's seconds a target; `0` skips the stage.
const SECONDS_VAR: &str = "RELIEF_FUZZ_SECONDS";

/// The kept corpus stays small enough to read through and to replay in a second: at most this
/// many files and bytes a target.
const MAX_KEPT_FILES: usize = 200;
const MAX_KEPT_BYTES: u64 = 1 << 20;

/// Longest input tried. Far above any real scenario (the presets are under 5 KB), far below the
/// reader's own 1 MB limit, whose refusal needs no fuzzing.
const MAX_LEN: u32 = 65_536;

/// Any one input taking longer than this is a failure: the slowest take milliseconds.
const TIMEOUT_SECONDS: u32 = 20;

/// `cargo xtask fuzz`: runs each of `targets` for `seconds` from its working corpus (seeded
/// with the kept corpus), then adds to the kept corpus the inputs that reach new code.
pub fn fuzz(targets: &[&str], seconds: u64) -> Result<()> {
    install::cargo_fuzz()?;
    for target in targets {
        let work = repo_root().join("fuzz/corpus").join(target);
        copy_files(&kept_dir(target), &work, false)?;
        println!("\n==> fuzzing {target} for {seconds} s (working corpus: fuzz/corpus/{target})");
        run(target, &work, seconds, false)?;
        keep_new_inputs(target, &work)?;
    }
    println!(
        "\nNew inputs in tests/data/fuzz-corpus/ are test data: look them over and commit them."
    );
    Ok(())
}

/// The fuzz stage of `cargo xtask test`: each target for a bounded time, from a copy of its
/// kept corpus, so that nothing a person commits changes.
pub fn test_stage() -> Result<()> {
    let seconds = match std::env::var(SECONDS_VAR) {
        Err(_) => TEST_SECONDS,
        Ok(value) => value.trim().parse().map_err(|_| {
            format!(
                "{SECONDS_VAR} wants a whole number of seconds (0 skips fuzzing), not {value:?}"
            )
        })?,
    };
    if seconds == 0 {
        println!(
            "{SECONDS_VAR}=0: no fuzzing. The kept corpus still runs in the native tests (the model's fuzz_corpus test)."
        );
        return Ok(());
    }
    install::cargo_fuzz()?;
    for target in TARGETS {
        let corpus = target_dir().join("xtask/fuzz/corpus").join(target);
        copy_files(&kept_dir(target), &corpus, true)?;
        println!("\nFuzzing {target} for {seconds} s ({SECONDS_VAR} changes it; 0 skips fuzzing).");
        let outcome = run(target, &corpus, seconds, true);
        // The copy is thrown away either way: a failing input is kept in fuzz/artifacts/.
        let _ = fs::remove_dir_all(&corpus);
        outcome?;
    }
    Ok(())
}

/// The kept corpus of `target`.
fn kept_dir(target: &str) -> PathBuf {
    repo_root().join("tests/data/fuzz-corpus").join(target)
}

/// `cargo fuzz run` for `target`, from the repository root (relative paths given to libFuzzer
/// start there).
fn cargo_fuzz_run(target: &str) -> Command {
    let mut cargo = process::cargo();
    cargo.args([
        "fuzz",
        "run",
        "--fuzz-dir",
        "fuzz",
        "--sanitizer",
        "none",
        target,
    ]);
    cargo
}

/// The libFuzzer options every run of `target` gets.
fn libfuzzer_options(target: &str) -> Vec<String> {
    let mut options = vec![
        format!("-max_len={MAX_LEN}"),
        "-rss_limit_mb=2048".to_string(),
        format!("-timeout={TIMEOUT_SECONDS}"),
    ];
    // A dictionary of the format's words (`fuzz/TARGET.dict`) gets the fuzzer past the
    // reader's first checks far sooner than byte flips would.
    let dict = format!("fuzz/{target}.dict");
    if repo_root().join(&dict).exists() {
        options.push(format!("-dict={dict}"));
    }
    options
}

/// Fuzzes `target` for `seconds`, growing `corpus`; `quiet` keeps the log to a summary.
/// A failing input is named with the command that reproduces it.
fn run(target: &str, corpus: &Path, seconds: u64, quiet: bool) -> Result<()> {
    let artifacts = repo_root().join("fuzz/artifacts").join(target);
    fs::create_dir_all(&artifacts)
        .map_err(|error| format!("could not create {}: {error}", artifacts.display()))?;
    // File times can be a little coarse: anything written from a second before counts.
    let started = SystemTime::now() - Duration::from_secs(1);
    let mut cargo = cargo_fuzz_run(target);
    cargo.arg(corpus).arg("--").args(libfuzzer_options(target));
    cargo.arg(format!("-max_total_time={seconds}"));
    if quiet {
        cargo.args(["-verbosity=0", "-print_final_stats=1"]);
    }
    let Err(message) = process::run(&mut cargo) else {
        return Ok(());
    };
    let failures = files_written_since(&artifacts, started);
    if failures.is_empty() {
        // No input failed: the build or cargo-fuzz itself did, and said why above.
        return Err(message);
    }
    let list: Vec<String> = failures
        .iter()
        .map(|name| {
            format!(
                "fuzz/artifacts/{target}/{name}: reproduce with `cargo fuzz run --sanitizer none {target} fuzz/artifacts/{target}/{name}`"
            )
        })
        .collect();
    Err(format!(
        "the fuzz target {target} failed (its panic and stack trace are above):\n  {}",
        list.join("\n  ")
    ))
}

/// The names of the files in `dir` written at or after `since`, sorted.
fn files_written_since(dir: &Path, since: SystemTime) -> Vec<String> {
    let mut names: Vec<String> = list_files(dir)
        .into_iter()
        .filter(|(path, _)| {
            fs::metadata(path)
                .and_then(|meta| meta.modified())
                .is_ok_and(|modified| modified >= since)
        })
        .filter_map(|(path, _)| Some(path.file_name()?.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

/// Adds to the kept corpus of `target` the inputs of the working corpus that reach code none
/// of the kept inputs reaches.
///
/// libFuzzer's merge replays the kept corpus, then the working corpus smallest input first,
/// and writes in its control file which code edges each input reached first. Inputs already
/// kept are never removed or renamed, so the hand-named seeds stay readable and the committed
/// folder changes only by new files. The inputs that reach new edges are kept, those that
/// reach the most first, while the kept corpus stays within its budget: a working corpus holds
/// hundreds of inputs that differ only in how often a loop ran, and most that reach one new
/// edge each reach a different way for the JSON reader to fail, so ranking by new edges keeps
/// the corpus small where it matters. When the budget is reached the run says how many inputs
/// were left out and how to make room.
fn keep_new_inputs(target: &str, work: &Path) -> Result<()> {
    let kept = kept_dir(target);
    let scratch = target_dir().join("xtask/fuzz/merge").join(target);
    // A control file left from an earlier merge would be taken up where it stopped.
    let _ = fs::remove_dir_all(&scratch);
    let first = scratch.join("kept");
    copy_files(&kept, &first, true)?;
    let control = scratch.join("control.txt");
    println!("\nChoosing the inputs of fuzz/corpus/{target} that reach new code.");
    let mut cargo = cargo_fuzz_run(target);
    cargo
        .arg(&first)
        .arg(work)
        .arg("--")
        .args(libfuzzer_options(target))
        .args(["-merge=1", "-verbosity=0"])
        .arg(format!("-merge_control_file={}", control.display()));
    process::run(&mut cargo)?;
    let text = fs::read_to_string(&control).map_err(|error| {
        format!(
            "could not read libFuzzer's merge file {}: {error}",
            control.display()
        )
    })?;
    let mut candidates = new_coverage(&text).ok_or_else(|| {
        format!(
            "libFuzzer's merge file {} is not in the form this reads",
            control.display()
        )
    })?;
    // The most new edges first; among equals, the smallest input, then by name for a stable order.
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let kept_files = list_files(&kept);
    let mut files = kept_files.len();
    let mut bytes: u64 = kept_files.iter().map(|(_, size)| size).sum();
    let (mut added, mut added_bytes, mut left_out) = (0, 0, 0);
    let (mut edges_kept, mut edges_left_out) = (0, 0);
    for (path, edges) in &candidates {
        let Some(name) = path.file_name() else {
            continue;
        };
        let size = fs::metadata(path)
            .map(|meta| meta.len())
            .unwrap_or(u64::MAX);
        if kept.join(name).exists() || size == u64::MAX {
            continue;
        }
        if files + 1 > MAX_KEPT_FILES || bytes + size > MAX_KEPT_BYTES {
            left_out += 1;
            edges_left_out += edges;
            continue;
        }
        fs::copy(path, kept.join(name)).map_err(|error| {
            format!(
                "could not copy {} into {}: {error}",
                path.display(),
                kept.display()
            )
        })?;
        files += 1;
        bytes += size;
        added += 1;
        added_bytes += size;
        edges_kept += edges;
    }
    let _ = fs::remove_dir_all(&scratch);
    println!(
        "{target}: {added} new input(s) ({:.1} KB, reaching {edges_kept} new code edges) kept in tests/data/fuzz-corpus/{target}/, which now holds {files} files ({:.1} KB).",
        added_bytes as f64 / 1024.0,
        bytes as f64 / 1024.0
    );
    if left_out > 0 {
        println!(
            "{target}: {left_out} more input(s) reach {edges_left_out} more new edges but the kept corpus is at its budget ({MAX_KEPT_FILES} files, {} KB). \
             To choose afresh, delete its files named by a hash (40 hex digits) and run `cargo xtask fuzz {target}` again.",
            MAX_KEPT_BYTES / 1024
        );
    }
    Ok(())
}

/// Reads a libFuzzer merge control file: the inputs outside the first corpus that reached
/// code edges no input before them reached, with how many. The file lists the number of
/// inputs, how many of them belong to the first corpus, their paths, then for each replayed
/// input `STARTED i size`, `FT i features…` and `COV i edges…`, where the edges are only those
/// reached for the first time.
fn new_coverage(text: &str) -> Option<Vec<(PathBuf, usize)>> {
    let mut lines = text.lines();
    let count: usize = lines.next()?.trim().parse().ok()?;
    let first: usize = lines.next()?.trim().parse().ok()?;
    let paths: Vec<PathBuf> = lines.by_ref().take(count).map(PathBuf::from).collect();
    if paths.len() != count || first > count {
        return None;
    }
    let mut found = Vec::new();
    for line in lines {
        let mut words = line.split_whitespace();
        if words.next() != Some("COV") {
            continue;
        }
        let index: usize = words.next()?.parse().ok()?;
        let edges = words.count();
        if index >= first && edges > 0 {
            found.push((paths.get(index)?.clone(), edges));
        }
    }
    Some(found)
}

/// Copies every file of `from` into `to`, creating `to`; `fresh` empties `to` first, else
/// files already in `to` are left as they are.
fn copy_files(from: &Path, to: &Path, fresh: bool) -> Result<()> {
    if fresh && to.exists() {
        fs::remove_dir_all(to)
            .map_err(|error| format!("could not empty {}: {error}", to.display()))?;
    }
    fs::create_dir_all(to)
        .map_err(|error| format!("could not create {}: {error}", to.display()))?;
    for (path, _) in list_files(from) {
        let dest = to.join(path.file_name().expect("a listed file has a name"));
        if !dest.exists() {
            fs::copy(&path, &dest).map_err(|error| {
                format!(
                    "could not copy {} to {}: {error}",
                    path.display(),
                    dest.display()
                )
            })?;
        }
    }
    Ok(())
}

/// The regular files directly in `dir` with their sizes, sorted by path; none when `dir` is
/// missing.
fn list_files(dir: &Path) -> Vec<(PathBuf, u64)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, u64)> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let meta = entry.metadata().ok()?;
            meta.is_file().then(|| (entry.path(), meta.len()))
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_has_a_source_and_a_kept_corpus() {
        let manifest = fs::read_to_string(repo_root().join("fuzz/Cargo.toml"))
            .expect("fuzz/Cargo.toml exists");
        for target in TARGETS {
            assert!(
                manifest.contains(&format!("name = \"{target}\"")),
                "{target} is not a [[bin]] of fuzz/Cargo.toml"
            );
            assert!(
                repo_root()
                    .join(format!("fuzz/fuzz_targets/{target}.rs"))
                    .exists(),
                "{target} has no source"
            );
            let kept = list_files(&kept_dir(target));
            assert!(
                !kept.is_empty(),
                "tests/data/fuzz-corpus/{target}/ is empty"
            );
            assert!(
                kept.len() <= MAX_KEPT_FILES,
                "{target}: {} kept files",
                kept.len()
            );
            let bytes: u64 = kept.iter().map(|(_, size)| size).sum();
            assert!(bytes <= MAX_KEPT_BYTES, "{target}: {bytes} kept bytes");
        }
    }

    #[test]
    fn reads_which_inputs_reached_new_code_from_a_merge_file() {
        let control = "4\n2\n/k/a\n/k/b\n/w/c\n/w/d\n\
                       STARTED 0 10\nFT 0 1 2 3\nCOV 0 7 8 9\n\
                       STARTED 1 12\nFT 1 4\nCOV 1 10\n\
                       STARTED 2 3\nFT 2 5 6\nCOV 2 11 12\n\
                       STARTED 3 4\nFT 3\nCOV 3\n";
        assert_eq!(
            new_coverage(control),
            Some(vec![(PathBuf::from("/w/c"), 2)])
        );
        // An input that crashed during the merge has no COV line and is left out.
        assert_eq!(new_coverage("1\n0\n/w/x\nSTARTED 0 5\n"), Some(vec![]));
        assert_eq!(new_coverage("2\n0\n/w/x\n"), None);
        assert_eq!(new_coverage("not a merge file"), None);
    }

    #[test]
    fn passes_the_dictionary_only_where_there_is_one() {
        assert!(
            libfuzzer_options("parse_scenario")
                .contains(&"-dict=fuzz/parse_scenario.dict".to_string())
        );
        assert!(
            !libfuzzer_options("simulate")
                .iter()
                .any(|o| o.starts_with("-dict"))
        );
    }
}
