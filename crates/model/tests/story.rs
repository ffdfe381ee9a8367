//! Stories (`relief-story/1`): the good ones of `tests/data/story-*.json` survive a write, a
//! read and a link; a frame's scenario is the base with the chosen steps in their own order and
//! the frame's added ones; and every bad story of `tests/data/bad-stories.json` is refused with
//! a message naming its field, in a file and in a link alike.

use relief_model::{
    DocumentError, Frame, Highlight, SCENARIO_LINK, STORY_FORMAT, STORY_LINK, Scenario, Series,
    Step, StepKind, Story, Target, parse_json, parse_scenario, parse_story, scenario_to_json,
    scenario_to_link, story_from_link, story_limits, story_to_json, story_to_link, story_to_value,
};
use serde_json::Value;

use crate::common::{cases, data, not_refused_as_expected};

/// The good stories kept as test data.
const GOOD: [&str; 2] = ["story-iran.json", "story-minimal.json"];

#[test]
fn a_good_story_survives_a_write_a_read_and_a_link() {
    for name in GOOD {
        let story = parse_story(&data(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = story_to_json(&story);
        let again = parse_story(&written).unwrap_or_else(|e| panic!("{name}: {e}\n{written}"));
        assert_eq!(again, story, "{name}");
        // Writing is a fixed point: what was written is written again byte for byte.
        assert_eq!(story_to_json(&again), written, "{name}");
        let link = story_to_link(&story);
        assert!(link.starts_with(STORY_LINK.prefix), "{link}");
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{link}"
        );
        assert_eq!(story_from_link(&link).unwrap(), story, "{name}");
        assert_eq!(story_from_link(&format!("#{link}")).unwrap(), story);
    }
}

#[test]
fn a_story_is_read_as_its_file_says() {
    let story = parse_story(&data("story-iran.json")).unwrap();
    assert_eq!(story.title, "How relief for Iran was sequenced");
    assert_eq!(story.scenario.steps.len(), 5);
    assert_eq!(story.scenario.senders, ["US", "EU"]);
    assert_eq!(story.frames.len(), 4);
    let [first, second, third, fourth] = &story.frames[..] else {
        panic!("four frames");
    };
    assert_eq!(first.steps, Some(vec![0]));
    assert_eq!(
        first.highlight,
        Some(Highlight {
            target: Target::BackslidingRisk,
            month: 12
        })
    );
    assert!(!first.compare_previous && first.add.is_empty());
    assert!(second.compare_previous);
    assert_eq!(second.highlight, None);
    assert_eq!(third.steps, Some(vec![2, 1, 0]));
    assert_eq!(
        third.highlight.map(|h| h.target),
        Some(Target::Series(Series::Trust))
    );
    let added = third.add[0];
    assert_eq!(added.kind, StepKind::SectoralEasing);
    assert_eq!(
        (added.month, added.sender, added.expires_after),
        (6, Some(1), Some(12))
    );
    // A frame without steps shows them all.
    assert_eq!(fourth.steps, None);
}

#[test]
fn a_frames_scenario_is_the_base_with_its_chosen_steps_in_order_and_its_own_added() {
    let story = parse_story(&data("story-iran.json")).unwrap();
    let base = &story.scenario;
    let same_but_steps = |frame: &Scenario| Scenario {
        steps: base.steps.clone(),
        ..frame.clone()
    };
    for i in 0..story.frames.len() {
        let frame = story.frame_scenario(i);
        // Everything but the steps is the base's: title, assumptions, horizon, runs, seed,
        // shocks, senders, the model's doubt.
        assert_eq!(&same_but_steps(&frame), base, "frame {i}");
        // A frame's scenario is one the model reads, as a file and in a scenario link.
        assert_eq!(parse_scenario(&scenario_to_json(&frame)).unwrap(), frame);
    }
    assert_eq!(story.frame_scenario(0).steps, [base.steps[0]]);
    // The third frame lists its steps backwards: they are shown in the scenario's order, then
    // the frame's own.
    let third = story.frame_scenario(2);
    let mut expected = base.steps[..3].to_vec();
    expected.push(story.frames[2].add[0]);
    assert_eq!(third.steps, expected);
    assert_eq!(story.frame_scenario(3), *base);
}

#[test]
fn a_frame_may_show_none_of_the_steps_and_only_its_own() {
    let mut story = parse_story(&data("story-iran.json")).unwrap();
    let audit = Step::new(StepKind::IndependentAudit, 3);
    story.frames.push(Frame {
        caption: "Nothing but an audit.".into(),
        steps: Some(Vec::new()),
        add: vec![audit],
        highlight: None,
        compare_previous: true,
    });
    let last = story.frames.len() - 1;
    assert_eq!(story.frame_scenario(last).steps, [audit]);
    assert_eq!(story.frame_scenario(last).shocks, story.scenario.shocks);
    // An empty list of steps is written and read back as such, not as "all of them".
    let again = parse_story(&story_to_json(&story)).unwrap();
    assert_eq!(again.frames[last].steps, Some(Vec::new()));
    assert_eq!(again, story);
}

#[test]
fn optional_fields_are_written_only_when_used() {
    let story = parse_story(&data("story-minimal.json")).unwrap();
    let written: Value = serde_json::from_str(&story_to_json(&story)).unwrap();
    assert_eq!(written["format"], STORY_FORMAT);
    assert_eq!(written["title"], "");
    let frame = written["frames"][0].as_object().unwrap();
    assert_eq!(frame.keys().collect::<Vec<_>>(), ["caption"]);
    // The scenario inside is written exactly as a scenario file is.
    let scenario: Value = serde_json::from_str(&scenario_to_json(&story.scenario)).unwrap();
    assert_eq!(written["scenario"], scenario);
}

#[test]
fn every_bad_story_is_refused_with_a_message_naming_the_field() {
    let file: Value = serde_json::from_str(&data("bad-stories.json")).unwrap();
    let mut all = cases(&file, "cases");
    all.extend(cases(&file, "text_cases"));
    let failures = not_refused_as_expected(&all, parse_story);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_story_in_a_link_is_refused_as_in_a_file() {
    let file: Value = serde_json::from_str(&data("bad-stories.json")).unwrap();
    let mut all = cases(&file, "cases");
    all.extend(cases(&file, "text_cases"));
    // Text that is not JSON at all is refused without a path; anything else is JSON, a key
    // given twice and a number too large included, and is refused inside a link as in a file.
    let (not_json, json): (Vec<Value>, Vec<Value>) = all.into_iter().partition(|case| {
        parse_json(case["input"].as_str().unwrap()).is_err_and(|e| e.errors[0].path.is_empty())
    });
    let in_a_link = |text: &str| story_from_link(&STORY_LINK.encode(text));
    let failures = not_refused_as_expected(&json, in_a_link);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(!not_json.is_empty());
    for case in not_json {
        let message = in_a_link(case["input"].as_str().unwrap())
            .unwrap_err()
            .to_string();
        assert_eq!(
            message,
            "this link cannot be read: it is damaged (it may have been cut short when copied)",
            "{}",
            case["name"]
        );
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let text = r#"{
        "format": "relief-story/1",
        "title": 3,
        "scenario": { "format": "relief-scenario/1", "runs": 0, "steps": [] },
        "frames": [
            { "caption": "", "compare_previous": true },
            { "caption": "Two.", "highlight": { "series": "hazard", "month": 99 }, "extra": 1 }
        ]
    }"#;
    let e = parse_story(text).unwrap_err();
    let paths: Vec<&str> = e.errors.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/title",
            "/scenario/runs",
            "/frames/0/caption",
            "/frames/0/compare_previous",
            "/frames/1/extra",
            "/frames/1/highlight/series",
            "/frames/1/highlight/month",
        ],
        "{e}"
    );
    // Shown one problem a line, each naming its field.
    assert!(
        e.to_string()
            .starts_with("/title: expected text, got a number\n"),
        "{e}"
    );
}

#[test]
fn a_story_past_the_size_limit_is_refused_before_parsing() {
    let huge = format!(
        r#"{{"format":"relief-story/1","title":"{}","scenario":{{}},"frames":[]}}"#,
        "z".repeat(1 << 20)
    );
    let e = parse_story(&huge).unwrap_err();
    assert_eq!(e.errors[0].path, "");
    assert!(
        e.to_string().contains("the most a story may be is 1024 KB"),
        "{e}"
    );
}

#[test]
fn a_link_of_the_other_kind_is_named_for_what_it_holds() {
    let story = parse_story(&data("story-iran.json")).unwrap();
    let scenario_link = scenario_to_link(&story.scenario);
    assert_eq!(
        story_from_link(&scenario_link).unwrap_err().to_string(),
        "this link cannot be read: it holds a scenario, not a story"
    );
    assert_eq!(
        relief_model::scenario_from_link(&story_to_link(&story))
            .unwrap_err()
            .to_string(),
        "this link cannot be read: it holds a story, not a scenario"
    );
    let cut = story_to_link(&story);
    let message = story_from_link(&cut[..cut.len() / 2])
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("this link cannot be read: "),
        "{message}"
    );
    assert!(
        story_from_link("n7.abc")
            .unwrap_err()
            .to_string()
            .contains("newer version")
    );
}

#[test]
fn the_story_link_has_a_letter_of_its_own() {
    assert_ne!(&STORY_LINK.prefix[..1], &SCENARIO_LINK.prefix[..1]);
    // The workshop's exercises and teams are `w` and `t`.
    assert!(!["w", "t"].contains(&&STORY_LINK.prefix[..1]));
}

#[test]
fn the_limits_are_the_documented_ones() {
    assert_eq!(story_limits::MAX_TITLE_CHARS, 200);
    assert_eq!(
        (story_limits::MIN_FRAMES, story_limits::MAX_FRAMES),
        (1, 20)
    );
    assert_eq!(story_limits::MAX_CAPTION_CHARS, 600);
    assert_eq!(story_limits::MAX_ADDED_STEPS, 20);
}

#[test]
fn the_documents_example_is_the_kept_story() {
    // The first JSON example of docs/story-format.md is tests/data/story-iran.json, so the
    // document's example always reads.
    let doc = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/story-format.md"),
    )
    .unwrap();
    let example = doc
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a JSON example");
    let from_doc: Result<Story, DocumentError> = parse_story(example);
    assert_eq!(
        from_doc.unwrap(),
        parse_story(&data("story-iran.json")).unwrap()
    );
}

#[test]
fn story_links_made_before_open_as_they_did_and_are_made_the_same_way() {
    let file: Value = serde_json::from_str(&data("story-links.json")).unwrap();
    let fixtures = file["story_links"].as_array().unwrap();
    assert!(!fixtures.is_empty());
    for fixture in fixtures {
        let name = fixture["name"].as_str().unwrap();
        let link = fixture["link"].as_str().unwrap();
        let story = story_from_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(story_to_value(&story), fixture["document"], "{name}");
        assert_eq!(story_to_link(&story), link, "{name}");
    }
}
