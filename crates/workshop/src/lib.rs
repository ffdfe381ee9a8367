//! # relief-workshop: the workshop page's wasm module
//!
//! A facilitator builds an exercise, teams sequence relief under its locks and hand their
//! work back, and the room compares the teams' sequences month by month. This crate holds:
//!
//! - [`exercise`]: the two formats (`relief-exercise/1`, `relief-team/1`), their types, limits
//!   and link kinds, and how an exercise is played (its injects, each team's start);
//! - [`reading`]: reading them from JSON text, trees and links, with the model's one strict
//!   JSON reader, field reader and link codec;
//! - [`writing`]: writing them as JSON and as links;
//! - [`remarks`]: what a team's sequence changes that its lock keeps fixed;
//! - [`code`]: a team's sequence as a short code to type where no link can be sent;
//! - [`changes`]: what a team changed from where it started, for its debrief page;
//! - [`ranking`]: the scores, the ranking and the debrief sheets of teams' sequences;
//! - [`bindings`]: the workshop page's wasm API, with the [`bindings::Comparison`] that
//!   projects and draws up to eight teams at once;
//! - [`words`]: the words the other modules share, and every sentence of the crate gathered
//!   for the page and for the English catalogue (`locales/en/workshop-sentences.ftl`).
//!
//! It links `relief-web`, so the one module the workshop page loads also carries everything
//! the explorer exports (catalog, presets, links, QR codes). The explorer's module does not
//! carry this crate: a reader who never opens the workshop never downloads it.
//!
//! ## Architecture invariant
//!
//! Like `relief-web`, this crate converts and draws, and nothing more: the projections come
//! from `relief-model`, the charts from `relief-charts`, and the page's words from
//! `relief_web::text`. It never runs a model of its own.
//!
//! ## Words
//!
//! Every sentence and label the crate gives the page is a
//! [`Template`](relief_model::words::Template) with a `workshop-` id, said in the reader's
//! language by `relief_web::language`, so the workshop speaks the language the page chose
//! with the explorer's own mechanism. The documents' problems (a bad field of an exercise, a
//! team's hand-back or the ranking's weights, a link that cannot be read) stay in English,
//! like every scenario's: they come from the model's one field reader and link codec, and
//! name fields of a format whose words are fixed.
#![deny(missing_docs)]

/// Declares a module's sentences as [`Template`](relief_model::words::Template) consts, and
/// `$list`, every one of them, for the catalogues.
macro_rules! templates {
    ($list:ident; $($name:ident = $id:literal : $english:literal;)*) => {
        $(const $name: relief_model::words::Template =
            relief_model::words::Template { id: $id, english: $english };)*
        /// Every sentence this module writes, for the catalogues.
        pub const $list: &[&relief_model::words::Template] = &[$(&$name),*];
    };
}

pub mod bindings;
pub mod changes;
pub mod code;
pub mod exercise;
pub mod ranking;
pub mod reading;
pub mod remarks;
pub mod words;
pub mod writing;

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
