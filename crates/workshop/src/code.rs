//! Short codes: a team's sequence as a code of a few dozen letters and digits that a
//! facilitator types on the projector's computer, for a room where that computer cannot scan
//! a QR code and no link can be sent to it.
//!
//! A code says only what the team changed from where the exercise started it, so it opens only
//! on a device that holds the same version of the exercise ([`Exercise::version`]). It carries:
//! a format number, the first 16 bits of the exercise's version, the team's place in the
//! exercise, then the steps the team removed, the steps it changed (month, size, whether the
//! step waits for verified compliance and whether it is transparent) and the steps it added,
//! bit-packed, and written in Crockford's base32 (digits and capitals without I, L, O and U,
//! so it reads aloud and types without confusion) in groups of four, followed by two check
//! characters that catch a typo.
//!
//! Not every sequence has a code: sizes must be whole hundredths, and only steps may differ
//! from the team's start (not the assumptions, shocks or horizon, which no lock lets a team
//! change), with at most 31 steps removed, changed or added each. The link and the file carry
//! every sequence.

use relief_model::words::Arg;
use relief_model::{Scenario, Step, StepKind};
use relief_web::language::sentence;

use crate::exercise::{Exercise, TeamWork};
use crate::words::text;

templates! {
    CODE_TEMPLATES;
    TYPO = "workshop-code-typo": "this code has a typo, or is not a whole team code; check it letter by letter with the team";
    NOT_IN_A_CODE = "workshop-code-character": "“{ $character }” is not in a team code, which has only digits and capital letters";
    NEWER = "workshop-code-newer": "this code was made by a newer version of Relief Sequencer; open the team's link instead";
    OTHER_EXERCISE = "workshop-code-other-exercise": "this code is for another exercise, or another version of this one; add the team's link instead, which carries its exercise";
    NO_SUCH_TEAM = "workshop-code-no-such-team": "this code names team { $team } but the exercise has { $teams }";
}

/// The code format this module writes.
const FORMAT: u32 = 1;
/// Bits of the format number.
const FORMAT_BITS: u32 = 3;
/// Bits of the exercise's version a code carries.
const VERSION_BITS: u32 = 16;
/// Bits of the team's place in the exercise (eight teams at most).
const TEAM_BITS: u32 = 3;
/// Bits of each list's length: at most 31 steps removed, changed or added.
const COUNT_BITS: u32 = 5;
/// Bits of a step's kind.
const KIND_BITS: u32 = 5;
/// Bits of a size in hundredths (0 to 100).
const SIZE_BITS: u32 = 7;
/// Bits of the check at the end: two characters.
const CHECK_BITS: u32 = 10;
/// Crockford's base32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const _: () = assert!(StepKind::ALL.len() <= 1 << KIND_BITS);
const _: () = assert!(crate::exercise::limits::MAX_TEAMS <= 1 << TEAM_BITS);

/// Why a typed code cannot be read, in words for the facilitator in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeError(pub String);

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The short code of `team`'s `scenario` in `exercise`, or `None` when the sequence cannot be
/// written as one (see the module's documentation): the team then hands back its link.
pub fn team_code(exercise: &Exercise, team: &str, scenario: &Scenario) -> Option<String> {
    let place = exercise
        .teams
        .iter()
        .position(|t| crate::exercise::name_key(&t.name) == crate::exercise::name_key(team))?;
    let start = exercise.team_start();
    let diff = Diff::between(&start, scenario)?;
    let mut bits = Bits::default();
    bits.push(FORMAT, FORMAT_BITS);
    bits.push(version_prefix(exercise), VERSION_BITS);
    bits.push(place as u32, TEAM_BITS);
    diff.write(&mut bits, &start);
    let body = bits.to_base32();
    // The code must open as exactly this sequence; anything it would not carry has no code.
    let code = format!("{body}{}", check(&body));
    let back = read_code(exercise, &code).ok()?;
    (back.scenario == *scenario).then(|| group(&code))
}

/// Reads a code typed on this device, against the exercise set up here: the team's hand-back,
/// as if its link had been opened. Spaces, hyphens and case do not matter, and I, L and O are
/// read as 1, 1 and 0.
pub fn team_from_code(exercise: &Exercise, typed: &str) -> Result<TeamWork, CodeError> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect();
    let scenario_team = read_code(exercise, &code)?;
    Ok(TeamWork {
        team: scenario_team.team,
        exercise_id: exercise.version(),
        exercise_title: exercise.title.clone(),
        scenario: scenario_team.scenario,
        played: Some(Box::new(exercise.clone())),
    })
}

struct Read {
    team: String,
    scenario: Scenario,
}

fn read_code(exercise: &Exercise, code: &str) -> Result<Read, CodeError> {
    let typo = || CodeError(sentence(&TYPO, vec![]));
    if let Some(c) = code
        .chars()
        .find(|c| !ALPHABET.contains(&(*c as u8)) || !c.is_ascii())
    {
        return Err(CodeError(sentence(
            &NOT_IN_A_CODE,
            vec![("character", text(c.to_string()))],
        )));
    }
    if code.len() < 4 {
        return Err(typo());
    }
    let (body, given) = code.split_at(code.len() - 2);
    if check(body) != given {
        return Err(typo());
    }
    let mut bits = Bits::from_base32(body).ok_or_else(typo)?;
    if bits.take(FORMAT_BITS) != Some(FORMAT) {
        return Err(CodeError(sentence(&NEWER, vec![])));
    }
    if bits.take(VERSION_BITS) != Some(version_prefix(exercise)) {
        return Err(CodeError(sentence(&OTHER_EXERCISE, vec![])));
    }
    let place = bits.take(TEAM_BITS).ok_or_else(typo)? as usize;
    let team = exercise
        .teams
        .get(place)
        .ok_or_else(|| {
            CodeError(sentence(
                &NO_SUCH_TEAM,
                vec![
                    ("team", Arg::Count(place as u64 + 1)),
                    ("teams", Arg::Count(exercise.teams.len() as u64)),
                ],
            ))
        })?
        .name
        .clone();
    let start = exercise.team_start();
    let scenario = Diff::read(&mut bits, &start)
        .and_then(|d| d.apply(&start))
        .ok_or_else(typo)?;
    if !bits.rest_is_padding() {
        return Err(typo());
    }
    // A month past the horizon, say, is refused as any scenario's would be.
    relief_model::scenario_from_value(&relief_model::scenario_to_value(&scenario))
        .map_err(|_| typo())?;
    Ok(Read { team, scenario })
}

/// The first 16 bits of the exercise's version.
fn version_prefix(exercise: &Exercise) -> u32 {
    u32::from_str_radix(&exercise.version()[..4], 16).unwrap_or(0)
}

/// The two check characters of a code's body: 10 bits of its FNV-1a hash.
fn check(body: &str) -> String {
    let hash = u64::from_str_radix(&crate::exercise::fnv1a(body), 16).unwrap_or(0);
    let value = (hash & ((1 << CHECK_BITS) - 1)) as usize;
    [ALPHABET[value >> 5] as char, ALPHABET[value & 31] as char]
        .into_iter()
        .collect()
}

/// A code in groups of four, joined by hyphens, as people read it out.
fn group(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What a team changed in its steps, and nothing else.
struct Diff {
    /// The start's steps the team removed, by their place in the start.
    removed: Vec<usize>,
    /// The start's steps the team changed, by their place in the start, as they are now.
    changed: Vec<(usize, Step)>,
    /// The steps the team added, after the start's.
    added: Vec<Step>,
}

impl Diff {
    /// The difference from `start` to `now`, when only the steps differ and a code can carry
    /// it: the start's steps that remain, in their order, then the added ones.
    fn between(start: &Scenario, now: &Scenario) -> Option<Diff> {
        let mut same = now.clone();
        same.steps = start.steps.clone();
        if same != *start {
            return None;
        }
        // Each of the start's steps is kept (in order) or removed; the team's steps that
        // remain after the last kept one are added.
        let mut removed = Vec::new();
        let mut changed = Vec::new();
        let mut next = 0;
        for (i, step) in start.steps.iter().enumerate() {
            match now.steps.get(next) {
                Some(s)
                    if s.kind == step.kind
                        && s.sender == step.sender
                        && s.expires_after == step.expires_after =>
                {
                    if s != step {
                        changed.push((i, *s));
                    }
                    next += 1;
                }
                _ => removed.push(i),
            }
        }
        let added: Vec<Step> = now.steps[next..].to_vec();
        // A size is carried when it is the base's or whole hundredths; a step's sender and
        // expiry are not carried, so a changed step keeps its start's and an added one has none.
        let size_carried =
            |s: &Step, base: &Step| s.size == base.size || hundredths(s.size).is_some();
        let fits = |n: usize| n < 1 << COUNT_BITS;
        (fits(removed.len())
            && fits(changed.len())
            && fits(added.len())
            && changed
                .iter()
                .all(|(i, s)| size_carried(s, &start.steps[*i]))
            && added.iter().all(|s| {
                s.sender.is_none()
                    && s.expires_after.is_none()
                    && size_carried(s, &Step::new(s.kind, 0))
            }))
        .then_some(Diff {
            removed,
            changed,
            added,
        })
    }

    fn write(&self, bits: &mut Bits, start: &Scenario) {
        let index_bits = bits_for(start.steps.len());
        let month_bits = bits_for(start.horizon_months as usize + 1);
        bits.push(self.removed.len() as u32, COUNT_BITS);
        for &i in &self.removed {
            bits.push(i as u32, index_bits);
        }
        bits.push(self.changed.len() as u32, COUNT_BITS);
        for (i, step) in &self.changed {
            bits.push(*i as u32, index_bits);
            write_step_fields(bits, step, &start.steps[*i], month_bits);
        }
        bits.push(self.added.len() as u32, COUNT_BITS);
        for step in &self.added {
            let kind = StepKind::ALL
                .iter()
                .position(|k| *k == step.kind)
                .unwrap_or(0);
            bits.push(kind as u32, KIND_BITS);
            write_step_fields(bits, step, &Step::new(step.kind, 0), month_bits);
        }
    }

    fn read(bits: &mut Bits, start: &Scenario) -> Option<Diff> {
        let index_bits = bits_for(start.steps.len());
        let month_bits = bits_for(start.horizon_months as usize + 1);
        let index = |bits: &mut Bits| -> Option<usize> {
            let i = bits.take(index_bits)? as usize;
            (i < start.steps.len()).then_some(i)
        };
        let mut removed = Vec::new();
        for _ in 0..bits.take(COUNT_BITS)? {
            removed.push(index(bits)?);
        }
        let mut changed = Vec::new();
        for _ in 0..bits.take(COUNT_BITS)? {
            let i = index(bits)?;
            let step = read_step_fields(bits, start.steps[i], month_bits)?;
            changed.push((i, step));
        }
        let mut added = Vec::new();
        for _ in 0..bits.take(COUNT_BITS)? {
            let kind = *StepKind::ALL.get(bits.take(KIND_BITS)? as usize)?;
            added.push(read_step_fields(bits, Step::new(kind, 0), month_bits)?);
        }
        Some(Diff {
            removed,
            changed,
            added,
        })
    }

    fn apply(&self, start: &Scenario) -> Option<Scenario> {
        let mut scenario = start.clone();
        let mut steps = Vec::new();
        for (i, step) in start.steps.iter().enumerate() {
            if self.removed.contains(&i) {
                continue;
            }
            let now = self
                .changed
                .iter()
                .find(|(j, _)| *j == i)
                .map_or(step, |(_, s)| s);
            steps.push(*now);
        }
        steps.extend(self.added.iter().copied());
        scenario.steps = steps;
        Some(scenario)
    }
}

/// Writes what `step` says that `base` does not: for each of its month, size and the two
/// flags together, one bit saying whether it differs, then the new value when it does.
fn write_step_fields(bits: &mut Bits, step: &Step, base: &Step, month_bits: u32) {
    let month = step.month != base.month;
    bits.push(u32::from(month), 1);
    if month {
        bits.push(step.month, month_bits);
    }
    let size = step.size != base.size;
    bits.push(u32::from(size), 1);
    if size {
        bits.push(hundredths(step.size).unwrap_or(0), SIZE_BITS);
    }
    let flags = (step.conditional, step.transparent) != (base.conditional, base.transparent);
    bits.push(u32::from(flags), 1);
    if flags {
        bits.push(u32::from(step.conditional), 1);
        bits.push(u32::from(step.transparent), 1);
    }
}

/// Reads what [`write_step_fields`] wrote, over `step` as it was in the base.
fn read_step_fields(bits: &mut Bits, mut step: Step, month_bits: u32) -> Option<Step> {
    if bits.take(1)? == 1 {
        step.month = bits.take(month_bits)?;
    }
    if bits.take(1)? == 1 {
        let size = bits.take(SIZE_BITS)?;
        if size > 100 {
            return None;
        }
        step.size = f64::from(size) / 100.0;
    }
    if bits.take(1)? == 1 {
        step.conditional = bits.take(1)? == 1;
        step.transparent = bits.take(1)? == 1;
    }
    Some(step)
}

/// A size as whole hundredths, when it is exactly that.
fn hundredths(size: f64) -> Option<u32> {
    let h = (size * 100.0).round();
    ((0.0..=100.0).contains(&h) && h / 100.0 == size).then_some(h as u32)
}

/// Bits that hold every number below `n` (at least one).
fn bits_for(n: usize) -> u32 {
    (usize::BITS - n.saturating_sub(1).leading_zeros()).max(1)
}

/// A string of bits, written most significant first and read back in the same order.
#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
    at: usize,
}

impl Bits {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }

    fn take(&mut self, width: u32) -> Option<u32> {
        let end = self.at + width as usize;
        let taken = self.bits.get(self.at..end)?;
        self.at = end;
        Some(taken.iter().fold(0, |v, &b| v << 1 | u32::from(b)))
    }

    /// Whether what is left is the zeros that fill the last character.
    fn rest_is_padding(&self) -> bool {
        self.bits.len() - self.at < 5 && self.bits[self.at..].iter().all(|b| !b)
    }

    fn to_base32(&self) -> String {
        self.bits
            .chunks(5)
            .map(|c| {
                let v = c
                    .iter()
                    .enumerate()
                    .fold(0, |v, (i, &b)| v | usize::from(b) << (4 - i));
                ALPHABET[v] as char
            })
            .collect()
    }

    fn from_base32(text: &str) -> Option<Bits> {
        let mut bits = Bits::default();
        for c in text.bytes() {
            bits.push(ALPHABET.iter().position(|&a| a == c)? as u32, 5);
        }
        Some(bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::example::exercise;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// What teams do to their start, and whether a code carries it.
    /// A name, what the team does, and whether a code carries it.
    type Case = (&'static str, fn(&mut Scenario), bool);

    fn cases() -> Vec<Case> {
        vec![
            ("nothing changed", |_| {}, true),
            ("one step moved", |s| s.steps[0].month = 9, true),
            (
                "every step moved, resized and made conditional",
                |s| {
                    for (i, step) in s.steps.iter_mut().enumerate() {
                        step.month = 3 + i as u32 * 5;
                        step.size = 0.45;
                        step.conditional = true;
                        step.transparent = true;
                    }
                },
                true,
            ),
            (
                "a step removed",
                |s| {
                    s.steps.remove(1);
                },
                true,
            ),
            (
                "steps added at the end",
                |s| {
                    s.steps.push(Step::new(StepKind::IndependentAudit, 6));
                    let mut snap = Step::new(StepKind::SnapbackClause, 47);
                    snap.size = 0.05;
                    s.steps.push(snap);
                },
                true,
            ),
            (
                "removed, changed and added at once",
                |s| {
                    s.steps.remove(0);
                    s.steps[0].month = 20;
                    s.steps.push(Step::new(StepKind::PoliticalReform, 10));
                },
                true,
            ),
            (
                "a size that is not whole hundredths",
                |s| s.steps[0].size = 0.30000000000000004,
                false,
            ),
            ("a shock moved", |s| s.shocks[0].month = 40, false),
            (
                "an assumption changed",
                |s| s.assumptions.hardliners = 0.9,
                false,
            ),
            (
                "a step with an expiry",
                |s| {
                    s.steps.push(Step {
                        expires_after: Some(12),
                        ..Step::new(StepKind::SectoralEasing, 4)
                    })
                },
                false,
            ),
        ]
    }

    #[test]
    fn a_code_opens_as_exactly_the_teams_sequence_or_there_is_none() {
        let e = exercise();
        for (name, change, carried) in cases() {
            let mut scenario = e.team_start();
            change(&mut scenario);
            let code = team_code(&e, "Green", &scenario);
            assert_eq!(code.is_some(), carried, "{name}: {code:?}");
            let Some(code) = code else { continue };
            assert!(
                code.len() <= 60,
                "{name}: {code} is {} characters",
                code.len()
            );
            let work = team_from_code(&e, &code).unwrap_or_else(|err| panic!("{name}: {err}"));
            assert_eq!(work.scenario, scenario, "{name}");
            assert_eq!(work.team, "Green");
            assert_eq!(work.exercise_id, e.version());
            // Typed loosely: lower case, spaces for hyphens, O for 0 and l for 1.
            let loose = code
                .to_lowercase()
                .replace('-', " ")
                .replace('0', "o")
                .replace('1', "l");
            assert_eq!(
                team_from_code(&e, &loose).unwrap().scenario,
                scenario,
                "{name}"
            );
        }
    }

    #[test]
    fn a_moved_step_makes_a_code_short_enough_to_type() {
        let e = exercise();
        let mut scenario = e.team_start();
        scenario.steps[0].month = 9;
        scenario.steps[2].month = 14;
        let code = team_code(&e, "Orange", &scenario).unwrap();
        assert!(code.len() <= 20, "{code}");
        assert!(code.split('-').all(|g| g.len() <= 4), "{code}");
    }

    #[test]
    fn typos_and_other_exercises_are_refused_in_words() {
        let e = exercise();
        let mut scenario = e.team_start();
        scenario.steps[0].month = 9;
        let code = team_code(&e, "Blue", &scenario).unwrap();
        // Single-character typos are caught: ten check bits and the code's own structure let
        // fewer than one in a hundred through, and what one opens is still a whole, valid
        // sequence of this exercise.
        let plain: Vec<char> = code.chars().filter(|c| *c != '-').collect();
        let (mut typos, mut caught) = (0, 0);
        for at in 0..plain.len() {
            for &c in ALPHABET {
                if c as char == plain[at] {
                    continue;
                }
                let mut typo = plain.clone();
                typo[at] = c as char;
                typos += 1;
                match team_from_code(&e, &typo.into_iter().collect::<String>()) {
                    Err(_) => caught += 1,
                    Ok(work) => {
                        relief_model::scenario_from_value(&relief_model::scenario_to_value(
                            &work.scenario,
                        ))
                        .unwrap();
                    }
                }
            }
        }
        assert!(
            caught * 100 >= typos * 99,
            "{caught} of {typos} typos caught"
        );
        assert!(
            team_from_code(&e, "AB!D")
                .unwrap_err()
                .0
                .contains("“!” is not in a team code")
        );
        assert!(team_from_code(&e, "").unwrap_err().0.contains("typo"));
        let mut other = e.clone();
        other.injects[0].month = 14;
        assert!(
            team_from_code(&other, &code)
                .unwrap_err()
                .0
                .contains("another exercise, or another version of this one")
        );
        // Words are not the model's inputs: the version, and so the code, stay.
        let mut retitled = e.clone();
        retitled.title = "Fixed a typo".into();
        assert_eq!(team_from_code(&retitled, &code).unwrap().scenario, scenario);
    }

    #[test]
    fn a_team_outside_the_exercise_has_no_code() {
        let e = exercise();
        assert_eq!(team_code(&e, "Nobody", &e.team_start()), None);
        assert!(team_code(&e, "  green ", &e.team_start()).is_some());
    }
}
