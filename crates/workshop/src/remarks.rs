//! What a team's sequence changes that its exercise keeps fixed: steps outside its lock, the
//! shocks, the assumptions, the horizon and the ensemble, in plain sentences for the
//! facilitator.

use relief_model::Scenario;

use crate::exercise::{Exercise, Lock};

impl Exercise {
    /// What a team's sequence changes that the exercise keeps fixed, in plain sentences: the
    /// steps outside its lock, the shocks, the assumptions, the horizon and the ensemble. An
    /// empty list means the sequence plays by the rules. A name that is not one of the
    /// exercise's teams is reported too.
    pub fn remarks(&self, team_name: &str, scenario: &Scenario) -> Vec<String> {
        let mut remarks = Vec::new();
        let lock = match self.team(team_name) {
            Some(team) => team.lock,
            None => {
                let names: Vec<String> =
                    self.teams.iter().map(|t| format!("“{}”", t.name)).collect();
                remarks.push(format!(
                    "“{}” is not one of this exercise's teams ({}).",
                    short(team_name),
                    names.join(", ")
                ));
                Lock::Everything
            }
        };
        let start = &self.scenario;
        let mut changed = Vec::new();
        if scenario.horizon_months != start.horizon_months {
            changed.push(format!(
                "{} months projected instead of {}",
                scenario.horizon_months, start.horizon_months
            ));
        }
        if scenario.assumptions != start.assumptions {
            changed.push("different assumptions".to_string());
        }
        if scenario.runs != start.runs || scenario.seed != start.seed {
            changed.push("a different ensemble (runs or seed)".to_string());
        }
        if !changed.is_empty() {
            remarks.push(format!(
                "It changes what the facilitator set: {}. Its numbers are not comparable with the other teams'.",
                changed.join(", ")
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
            let mut parts = Vec::new();
            for step in &missing {
                parts.push(format!(
                    "{} at month {} was moved, changed or removed",
                    step.kind.label(),
                    step.month
                ));
            }
            for step in &added {
                parts.push(format!(
                    "{} at month {} was added",
                    step.kind.label(),
                    step.month
                ));
            }
            remarks.push(format!(
                "It changes steps the team's lock (“{}”) keeps fixed: {}.",
                // The lock's own English label: ASCII case is enough.
                lock.label().to_ascii_lowercase(),
                parts.join("; ")
            ));
        }

        let expected = self.reference().shocks;
        let played = self.with_injects(scenario).shocks;
        let (gone, extra) = multiset_difference(&expected, &played);
        if !gone.is_empty() || !extra.is_empty() {
            remarks.push("It changes the shocks, which only the facilitator sets.".to_string());
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
