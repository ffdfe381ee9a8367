//! The model's integration tests, in one binary:
//! - `claims`: the published claims the model must reproduce, read from `tests/data/claims.json`;
//! - `validation`: every validation rule, as bad inputs and the message each must give;
//! - `properties`: any valid scenario gives finite values in range (property tests);
//! - `presets`: every preset validates and simulates; historical milestones match their dates;
//! - `round_trips`: both formats survive a write and a read.

mod claims;
mod common;
mod presets;
mod properties;
mod round_trips;
mod validation;
