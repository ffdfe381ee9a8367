//! Running other programs: the repository root, the PATH children see, and one-line errors.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Every failure is one line for a person to act on, so a plain message is the error type.
pub type Result<T> = std::result::Result<T, String>;

/// The repository root: xtask lives one level below it, and `cargo xtask` always runs the
/// binary built from this checkout, so the path known at compile time is the right one.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the repository")
        .to_path_buf()
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR` as cargo itself does.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                repo_root().join(dir)
            }
        }
        _ => repo_root().join("target"),
    }
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
fn cargo_bin_dir() -> Option<PathBuf> {
    match std::env::var_os("CARGO_HOME") {
        Some(home) if !home.is_empty() => Some(PathBuf::from(home).join("bin")),
        _ => std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo/bin")),
    }
}

/// The PATH every child process gets: the caller's, with cargo's bin directory in front when it
/// is missing, so a `wasm-bindgen` that `cargo install` has just put there is found at once
/// even on a machine whose login shell never added that directory.
fn child_path() -> OsString {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&current).collect();
    if let Some(bin) = cargo_bin_dir().filter(|bin| !dirs.contains(bin)) {
        dirs.insert(0, bin);
    }
    std::env::join_paths(dirs).unwrap_or(current)
}

/// A command for `program` with the PATH described in [`child_path`] and no stdin: CI runs
/// with no terminal, and nothing here may stop to ask a question.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command.env("PATH", child_path()).stdin(Stdio::null());
    command
}

/// The cargo that runs this xtask (`CARGO` is set by `cargo run`), so nested builds use the
/// same toolchain.
pub fn cargo() -> Command {
    let mut cargo = command(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo.current_dir(repo_root());
    cargo
}

/// Sets `key` for the child unless the caller's environment already chose a value, so anyone
/// can override a default from the shell.
pub fn env_default(command: &mut Command, key: &str, value: impl AsRef<OsStr>) {
    if std::env::var_os(key).is_none() {
        command.env(key, value);
    }
}

/// Shows a command the way a person would type it: the program by its name, since the full
/// path of, say, the toolchain's cargo only makes the line harder to read.
pub fn display(command: &Command) -> String {
    let program = Path::new(command.get_program());
    let name = program.file_name().unwrap_or(program.as_os_str());
    let mut words = vec![name.to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|arg| quoted(&arg.to_string_lossy())));
    words.join(" ")
}

/// Quotes a word for a POSIX shell when it holds anything a shell would split or expand.
fn quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Runs `command` with inherited output and fails with one line when it does not succeed.
pub fn run(command: &mut Command) -> Result<()> {
    // Child processes must see the PATH with cargo's bin directory even when the caller built
    // the command with `Command::new`.
    if !command.get_envs().any(|(key, _)| key == "PATH") {
        command.env("PATH", child_path());
    }
    command.stdin(Stdio::null());
    println!("$ {}", display(command));
    let status = command
        .status()
        .map_err(|error| format!("could not start `{}`: {error}", display(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{}` failed ({status}); its output is above",
            display(command)
        ))
    }
}

/// Runs a probe such as `node --version` quietly and returns its trimmed standard output, or
/// `None` when the program is missing or fails.
pub fn probe(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program)
        .args(args)
        .current_dir(repo_root())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_commands_as_a_shell_would_take_them() {
        let mut command = Command::new("/opt/rust/bin/cargo");
        command.args(["test", "--version", "=0.2.130", "two words", "it's", ""]);
        assert_eq!(
            display(&command),
            r"cargo test --version =0.2.130 'two words' 'it'\''s' ''"
        );
    }
}
