//! Writing the workshop's documents: an exercise and a team's hand-back as JSON trees, and
//! as links.

use serde_json::{Value, json};

use crate::exercise::{EXERCISE_FORMAT, EXERCISE_LINK, Exercise, TEAM_FORMAT, TEAM_LINK, TeamWork};

/// The exercise as a JSON tree in `relief-exercise/1`, every field written out.
pub fn exercise_to_value(exercise: &Exercise) -> Value {
    let teams: Vec<Value> = exercise
        .teams
        .iter()
        .map(|t| json!({"name": t.name, "lock": t.lock.key()}))
        .collect();
    let injects: Vec<Value> = exercise
        .injects
        .iter()
        .map(|i| {
            json!({
                "month": i.month,
                "kind": i.kind.key(),
                "size": i.size,
                "headline": i.headline,
                "text": i.text,
            })
        })
        .collect();
    json!({
        "format": EXERCISE_FORMAT,
        "title": exercise.title,
        "briefing": exercise.briefing,
        "scenario": relief_model::scenario_to_value(&exercise.scenario),
        "teams": teams,
        "injects": injects,
        "teams_see_injects": exercise.teams_see_injects,
    })
}

/// The exercise as a link fragment (without the `#`).
pub fn exercise_to_link(exercise: &Exercise) -> String {
    EXERCISE_LINK.encode(&exercise_to_value(exercise).to_string())
}

/// The team's document as a JSON tree in `relief-team/1`.
/// The exercise the team played travels with it as `exercise_document` when it is known, so
/// any device can compare the sequence; a hand-back without it is written as before.
pub fn team_to_value(work: &TeamWork) -> Value {
    let mut value = json!({
        "format": TEAM_FORMAT,
        "team": work.team,
        "exercise": work.exercise_id,
        "exercise_title": work.exercise_title,
        "scenario": relief_model::scenario_to_value(&work.scenario),
    });
    if let Some(played) = &work.played {
        value["exercise_document"] = exercise_to_value(played);
    }
    value
}

/// The team's sequence as a link fragment (without the `#`).
pub fn team_to_link(work: &TeamWork) -> String {
    TEAM_LINK.encode(&team_to_value(work).to_string())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::exercise::example::exercise;
    use crate::reading::{exercise_from_link, exercise_from_value, team_from_link, team_from_text};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn an_exercise_survives_its_link_and_its_json() {
        let e = exercise();
        let link = exercise_to_link(&e);
        assert!(link.starts_with("w3."));
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{link}"
        );
        assert_eq!(exercise_from_link(&link).unwrap(), e);
        assert_eq!(exercise_from_link(&format!("#{link}")).unwrap(), e);
        assert_eq!(
            exercise_from_link(&format!("https://example.org/relief/workshop.html#{link}"))
                .unwrap(),
            e
        );
        assert_eq!(exercise_from_value(&exercise_to_value(&e)).unwrap(), e);
        assert_eq!(exercise_from_link(&link).unwrap().id(), e.id());
    }

    /// The dictionaries are frozen: every `w2.` and `t2.` link depends on the second byte for
    /// byte, every `w3.` and `t3.` link on the third.
    #[test]
    fn the_links_dictionaries_never_change() {
        assert_eq!(
            crate::exercise::fnv1a(crate::exercise::LINK_DICTIONARY_2),
            "d4bdf0f886030678"
        );
        assert_eq!(
            crate::exercise::fnv1a(crate::exercise::LINK_DICTIONARY),
            THIRD_DICTIONARY_FINGERPRINT
        );
    }

    const THIRD_DICTIONARY_FINGERPRINT: &str = "4ecfbf479433de00";

    /// The example exercise as the set-up makes it in each of the page's languages but English.
    fn examples() -> Vec<(String, Exercise)> {
        let file: Value =
            serde_json::from_str(include_str!("../../../tests/data/example-exercises.json"))
                .expect("example-exercises.json is JSON");
        file.as_object()
            .expect("an object of examples by language")
            .iter()
            .filter(|(code, _)| !code.starts_with('_'))
            .map(|(code, doc)| {
                let e = crate::reading::exercise_from_value(doc)
                    .unwrap_or_else(|e| panic!("{code}: {e}"));
                (code.clone(), e)
            })
            .collect()
    }

    /// The third dictionary is made of the examples' words in every other language, then the second;
    /// `RELIEF_WRITE_LINK_DICTIONARY=1` wrote it once, and it never changes after.
    #[test]
    fn the_third_dictionary_is_the_examples_then_the_second() {
        // Their words only, as JSON writes them: the fields around them are the second's.
        let mut built = String::new();
        for (_, e) in examples() {
            let words = [
                &e.title,
                &e.briefing,
                &e.scenario.title,
                &e.scenario.description,
            ]
            .into_iter()
            .chain(e.teams.iter().map(|team| &team.name))
            .chain(
                e.injects
                    .iter()
                    .flat_map(|inject| [&inject.headline, &inject.text]),
            );
            for text in words {
                built.push_str(&Value::from(text.as_str()).to_string());
            }
        }
        built.push_str(crate::exercise::LINK_DICTIONARY_2);
        if std::env::var_os("RELIEF_WRITE_LINK_DICTIONARY").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/link-dictionary-3.txt");
            std::fs::write(path, &built).expect("the dictionary is written");
        }
        // Deflate reaches back 32 KiB: the whole dictionary stays within reach of the link.
        assert!(built.len() < 30 * 1024, "{} bytes", built.len());
        assert_eq!(crate::exercise::LINK_DICTIONARY, built);
    }

    #[test]
    fn the_example_exercise_makes_a_short_link_in_every_language() {
        let english = exercise_to_link(&exercise());
        for (code, e) in examples() {
            let link = exercise_to_link(&e);
            let before =
                crate::exercise::EXERCISE_LINK_2.encode(&exercise_to_value(&e).to_string());
            assert!(
                link.len() <= english.len() + 40 && link.len() * 4 < before.len(),
                "{code}: {} characters ({} in English, {} before)",
                link.len(),
                english.len(),
                before.len()
            );
            assert_eq!(exercise_from_link(&link).unwrap(), e, "{code}");
        }
    }

    #[test]
    fn an_exercise_from_a_preset_makes_a_short_link() {
        // The example exercise's link, and one whose teams start from each preset.
        let mut e = exercise();
        let example = exercise_to_link(&e);
        assert!(example.len() < 400, "{} characters", example.len());
        for p in relief_model::presets() {
            e.scenario = p.scenario.clone();
            e.scenario.description.clear();
            e.scenario.sources.clear();
            let link = exercise_to_link(&e);
            let before =
                crate::exercise::EXERCISE_LINK_1.encode(&exercise_to_value(&e).to_string());
            assert!(
                link.len() * 2 < before.len(),
                "{}: {} characters, {} before",
                p.name,
                link.len(),
                before.len()
            );
        }
    }

    #[test]
    fn team_work_survives_its_link_and_its_file() {
        let e = exercise();
        let work = TeamWork {
            team: "Green".into(),
            exercise_id: e.version(),
            exercise_title: e.title.clone(),
            scenario: e.team_start(),
            played: Some(Box::new(e.clone())),
        };
        let link = team_to_link(&work);
        assert!(link.starts_with("t3."));
        assert_eq!(team_from_link(&link).unwrap(), work);
        assert_eq!(
            team_from_text(&format!("  https://x.org/workshop.html#{link}\n"), "").unwrap(),
            work
        );
        let file = team_to_value(&work).to_string();
        assert_eq!(team_from_text(&file, "ignored.json").unwrap(), work);
    }

    /// Links made before, kept in `tests/data/links.json`: compiled in, so the browser run
    /// checks them too.
    fn link_fixtures(kind: &str) -> Vec<Value> {
        let file: Value = serde_json::from_str(include_str!("../../../tests/data/links.json"))
            .expect("links.json is JSON");
        let fixtures = file[kind].as_array().expect("a list of links").clone();
        assert!(!fixtures.is_empty(), "no {kind}");
        fixtures
    }

    /// A link in today's encoding is written again exactly as it was; one in an earlier
    /// encoding is written in today's, which opens as the same document.
    fn written_the_same_way(link: &str, written: &str, current: &str, name: &str) {
        if link.starts_with(current) {
            assert_eq!(written, link, "{name}");
        } else {
            assert!(written.starts_with(current), "{name}: {written}");
            // A later encoding never makes a link longer (the third dictionary ends with the
            // second, so an English link is as long in either).
            assert!(
                written.len() <= link.len(),
                "{name}: today's encoding is no longer: {} vs {}",
                written.len(),
                link.len()
            );
        }
    }

    #[test]
    fn exercise_links_made_before_open_as_they_did_and_are_made_the_same_way() {
        for fixture in link_fixtures("exercise_links") {
            let name = fixture["name"].as_str().unwrap();
            let link = fixture["link"].as_str().unwrap();
            let e = exercise_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(exercise_to_value(&e), fixture["document"], "{name}");
            assert_eq!(e.id(), fixture["id"].as_str().unwrap(), "{name}");
            if let Some(version) = fixture.get("version") {
                assert_eq!(e.version(), version.as_str().unwrap(), "{name}");
            }
            written_the_same_way(link, &exercise_to_link(&e), EXERCISE_LINK.prefix, name);
        }
    }

    #[test]
    fn team_links_made_before_open_as_they_did_and_are_made_the_same_way() {
        for fixture in link_fixtures("team_links") {
            let name = fixture["name"].as_str().unwrap();
            let link = fixture["link"].as_str().unwrap();
            let work = team_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(team_to_value(&work), fixture["document"], "{name}");
            written_the_same_way(link, &team_to_link(&work), TEAM_LINK.prefix, name);
            assert_eq!(team_from_text(link, "").unwrap(), work, "{name}");
        }
    }
}
