//! Reading the workshop's documents: exercises and team hand-backs from JSON trees, files,
//! pastes and links, every problem named by its JSON path.
//!
//! The problems stay in English, as every scenario's do: they name fields of a format whose
//! words are fixed, in the words of the model's field reader and link codec.
//!
//! Documents are read by hand over the JSON tree with the model's field reader
//! ([`relief_model::FieldReader`], the one its scenario reader uses), so every problem is named
//! by its JSON path (`/teams/2/name: …`, `/scenario/steps/0/month: …`) in the same words, all
//! problems are reported at once, and unknown fields are named.

use relief_model::{FieldReader, LinkFormat, SCENARIO_LINK, Scenario, ShockKind, kind_of, quote};
use relief_web::language::sentence;
use serde_json::Value;

use crate::exercise::{
    EXERCISE_FORMAT, EXERCISE_LINK, Exercise, Inject, Lock, ReadError, TEAM_FORMAT, TEAM_LINK,
    Team, TeamWork, limits, name_key,
};

templates! {
    READING_TEMPLATES;
    UNNAMED_TEAM = "workshop-unnamed-team": "Unnamed team";
}

/// A scenario link, as the workshop names one pasted where it reads its own links.
const EXPLORER_SCENARIO_LINK: LinkFormat = LinkFormat {
    holds: "a scenario for the explorer",
    ..SCENARIO_LINK
};

/// Reads and validates an exercise document already parsed as JSON.
pub fn exercise_from_value(value: &Value) -> Result<Exercise, ReadError> {
    let mut reader = Reader::default();
    let exercise = reader.exercise(value);
    reader.finish(exercise)
}

/// Reads and validates an exercise document from its JSON text, as strictly as a scenario
/// file: a key given twice, or a number too large, is refused naming its field.
pub fn exercise_from_json(text: &str) -> Result<Exercise, ReadError> {
    exercise_from_value(&relief_model::parse_json(text)?)
}

/// Reads an exercise link: a fragment with or without its `#`, or a whole address holding
/// one. A link that cannot be read gets a message saying why.
pub fn exercise_from_link(link: &str) -> Result<Exercise, ReadError> {
    let others = [TEAM_LINK, EXPLORER_SCENARIO_LINK];
    exercise_from_value(&EXERCISE_LINK.decode(fragment_of(link), &others)?)
}

/// Reads and validates a team's document already parsed as JSON.
pub fn team_from_value(value: &Value) -> Result<TeamWork, ReadError> {
    let mut reader = Reader::default();
    let work = reader.team_work(value);
    reader.finish(work)
}

/// Reads and validates a team's document from its JSON text, as strictly as a scenario file.
pub fn team_from_json(text: &str) -> Result<TeamWork, ReadError> {
    team_from_value(&relief_model::parse_json(text)?)
}

/// Reads a team link: a fragment with or without its `#`, or a whole address holding one.
pub fn team_from_link(link: &str) -> Result<TeamWork, ReadError> {
    let others = [EXERCISE_LINK, EXPLORER_SCENARIO_LINK];
    team_from_value(&TEAM_LINK.decode(fragment_of(link), &others)?)
}

/// Reads what a facilitator pastes or drops for one team: a team link, a `relief-team/1`
/// file, a scenario file, or a scenario link. A bare scenario gets `fallback_name` (a file's
/// name, say) as its team name, or its own title when that is empty.
pub fn team_from_text(text: &str, fallback_name: &str) -> Result<TeamWork, ReadError> {
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        let value = relief_model::parse_json(trimmed)?;
        let format = value.get("format").and_then(Value::as_str).unwrap_or("");
        if format.starts_with("relief-scenario/") {
            return Ok(bare(
                relief_model::scenario_from_value(&value)?,
                fallback_name,
            ));
        }
        return team_from_value(&value);
    }
    let fragment = fragment_of(trimmed);
    if fragment.starts_with(SCENARIO_LINK.prefix) {
        return Ok(bare(
            relief_model::scenario_from_link(fragment)?,
            fallback_name,
        ));
    }
    team_from_link(trimmed)
}

/// A bare scenario as a team's work, named by `fallback_name`, else by the scenario's title,
/// else as an unnamed team in the reader's language.
fn bare(scenario: Scenario, fallback_name: &str) -> TeamWork {
    let unnamed;
    let name = if !fallback_name.trim().is_empty() {
        fallback_name.trim()
    } else if !scenario.title.trim().is_empty() {
        scenario.title.trim()
    } else {
        unnamed = sentence(&UNNAMED_TEAM, vec![]);
        &unnamed
    };
    TeamWork {
        team: name.chars().take(limits::MAX_TEAM_NAME_CHARS).collect(),
        exercise_id: String::new(),
        exercise_title: String::new(),
        scenario,
        played: None,
    }
}

/// The fragment of a link: what follows the last `#` of an address, or the text itself.
fn fragment_of(text: &str) -> &str {
    let text = text.trim();
    match text.rfind('#') {
        Some(i) => &text[i + 1..],
        None => text,
    }
}

const EXERCISE_FIELDS: &[&str] = &[
    "format",
    "title",
    "briefing",
    "scenario",
    "teams",
    "injects",
    "teams_see_injects",
];
const TEAM_FIELDS: &[&str] = &["name", "lock"];
const INJECT_FIELDS: &[&str] = &["month", "kind", "size", "headline", "text"];
const TEAM_WORK_FIELDS: &[&str] = &[
    "format",
    "team",
    "exercise",
    "exercise_title",
    "scenario",
    "exercise_document",
];

/// The workshop's reader: the workshop formats' own readers, built on relief-model's field
/// reader, which holds the problems found and reads the general fields (text, numbers, lists,
/// a scenario held in the document) in the same words as a scenario's.
#[derive(Default)]
struct Reader {
    fields: FieldReader,
}

impl Reader {
    fn finish<T>(self, value: T) -> Result<T, ReadError> {
        self.fields
            .finish(value)
            .map_err(|errors| ReadError { errors })
    }

    fn exercise(&mut self, value: &Value) -> Exercise {
        let mut exercise = Exercise {
            title: String::new(),
            briefing: String::new(),
            scenario: Scenario::default(),
            teams: Vec::new(),
            injects: Vec::new(),
            teams_see_injects: true,
        };
        let Some(root) = self.fields.object("", value, EXERCISE_FIELDS) else {
            return exercise;
        };
        self.fields.format(root, EXERCISE_FORMAT, "an exercise");
        if let Some(v) = root.get("title") {
            exercise.title = self
                .fields
                .string("/title", v, limits::MAX_TITLE_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("briefing") {
            exercise.briefing = self
                .fields
                .string("/briefing", v, limits::MAX_BRIEFING_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("teams_see_injects")
            && let Some(b) = self.fields.boolean("/teams_see_injects", v)
        {
            exercise.teams_see_injects = b;
        }
        let scenario = match root.get("scenario") {
            None => {
                self.fields.error(
                    "/scenario",
                    "missing; an exercise needs the scenario every team starts from",
                );
                None
            }
            Some(v) => self.fields.scenario("/scenario", v),
        };
        // Injects are checked against the horizon even when the scenario has other problems,
        // so every problem is reported in one go.
        let horizon = scenario.as_ref().map(|s| s.horizon_months).or_else(|| {
            match root.get("scenario").and_then(|s| s.get("horizon_months")) {
                None => Some(Scenario::default().horizon_months),
                Some(h) => h
                    .as_u64()
                    .filter(|h| {
                        (u64::from(relief_model::limits::MIN_HORIZON)
                            ..=u64::from(relief_model::limits::MAX_HORIZON))
                            .contains(h)
                    })
                    .map(|h| h as u32),
            }
        });
        let start_shocks = scenario.as_ref().map_or(0, |s| s.shocks.len());
        if let Some(s) = scenario {
            exercise.scenario = s;
        }

        match root.get("teams") {
            None => self.fields.error(
                "/teams",
                format!(
                    "missing; an exercise needs {} to {} teams",
                    limits::MIN_TEAMS,
                    limits::MAX_TEAMS
                ),
            ),
            Some(v) => match v.as_array() {
                None => self.fields.error(
                    "/teams",
                    format!("expected a list of teams, got {}", kind_of(v)),
                ),
                Some(items)
                    if items.len() < limits::MIN_TEAMS || items.len() > limits::MAX_TEAMS =>
                {
                    self.fields.error(
                        "/teams",
                        format!(
                            "{} {} given; an exercise has {} to {} teams",
                            items.len(),
                            if items.len() == 1 {
                                "team is"
                            } else {
                                "teams are"
                            },
                            limits::MIN_TEAMS,
                            limits::MAX_TEAMS
                        ),
                    )
                }
                Some(items) => {
                    // At most eight names: a list is smaller in the wasm module than a map.
                    let mut seen: Vec<(String, usize)> = Vec::new();
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("/teams/{i}");
                        let (name, lock) = self.team(&path, item);
                        let Some(name) = name else { continue };
                        let key = name_key(&name);
                        match seen.iter().find(|(k, _)| *k == key).map(|(_, first)| first) {
                            Some(first) => self.fields.error(
                                &format!("{path}/name"),
                                format!("{} is already the name of team {}; each team needs its own name", quote(&name), first + 1),
                            ),
                            None => {
                                seen.push((key, i));
                                if let Some(lock) = lock {
                                    exercise.teams.push(Team { name, lock });
                                }
                            }
                        }
                    }
                }
            },
        }

        if let Some(v) = root.get("injects") {
            let items = self
                .fields
                .list("/injects", v, limits::MAX_INJECTS, "injects");
            let room = relief_model::limits::MAX_SHOCKS.saturating_sub(start_shocks);
            if items.len() > room {
                self.fields.error(
                    "/injects",
                    format!(
                        "{} injects and the scenario's {start_shocks} shocks make {}; a scenario holds at most {} shocks",
                        items.len(),
                        items.len() + start_shocks,
                        relief_model::limits::MAX_SHOCKS
                    ),
                );
            }
            for (i, item) in items.iter().enumerate() {
                if let Some(inject) = self.inject(&format!("/injects/{i}"), item, horizon) {
                    exercise.injects.push(inject);
                }
            }
        }
        exercise
    }

    /// A team's name and lock, each `None` when it is wrong (and the error is recorded), so a
    /// duplicate name is found even in a team whose lock is wrong.
    fn team(&mut self, path: &str, value: &Value) -> (Option<String>, Option<Lock>) {
        let Some(map) = self.fields.object(path, value, TEAM_FIELDS) else {
            return (None, None);
        };
        let name = match map.get("name") {
            None => {
                self.fields
                    .error(&format!("{path}/name"), "missing; every team needs a name");
                None
            }
            Some(v) => self.fields.line(
                &format!("{path}/name"),
                v,
                limits::MAX_TEAM_NAME_CHARS,
                "the team's name",
            ),
        };
        let lock = match map.get("lock") {
            None => Some(Lock::Everything),
            Some(Value::String(k)) => {
                let lock = Lock::from_key(k);
                if lock.is_none() {
                    let known: Vec<&str> = Lock::ALL.iter().map(|l| l.key()).collect();
                    self.fields.error(
                        &format!("{path}/lock"),
                        format!(
                            "{} is not a lock; expected one of: {}",
                            quote(k),
                            known.join(", ")
                        ),
                    );
                }
                lock
            }
            Some(other) => {
                self.fields.error(
                    &format!("{path}/lock"),
                    format!("expected the lock's name as text, got {}", kind_of(other)),
                );
                None
            }
        };
        (name, lock)
    }

    fn inject(&mut self, path: &str, value: &Value, horizon: Option<u32>) -> Option<Inject> {
        let map = self.fields.object(path, value, INJECT_FIELDS)?;
        let month = match map.get("month") {
            None => {
                self.fields.error(
                    &format!("{path}/month"),
                    "missing; every inject needs a month",
                );
                None
            }
            Some(v) => match v.as_f64() {
                Some(m) if m.fract() == 0.0 && m >= 0.0 => match horizon {
                    Some(h) if m >= f64::from(h) => {
                        self.fields.error(
                            &format!("{path}/month"),
                            format!("{m} is past horizon_months {h}"),
                        );
                        None
                    }
                    _ if m > f64::from(relief_model::limits::MAX_HORIZON) => {
                        self.fields
                            .error(&format!("{path}/month"), format!("{m} is past any horizon"));
                        None
                    }
                    _ => Some(m as u32),
                },
                Some(m) => {
                    self.fields.error(
                        &format!("{path}/month"),
                        format!("expected a whole number of months from 0, got {m}"),
                    );
                    None
                }
                None => {
                    self.fields.error(
                        &format!("{path}/month"),
                        format!("expected a whole number of months, got {}", kind_of(v)),
                    );
                    None
                }
            },
        };
        let kind = match map.get("kind") {
            None => {
                self.fields.error(
                    &format!("{path}/kind"),
                    "missing; every inject needs the kind of shock the model feels",
                );
                None
            }
            Some(Value::String(k)) => {
                let kind = ShockKind::from_key(k);
                if kind.is_none() {
                    let known: Vec<&str> = ShockKind::ALL.iter().map(|k| k.key()).collect();
                    self.fields.error(
                        &format!("{path}/kind"),
                        format!(
                            "{} is not a shock kind; expected one of: {}",
                            quote(k),
                            known.join(", ")
                        ),
                    );
                }
                kind
            }
            Some(other) => {
                self.fields.error(
                    &format!("{path}/kind"),
                    format!("expected the kind's name as text, got {}", kind_of(other)),
                );
                None
            }
        };
        let size = match map.get("size") {
            None => kind.map(ShockKind::default_size),
            Some(v) => self.fields.unit(&format!("{path}/size"), v),
        };
        let headline = match map.get("headline") {
            None => {
                self.fields.error(
                    &format!("{path}/headline"),
                    "missing; every inject needs a headline",
                );
                None
            }
            Some(v) => self.fields.line(
                &format!("{path}/headline"),
                v,
                limits::MAX_HEADLINE_CHARS,
                "the headline",
            ),
        };
        let text = match map.get("text") {
            None => Some(String::new()),
            Some(v) => self
                .fields
                .string(&format!("{path}/text"), v, limits::MAX_INJECT_TEXT_CHARS)
                .map(|t| t.trim().to_string()),
        };
        Some(Inject {
            month: month?,
            headline: headline?,
            text: text?,
            kind: kind?,
            size: size?,
        })
    }

    fn team_work(&mut self, value: &Value) -> TeamWork {
        let mut work = TeamWork {
            team: String::new(),
            exercise_id: String::new(),
            exercise_title: String::new(),
            scenario: Scenario::default(),
            played: None,
        };
        let Some(root) = self.fields.object("", value, TEAM_WORK_FIELDS) else {
            return work;
        };
        self.fields.format(root, TEAM_FORMAT, "a team's sequence");
        match root.get("team") {
            None => self
                .fields
                .error("/team", "missing; a team's sequence needs the team's name"),
            Some(v) => {
                if let Some(name) =
                    self.fields
                        .line("/team", v, limits::MAX_TEAM_NAME_CHARS, "the team's name")
                {
                    work.team = name;
                }
            }
        }
        if let Some(v) = root.get("exercise") {
            work.exercise_id = self
                .fields
                .string("/exercise", v, limits::MAX_ID_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("exercise_title") {
            work.exercise_title = self
                .fields
                .string("/exercise_title", v, limits::MAX_TITLE_CHARS)
                .unwrap_or_default();
        }
        if let Some(v) = root.get("exercise_document") {
            // The exercise is read by its own reader, and its problems are named under this
            // field, so a damaged copy says where it is.
            match exercise_from_value(v) {
                Ok(e) => work.played = Some(Box::new(e)),
                Err(e) => {
                    for problem in e.errors {
                        self.fields.error(
                            &format!("/exercise_document{}", problem.path),
                            &problem.message,
                        );
                    }
                }
            }
        }
        match root.get("scenario") {
            None => self
                .fields
                .error("/scenario", "missing; a team's sequence needs its scenario"),
            Some(v) => {
                if let Some(s) = self.fields.scenario("/scenario", v) {
                    work.scenario = s;
                }
            }
        }
        work
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::exercise::example::{exercise, exercise_json};
    use crate::writing::{exercise_to_link, team_to_link};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn messages(value: Value) -> Vec<String> {
        exercise_from_value(&value)
            .unwrap_err()
            .errors
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn an_exercise_reads_with_its_defaults() {
        let e = exercise();
        assert_eq!(e.teams.len(), 3);
        assert_eq!(e.teams[0].lock, Lock::SanctioningSide);
        assert_eq!(e.teams[2].lock, Lock::Everything);
        assert_eq!(
            e.injects[1].size,
            ShockKind::LeadershipChange.default_size()
        );
        assert_eq!(e.injects[1].text, "");
        assert!(e.teams_see_injects);
        assert_eq!(e.scenario.steps.len(), 3);
    }

    #[test]
    fn every_problem_is_named_by_its_path() {
        let mut v = exercise_json();
        v["teams"][1]["name"] = json!("  ");
        v["teams"][2]["name"] = json!("blue");
        v["teams"][0]["lock"] = json!("sanctions");
        v["teams"][0]["colour"] = json!("red");
        v["injects"][0]["month"] = json!(48);
        v["injects"][1]["headline"] = json!("");
        v["injects"][1]["kind"] = json!("earthquake");
        v["scenario"]["steps"][0]["month"] = json!(99);
        let got = messages(v);
        let expect = [
            "/scenario/steps/0/month: 99 is past horizon_months 48",
            "/teams/0/colour: unknown field \"colour\"; expected one of: name, lock",
            "/teams/0/lock: \"sanctions\" is not a lock; expected one of: everything, sanctioning, target, confidence",
            "/teams/1/name: the team's name is empty; write one",
            "/teams/2/name: \"blue\" is already the name of team 1; each team needs its own name",
            "/injects/0/month: 48 is past horizon_months 48",
            "/injects/1/kind: \"earthquake\" is not a shock kind",
            "/injects/1/headline: the headline is empty; write one",
        ];
        for phrase in expect {
            assert!(
                got.iter().any(|m| m.starts_with(phrase)),
                "missing {phrase:?} in {got:#?}"
            );
        }
    }

    #[test]
    fn team_counts_format_and_kinds_are_checked() {
        let mut one = exercise_json();
        one["teams"] = json!([{ "name": "Alone" }]);
        assert_eq!(
            messages(one),
            ["/teams: 1 team is given; an exercise has 2 to 8 teams"]
        );
        let mut nine = exercise_json();
        nine["teams"] = Value::Array(
            (0..9)
                .map(|i| json!({ "name": format!("Team {i}") }))
                .collect(),
        );
        assert_eq!(
            messages(nine),
            ["/teams: 9 teams are given; an exercise has 2 to 8 teams"]
        );
        let mut newer = exercise_json();
        newer["format"] = json!("relief-exercise/2");
        assert!(messages(newer)[0].contains("a version this reader does not know"));
        let mut none = exercise_json();
        none.as_object_mut().unwrap().remove("scenario");
        assert!(messages(none)[0].starts_with("/scenario: missing"));
        assert!(messages(json!([1, 2]))[0].starts_with("expected an object, got a list"));
        let mut control = exercise_json();
        control["injects"][0]["headline"] = json!("Two\nlines");
        assert!(messages(control)[0].contains("one line of text"));
    }

    #[test]
    fn broken_links_say_why() {
        let good = exercise_to_link(&exercise());
        let team = team_to_link(&TeamWork {
            team: "Blue".into(),
            exercise_id: "x".into(),
            exercise_title: String::new(),
            scenario: Scenario::default(),
            played: None,
        });
        let cases = [
            ("", "does not hold a workshop exercise"),
            ("hello", "does not hold a workshop exercise"),
            ("w7.abc", "newer version"),
            ("w1.@@@", "characters such a link never has"),
            (&good[..good.len() / 2], "cut short"),
            ("s1.abc", "a scenario for the explorer"),
            (&team, "holds a team's sequence, not a workshop exercise"),
        ];
        for (fragment, phrase) in cases {
            let message = exercise_from_link(fragment).unwrap_err().to_string();
            assert!(
                message.starts_with("this link cannot be read: "),
                "{fragment}: {message}"
            );
            assert!(message.contains(phrase), "{fragment}: {message}");
        }
        let message = team_from_link(&good).unwrap_err().to_string();
        assert!(
            message.contains("holds a workshop exercise, not a team's sequence"),
            "{message}"
        );
    }

    #[test]
    fn bare_scenarios_are_accepted_as_teams() {
        let scenario = relief_model::preset("all-at-once").unwrap().scenario;
        let json = relief_model::scenario_to_json(&scenario);
        let from_file = team_from_text(&json, "team-red").unwrap();
        assert_eq!(from_file.team, "team-red");
        assert_eq!(from_file.scenario, scenario);
        let from_link = team_from_text(&relief_model::scenario_to_link(&scenario), "").unwrap();
        assert_eq!(from_link.team, scenario.title);
        let bad = team_from_text(
            r#"{"format":"relief-team/1","team":"X","scenario":{"format":"relief-scenario/1","steps":[{"kind":"nope","month":1}]}}"#,
            "",
        );
        assert!(
            bad.unwrap_err()
                .to_string()
                .starts_with("/scenario/steps/0/kind: \"nope\" is not a step kind")
        );
        let not_json = team_from_text("{\"format\": ", "").unwrap_err().to_string();
        assert!(not_json.contains("ends too early"), "{not_json}");
    }

    /// Bad documents and the problem each must give, from `tests/data/`: compiled in, so the
    /// browser run reads them too.
    const BAD_EXERCISES: &str = include_str!("../../../tests/data/bad-exercises.json");
    const BAD_TEAMS: &str = include_str!("../../../tests/data/bad-teams.json");
    const BAD_SCENARIOS: &str = include_str!("../../../tests/data/bad-scenarios.json");

    /// Checks that `read` refuses each of the file's cases under `key` with a problem at the
    /// case's path whose message holds the case's phrase.
    fn refuses_each_case<T>(file: &str, key: &str, read: impl Fn(&str) -> Result<T, ReadError>) {
        let file: Value = serde_json::from_str(file).expect("the cases are JSON");
        let cases = file[key].as_array().expect("a list of cases");
        assert!(!cases.is_empty());
        for case in cases {
            let name = case["name"].as_str().unwrap();
            let path = case["path"].as_str().unwrap();
            let phrase = case["message"].as_str().unwrap();
            let Err(e) = read(case["input"].as_str().unwrap()) else {
                panic!("{name}: accepted");
            };
            assert!(
                e.errors
                    .iter()
                    .any(|f| f.path == path && f.message.contains(phrase)),
                "{name}: expected {path}: …{phrase}…, got {e}"
            );
        }
    }

    #[test]
    fn every_bad_exercise_is_refused_naming_the_field_in_a_file_and_in_a_link() {
        let file: Value = serde_json::from_str(BAD_EXERCISES).unwrap();
        exercise_from_json(file["valid"].as_str().unwrap()).unwrap();
        refuses_each_case(BAD_EXERCISES, "cases", exercise_from_json);
        refuses_each_case(BAD_EXERCISES, "cases", |text| {
            exercise_from_link(&EXERCISE_LINK.encode(text))
        });
    }

    #[test]
    fn every_bad_team_is_refused_naming_the_field_in_a_file_and_in_a_link() {
        let file: Value = serde_json::from_str(BAD_TEAMS).unwrap();
        team_from_json(file["valid"].as_str().unwrap()).unwrap();
        refuses_each_case(BAD_TEAMS, "cases", team_from_json);
        refuses_each_case(BAD_TEAMS, "cases", |text| team_from_text(text, ""));
        refuses_each_case(BAD_TEAMS, "cases", |text| {
            team_from_link(&TEAM_LINK.encode(text))
        });
        refuses_each_case(BAD_TEAMS, "cases", |text| {
            let address = format!("https://x.org/workshop.html#{}", TEAM_LINK.encode(text));
            team_from_text(&address, "")
        });
    }

    #[test]
    fn a_scenario_given_as_a_team_with_a_key_twice_or_a_number_too_large_is_refused() {
        refuses_each_case(BAD_SCENARIOS, "text_cases", |text| {
            team_from_text(text, "Red")
        });
        refuses_each_case(BAD_SCENARIOS, "text_cases", |text| {
            team_from_text(&SCENARIO_LINK.encode(text), "Red")
        });
    }
}
