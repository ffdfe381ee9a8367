//! The integration tests of relief-charts, in one binary. Modules:
//!
//! - `common`: hand-made projections and a small reader of the SVG that plotters writes.
//! - `svg`: each chart's structure (bands, medians, markers, baseline, overlays, play mode,
//!   highlight, labels) read back from its SVG.
//! - `geometry`: the pointer-to-month mapping against the pixels `draw` actually uses.
//! - `errors`: bad input is refused with a message that names the problem.
//! - `png`: PNG output has the right signature and size (feature `png`).
//!
//! To look at the charts rather than test them, `cargo run -p relief-charts --example preview`
//! draws every one into `target/charts-preview/`.

mod common;
mod errors;
mod geometry;
#[cfg(feature = "png")]
mod png;
mod svg;
