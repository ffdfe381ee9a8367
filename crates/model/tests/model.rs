//! The model's integration tests, in one binary:
//! - `claims`: the published claims the model must reproduce, read from `tests/data/claims.json`;
//! - `validation`: every validation rule, as bad inputs and the message each must give, for
//!   scenarios (in files and in links) and projections;
//! - `properties`: any valid scenario gives finite values in range (property tests);
//! - `presets`: every preset file reads strictly, and bad ones are refused naming the field;
//!   every preset validates and simulates; historical milestones match their dates;
//! - `round_trips`: both formats survive a write and a read;
//! - `default_scenario`: every copy of the default scenario holds the same scenario;
//! - `fuzz_corpus`: the scenario reader's kept fuzz inputs, replayed without fuzzing;
//! - `parameter_uncertainty`: the runs that draw the model's coefficients from their ranges;
//! - `story`: stories (`relief-story/1`) survive a write, a read and a link, a frame's scenario
//!   is made as documented, and every bad story of `tests/data/bad-stories.json` is refused
//!   naming its field.

mod claims;
mod common;
mod default_scenario;
mod docs;
mod fuzz_corpus;
mod parameter_uncertainty;
mod presets;
mod properties;
mod round_trips;
mod story;
mod validation;
