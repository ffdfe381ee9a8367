//! Links: a whole document in a URL fragment, compact and versioned. The one link codec of
//! Relief Sequencer: scenario links here, and the workshop's exercise and team links with
//! their own [`LinkFormat`]s.
//!
//! A link's fragment is a prefix such as `s1.` followed by the document's compact JSON,
//! deflated (raw DEFLATE, RFC 1951) and written in unpadded base64url (RFC 4648 §5), so it
//! survives any URL. The prefix's letter names the kind of document and its digits this
//! encoding; the JSON inside carries its own format version (`relief-scenario/1`). A link made
//! today therefore opens the same document after the model changes, and a later encoding gets
//! a new prefix while the old one stays readable. The JSON inside is read as strictly as a
//! file: a key given twice or a number too large is refused, naming its field.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
};
use serde_json::Value;

use crate::json::{DocumentError, JsonError, ScenarioError, read_json};
use crate::scenario::Scenario;
use crate::wire::{MAX_INPUT_BYTES, scenario_from_value, scenario_to_value};

/// A kind of document a link carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkFormat {
    /// The fragment's prefix: a letter naming the kind of document, the encoding's version
    /// and a dot, such as `s1.`.
    pub prefix: &'static str,
    /// What such a link holds, as messages name it, such as "a scenario".
    pub holds: &'static str,
    /// Text the compressed stream starts from, or none: what the documents of this kind
    /// usually say (the shipped presets, the usual field names and example words), so a link
    /// need only say what differs and comes out several times shorter. Every link made with a
    /// dictionary depends on it byte for byte, so a format's dictionary never changes; a
    /// better one is a new prefix.
    pub dictionary: &'static str,
    /// The earlier encodings of the same kind of document, which are still read.
    pub earlier: &'static [LinkFormat],
}

/// Scenario links: `s1.` and a `relief-scenario/1` document.
pub const SCENARIO_LINK: LinkFormat = LinkFormat {
    prefix: "s1.",
    holds: "a scenario",
    dictionary: "",
    earlier: &[],
};

/// The prefix of the current scenario link encoding.
pub const LINK_PREFIX: &str = SCENARIO_LINK.prefix;

/// Longest encoded fragment read, in characters: room for the largest document, deflated.
const MAX_LINK_CHARS: usize = 1 << 20;

impl LinkFormat {
    /// A document's JSON text as a link fragment of this kind (without the `#`).
    pub fn encode(self, json: &str) -> String {
        // One compressor for both kinds, so the module carries one copy of the deflater: the
        // stream is the one `miniz_oxide::deflate::compress_to_vec` writes at level 9.
        let deflated = if self.dictionary.is_empty() {
            run_compressor(&mut new_compressor(), json.as_bytes(), TDEFLFlush::Finish)
        } else {
            deflate_after(self.dictionary.as_bytes(), json.as_bytes())
        };
        format!("{}{}", self.prefix, URL_SAFE_NO_PAD.encode(deflated))
    }

    /// Reads a link fragment of this kind (with or without its `#`) back into the JSON tree it
    /// holds. A link that cannot be read gets a message starting "this link cannot be read: "
    /// and saying why, in words a reader can act on; a key given twice or a number too large
    /// inside it is named by its field's path, as in a file. `others` are the kinds of link a
    /// reader knows but does not read here: a link of one of them is named for what it holds
    /// ("it holds a team's sequence, not a workshop exercise").
    pub fn decode(self, fragment: &str, others: &[LinkFormat]) -> Result<Value, DocumentError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let broken =
            |why: String| DocumentError::one("", format!("this link cannot be read: {why}"));
        let damaged = || broken("it is damaged (it may have been cut short when copied)".into());
        if fragment.len() > MAX_LINK_CHARS {
            return Err(broken(format!(
                "it is far longer than any link to {}",
                self.holds
            )));
        }
        if let Some(earlier) = self.earlier.iter().find(|e| fragment.starts_with(e.prefix)) {
            return earlier.decode(fragment, others);
        }
        let Some(body) = fragment.strip_prefix(self.prefix) else {
            return Err(broken(self.not_mine(fragment, others)));
        };
        let deflated = URL_SAFE_NO_PAD
            .decode(body.trim_end_matches('='))
            .map_err(|_| {
                broken(
                    "it has characters such a link never has (it may have been cut short or changed)"
                        .into(),
                )
            })?;
        let json = if self.dictionary.is_empty() {
            miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INPUT_BYTES)
                .map_err(|_| damaged())?
        } else {
            // The link continues the stream the dictionary starts, so the dictionary's own
            // part is put back in front, inflated with it, and cut off again.
            let mut stream = primed_stream(self.dictionary);
            stream.extend_from_slice(&deflated);
            let limit = self.dictionary.len() + MAX_INPUT_BYTES;
            let mut whole = miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit)
                .map_err(|_| damaged())?;
            if whole.len() < self.dictionary.len() {
                return Err(damaged());
            }
            whole.split_off(self.dictionary.len())
        };
        let text = String::from_utf8(json).map_err(|_| broken("it is damaged".into()))?;
        read_json(&text).map_err(|problem| match problem {
            // Text that is not JSON cannot have come from a link that was made whole.
            JsonError::Syntax(_) => damaged(),
            JsonError::Field(error) => DocumentError {
                errors: vec![error],
            },
        })
    }

    /// Why a fragment without this kind's prefix cannot be read.
    fn not_mine(self, fragment: &str, others: &[LinkFormat]) -> String {
        let holds = |o: &LinkFormat| {
            fragment.starts_with(o.prefix)
                || o.earlier.iter().any(|e| fragment.starts_with(e.prefix))
        };
        if let Some(other) = others.iter().find(|o| holds(o)) {
            return format!("it holds {}, not {}", other.holds, self.holds);
        }
        let letter = &self.prefix[..1];
        match fragment.split_once('.') {
            Some((version, _))
                if version.starts_with(letter) && version[1..].parse::<u32>().is_ok() =>
            {
                format!(
                    "it was made by a newer version of Relief Sequencer (link format {version})"
                )
            }
            _ => format!(
                "it does not hold {} (it may have been cut short when copied)",
                self.holds
            ),
        }
    }
}

/// The raw DEFLATE stream of `dictionary` alone, flushed to a byte boundary and left open: the
/// start every link of a format with a dictionary shares, and which it leaves out.
fn primed_stream(dictionary: &str) -> Vec<u8> {
    run_compressor(
        &mut new_compressor(),
        dictionary.as_bytes(),
        TDEFLFlush::Sync,
    )
}

/// What the raw DEFLATE stream of `data` adds after `dictionary`'s, flushed to a byte boundary
/// ([`primed_stream`], which a link leaves out): a compressor primed with the dictionary, then
/// given the data to its end. The primed part is the same for every link, since a
/// compressor's output up to a flush depends only on what it was given before it.
fn deflate_after(dictionary: &[u8], data: &[u8]) -> Vec<u8> {
    let mut compressor = new_compressor();
    run_compressor(&mut compressor, dictionary, TDEFLFlush::Sync);
    run_compressor(&mut compressor, data, TDEFLFlush::Finish)
}

/// A raw DEFLATE compressor at the best compression, as links without a dictionary use.
fn new_compressor() -> CompressorOxide {
    CompressorOxide::new(create_comp_flags_from_zip_params(9, 0, 0))
}

/// Runs `compressor` over all of `input` and returns what it wrote up to `flush`. The output
/// has room for the input stored uncompressed and every block's header, so one call does it.
fn run_compressor(compressor: &mut CompressorOxide, input: &[u8], flush: TDEFLFlush) -> Vec<u8> {
    let mut out = vec![0; input.len() + input.len() / 16 + 1024];
    let (status, read, wrote) = compress(compressor, input, &mut out, flush);
    let expected = match flush {
        TDEFLFlush::Finish => TDEFLStatus::Done,
        _ => TDEFLStatus::Okay,
    };
    assert!(
        status == expected && read == input.len() && wrote < out.len(),
        "the compressor stopped early: {status:?}"
    );
    out.truncate(wrote);
    out
}

/// The scenario as a link fragment (without the `#`).
pub fn scenario_to_link(scenario: &Scenario) -> String {
    SCENARIO_LINK.encode(&scenario_to_value(scenario).to_string())
}

/// Reads a link fragment (with or without its `#`) back into a validated scenario. A link that
/// cannot be read gets a message saying why, in words a reader can act on; a scenario inside
/// with problems gets each problem named by its field's path.
pub fn scenario_from_link(fragment: &str) -> Result<Scenario, ScenarioError> {
    // A story's link opened where a scenario's is read is named for what it holds.
    scenario_from_value(&SCENARIO_LINK.decode(fragment, &[crate::story::STORY_LINK])?)
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
        let too_long = format!("s1.{}", "A".repeat(MAX_LINK_CHARS));
        let not_json = SCENARIO_LINK.encode("{\"format\": ");
        let cases = [
            ("", "does not hold a scenario"),
            ("hello", "does not hold a scenario"),
            ("s9.abc", "newer version"),
            ("s1.@@@", "characters such a link never has"),
            (&good[..good.len() / 2], "damaged"),
            ("s1.", "damaged"),
            (
                &not_json,
                "it is damaged (it may have been cut short when copied)",
            ),
            (&too_long, "far longer than any link to a scenario"),
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

    /// A format with a dictionary, reading the same kind of document's earlier encoding too.
    const PRIMED: LinkFormat = LinkFormat {
        prefix: "s9.",
        holds: "a scenario",
        dictionary: "{\"format\":\"relief-scenario/1\",\"horizon_months\":48,\"runs\":1000,\"seed\":7,\"steps\":[{\"kind\":\"humanitarian_exemption\",\"month\":0,\"size\":0.1}]}",
        earlier: &[SCENARIO_LINK],
    };

    #[test]
    fn a_dictionary_makes_links_shorter_and_they_read_back_exactly() {
        for p in presets() {
            let json = scenario_to_value(&p.scenario).to_string();
            let link = PRIMED.encode(&json);
            assert!(link.starts_with("s9."));
            assert_eq!(
                PRIMED.decode(&link, &[]).unwrap(),
                scenario_to_value(&p.scenario),
                "{}",
                p.name
            );
            // The earlier encoding still reads through the new format.
            let old = SCENARIO_LINK.encode(&json);
            assert_eq!(
                PRIMED.decode(&old, &[]).unwrap(),
                scenario_to_value(&p.scenario)
            );
        }
        // What the dictionary says costs almost nothing.
        let usual = PRIMED.dictionary;
        assert!(PRIMED.encode(usual).len() < 30, "{}", PRIMED.encode(usual));
        assert!(PRIMED.encode(usual).len() * 3 < SCENARIO_LINK.encode(usual).len());
        // A link cut short, or not continuing the dictionary's stream, is damaged.
        let link = PRIMED.encode(&scenario_to_value(&presets()[0].scenario).to_string());
        for broken in [&link[..link.len() / 2], "s9.AAAA"] {
            let message = PRIMED.decode(broken, &[]).unwrap_err().to_string();
            assert!(
                message.starts_with("this link cannot be read: "),
                "{message}"
            );
        }
    }

    #[test]
    fn a_link_of_another_kind_is_named_for_what_it_holds() {
        let team = LinkFormat {
            prefix: "t1.",
            holds: "a team's sequence",
            dictionary: "",
            earlier: &[],
        };
        let link = team.encode("{}");
        let message = SCENARIO_LINK
            .decode(&link, &[team])
            .unwrap_err()
            .to_string();
        assert_eq!(
            message,
            "this link cannot be read: it holds a team's sequence, not a scenario"
        );
        assert_eq!(
            team.decode(&link, &[SCENARIO_LINK]).unwrap(),
            Value::Object(Default::default())
        );
    }

    #[test]
    fn an_invalid_scenario_in_a_valid_link_names_the_field() {
        let json =
            r#"{"format":"relief-scenario/1","steps":[{"kind":"sectoral_easing","month":99}]}"#;
        let message = scenario_from_link(&SCENARIO_LINK.encode(json))
            .unwrap_err()
            .to_string();
        assert_eq!(message, "/steps/0/month: 99 is past horizon_months 48");
    }
}
