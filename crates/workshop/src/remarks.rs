//! What a team's sequence changes that its exercise keeps fixed: steps outside its lock, the
//! shocks, the assumptions, the horizon and the ensemble, in plain sentences for the
//! facilitator, in the reader's language.

use relief_model::Scenario;
use relief_model::words::Arg;
use relief_web::language::sentence;

use crate::exercise::{Exercise, Lock};
use crate::words::{joined, quoted, text};

templates! {
    REMARK_TEMPLATES;
    UNKNOWN_TEAM = "workshop-remark-unknown-team": "“{ $team }” is not one of this exercise's teams ({ $teams }).";
    CHANGED_HORIZON = "workshop-remark-changed-horizon": "{ $months } months projected instead of { $start }";
    CHANGED_ASSUMPTIONS = "workshop-remark-changed-assumptions": "different assumptions";
    CHANGED_ENSEMBLE = "workshop-remark-changed-ensemble": "a different ensemble (runs or seed)";
    CHANGED_SETTINGS = "workshop-remark-changed-settings": "It changes what the facilitator set: { $changes }. Its numbers are not comparable with the other teams'.";
    STEP_GONE = "workshop-remark-step-gone": "{ $step } at month { $month } was moved, changed or removed";
    STEP_ADDED = "workshop-remark-step-added": "{ $step } at month { $month } was added";
    STEP_SEPARATOR = "workshop-remark-step-separator": "; ";
    LOCKED_STEPS = "workshop-remark-locked-steps": "It changes steps the team's lock (“{ $lock }”) keeps fixed: { $changes }.";
    SHOCKS = "workshop-remark-shocks": "It changes the shocks, which only the facilitator sets.";
}

impl Exercise {
    /// What a team's sequence changes that the exercise keeps fixed, in plain sentences of the
    /// reader's language: the steps outside its lock, the shocks, the assumptions, the
    /// horizon and the ensemble. An empty list means the sequence plays by the rules. A name
    /// that is not one of the exercise's teams is reported too.
    pub fn remarks(&self, team_name: &str, scenario: &Scenario) -> Vec<String> {
        let mut remarks = Vec::new();
        let lock = match self.team(team_name) {
            Some(team) => team.lock,
            None => {
                let names: Vec<String> = self.teams.iter().map(|t| quoted(&t.name)).collect();
                remarks.push(sentence(
                    &UNKNOWN_TEAM,
                    vec![
                        ("team", text(short(team_name))),
                        ("teams", text(joined(&names))),
                    ],
                ));
                Lock::Everything
            }
        };
        let start = &self.scenario;
        let mut changed = Vec::new();
        if scenario.horizon_months != start.horizon_months {
            changed.push(sentence(
                &CHANGED_HORIZON,
                vec![
                    ("months", Arg::Count(scenario.horizon_months.into())),
                    ("start", Arg::Count(start.horizon_months.into())),
                ],
            ));
        }
        if scenario.assumptions != start.assumptions {
            changed.push(sentence(&CHANGED_ASSUMPTIONS, vec![]));
        }
        if scenario.runs != start.runs || scenario.seed != start.seed {
            changed.push(sentence(&CHANGED_ENSEMBLE, vec![]));
        }
        if !changed.is_empty() {
            remarks.push(sentence(
                &CHANGED_SETTINGS,
                vec![("changes", text(joined(&changed)))],
            ));
        }

        let fixed = |s: &Scenario| -> Vec<relief_model::Step> {
            s.steps
                .iter()
                .filter(|st| !lock.allows(st.kind))
                .copied()
                .collect()
        };
        let (missing, added) = multiset_difference(&fixed(start), &fixed(scenario));
        if !missing.is_empty() || !added.is_empty() {
            let step_at = |step: &relief_model::Step| {
                vec![
                    ("step", Arg::Step(step.kind)),
                    ("month", Arg::Month(step.month)),
                ]
            };
            let mut parts = Vec::new();
            for step in &missing {
                parts.push(sentence(&STEP_GONE, step_at(step)));
            }
            for step in &added {
                parts.push(sentence(&STEP_ADDED, step_at(step)));
            }
            remarks.push(sentence(
                &LOCKED_STEPS,
                vec![
                    ("lock", text(lock.inline_label())),
                    (
                        "changes",
                        text(parts.join(&sentence(&STEP_SEPARATOR, vec![]))),
                    ),
                ],
            ));
        }

        let expected = self.reference().shocks;
        let played = self.with_injects(scenario).shocks;
        let (gone, extra) = multiset_difference(&expected, &played);
        if !gone.is_empty() || !extra.is_empty() {
            remarks.push(sentence(&SHOCKS, vec![]));
        }
        remarks
    }
}

/// The items of `a` missing from `b` and the items of `b` missing from `a`, counting repeats.
fn multiset_difference<T: PartialEq + Copy>(a: &[T], b: &[T]) -> (Vec<T>, Vec<T>) {
    let (missing, added) = unmatched(a, b);
    (
        missing.into_iter().map(|i| a[i]).collect(),
        added.into_iter().map(|i| b[i]).collect(),
    )
}

/// The indices of the items of `a` with no equal item in `b`, and of those of `b` with none in
/// `a`, counting repeats: each item of `a` takes the first equal item of `b` not yet taken.
pub(crate) fn unmatched<T: PartialEq>(a: &[T], b: &[T]) -> (Vec<usize>, Vec<usize>) {
    let mut taken = vec![false; b.len()];
    let mut missing = Vec::new();
    for (i, item) in a.iter().enumerate() {
        match (0..b.len()).find(|&j| !taken[j] && b[j] == *item) {
            Some(j) => taken[j] = true,
            None => missing.push(i),
        }
    }
    let added = (0..b.len()).filter(|&j| !taken[j]).collect();
    (missing, added)
}

/// Text shortened before it is echoed back in a message.
fn short(text: &str) -> String {
    let head: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use relief_model::{Step, StepKind};

    use crate::exercise::example::exercise;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn remarks_name_what_a_team_changed_outside_its_lock() {
        let e = exercise();
        let start = e.team_start();
        assert!(e.remarks("Blue", &start).is_empty());
        assert!(
            e.remarks("blue ", &start).is_empty(),
            "names match ignoring case and spaces"
        );

        // Blue (the sanctioning side) moves its relief: fine. Green (the target) may not.
        let mut moved = start.clone();
        moved.steps[0].month = 5;
        assert!(e.remarks("Blue", &moved).is_empty());
        let green = e.remarks("Green", &moved);
        assert_eq!(green.len(), 1, "{green:?}");
        assert!(
            green[0].contains("Humanitarian exemption at month 0 was moved, changed or removed"),
            "{green:?}"
        );
        assert!(
            green[0].contains("Humanitarian exemption at month 5 was added"),
            "{green:?}"
        );

        let mut extra = start.clone();
        extra.steps.push(Step::new(StepKind::AssetUnfreezing, 3));
        // The starting scenario's own shock goes (an inject taken out would come back).
        extra.shocks.remove(0);
        extra.assumptions.hardliners = 0.9;
        let orange = e.remarks("Orange", &extra);
        assert_eq!(orange.len(), 2, "{orange:?}");
        assert!(orange[0].contains("different assumptions"));
        assert!(orange[1].contains("changes the shocks"));

        assert!(
            e.remarks("Purple", &start)[0]
                .contains("not one of this exercise's teams (“Blue”, “Green”, “Orange”)")
        );
    }
}
