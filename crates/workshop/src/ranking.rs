//! Comparing teams' sequences in a workshop: the four numbers each sequence is ranked on, the
//! score that ranks them, and each team's debrief sheet, as JSON values for the page.
//!
//! The numbers come from the model's projection as they are: the share of runs broken down
//! by the horizon, the median trust in the target at month 24, the median economic recovery
//! at month 36 and the median leverage held at the horizon (each month moved to the horizon
//! when the horizon comes sooner). Every one of them is a share from 0 to 1 (the model clamps
//! each banded series to that range), so each is turned into a share where more is better
//! (1 − breakdown risk, and the other three as they are), and a team's score out of 100 is
//! their weighted average: 100 × Σ weight × share / Σ weight. The default [`Weights`] count
//! breakdown risk three times and the other three once each: avoiding a breakdown is what the
//! exercise is about, so it weighs as much as the other three together, and the briefing puts
//! trust, recovery and leverage kept on an equal footing after it.
//!
//! Every number is read from a finite ensemble, so each score carries a Monte Carlo standard
//! error. Breakdown risk is a share of the runs: its error is √(p(1 − p)/n) with n runs. The
//! three others are medians: their error is the usual large-sample one, √(π/2)·σ/√n, with σ
//! estimated from the ensemble's quartiles as (p75 − p25)/1.349 (the interquartile range of a
//! normal distribution with σ = 1); it is an approximation, close when the runs spread
//! smoothly around the median and rough when they split into clusters. The four errors are
//! added, weighted: 100 × Σ (weight × error) / Σ weight, which is the error of numbers that
//! move together. They do: a run that breaks down also loses recovery and leverage, so a luckier
//! ensemble is luckier on all four at once, and combining the errors as if independent would
//! understate how far a score moves with the seed (a test reruns sequences with other seeds and
//! keeps their spread close to this error).
//!
//! The overall order is by score, highest first (equal scores go to the lower breakdown risk,
//! then to the team added first). Two teams whose scores differ by no more than two standard
//! errors of their difference, √(error_a² + error_b²), cannot be told apart by the simulation:
//! a team within that of the team just above it shares that team's place, so ties chain down
//! the table (A tied with B and B with C puts all three on A's place, even when A and C alone
//! would not tie), and the next team outside the noise takes the place its position gives
//! (1st, =2nd, =2nd, 4th). Each team's place on each of the four numbers is shown too, taken
//! at the precision the page shows (hundredths), so two teams the table shows as equal share
//! a place there.
//!
//! Plain Rust, tested natively with real model numbers (`cargo test -p relief-workshop --lib`).

use relief_model::words::{Arg, Template};
use relief_model::{Actor, DocumentError, FieldReader, Projection, Scenario};
use serde_json::{Value, json};

use crate::exercise::{Exercise, Lock};
use crate::words::{joined, text};
use relief_web::language::{sentence, word};
use relief_web::text::{level, percent};

templates! {
    RANKING_TEMPLATES;
    LABEL_BREAKDOWN_RISK = "workshop-criterion-breakdown_risk": "Breakdown risk by month { $month }";
    LABEL_TRUST = "workshop-criterion-trust": "Trust at month { $month }";
    LABEL_ECONOMY = "workshop-criterion-economy": "Economic recovery at month { $month }";
    LABEL_LEVERAGE = "workshop-criterion-leverage": "Leverage kept at month { $month }";
    SHORT_BREAKDOWN_RISK = "workshop-criterion-breakdown_risk-short": "Breakdown risk";
    SHORT_TRUST = "workshop-criterion-trust-short": "Trust";
    SHORT_ECONOMY = "workshop-criterion-economy-short": "Economic recovery";
    SHORT_LEVERAGE = "workshop-criterion-leverage-short": "Leverage kept";
    INLINE_BREAKDOWN_RISK = "workshop-criterion-breakdown_risk-inline": "breakdown risk";
    INLINE_TRUST = "workshop-criterion-trust-inline": "trust";
    INLINE_ECONOMY = "workshop-criterion-economy-inline": "economic recovery";
    INLINE_LEVERAGE = "workshop-criterion-leverage-inline": "leverage kept";
    WEIGHTED = "workshop-rule-weighted": "{ $criterion } × { $weight }";
    RULE = "workshop-rule": "Ranked by a score out of 100: each of the four numbers as a share where more is better (1 − breakdown risk; trust, recovery and leverage as they are), weighted { $weights }, added up and divided by the weights' total of { $total }. ± is one standard error of the simulation's noise. A team whose score is within two standard errors of the team above it cannot be told apart from it and shares its place, marked “=”: tied within noise.";
    SCORE = "workshop-score": "{ $score } ± { $error }";
    SIZE = "workshop-sequence-size": "size { $size }";
    WAITS = "workshop-sequence-conditional": "waits for verified compliance";
    PUBLISHED = "workshop-sequence-transparent": "published criteria";
    SHOCK_WHO = "workshop-sequence-shock": "Shock";
}

/// The month trust is compared at.
pub const TRUST_MONTH: u32 = 24;
/// The month economic recovery is compared at.
pub const ECONOMY_MONTH: u32 = 36;

/// The four numbers a sequence is ranked on, with what their standard errors are made from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    /// Share of runs broken down by the horizon: lower is better.
    pub breakdown_risk: f64,
    /// Median trust in the target at [`Scores::trust_month`]: higher is better.
    pub trust: f64,
    /// Median share of the economic loss recovered at [`Scores::economy_month`]: higher is
    /// better.
    pub economy: f64,
    /// Median leverage the sanctioning side still holds at the horizon: higher is better.
    pub leverage: f64,
    /// The interquartile range (p75 − p25) of trust at [`Scores::trust_month`].
    pub trust_spread: f64,
    /// The interquartile range of economic recovery at [`Scores::economy_month`].
    pub economy_spread: f64,
    /// The interquartile range of leverage at the horizon.
    pub leverage_spread: f64,
    /// The number of runs the numbers were read from.
    pub runs: u32,
    /// The month trust is read at: [`TRUST_MONTH`], or the horizon when it comes sooner.
    pub trust_month: u32,
    /// The month recovery is read at: [`ECONOMY_MONTH`], or the horizon when it comes sooner.
    pub economy_month: u32,
    /// The horizon, where risk and leverage are read.
    pub horizon: u32,
}

fn at(values: &[f64], month: u32) -> f64 {
    let i = (month as usize).min(values.len().saturating_sub(1));
    values.get(i).copied().unwrap_or(0.0)
}

/// The four numbers of one projection of `runs` runs (the scenario's `runs`).
pub fn scores(p: &Projection, runs: u32) -> Scores {
    let horizon = p.horizon_months;
    let trust_month = TRUST_MONTH.min(horizon);
    let economy_month = ECONOMY_MONTH.min(horizon);
    let spread =
        |b: &relief_model::Bands, month: u32| (at(&b.p75, month) - at(&b.p25, month)).max(0.0);
    Scores {
        breakdown_risk: at(&p.backsliding_risk, horizon),
        trust: at(&p.trust.p50, trust_month),
        economy: at(&p.economy.p50, economy_month),
        leverage: at(&p.leverage.p50, horizon),
        trust_spread: spread(&p.trust, trust_month),
        economy_spread: spread(&p.economy, economy_month),
        leverage_spread: spread(&p.leverage, horizon),
        runs,
        trust_month,
        economy_month,
        horizon,
    }
}

/// √(π/2): the large-sample standard error of a normal sample's median is this many times
/// that of its mean, σ/√n.
const MEDIAN_ERROR_FACTOR: f64 = 1.253_314_137_315_500_3;
/// The interquartile range of a normal distribution with σ = 1 (2 × 0.6745), which turns a
/// quartile spread into an estimate of σ that a few outlying runs do not sway.
const NORMAL_IQR: f64 = 1.348_979_500_392_163_4;

/// The Monte Carlo standard error of a share `p` of `runs` runs: √(p(1 − p)/n).
pub fn share_error(p: f64, runs: u32) -> f64 {
    let p = p.clamp(0.0, 1.0);
    (p * (1.0 - p) / f64::from(runs.max(1))).sqrt()
}

/// The approximate Monte Carlo standard error of a median of `runs` runs whose quartiles are
/// `spread` apart: √(π/2) × (spread / 1.349) / √n.
pub fn median_error(spread: f64, runs: u32) -> f64 {
    MEDIAN_ERROR_FACTOR * (spread.max(0.0) / NORMAL_IQR) / f64::from(runs.max(1)).sqrt()
}

/// One thing the ranking weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// Breakdown risk at the horizon, lowest first.
    BreakdownRisk,
    /// Trust at month 24, highest first.
    Trust,
    /// Economic recovery at month 36, highest first.
    Economy,
    /// Leverage kept at the horizon, highest first.
    Leverage,
}

impl Criterion {
    /// All four, in the table's column order.
    pub const ALL: [Criterion; 4] = [
        Criterion::BreakdownRisk,
        Criterion::Trust,
        Criterion::Economy,
        Criterion::Leverage,
    ];

    /// The criterion's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::BreakdownRisk => "breakdown_risk",
            Criterion::Trust => "trust",
            Criterion::Economy => "economy",
            Criterion::Leverage => "leverage",
        }
    }

    /// The column heading, with the month it is read at, in the reader's language.
    pub fn label(self, s: &Scores) -> String {
        let (template, month) = match self {
            Criterion::BreakdownRisk => (&LABEL_BREAKDOWN_RISK, s.horizon),
            Criterion::Trust => (&LABEL_TRUST, s.trust_month),
            Criterion::Economy => (&LABEL_ECONOMY, s.economy_month),
            Criterion::Leverage => (&LABEL_LEVERAGE, s.horizon),
        };
        sentence(template, vec![("month", Arg::Month(month))])
    }

    /// Whether a lower value is better.
    pub fn lower_is_better(self) -> bool {
        self == Criterion::BreakdownRisk
    }

    /// The criterion's value in a team's scores.
    pub fn value(self, s: &Scores) -> f64 {
        match self {
            Criterion::BreakdownRisk => s.breakdown_risk,
            Criterion::Trust => s.trust,
            Criterion::Economy => s.economy,
            Criterion::Leverage => s.leverage,
        }
    }

    /// The value as the page shows it.
    pub fn text(self, s: &Scores) -> String {
        match self {
            Criterion::BreakdownRisk => percent(s.breakdown_risk),
            Criterion::Economy => percent(s.economy),
            Criterion::Trust => level(s.trust),
            Criterion::Leverage => level(s.leverage),
        }
    }

    /// The criterion in a few words, as the weights name it, in the reader's language.
    pub fn short_label(self) -> String {
        let template: &'static Template = match self {
            Criterion::BreakdownRisk => &SHORT_BREAKDOWN_RISK,
            Criterion::Trust => &SHORT_TRUST,
            Criterion::Economy => &SHORT_ECONOMY,
            Criterion::Leverage => &SHORT_LEVERAGE,
        };
        sentence(template, vec![])
    }

    /// The short label as it stands inside a sentence ("breakdown risk"), as the ranking's
    /// rule names the criterion, in the reader's language.
    pub fn inline_label(self) -> String {
        let template: &'static Template = match self {
            Criterion::BreakdownRisk => &INLINE_BREAKDOWN_RISK,
            Criterion::Trust => &INLINE_TRUST,
            Criterion::Economy => &INLINE_ECONOMY,
            Criterion::Leverage => &INLINE_LEVERAGE,
        };
        sentence(template, vec![])
    }

    /// The value as a share from 0 to 1 where more is better: 1 − breakdown risk, and the
    /// others as they are.
    pub fn share(self, s: &Scores) -> f64 {
        let v = self.value(s).clamp(0.0, 1.0);
        if self.lower_is_better() { 1.0 - v } else { v }
    }

    /// The Monte Carlo standard error of [`Criterion::value`] (and of
    /// [`Criterion::share`], which only turns it around): a share's for breakdown risk, a
    /// median's for the others.
    pub fn error(self, s: &Scores) -> f64 {
        match self {
            Criterion::BreakdownRisk => share_error(s.breakdown_risk, s.runs),
            Criterion::Trust => median_error(s.trust_spread, s.runs),
            Criterion::Economy => median_error(s.economy_spread, s.runs),
            Criterion::Leverage => median_error(s.leverage_spread, s.runs),
        }
    }

    /// The value at the precision the page shows, oriented so that smaller is better.
    fn shown(self, s: &Scores) -> i64 {
        let hundredths = (self.value(s) * 100.0).round() as i64;
        if self.lower_is_better() {
            hundredths
        } else {
            -hundredths
        }
    }
}

/// Each team's place on one criterion: 1 is best, and teams the page shows as equal share a
/// place (so places may go 1, 1, 3).
pub fn places(scores: &[Scores], criterion: Criterion) -> Vec<usize> {
    scores
        .iter()
        .map(|s| {
            let mine = criterion.shown(s);
            1 + scores.iter().filter(|o| criterion.shown(o) < mine).count()
        })
        .collect()
}

/// How much each of the four numbers counts in a team's score: each from 0 to
/// [`Weights::MAX`], not all 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// The weight of breakdown risk.
    pub breakdown_risk: f64,
    /// The weight of trust.
    pub trust: f64,
    /// The weight of economic recovery.
    pub economy: f64,
    /// The weight of leverage kept.
    pub leverage: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights::DEFAULT
    }
}

impl Weights {
    /// Breakdown risk three times, the others once each. Avoiding a breakdown is the aim the
    /// exercise sets, so it weighs as much as the other three together (half the score); the
    /// briefing asks for trust, recovery and leverage kept after that, none above the others.
    pub const DEFAULT: Weights = Weights {
        breakdown_risk: 3.0,
        trust: 1.0,
        economy: 1.0,
        leverage: 1.0,
    };

    /// The largest weight the facilitator can give.
    pub const MAX: f64 = 5.0;

    /// The weight of one criterion.
    pub fn get(&self, c: Criterion) -> f64 {
        match c {
            Criterion::BreakdownRisk => self.breakdown_risk,
            Criterion::Trust => self.trust,
            Criterion::Economy => self.economy,
            Criterion::Leverage => self.leverage,
        }
    }

    fn set(&mut self, c: Criterion, weight: f64) {
        match c {
            Criterion::BreakdownRisk => self.breakdown_risk = weight,
            Criterion::Trust => self.trust = weight,
            Criterion::Economy => self.economy = weight,
            Criterion::Leverage => self.leverage = weight,
        }
    }

    /// The four weights added up.
    pub fn total(&self) -> f64 {
        Criterion::ALL.iter().map(|&c| self.get(c)).sum()
    }

    /// The weights as JSON: `{breakdown_risk, trust, economy, leverage}`.
    pub fn to_value(&self) -> Value {
        let map: serde_json::Map<String, Value> = Criterion::ALL
            .iter()
            .map(|&c| (c.key().to_string(), json!(self.get(c))))
            .collect();
        Value::Object(map)
    }

    /// Reads weights from JSON: an object with all four fields, each a number from 0 to
    /// [`Weights::MAX`], and not all of them 0. Every problem is named by its field.
    pub fn from_value(value: &Value) -> Result<Weights, DocumentError> {
        let mut reader = FieldReader::new();
        let keys: Vec<&str> = Criterion::ALL.iter().map(|c| c.key()).collect();
        let mut weights = Weights::DEFAULT;
        if let Some(map) = reader.object("", value, &keys) {
            for c in Criterion::ALL {
                let why = format!(
                    "each of the four numbers needs a weight from 0 to {}",
                    Weights::MAX
                );
                let path = format!("/{}", c.key());
                let Some(w) = reader
                    .required("", map, c.key(), &why)
                    .and_then(|v| reader.number(&path, v))
                else {
                    continue;
                };
                if (0.0..=Weights::MAX).contains(&w) {
                    weights.set(c, w);
                } else {
                    reader.error(
                        &path,
                        format!(
                            "{w} is out of range; a weight is a number from 0 to {}",
                            Weights::MAX
                        ),
                    );
                }
            }
        }
        let weights = reader.finish_document(Some(weights))?;
        if weights.total() <= 0.0 {
            return Err(DocumentError::one(
                "",
                "every weight is 0; give at least one of the four numbers a weight above 0",
            ));
        }
        Ok(weights)
    }
}

/// A team's score out of 100 and its Monte Carlo standard error, in the same units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// The weighted average of the four shares, times 100.
    pub value: f64,
    /// Its standard error: the four numbers' errors, weighted and added.
    pub error: f64,
}

impl Score {
    /// Whether two scores are within noise of each other: no more than two standard errors of
    /// their difference apart (so equal scores always are).
    pub fn ties_with(&self, other: &Score) -> bool {
        (self.value - other.value).abs() <= 2.0 * self.error.hypot(other.error)
    }

    /// The score as the page shows it: "72 ± 3", the error to one decimal when it is below
    /// one point so that it never reads as ± 0, in the reader's digits.
    pub fn text(&self) -> String {
        let places = if self.error < 0.95 { 1 } else { 0 };
        sentence(
            &SCORE,
            vec![
                ("score", Arg::Decimal(self.value, 0)),
                ("error", Arg::Decimal(self.error, places)),
            ],
        )
    }
}

/// A team's score under `weights`: 100 × Σ weight × share / Σ weight, with its standard error
/// 100 × Σ weight × error / Σ weight (the numbers move together; see the module's note).
pub fn score(s: &Scores, weights: &Weights) -> Score {
    let total = weights.total();
    let mut value = 0.0;
    let mut error = 0.0;
    for c in Criterion::ALL {
        let w = weights.get(c);
        value += w * c.share(s);
        error += w * c.error(s);
    }
    Score {
        value: 100.0 * value / total,
        error: 100.0 * error / total,
    }
}

/// The teams' indices in their overall order: by score, highest first; equal scores go to the
/// lower breakdown risk, then to the earlier team.
pub fn overall_order(scores: &[Scores], weights: &Weights) -> Vec<usize> {
    let all: Vec<Score> = scores.iter().map(|s| score(s, weights)).collect();
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        all[b]
            .value
            .total_cmp(&all[a].value)
            .then(
                scores[a]
                    .breakdown_risk
                    .total_cmp(&scores[b].breakdown_risk),
            )
            .then(a.cmp(&b))
    });
    order
}

/// The overall place of each team in `order` (as [`overall_order`] gives it), and whether it
/// shares that place: a team within noise of the team just above it ([`Score::ties_with`])
/// takes that team's place, so ties chain down the table; any other team takes the place its
/// position gives (1, 2, 2, 4).
pub fn overall_places(order: &[usize], all: &[Score]) -> Vec<(usize, bool)> {
    let mut places: Vec<usize> = Vec::with_capacity(order.len());
    for (n, &i) in order.iter().enumerate() {
        let place = match n {
            0 => 1,
            _ if all[order[n - 1]].ties_with(&all[i]) => places[n - 1],
            _ => n + 1,
        };
        places.push(place);
    }
    places
        .iter()
        .map(|&p| (p, places.iter().filter(|&&q| q == p).count() > 1))
        .collect()
}

/// A weight as the rule writes it, to at most two decimals and without trailing zeros ("3",
/// "0.5"), as a value the reader's digits write.
fn weight(w: f64) -> Arg {
    let two = format!("{w:.2}");
    let places = two
        .trim_end_matches('0')
        .split_once('.')
        .map_or(0, |(_, decimals)| decimals.len());
    Arg::Decimal(w, places)
}

/// The rule the ranking follows under `weights`, in plain words of the reader's language.
pub fn rule(weights: &Weights) -> String {
    let named: Vec<String> = Criterion::ALL
        .iter()
        .map(|&c| {
            sentence(
                &WEIGHTED,
                vec![
                    ("criterion", text(c.inline_label())),
                    ("weight", weight(weights.get(c))),
                ],
            )
        })
        .collect();
    sentence(
        &RULE,
        vec![
            ("weights", text(joined(&named))),
            ("total", weight(weights.total())),
        ],
    )
}

/// The rule under the default weights, for the page's catalog.
pub fn default_rule() -> String {
    rule(&Weights::DEFAULT)
}

/// The four weights the facilitator can set: `[{key, label, default}]`, and the largest a
/// weight may be (`max`).
pub fn weights_catalog() -> Value {
    let items: Vec<Value> = Criterion::ALL
        .iter()
        .map(|&c| json!({"key": c.key(), "label": c.short_label(), "default": Weights::DEFAULT.get(c)}))
        .collect();
    json!({ "weights": items, "max": Weights::MAX })
}

/// One team as the ranking sees it.
pub struct Entry<'a> {
    /// The team's name.
    pub name: &'a str,
    /// Its projection (with the exercise's injects).
    pub projection: &'a Projection,
    /// The number of runs the projection was made from (its scenario's `runs`).
    pub runs: u32,
    /// What it changed that the exercise keeps fixed, or why it may not be comparable.
    pub remarks: &'a [String],
}

/// The ranking table under `weights`: `{rule, weights, criteria: [{key, label, short_label,
/// lower_is_better, weight}], rows: [...]}` with one row per team in overall order: `{index,
/// name, place, tied, score, error, score_text, values, errors, texts, places, warnings,
/// remarks}` (`values`, `errors`, `texts` and `places` keyed by criterion; `score` and `error`
/// out of 100; `tied` when the team shares its place, see [`overall_places`]). Its words are
/// in the reader's language, except `warnings`, the projections' own, which are English
/// ([`crate::bindings::Comparison::ranking`] says them in the reader's language).
pub fn ranking(entries: &[Entry], weights: &Weights) -> Value {
    let all: Vec<Scores> = entries
        .iter()
        .map(|e| scores(e.projection, e.runs))
        .collect();
    let per: Vec<Vec<usize>> = Criterion::ALL.iter().map(|&c| places(&all, c)).collect();
    let totals: Vec<Score> = all.iter().map(|s| score(s, weights)).collect();
    let order = overall_order(&all, weights);
    let placed = overall_places(&order, &totals);
    let criteria: Vec<Value> = match all.first() {
        Some(first) => Criterion::ALL
            .iter()
            .map(|&c| {
                json!({
                    "key": c.key(),
                    "label": c.label(first),
                    "short_label": c.short_label(),
                    "lower_is_better": c.lower_is_better(),
                    "weight": weights.get(c),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    for (&i, &(place, tied)) in order.iter().zip(&placed) {
        let s = &all[i];
        let mut values = serde_json::Map::new();
        let mut errors = serde_json::Map::new();
        let mut texts = serde_json::Map::new();
        let mut places_of = serde_json::Map::new();
        for (c_index, &c) in Criterion::ALL.iter().enumerate() {
            values.insert(c.key().into(), json!(c.value(s)));
            errors.insert(c.key().into(), json!(c.error(s)));
            texts.insert(c.key().into(), json!(c.text(s)));
            places_of.insert(c.key().into(), json!(per[c_index][i]));
        }
        rows.push(json!({
            "index": i,
            "name": entries[i].name,
            "place": place,
            "tied": tied,
            "score": totals[i].value,
            "error": totals[i].error,
            "score_text": totals[i].text(),
            "values": values,
            "errors": errors,
            "texts": texts,
            "places": places_of,
            "warnings": entries[i].projection.warnings,
            "remarks": entries[i].remarks,
        }));
    }
    json!({
        "rule": rule(weights),
        "weights": weights.to_value(),
        "criteria": criteria,
        "rows": rows,
    })
}

/// A team's sequence as a list for its debrief page: every step and shock by month, each
/// `{month, list, index, kind, label, who, role, detail, headline}` where `index` is the item's
/// place in the scenario's steps or shocks (as a team's changes name it) and `headline` is the
/// inject's when a shock is one of the exercise's injects.
pub fn sequence(scenario: &Scenario, exercise: Option<&Exercise>) -> Value {
    let mut items: Vec<(u32, usize, Value)> = Vec::new();
    for (i, step) in scenario.steps.iter().enumerate() {
        let mut detail = vec![size(step.size)];
        if step.conditional {
            detail.push(sentence(&WAITS, vec![]));
        }
        if step.transparent {
            detail.push(sentence(&PUBLISHED, vec![]));
        }
        let role = match step.kind.role() {
            relief_model::StepRole::Relief => "relief",
            relief_model::StepRole::Reform => "reform",
            relief_model::StepRole::Confidence => "confidence",
        };
        items.push((
            step.month,
            i,
            json!({
                "month": step.month,
                "list": "steps",
                "index": i,
                "kind": step.kind.key(),
                "label": word(&format!("model-step-{}", step.kind.key()), step.kind.label()),
                "who": actor_label(step.kind.actor()),
                "role": role,
                "detail": joined(&detail),
                "headline": Value::Null,
            }),
        ));
    }
    let mut injects: Vec<Option<&crate::exercise::Inject>> = exercise
        .map(|e| e.injects.iter().map(Some).collect())
        .unwrap_or_default();
    for (i, shock) in scenario.shocks.iter().enumerate() {
        let headline = injects
            .iter_mut()
            .find(|slot| slot.is_some_and(|inj| inj.shock() == *shock))
            .and_then(Option::take)
            .map(|inj| inj.headline.clone());
        items.push((
            shock.month,
            1000 + i,
            json!({
                "month": shock.month,
                "list": "shocks",
                "index": i,
                "kind": shock.kind.key(),
                "label": word(&format!("model-shock-{}", shock.kind.key()), shock.kind.label()),
                "who": sentence(&SHOCK_WHO, vec![]),
                "role": "shock",
                "detail": size(shock.size),
                "headline": headline,
            }),
        ));
    }
    items.sort_by_key(|(month, order, _)| (*month, *order));
    Value::Array(items.into_iter().map(|(_, _, v)| v).collect())
}

/// A step's or a shock's size as a sequence's detail gives it: "size 0.30".
fn size(size: f64) -> String {
    sentence(&SIZE, vec![("size", Arg::Decimal(size, 2))])
}

/// The id of who takes a step in the model's catalogue (`model-actor-…`).
pub(crate) fn actor_key(actor: Actor) -> &'static str {
    match actor {
        Actor::SanctioningSide => "sanctioning_side",
        Actor::Target => "target",
        Actor::Both => "both",
        Actor::ThirdParty => "third_party",
        Actor::CivilSociety => "civil_society",
        Actor::Neighbours => "neighbours",
    }
}

/// Who takes a step, in the reader's language.
fn actor_label(actor: Actor) -> String {
    word(&format!("model-actor-{}", actor_key(actor)), actor.label())
}

/// Everything a team's debrief page shows besides its charts: `{name, lock, lock_label,
/// lock_inline_label, texts, labels, summary, warnings, remarks, sequence}`, in the reader's
/// language (`lock_inline_label` is the lock's label as it stands inside a sentence).
pub fn sheet(
    name: &str,
    lock: Option<Lock>,
    scenario: &Scenario,
    projection: &Projection,
    remarks: &[String],
    exercise: Option<&Exercise>,
) -> Value {
    let s = scores(projection, scenario.runs);
    let mut texts = serde_json::Map::new();
    let mut labels = serde_json::Map::new();
    for c in Criterion::ALL {
        texts.insert(c.key().into(), json!(c.text(&s)));
        labels.insert(c.key().into(), json!(c.label(&s)));
    }
    json!({
        "name": name,
        "lock": lock.map(Lock::key),
        "lock_label": lock.map(Lock::label),
        "lock_inline_label": lock.map(Lock::inline_label),
        "texts": texts,
        "labels": labels,
        "summary": relief_web::text::summary_text(projection, None, None),
        // The projection keeps the checker's warnings in English; the sheet says them again
        // from the scenario they were made from, in the reader's language.
        "warnings": relief_web::text::warnings(scenario),
        "remarks": remarks,
        "sequence": sequence(scenario, exercise),
    })
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;
    use relief_model::{Step, StepKind};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn scenario(steps: Vec<Step>) -> Scenario {
        Scenario {
            title: String::new(),
            runs: 1000,
            seed: 11,
            steps,
            ..Scenario::default()
        }
    }

    fn conditional(kind: StepKind, month: u32, size: f64) -> Step {
        Step {
            size,
            conditional: true,
            transparent: true,
            ..Step::new(kind, month)
        }
    }

    /// Three sequences a workshop might produce: everything at once without verification,
    /// phased relief under monitoring, and verification first with relief held back.
    fn three() -> [Scenario; 3] {
        let at_once = scenario(vec![Step::new(StepKind::FullLifting, 0)]);
        let phased = scenario(vec![
            Step::new(StepKind::HumanitarianExemption, 0),
            Step::new(StepKind::IndependentMonitoring, 1),
            Step::new(StepKind::ComplianceStep, 2),
            conditional(StepKind::SectoralEasing, 6, 0.3),
            conditional(StepKind::FinancialChannels, 18, 0.4),
        ]);
        let cautious = scenario(vec![
            Step::new(StepKind::IndependentMonitoring, 0),
            Step::new(StepKind::IndependentAudit, 3),
            Step::new(StepKind::ComplianceStep, 6),
            Step::new(StepKind::SnapbackClause, 6),
            conditional(StepKind::HumanitarianExemption, 12, 0.1),
        ]);
        [at_once, phased, cautious]
    }

    /// The workshop page's example exercise: the explorer's opening scenario with its two
    /// news injects (an attack in month 12, an election in month 30).
    fn workshop() -> Exercise {
        let start: Value =
            serde_json::from_str(include_str!("../../../tests/data/default-scenario.json"))
                .unwrap();
        crate::reading::exercise_from_value(&json!({
            "format": "relief-exercise/1",
            "scenario": start,
            "teams": [{ "name": "A" }, { "name": "B" }],
            "injects": [
                { "month": 12, "kind": "spoiler_attack", "size": 0.6, "headline": "Attack" },
                { "month": 30, "kind": "leadership_change", "size": 0.5, "headline": "Election" }
            ]
        }))
        .unwrap()
    }

    /// A team's sequence as the comparison plays it: the exercise's start, changed by `edit`,
    /// with the injects.
    fn played(exercise: &Exercise, edit: impl FnOnce(&mut Scenario)) -> Scenario {
        let mut s = exercise.team_start();
        edit(&mut s);
        exercise.with_injects(&s)
    }

    /// Lifts every sanction at month 12 instead of the phased easing and financial channels.
    fn lift_at_twelve(s: &mut Scenario) {
        s.steps.retain(|st| {
            !matches!(
                st.kind,
                StepKind::SectoralEasing | StepKind::FinancialChannels
            )
        });
        s.steps.push(Step::new(StepKind::FullLifting, 12));
    }

    /// Keeps the phased sequence and adds a snapback clause at month 3.
    fn snapback_at_three(s: &mut Scenario) {
        s.steps.push(Step::new(StepKind::SnapbackClause, 3));
    }

    /// The ranking of named sequences under `weights`, with their projections.
    fn rank(teams: &[(&str, Scenario)], weights: &Weights) -> (Value, Vec<Projection>) {
        let projections: Vec<Projection> = teams
            .iter()
            .map(|(_, s)| relief_model::simulate(s))
            .collect();
        let entries: Vec<Entry> = teams
            .iter()
            .zip(&projections)
            .map(|((name, s), p)| Entry {
                name,
                projection: p,
                runs: s.runs,
                remarks: &[],
            })
            .collect();
        (ranking(&entries, weights), projections)
    }

    fn names(table: &Value) -> Vec<&str> {
        table["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect()
    }

    fn places_of(table: &Value) -> Vec<(u64, bool)> {
        table["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["place"].as_u64().unwrap(), r["tied"].as_bool().unwrap()))
            .collect()
    }

    #[test]
    fn places_share_ties_at_the_precision_shown() {
        let mk = |risk: f64| Scores {
            breakdown_risk: risk,
            trust: 0.5,
            economy: 0.5,
            leverage: 0.5,
            trust_spread: 0.1,
            economy_spread: 0.1,
            leverage_spread: 0.1,
            runs: 1000,
            trust_month: 24,
            economy_month: 36,
            horizon: 48,
        };
        let s = [mk(0.30), mk(0.104), mk(0.101), mk(0.5)];
        assert_eq!(places(&s, Criterion::BreakdownRisk), [3, 1, 1, 4]);
        assert_eq!(places(&s, Criterion::Trust), [1, 1, 1, 1]);
        // By score; the two whose scores differ only in the thousandths keep the lower risk
        // first.
        assert_eq!(overall_order(&s, &Weights::DEFAULT), [2, 1, 0, 3]);
    }

    /// The case a facilitator met: a team with about 46% breakdown risk was ranked behind one
    /// with about 65%, because the second came first on trust and recovery and the places
    /// were simply added. The score puts the lower breakdown risk first, beyond the noise.
    #[test]
    fn the_lower_breakdown_risk_comes_first_under_the_default_weights() {
        let exercise = workshop();
        let teams = [
            ("Snapback at month 3", played(&exercise, snapback_at_three)),
            ("Lift at month 12", played(&exercise, lift_at_twelve)),
        ];
        let (table, projections) = rank(&teams, &Weights::DEFAULT);
        let all: Vec<Scores> = projections.iter().map(|p| scores(p, 1000)).collect();
        let risk: Vec<f64> = all.iter().map(|s| s.breakdown_risk).collect();
        assert!(
            (0.44..0.49).contains(&risk[1]) && (0.62..0.68).contains(&risk[0]),
            "{risk:?}"
        );
        // Added up, the places put the riskier sequence first: it leads on trust and recovery.
        let total =
            |i: usize| -> usize { Criterion::ALL.iter().map(|&c| places(&all, c)[i]).sum() };
        assert!(total(0) < total(1), "{all:?}");

        assert_eq!(names(&table), ["Lift at month 12", "Snapback at month 3"]);
        assert_eq!(places_of(&table), [(1, false), (2, false)]);
        let rows = table["rows"].as_array().unwrap();
        let (first, second) = (
            rows[0]["score"].as_f64().unwrap(),
            rows[1]["score"].as_f64().unwrap(),
        );
        let noise = rows[0]["error"]
            .as_f64()
            .unwrap()
            .hypot(rows[1]["error"].as_f64().unwrap());
        assert!(
            first - second > 2.0 * noise,
            "{first} vs {second}, noise {noise}"
        );
        assert_eq!(
            rows[0]["score_text"],
            format!("{:.0} ± {:.1}", first, rows[0]["error"].as_f64().unwrap())
        );
    }

    /// Weights move the order their way: with every weight on one number, the order is that
    /// number's, and a mix favouring what a team does better puts it first.
    #[test]
    fn weights_change_the_order_in_their_direction() {
        let exercise = workshop();
        let teams = [
            ("Phased", played(&exercise, |_| {})),
            ("Snapback at month 3", played(&exercise, snapback_at_three)),
            ("Lift at month 12", played(&exercise, lift_at_twelve)),
        ];
        for only in Criterion::ALL {
            let mut weights = Weights {
                breakdown_risk: 0.0,
                trust: 0.0,
                economy: 0.0,
                leverage: 0.0,
            };
            weights.set(only, 2.0);
            let (table, projections) = rank(&teams, &weights);
            let shares: Vec<f64> = projections
                .iter()
                .map(|p| only.share(&scores(p, 1000)))
                .collect();
            let mut expected: Vec<usize> = (0..teams.len()).collect();
            expected.sort_by(|&a, &b| shares[b].total_cmp(&shares[a]).then(a.cmp(&b)));
            let got: Vec<usize> = table["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["index"].as_u64().unwrap() as usize)
                .collect();
            // Equal shares are ordered by breakdown risk instead; these three differ.
            assert_eq!(got, expected, "{only:?}: {shares:?}");
        }
        let cases: [(Weights, &str); 3] = [
            (Weights::DEFAULT, "Lift at month 12"),
            (
                Weights {
                    breakdown_risk: 1.0,
                    trust: 1.0,
                    economy: 5.0,
                    leverage: 1.0,
                },
                "Snapback at month 3",
            ),
            (
                Weights {
                    breakdown_risk: 5.0,
                    trust: 0.0,
                    economy: 0.5,
                    leverage: 0.0,
                },
                "Lift at month 12",
            ),
        ];
        for (weights, first) in cases {
            let (table, _) = rank(&teams[1..], &weights);
            assert_eq!(names(&table)[0], first, "{weights:?}");
        }
        let (table, _) = rank(&teams[..1], &Weights::DEFAULT);
        assert!(
            table["rule"]
                .as_str()
                .unwrap()
                .contains("breakdown risk × 3, trust × 1")
        );
    }

    /// The same sequence run with other seeds differs only by noise, and is shown tied; a
    /// clearly different one is not.
    #[test]
    fn near_ties_share_a_place_and_a_clear_gap_does_not() {
        let exercise = workshop();
        let reseeded = |seed: u64| {
            played(&exercise, |s| {
                s.seed = seed;
            })
        };
        let teams = [
            ("Seed 7", reseeded(7)),
            ("Snapback at month 3", played(&exercise, snapback_at_three)),
            ("Seed 99", reseeded(99)),
            ("Seed 12345", reseeded(12345)),
            ("Seed 7 again", reseeded(7)),
        ];
        let (table, _) = rank(&teams, &Weights::DEFAULT);
        let order = names(&table);
        assert_eq!(order[4], "Snapback at month 3", "{table}");
        assert_eq!(
            places_of(&table),
            [(1, true), (1, true), (1, true), (1, true), (5, false)],
            "{table}"
        );
        let rows = table["rows"].as_array().unwrap();
        let scores: Vec<f64> = rows.iter().map(|r| r["score"].as_f64().unwrap()).collect();
        assert!(
            scores[0] > scores[3],
            "the reseeded runs do differ: {scores:?}"
        );
        for row in rows {
            assert!(row["score_text"].as_str().unwrap().contains(" ± "), "{row}");
        }
    }

    /// Ties chain down the table: a team within noise of the one above it takes its place,
    /// whatever the teams further up; the next team clear of the noise takes its own position.
    #[test]
    fn ties_chain_from_the_team_above() {
        // Each case: the scores and errors in order, and the places and ties they get.
        type Case = (&'static [(f64, f64)], &'static [(usize, bool)]);
        let cases: [Case; 5] = [
            (&[(70.0, 1.0), (60.0, 1.0)], &[(1, false), (2, false)]),
            (&[(70.0, 1.0), (68.0, 1.0)], &[(1, true), (1, true)]),
            // 70 and 66 alone would not tie (4 > 2√2), but 68 ties with both.
            (
                &[(70.0, 1.0), (68.0, 1.0), (66.0, 1.0), (60.0, 1.0)],
                &[(1, true), (1, true), (1, true), (4, false)],
            ),
            (
                &[(80.0, 0.5), (70.0, 2.0), (66.0, 1.0), (64.0, 0.5)],
                &[(1, false), (2, true), (2, true), (2, true)],
            ),
            // Equal scores tie even without noise.
            (
                &[(50.0, 0.0), (50.0, 0.0), (49.0, 0.0)],
                &[(1, true), (1, true), (3, false)],
            ),
        ];
        for (scores, expected) in cases {
            let all: Vec<Score> = scores
                .iter()
                .map(|&(value, error)| Score { value, error })
                .collect();
            let order: Vec<usize> = (0..all.len()).collect();
            assert_eq!(overall_places(&order, &all), expected, "{scores:?}");
        }
    }

    #[test]
    fn a_criterions_name_inside_a_sentence_is_its_short_label_in_lower_case() {
        for c in Criterion::ALL {
            assert_eq!(c.inline_label(), c.short_label().to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn scores_read_as_the_page_shows_them() {
        for (value, error, text) in [
            (72.4, 3.2, "72 ± 3"),
            (49.26, 0.82, "49 ± 0.8"),
            (100.0, 0.0, "100 ± 0.0"),
            (50.5, 0.96, "50 ± 1"),
        ] {
            assert_eq!(Score { value, error }.text(), text);
        }
    }

    /// The errors follow their formulas, and the score's error is of the size of the spread
    /// of the same sequence's scores over other seeds. The four numbers move together (a
    /// breakdown costs recovery and leverage too), so their errors are added; the sum leans
    /// a little to caution, and never understates the spread by much.
    #[test]
    fn errors_match_the_spread_over_seeds() {
        assert!((share_error(0.5, 1000) - 0.5 / 1000f64.sqrt()).abs() < 1e-12);
        assert_eq!(share_error(0.0, 1000), 0.0);
        assert!((median_error(NORMAL_IQR, 100) - MEDIAN_ERROR_FACTOR / 10.0).abs() < 1e-12);

        let exercise = workshop();
        for edit in [lift_at_twelve as fn(&mut Scenario), snapback_at_three] {
            let runs: Vec<Score> = (1..=16)
                .map(|seed| {
                    let s = played(&exercise, |s| {
                        edit(s);
                        s.seed = seed;
                        s.runs = 400;
                    });
                    score(
                        &scores(&relief_model::simulate(&s), s.runs),
                        &Weights::DEFAULT,
                    )
                })
                .collect();
            let n = runs.len() as f64;
            let mean = runs.iter().map(|r| r.value).sum::<f64>() / n;
            let spread =
                (runs.iter().map(|r| (r.value - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
            let error = runs.iter().map(|r| r.error).sum::<f64>() / n;
            // The error may lean to caution, never understate the spread by much.
            assert!(
                (0.6..=1.3).contains(&(spread / error)),
                "spread over seeds {spread:.2}, standard error {error:.2}"
            );
        }
    }

    #[test]
    fn weights_are_read_strictly_naming_the_field() {
        let ok = |v: Value| Weights::from_value(&v).map_err(|e| e.to_string());
        assert_eq!(ok(Weights::DEFAULT.to_value()), Ok(Weights::DEFAULT));
        assert_eq!(
            ok(json!({"breakdown_risk": 0, "trust": 0.5, "economy": 5, "leverage": 2})),
            Ok(Weights {
                breakdown_risk: 0.0,
                trust: 0.5,
                economy: 5.0,
                leverage: 2.0
            })
        );
        let full = |key: &str, v: Value| {
            let mut w = Weights::DEFAULT.to_value();
            w[key] = v;
            w
        };
        let mut missing = Weights::DEFAULT.to_value();
        missing.as_object_mut().unwrap().remove("trust");
        let mut unknown = Weights::DEFAULT.to_value();
        unknown["risk"] = json!(1);
        for (value, message) in [
            (
                missing,
                "/trust: missing; each of the four numbers needs a weight from 0 to 5",
            ),
            (
                full("economy", json!("3")),
                "/economy: expected a number, got text",
            ),
            (
                full("leverage", json!(7)),
                "/leverage: 7 is out of range; a weight is a number from 0 to 5",
            ),
            (
                full("breakdown_risk", json!(-1)),
                "/breakdown_risk: -1 is out of range; a weight is a number from 0 to 5",
            ),
            (
                full("trust", Value::Null),
                "/trust: expected a number, got null",
            ),
            (
                unknown,
                "/risk: unknown field \"risk\"; expected one of: breakdown_risk, trust, economy, leverage",
            ),
            (
                json!({"breakdown_risk": 0, "trust": 0, "economy": 0, "leverage": 0}),
                "every weight is 0; give at least one of the four numbers a weight above 0",
            ),
            (json!([3, 1, 1, 1]), "expected an object, got a list"),
        ] {
            assert_eq!(ok(value.clone()), Err(message.to_string()), "{value}");
        }
    }

    #[test]
    fn short_horizons_read_at_the_horizon() {
        let mut s = three()[1].clone();
        s.horizon_months = 12;
        s.steps.retain(|st| st.month < 12);
        let p = relief_model::simulate(&s);
        let sc = scores(&p, s.runs);
        assert_eq!((sc.trust_month, sc.economy_month, sc.horizon), (12, 12, 12));
        assert_eq!(Criterion::Trust.label(&sc), "Trust at month 12");
    }

    #[test]
    fn a_sheet_lists_the_sequence_by_month_with_inject_headlines() {
        let exercise = crate::reading::exercise_from_value(&json!({
            "format": "relief-exercise/1",
            "scenario": relief_model::scenario_to_value(&three()[1]),
            "teams": [{ "name": "A" }, { "name": "B", "lock": "target" }],
            "injects": [{ "month": 4, "kind": "spoiler_attack", "headline": "Attack on the pipeline" }]
        }))
        .unwrap();
        let played = exercise.reference();
        let p = relief_model::simulate(&played);
        let sheet = sheet("B", Some(Lock::Target), &played, &p, &[], Some(&exercise));
        let seq = sheet["sequence"].as_array().unwrap();
        let months: Vec<u64> = seq.iter().map(|i| i["month"].as_u64().unwrap()).collect();
        assert_eq!(months, [0, 1, 2, 4, 6, 18]);
        assert_eq!(seq[3]["headline"], "Attack on the pipeline");
        assert_eq!(seq[3]["who"], "Shock");
        assert_eq!(
            seq[4]["detail"],
            "size 0.30, waits for verified compliance, published criteria"
        );
        assert_eq!(sheet["lock_label"], "Only the target's steps");
        assert!(
            sheet["summary"]
                .as_str()
                .unwrap()
                .starts_with("By month 48,")
        );
    }
}
