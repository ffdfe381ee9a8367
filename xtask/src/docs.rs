//! `cargo xtask docs`: regenerates the parts of the documentation that are generated from the
//! code, so they cannot drift from it.
//!
//! Today that is the parameter table of `docs/model.md`, generated from `Params::TABLE` (each
//! coefficient's name, meaning, default, plausible range and why). The generator and its check
//! live in the model's test `crates/model/tests/docs.rs`: a plain `cargo test` fails when the
//! table differs from `Params::TABLE`, and this command runs the same test with
//! `RELIEF_UPDATE_DOCS` set, which rewrites the table between its markers instead. Running it
//! through the test keeps this crate free of a dependency on the model, so every other command
//! still compiles as quickly as before. The document is a file people commit: review the change
//! and commit it.

use crate::process::{self, Result};

/// The test that checks the generated parts, as `cargo test` filters it.
const TEST: &str = "docs::";

/// Rewrites the generated parts (or, with `check`, only checks that they are up to date).
pub fn run(check: bool) -> Result<()> {
    let mut cargo = process::cargo();
    cargo.args(["test", "-p", "relief-model", "--test", "model", TEST]);
    if !check {
        // One test at a time: the other tests of the document must not read it mid-rewrite.
        cargo
            .env("RELIEF_UPDATE_DOCS", "1")
            .args(["--", "--test-threads=1"]);
    }
    process::run(&mut cargo)?;
    if check {
        println!("docs/model.md's generated parameter table is up to date");
    } else {
        println!(
            "docs/model.md's parameter table is generated from Params::TABLE; review and commit any change"
        );
    }
    Ok(())
}
