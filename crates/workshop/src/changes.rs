//! What a team changed from where it started, step by step and shock by shock, in plain words
//! of the reader's language for its debrief page: "Sectoral easing moved from month 6 to month
//! 12".
//!
//! Steps and shocks left as they were are set aside first, with the same matching the lock's
//! remarks use ([`crate::remarks`]). What is left is paired kind by kind, so that a step the
//! team moved or resized reads as one change rather than a removal and an addition: the closest
//! pairs first (the same sender, then the fewest months apart, then the fewest other
//! differences). Whatever finds no partner was added or removed.

use relief_model::words::Arg;
use relief_model::{Scenario, Shock, Step};
use relief_web::language::{sentence, word};
use serde_json::{Value, json};

use crate::exercise::Exercise;
use crate::remarks::unmatched;
use crate::words::{listed, text};

templates! {
    CHANGE_TEMPLATES;
    STEP_WITH_SENDER = "workshop-change-step-sender": "{ $step } ({ $sender })";
    SHOCK = "workshop-change-shock": "The shock “{ $shock }”";
    SHOCK_WITH_SENDER = "workshop-change-shock-sender": "The shock “{ $shock }” ({ $sender })";
    NOW_GIVEN_BY = "workshop-change-now-given-by": "now given by { $sender }";
    RESIZED = "workshop-change-resized": "resized from { $from } to { $to }";
    MADE_CONDITIONAL = "workshop-change-made-conditional": "made conditional on verified compliance";
    MADE_UNCONDITIONAL = "workshop-change-made-unconditional": "made unconditional";
    NOW_PUBLISHED = "workshop-change-now-published": "now announced with published criteria";
    NO_LONGER_PUBLISHED = "workshop-change-no-longer-published": "no longer announced with published criteria";
    NOW_LAPSES = "workshop-change-now-lapses": "now lapses after { $months } months unless verified compliance renews it";
    NO_LONGER_LAPSES = "workshop-change-no-longer-lapses": "no longer lapses";
    NOW_WALKING_OUT = "workshop-change-now-walking-out": "now { $sender } walking out";
    MOVED = "workshop-change-moved": "{ $item } moved from month { $from } to month { $to }";
    MOVED_AND_CHANGED = "workshop-change-moved-and-changed": "{ $item } moved from month { $from } to month { $to }, { $changes }";
    CHANGED = "workshop-change-changed": "{ $item } at month { $month } { $changes }";
    REMOVED = "workshop-change-removed": "{ $item } at month { $month } removed";
    ADDED = "workshop-change-added": "{ $item } added at month { $month }";
}

/// What happened to one step or shock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// It is at another month (and may have changed in other ways too).
    Moved,
    /// It was not in the starting scenario.
    Added,
    /// It is no longer in the sequence.
    Removed,
    /// It is at the same month but changed: resized, made conditional or unconditional, and
    /// so on.
    Changed,
}

impl ChangeKind {
    /// The kind's name for the page.
    pub fn key(self) -> &'static str {
        match self {
            ChangeKind::Moved => "moved",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// Which list of the scenario a change is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    /// The steps.
    Steps,
    /// The shocks.
    Shocks,
}

impl List {
    /// The list's name, as a debrief sheet's sequence names it.
    pub fn key(self) -> &'static str {
        match self {
            List::Steps => "steps",
            List::Shocks => "shocks",
        }
    }
}

/// One thing a team changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What happened to it.
    pub kind: ChangeKind,
    /// The change in one plain sentence of the reader's language, without a full stop.
    pub text: String,
    /// The month it is at now; for a removal, the month it was at.
    pub month: u32,
    /// Whether it is a step or a shock.
    pub list: List,
    /// Its index in the team's steps or shocks; `None` for a removal.
    pub index: Option<usize>,
}

impl Change {
    /// `{kind, text, month, list, index}` for the page, `index` being `null` for a removal.
    pub fn to_value(&self) -> Value {
        json!({
            "kind": self.kind.key(),
            "text": self.text,
            "month": self.month,
            "list": self.list.key(),
            "index": self.index,
        })
    }
}

impl Exercise {
    /// What a team's sequence changed from where the team started ([`Exercise::team_start`]),
    /// both read as the exercise plays them (with every inject), so an inject a team did not
    /// see is not counted as its change. Indices refer to `with_injects(scenario)`, which is
    /// `scenario` itself when it already holds every inject.
    pub fn changes(&self, scenario: &Scenario) -> Vec<Change> {
        changes(
            &self.with_injects(&self.team_start()),
            &self.with_injects(scenario),
        )
    }
}

/// What `team` changed from `start`, ordered by month, steps before shocks. An empty list
/// means the team left every step and shock as it was.
pub fn changes(start: &Scenario, team: &Scenario) -> Vec<Change> {
    let mut out = Vec::new();
    let old: Vec<Step> = start.steps.iter().map(normal_step).collect();
    let new: Vec<Step> = team.steps.iter().map(normal_step).collect();
    compare(&old, &new, start, team, &mut out);
    let old: Vec<Shock> = start.shocks.iter().map(normal_shock).collect();
    let new: Vec<Shock> = team.shocks.iter().map(normal_shock).collect();
    compare(&old, &new, start, team, &mut out);
    out.sort_by_key(|c| (c.month, c.list, c.index.is_some(), c.index));
    out
}

/// A step with its sender spelt out: no sender is the first one.
fn normal_step(step: &Step) -> Step {
    Step {
        sender: Some(step.sender.unwrap_or(0)),
        ..*step
    }
}

/// A shock with its sender spelt out, as for steps.
fn normal_shock(shock: &Shock) -> Shock {
    Shock {
        sender: Some(shock.sender.unwrap_or(0)),
        ..*shock
    }
}

/// What the matching needs of a step or a shock.
trait Item: PartialEq + Copy {
    const LIST: List;
    fn month(&self) -> u32;
    /// Whether two items can be one item changed: the same kind.
    fn same_kind(&self, other: &Self) -> bool;
    fn same_sender(&self, other: &Self) -> bool;
    /// Its name in a sentence, with its sender when the sequence has several.
    fn name(&self, scenario: &Scenario) -> String;
    /// How it changed apart from its month, each in a few words ("resized from 0.30 to
    /// 0.50").
    fn differences(&self, to: &Self, scenario: &Scenario) -> Vec<String>;
}

fn sender_name(sender: Option<u8>, scenario: &Scenario) -> Option<&str> {
    let i = usize::from(sender.unwrap_or(0));
    (scenario.senders.len() > 1)
        .then(|| scenario.senders.get(i).map(String::as_str))
        .flatten()
}

fn resized(from: f64, to: f64) -> String {
    sentence(
        &RESIZED,
        vec![("from", Arg::Decimal(from, 2)), ("to", Arg::Decimal(to, 2))],
    )
}

/// A sender's name, as a value in a sentence.
fn sender(name: &str) -> Vec<(&'static str, Arg)> {
    vec![("sender", text(name))]
}

impl Item for Step {
    const LIST: List = List::Steps;

    fn month(&self) -> u32 {
        self.month
    }

    fn same_kind(&self, other: &Self) -> bool {
        self.kind == other.kind
    }

    fn same_sender(&self, other: &Self) -> bool {
        self.sender == other.sender
    }

    fn name(&self, scenario: &Scenario) -> String {
        match sender_name(self.sender, scenario).filter(|_| self.kind.is_relief()) {
            Some(name) => sentence(
                &STEP_WITH_SENDER,
                vec![("step", Arg::Step(self.kind)), ("sender", text(name))],
            ),
            None => word(
                &format!("model-step-{}", self.kind.key()),
                self.kind.label(),
            ),
        }
    }

    fn differences(&self, to: &Self, scenario: &Scenario) -> Vec<String> {
        let mut parts = Vec::new();
        if self.sender != to.sender
            && let Some(name) = sender_name(to.sender, scenario)
        {
            parts.push(sentence(&NOW_GIVEN_BY, sender(name)));
        }
        if self.size != to.size {
            parts.push(resized(self.size, to.size));
        }
        if self.conditional != to.conditional {
            parts.push(if to.conditional {
                sentence(&MADE_CONDITIONAL, vec![])
            } else {
                sentence(&MADE_UNCONDITIONAL, vec![])
            });
        }
        if self.transparent != to.transparent {
            parts.push(if to.transparent {
                sentence(&NOW_PUBLISHED, vec![])
            } else {
                sentence(&NO_LONGER_PUBLISHED, vec![])
            });
        }
        if self.expires_after != to.expires_after {
            parts.push(match to.expires_after {
                Some(months) => sentence(&NOW_LAPSES, vec![("months", Arg::Count(months.into()))]),
                None => sentence(&NO_LONGER_LAPSES, vec![]),
            });
        }
        parts
    }
}

impl Item for Shock {
    const LIST: List = List::Shocks;

    fn month(&self) -> u32 {
        self.month
    }

    fn same_kind(&self, other: &Self) -> bool {
        self.kind == other.kind
    }

    fn same_sender(&self, other: &Self) -> bool {
        self.sender == other.sender
    }

    fn name(&self, scenario: &Scenario) -> String {
        let sender = sender_name(self.sender, scenario)
            .filter(|_| self.kind == relief_model::ShockKind::SenderWithdrawal);
        match sender {
            Some(name) => sentence(
                &SHOCK_WITH_SENDER,
                vec![("shock", Arg::Shock(self.kind)), ("sender", text(name))],
            ),
            None => sentence(&SHOCK, vec![("shock", Arg::Shock(self.kind))]),
        }
    }

    fn differences(&self, to: &Self, scenario: &Scenario) -> Vec<String> {
        let mut parts = Vec::new();
        if self.sender != to.sender
            && let Some(name) = sender_name(to.sender, scenario)
        {
            parts.push(sentence(&NOW_WALKING_OUT, sender(name)));
        }
        if self.size != to.size {
            parts.push(resized(self.size, to.size));
        }
        parts
    }
}

/// Adds the changes from `old` (the start's items) to `new` (the team's) to `out`.
fn compare<T: Item>(
    old: &[T],
    new: &[T],
    start: &Scenario,
    team: &Scenario,
    out: &mut Vec<Change>,
) {
    let (gone, came) = unmatched(old, new);
    // Every pair that could be one item changed, closest first; each item joins one pair.
    let mut candidates: Vec<(usize, usize)> = gone
        .iter()
        .flat_map(|&o| came.iter().map(move |&n| (o, n)))
        .filter(|&(o, n)| old[o].same_kind(&new[n]))
        .collect();
    candidates.sort_by_key(|&(o, n)| {
        let (a, b) = (&old[o], &new[n]);
        (
            !a.same_sender(b),
            a.month().abs_diff(b.month()),
            a.differences(b, team).len(),
            o,
            n,
        )
    });
    let mut paired_old = vec![false; old.len()];
    let mut paired_new = vec![false; new.len()];
    for (o, n) in candidates {
        if paired_old[o] || paired_new[n] {
            continue;
        }
        paired_old[o] = true;
        paired_new[n] = true;
        let (a, b) = (&old[o], &new[n]);
        let parts = a.differences(b, team);
        let item = ("item", text(a.name(start)));
        let (kind, said) = if a.month() != b.month() {
            let mut args = vec![
                item,
                ("from", Arg::Month(a.month())),
                ("to", Arg::Month(b.month())),
            ];
            let said = if parts.is_empty() {
                sentence(&MOVED, args)
            } else {
                args.push(("changes", text(listed(&parts))));
                sentence(&MOVED_AND_CHANGED, args)
            };
            (ChangeKind::Moved, said)
        } else {
            let args = vec![
                item,
                ("month", Arg::Month(a.month())),
                ("changes", text(listed(&parts))),
            ];
            (ChangeKind::Changed, sentence(&CHANGED, args))
        };
        out.push(Change {
            kind,
            text: said,
            month: b.month(),
            list: T::LIST,
            index: Some(n),
        });
    }
    for &o in gone.iter().filter(|&&o| !paired_old[o]) {
        out.push(Change {
            kind: ChangeKind::Removed,
            text: sentence(
                &REMOVED,
                vec![
                    ("item", text(old[o].name(start))),
                    ("month", Arg::Month(old[o].month())),
                ],
            ),
            month: old[o].month(),
            list: T::LIST,
            index: None,
        });
    }
    for &n in came.iter().filter(|&&n| !paired_new[n]) {
        out.push(Change {
            kind: ChangeKind::Added,
            text: sentence(
                &ADDED,
                vec![
                    ("item", text(new[n].name(team))),
                    ("month", Arg::Month(new[n].month())),
                ],
            ),
            month: new[n].month(),
            list: T::LIST,
            index: Some(n),
        });
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::exercise::example::{exercise, exercise_json};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// A scenario with two senders from its steps and shocks, as JSON.
    fn scenario(steps: Value, shocks: Value) -> Scenario {
        relief_model::scenario_from_value(&json!({
            "format": "relief-scenario/1",
            "horizon_months": 48,
            "senders": ["US", "EU"],
            "steps": steps,
            "shocks": shocks,
        }))
        .unwrap()
    }

    /// Where every case starts: the sequence a facilitator might hand out.
    fn start() -> (Value, Value) {
        (
            json!([
                { "kind": "humanitarian_exemption", "month": 0 },
                { "kind": "independent_monitoring", "month": 1 },
                { "kind": "compliance_step", "month": 2 },
                { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "US" },
                { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
            ]),
            json!([{ "kind": "economic_shock", "month": 30 }]),
        )
    }

    #[test]
    fn changes_are_named_in_plain_words() {
        // Each case: what the team did, its steps and shocks (the start's when left out), and
        // the changes expected as [kind, text], in month order.
        let cases = json!([
            { "what": "nothing", "expected": [] },
            {
                "what": "the same steps in another order",
                "steps": [
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "US" },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "humanitarian_exemption", "month": 0 }
                ],
                "expected": []
            },
            {
                "what": "one step moved",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "compliance_step", "month": 4 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "US" },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
                ],
                "expected": [["moved", "Compliance step moved from month 2 to month 4"]]
            },
            {
                "what": "one sender's easing moved later and made conditional, another step added",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "US" },
                    { "kind": "sectoral_easing", "month": 12, "size": 0.2, "sender": "EU", "conditional": true },
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true },
                    { "kind": "snapback_clause", "month": 6 }
                ],
                "expected": [
                    ["added", "Snapback clause added at month 6"],
                    ["moved", "Sectoral easing (EU) moved from month 6 to month 12, made conditional on verified compliance"]
                ]
            },
            {
                "what": "resized, made unconditional, published and removed",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.5, "sender": "US", "transparent": true },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                    { "kind": "financial_channels", "month": 18, "size": 0.4 }
                ],
                "expected": [
                    ["removed", "Independent monitoring at month 1 removed"],
                    ["changed", "Sectoral easing (US) at month 6 resized from 0.30 to 0.50 and now announced with published criteria"],
                    ["changed", "Financial channels (US) at month 18 made unconditional"]
                ]
            },
            {
                "what": "a second step of a kind added beside the first: the nearer one stays",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "humanitarian_exemption", "month": 3, "size": 0.1 },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "compliance_step", "month": 9 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "US" },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
                ],
                "expected": [
                    ["added", "Humanitarian exemption (US) added at month 3"],
                    ["added", "Compliance step added at month 9"]
                ]
            },
            {
                "what": "one sender's easing handed to the other",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "sender": "EU" },
                    { "kind": "sectoral_easing", "month": 6, "size": 0.2, "sender": "EU" },
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
                ],
                "expected": [["changed", "Sectoral easing (US) at month 6 now given by EU"]]
            },
            {
                "what": "two steps of a kind moved: each pairs with the nearer",
                "steps": [
                    { "kind": "humanitarian_exemption", "month": 0 },
                    { "kind": "independent_monitoring", "month": 1 },
                    { "kind": "compliance_step", "month": 2 },
                    { "kind": "sectoral_easing", "month": 9, "size": 0.3, "sender": "US" },
                    { "kind": "sectoral_easing", "month": 8, "size": 0.2, "sender": "EU" },
                    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true },
                    { "kind": "compliance_step", "month": 40 }
                ],
                "expected": [
                    ["moved", "Sectoral easing (EU) moved from month 6 to month 8"],
                    ["moved", "Sectoral easing (US) moved from month 6 to month 9"],
                    ["added", "Compliance step added at month 40"]
                ]
            },
            {
                "what": "every step gone",
                "steps": [],
                "expected": [
                    ["removed", "Humanitarian exemption (US) at month 0 removed"],
                    ["removed", "Independent monitoring at month 1 removed"],
                    ["removed", "Compliance step at month 2 removed"],
                    ["removed", "Sectoral easing (US) at month 6 removed"],
                    ["removed", "Sectoral easing (EU) at month 6 removed"],
                    ["removed", "Financial channels (US) at month 18 removed"]
                ]
            },
            {
                "what": "the shocks changed",
                "shocks": [
                    { "kind": "economic_shock", "month": 36, "size": 0.8 },
                    { "kind": "sender_withdrawal", "month": 20, "sender": "EU" }
                ],
                "expected": [
                    ["added", "The shock “Sender walks out” (EU) added at month 20"],
                    ["moved", "The shock “Economic shock” moved from month 30 to month 36, resized from 0.50 to 0.80"]
                ]
            }
        ]);
        let (steps, shocks) = start();
        let from = scenario(steps.clone(), shocks.clone());
        for case in cases.as_array().unwrap() {
            let what = &case["what"];
            let to = scenario(
                case.get("steps").unwrap_or(&steps).clone(),
                case.get("shocks").unwrap_or(&shocks).clone(),
            );
            let got: Vec<Value> = changes(&from, &to)
                .iter()
                .map(|c| json!([c.kind.key(), c.text]))
                .collect();
            assert_eq!(Value::Array(got), case["expected"], "{what}");
        }
    }

    #[test]
    fn each_change_points_at_the_item_it_is_about_now() {
        let (steps, shocks) = start();
        let from = scenario(steps, shocks);
        let mut to = from.clone();
        to.steps[2].month = 12;
        to.steps.remove(0);
        to.steps.push(relief_model::Step::new(
            relief_model::StepKind::IndependentAudit,
            3,
        ));
        let got = changes(&from, &to);
        let at: Vec<(ChangeKind, u32, List, Option<usize>)> = got
            .iter()
            .map(|c| (c.kind, c.month, c.list, c.index))
            .collect();
        assert_eq!(
            at,
            [
                (ChangeKind::Removed, 0, List::Steps, None),
                (ChangeKind::Added, 3, List::Steps, Some(5)),
                (ChangeKind::Moved, 12, List::Steps, Some(1)),
            ]
        );
        for c in &got {
            if let Some(i) = c.index {
                assert_eq!(to.steps[i].month, c.month, "{c:?}");
            }
        }
        assert_eq!(
            got[2].to_value(),
            json!({"kind": "moved", "text": "Compliance step moved from month 2 to month 12", "month": 12, "list": "steps", "index": 1})
        );
        assert_eq!(got[0].to_value()["index"], Value::Null);
    }

    #[test]
    fn injects_are_never_a_teams_change_whether_it_saw_them_or_not() {
        let e = exercise();
        assert!(e.changes(&e.team_start()).is_empty());
        // A team that took an inject off its timeline still meets it in play.
        let mut without = e.team_start();
        without.shocks.retain(|s| s.month != 12);
        assert!(e.changes(&without).is_empty());

        let mut blind = exercise_json();
        blind["teams_see_injects"] = json!(false);
        let blind = crate::reading::exercise_from_value(&blind).unwrap();
        let mut moved = blind.team_start();
        assert_eq!(moved.shocks.len(), 1, "the team did not see the injects");
        moved.steps[0].month = 4;
        let got = blind.changes(&moved);
        let texts: Vec<&str> = got.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Humanitarian exemption moved from month 0 to month 4"]
        );
        // The index is the step's in the sequence as played, which the debrief lists.
        let played = blind.with_injects(&moved);
        assert_eq!(played.steps[got[0].index.unwrap()].month, 4);
    }
}
