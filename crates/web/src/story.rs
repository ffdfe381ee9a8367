//! Stories (`relief-story/1`) on the page: reading one, its link, and the scenario each frame
//! shows, for an article that steps a reader through a sequence. Only the explorer's module
//! carries this (feature `explorer`).
//!
//! Every story crosses as JSON text, the very document `relief validate` reads, so the page
//! parses it once with `JSON.parse`; errors are `Error` objects whose message names each bad
//! field by its JSON path, one a line, as a scenario's do.

use relief_model::{DocumentError, Story};
use wasm_bindgen::prelude::*;

/// A problem as the page shows it: every field at fault, one a line.
fn message(error: DocumentError) -> String {
    error.to_string()
}

fn read(story_json: &str) -> Result<Story, String> {
    relief_model::parse_story(story_json).map_err(message)
}

/// The story read from its text and written back normalized, every default of its scenario
/// filled in and a frame's optional fields written only when used.
pub fn normalized(text: &str) -> Result<String, String> {
    read(text).map(|story| relief_model::story_to_json(&story))
}

/// The story a link fragment holds, as JSON text.
pub fn from_link(fragment: &str) -> Result<String, String> {
    relief_model::story_from_link(fragment)
        .map(|story| relief_model::story_to_json(&story))
        .map_err(message)
}

/// The scenario frame `index` of the story shows, as `relief-scenario/1` JSON text.
pub fn frame_scenario(story_json: &str, index: u32) -> Result<String, String> {
    let story = read(story_json)?;
    let count = story.frames.len();
    let index = index as usize;
    if index >= count {
        return Err(format!(
            "there is no frame {index}: the story has {count} {}, numbered 0 to {}",
            if count == 1 { "frame" } else { "frames" },
            count - 1
        ));
    }
    Ok(relief_model::scenario_to_json(&story.frame_scenario(index)))
}

/// Reads a `relief-story/1` document from its JSON text and returns it written back as JSON
/// text, normalized (every default of its scenario filled in). Throws an `Error` naming each
/// bad field by its path, one a line, such as `/frames/2/steps/1: 5 is not one of the
/// scenario's steps; it has 5, numbered 0 to 4`.
#[wasm_bindgen]
pub fn parse_story(text: &str) -> Result<String, JsError> {
    normalized(text).map_err(|e| JsError::new(&e))
}

/// Reads a story link fragment (`n1.…`, with or without `#`) and returns the story as JSON
/// text. Throws an `Error` saying why a link cannot be read ("this link cannot be read: it
/// holds a scenario, not a story") or naming the bad field of the story inside it.
#[wasm_bindgen]
pub fn story_from_link(fragment: &str) -> Result<String, JsError> {
    from_link(fragment).map_err(|e| JsError::new(&e))
}

/// The story (its JSON text) as a link fragment, without the `#`. Throws like [`parse_story`]
/// for a bad story.
#[wasm_bindgen]
pub fn story_to_link(story_json: &str) -> Result<String, JsError> {
    read(story_json)
        .map(|story| relief_model::story_to_link(&story))
        .map_err(|e| JsError::new(&e))
}

/// The scenario frame `index` (from 0) of the story shows, as `relief-scenario/1` JSON text,
/// ready for `simulate`: the story's scenario with the frame's chosen steps, in the scenario's
/// order, then the frame's added ones. Throws like [`parse_story`] for a bad story, and for a
/// frame the story does not have.
#[wasm_bindgen]
pub fn story_frame_scenario(story_json: &str, index: u32) -> Result<String, JsError> {
    frame_scenario(story_json, index).map_err(|e| JsError::new(&e))
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const STORY: &str = include_str!("../../../tests/data/story-iran.json");

    #[test]
    fn a_story_crosses_as_normalized_text_and_through_its_link() {
        let text = normalized(STORY).unwrap();
        assert_eq!(normalized(&text).unwrap(), text);
        let link = relief_model::story_to_link(&relief_model::parse_story(STORY).unwrap());
        assert!(link.starts_with("n1."), "{link}");
        assert_eq!(from_link(&link).unwrap(), text);
        assert_eq!(from_link(&format!("#{link}")).unwrap(), text);
    }

    #[test]
    fn a_frames_scenario_is_a_scenario_the_page_simulates() {
        let third = frame_scenario(STORY, 2).unwrap();
        let scenario = relief_model::parse_scenario(&third).unwrap();
        let kinds: Vec<&str> = scenario.steps.iter().map(|s| s.kind.key()).collect();
        assert_eq!(
            kinds,
            [
                "humanitarian_exemption",
                "independent_monitoring",
                "compliance_step",
                "sectoral_easing"
            ]
        );
        assert_eq!(scenario.shocks.len(), 1);
    }

    #[test]
    fn errors_name_the_field_or_the_frame() {
        assert_eq!(
            frame_scenario(STORY, 4).unwrap_err(),
            "there is no frame 4: the story has 4 frames, numbered 0 to 3"
        );
        let bad = STORY.replace(r#""steps": [0, 1, 2]"#, r#""steps": [0, 7]"#);
        assert_eq!(
            normalized(&bad).unwrap_err(),
            "/frames/1/steps/1: 7 is not one of the scenario's steps; it has 5, numbered 0 to 4"
        );
        let scenario_link = relief_model::scenario_to_link(&relief_model::Scenario::default());
        assert_eq!(
            from_link(&scenario_link).unwrap_err(),
            "this link cannot be read: it holds a scenario, not a story"
        );
    }
}
