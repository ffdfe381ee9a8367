//! # relief-model: the sequencing model of Relief Sequencer
//!
//! Takes a scenario (a sequence of sanctions-relief steps, the target's reform and compliance
//! steps, confidence-building measures and shocks on a monthly timeline) and a seed, runs a
//! Monte Carlo ensemble of one month-by-month simulation, and returns a projection: percentile
//! bands of trust on both sides, economic recovery, leverage and legitimacy, and the risk of
//! breakdown. `docs/model.md` explains every mechanism, equation and parameter in plain words.
//!
//! ## Architecture invariant
//!
//! This crate is pure. It does no I/O, reads no clock, draws no entropy and knows nothing of
//! JavaScript: the same scenario and seed give the same projection bit for bit, natively and
//! in WebAssembly. That is why it uses a portable seeded generator (xoshiro256++), the
//! portable `libm` for every transcendental function, and sums that do not depend on order
//! (integer counts, and fixed-point sums of each series). Runs are independent, so an ensemble
//! may be cut into slices that merge exactly ([`Ensemble::merge`]); with the `parallel`
//! feature, for native tools only, [`simulate_on_every_core`] runs the slices on rayon's
//! threads and gives the same bits. Memory does not grow with the number of runs: each month's values go into fixed-bin
//! histograms.
//!
//! ## API boundary
//!
//! - [`parse_scenario`] reads and validates `relief-scenario/1` JSON, naming each bad field
//!   by its JSON path; [`scenario_to_json`] writes it back; [`scenario_to_link`] and
//!   [`scenario_from_link`] put a whole scenario in a URL fragment.
//! - Every format reads its text with [`parse_json`], the one strict JSON reader (a key given
//!   twice, or a number too large for a double, is refused naming its field), and its tree
//!   with [`FieldReader`], so every problem everywhere is a [`FieldError`] named by its JSON
//!   path. [`LinkFormat`] is the one link codec, for the workshop's links too.
//! - [`simulate`] runs the ensemble ([`Ensemble`] a slice of its runs at a time, merged
//!   exactly); [`projection_to_json`] and [`projection_to_csv`] write `relief-projection/1`.
//! - [`parse_story`] reads `relief-story/1`, a scenario told in frames for an article
//!   ([`Story`]; [`Story::frame_scenario`] is the scenario a frame shows), naming each bad field
//!   by its JSON path; [`story_to_json`] writes it back; [`story_to_link`] and
//!   [`story_from_link`] put a whole story in a URL fragment.
//! - [`check_sequence`] is the sequencing checker: plain-language warnings.
//! - [`presets`] holds the built-in scenarios, read with [`parse_preset`].
//! - [`explain`] answers "why?": each step's and shock's contribution to a series at a month.
//! - [`sensitivity`] answers "what matters most?": how far one outcome ([`Measure`]) moves as
//!   each assumption and each step's month and size swing across their ranges.
//! - [`optimize`] suggests a better order of the reader's own steps, and says so only when
//!   the improvement holds on fresh futures beyond noise.
#![deny(missing_docs)]

mod checker;
mod engine;
mod explain;
mod fields;
mod histogram;
mod json;
mod link;
mod measure;
mod optimize;
#[cfg(feature = "parallel")]
mod parallel;
mod params;
mod presets;
mod projection;
mod scenario;
mod sensitivity;
mod story;
mod wire;
pub mod words;

pub use checker::{CHECKER_TEMPLATES, check_sequence, sequence_warnings};
pub use engine::{Counts, CountsError, Ensemble, simulate, simulate_with};
pub use explain::{
    Contribution, EXPLAIN_TEMPLATES, Explanation, Rerun, Target, explain, explain_from_values,
    explanation_reruns, rerun_value,
};
pub use fields::{FieldReader, kind_of};
pub use json::{DocumentError, FieldError, ScenarioError, parse_json, quote};
pub use link::{LINK_PREFIX, LinkFormat, SCENARIO_LINK, scenario_from_link, scenario_to_link};
pub use measure::{BATCHES, Difference, MEASURE_TEMPLATES, Measure, Sliced};
pub use optimize::{
    Move, OPTIMIZE_TEMPLATES, Objective, Optimizer, Progress, Search, SearchError, Suggestion,
    optimize,
};
#[cfg(feature = "parallel")]
pub use parallel::{simulate_on_every_core, simulate_on_every_core_with};
pub use params::{Coefficient, Params};
pub use presets::{
    Milestone, Preset, PresetKind, parse_preset, preset, preset_scenario_json, presets,
};
pub use projection::{
    Bands, Outcome, Outcomes, PROJECTION_FORMAT, ParameterUncertainty, Projection, Series, Summary,
};
pub use scenario::{
    Actor, Assumption, Assumptions, SCENARIO_FORMAT, Scenario, Shock, ShockKind, Source, Step,
    StepKind, StepRole, limits,
};
pub use sensitivity::{
    Factor, SENSITIVITY_TEMPLATES, Sensitivity, Swing, factors, sensitivity, sensitivity_of,
    sensitivity_to_value,
};
pub use story::{
    Frame, Highlight, STORY_FORMAT, STORY_LINK, Story, limits as story_limits, parse_story,
    story_from_link, story_from_value, story_to_json, story_to_link, story_to_value,
};
pub use wire::{
    parse_projection, parse_scenario, projection_to_csv, projection_to_json, scenario_from_value,
    scenario_to_json, scenario_to_value,
};
