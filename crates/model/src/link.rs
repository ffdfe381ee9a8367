//! Scenario links: a whole scenario in a URL fragment, compact and versioned.
//!
//! A link's fragment is `s1.` followed by the scenario's compact JSON, deflated (raw DEFLATE,
//! RFC 1951) and written in unpadded base64url (RFC 4648 §5), so it survives any URL. The `s1`
//! prefix names this encoding; the JSON inside carries its own format version
//! (`relief-scenario/1`). A link made today therefore opens the same scenario after the model
//! changes, and a later encoding gets a new prefix while `s1` stays readable.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::scenario::Scenario;
use crate::wire::{MAX_INPUT_BYTES, ScenarioError, scenario_from_value, scenario_to_value};

/// The prefix of the current link encoding.
pub const LINK_PREFIX: &str = "s1.";

/// Longest encoded fragment read, in characters: room for the largest scenario, deflated.
const MAX_LINK_CHARS: usize = 1 << 20;

/// The scenario as a link fragment (without the `#`).
pub fn scenario_to_link(scenario: &Scenario) -> String {
    let json = serde_json::to_string(&scenario_to_value(scenario)).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{LINK_PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Reads a link fragment (with or without its `#`) back into a validated scenario. A link that
/// cannot be read gets a message saying why, in words a reader can act on.
pub fn scenario_from_link(fragment: &str) -> Result<Scenario, ScenarioError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let broken = |why: &str| ScenarioError {
        errors: vec![crate::FieldError {
            path: String::new(),
            message: format!("this link cannot be read: {why}"),
        }],
    };
    if fragment.len() > MAX_LINK_CHARS {
        return Err(broken("it is far longer than any scenario's link"));
    }
    let Some(body) = fragment.strip_prefix(LINK_PREFIX) else {
        return Err(match fragment.split_once('.') {
            Some((version, _))
                if version.starts_with('s') && version[1..].parse::<u32>().is_ok() =>
            {
                broken(&format!(
                    "it was made by a newer version of Relief Sequencer (link format {version})"
                ))
            }
            _ => broken("it does not hold a scenario (it may have been cut short when copied)"),
        });
    };
    let deflated = URL_SAFE_NO_PAD
        .decode(body.trim_end_matches('='))
        .map_err(|_| broken("it has characters a scenario link never has (it may have been cut short or changed)"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INPUT_BYTES)
        .map_err(|_| broken("it is damaged (it may have been cut short when copied)"))?;
    let text = String::from_utf8(json).map_err(|_| broken("it is damaged"))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|_| broken("it is damaged (it may have been cut short when copied)"))?;
    scenario_from_value(&value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::presets;

    #[test]
    fn every_preset_survives_a_link() {
        for p in presets() {
            let link = scenario_to_link(&p.scenario);
            assert!(link.starts_with("s1."));
            assert!(
                link.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
                "{link}"
            );
            assert_eq!(scenario_from_link(&link).unwrap(), p.scenario, "{}", p.name);
            assert_eq!(scenario_from_link(&format!("#{link}")).unwrap(), p.scenario);
        }
    }

    #[test]
    fn links_are_compact() {
        let iran = crate::presets::preset("iran-2013").unwrap().scenario;
        let json = crate::scenario_to_json(&iran);
        let link = scenario_to_link(&iran);
        assert!(
            link.len() * 2 < json.len(),
            "{} vs {}",
            link.len(),
            json.len()
        );
    }

    #[test]
    fn broken_links_say_why() {
        let good = scenario_to_link(&crate::presets::preset("all-at-once").unwrap().scenario);
        let cases = [
            ("", "does not hold a scenario"),
            ("hello", "does not hold a scenario"),
            ("s9.abc", "newer version"),
            ("s1.@@@", "characters a scenario link never has"),
            (&good[..good.len() / 2], "damaged"),
            ("s1.", "damaged"),
        ];
        for (fragment, phrase) in cases {
            let message = scenario_from_link(fragment).unwrap_err().to_string();
            assert!(
                message.starts_with("this link cannot be read: "),
                "{fragment}: {message}"
            );
            assert!(message.contains(phrase), "{fragment}: {message}");
        }
    }

    #[test]
    fn an_invalid_scenario_in_a_valid_link_names_the_field() {
        let json =
            r#"{"format":"relief-scenario/1","steps":[{"kind":"sectoral_easing","month":99}]}"#;
        let link = format!(
            "s1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
        );
        let message = scenario_from_link(&link).unwrap_err().to_string();
        assert_eq!(message, "/steps/0/month: 99 is past horizon_months 48");
    }
}
