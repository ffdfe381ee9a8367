//! The words and numbers the page shows: the one-paragraph summary, the readout at a month,
//! the table that stands in for the charts, and the catalog the palette and the sliders are
//! built from. Pure functions of the model's types that return JSON values, so they are
//! tested natively and cross into JavaScript as one `JSON.parse`.

use relief_charts::{BREAKDOWNS_EACH_MONTH, ChartKind, RISK_OF_BREAKDOWN, TargetType, Theme};
use relief_model::words::{Arg, Template};
use relief_model::{
    Actor, Assumption, Assumptions, Bands, Outcome, Projection, Scenario, Series, ShockKind,
    StepKind, limits,
};
use serde_json::{Value, json};

use crate::language::{self, sentence, word};

macro_rules! templates {
    ($($name:ident = $id:literal : $english:literal;)*) => {
        $(pub(crate) const $name: Template = Template { id: $id, english: $english };)*
        /// Every sentence this module writes, for the catalogues.
        pub const TEMPLATES: &[&Template] = &[$(&$name),*];
    };
}

templates! {
    MIDDLE_HALF = "say-middle-half": "{ $median } (middle half { $low } to { $high })";
    MIDDLE_HALF_AT_LEAST_HALF = "say-middle-half-at-least-half": "{ $median } (middle half { $low } to { $high }; at least half the futures are at { $median })";
    MIDDLE_HALF_QUARTER = "say-middle-half-quarter": "{ $median } (middle half { $low } to { $high }; a quarter or more of the futures are at { $median })";
    RANGE = "say-median-and-range": "{ $median } ({ $low } to { $high })";
    RANGE_MANY = "say-median-and-range-many": "{ $median } ({ $low } to { $high }, with many at { $median })";
    TRUST_BY_TYPE = "say-trust-by-type": "if the target means it, trust in it is { $sincere }; if it doesn't, { $insincere }";
    TRUST_SINCERE_ONLY = "say-trust-sincere-only": "trust in the target, which means it in every simulated future, is { $value }";
    TRUST_INSINCERE_ONLY = "say-trust-insincere-only": "trust in the target, which does not mean it in any simulated future, is { $value }";
    TRUST_ONE = "say-trust-one": "trust in the target is { $value }";
    OUTCOMES = "say-outcomes": "By then the deal holds in { $sustained } of the futures; cheating goes unseen in { $exploited } and is caught in { $caught }; the deal has collapsed in { $collapsed }.";
    NO_CHANGE = "say-no-change": "no change";
    CHANGE_POINTS = "say-change-points": "{ $change } points";
    CHANGE_ONE_POINT = "say-change-one-point": "{ $change } point";
    BEFORE_AFTER = "say-before-after": "{ $before } → { $after } ({ $change })";
    CHANGE_TRUST_BY_TYPE = "say-change-trust-by-type": "trust by month { $month }, if the target means it: { $sincere }; if it doesn't: { $insincere }";
    CHANGE_TRUST_BY_TYPE_SHORT = "say-change-trust-by-type-short": "means it: { $sincere }; doesn't: { $insincere }";
    CHANGE_TRUST = "say-change-trust": "trust in the target by month { $month }: { $change }";
    CHANGE_BY_MONTH = "say-change-by-month": "by month { $month }: { $change }";
    CHANGE_RECOVERY = "say-change-recovery": "recovery by month { $month }: { $change }";
    CHANGE_BREAKDOWN = "say-change-breakdown": "breakdown by month { $month }: { $change }";
    SUMMARY = "say-summary": "By month { $month }, { $trust }. The target's trust is { $target_trust }, and { $recovered } of the economic loss is recovered (middle half { $low } to { $high }); the risk of breakdown is { $risk }.";
    SUMMARY_WITH_BASELINE = "say-summary-with-baseline": "By month { $month }, { $trust }. The target's trust is { $target_trust }, and { $recovered } of the economic loss is recovered (middle half { $low } to { $high }); the risk of breakdown is { $risk } ({ $baseline } in the baseline).";
    SUMMARY_DOUBT = "say-summary-doubt": "If the model's own numbers are off within their plausible ranges, the risk could be { $range }.";
    SUMMARY_NO_DOUBT = "say-summary-no-doubt": "If the model's own numbers are off within their plausible ranges, the risk moves by less than luck alone can show in this many futures.";
    RISK_RANGE = "say-risk-range": "from { $low } to { $high }";
    RISK_RANGE_NOTE = "say-risk-range-note": "{ $range } with model doubt";
    NO_RISK_RANGE_NOTE = "say-no-risk-range-note": "no clear range with model doubt";
    NO_CLEAR_RANGE = "say-no-clear-range": "no clear range";
    RISK_WITH_NOTE = "say-risk-with-note": "{ $risk } ({ $note })";
    CHART_RISK = "say-chart-risk": "Month { $month }: risk of breakdown { $risk }; breakdowns this month { $hazard } of the futures still intact.";
    CHART_RISK_DOUBT = "say-chart-risk-doubt": "Month { $month }: risk of breakdown { $risk } ({ $note }); breakdowns this month { $hazard } of the futures still intact.";
    CHART_MONTH = "say-chart-month": "Month { $month }: { $values }.";
    CHART_NO_OUTCOMES = "say-chart-no-outcomes": "Month { $month }: this projection has no outcome shares.";
    NAMED_VALUE = "say-named-value": "{ $name } { $value }";
    LIST_SEPARATOR = "say-list-separator": "; ";
    TABLE_MONTH = "say-table-month": "Month";
    INLINE_TRUST = "say-inline-trust": "trust in the target";
    INLINE_TARGET_TRUST = "say-inline-target_trust": "target's trust";
    INLINE_ECONOMY = "say-inline-economy": "economic recovery";
    INLINE_LEVERAGE = "say-inline-leverage": "leverage held";
    INLINE_LEGITIMACY = "say-inline-legitimacy": "legitimacy";
    INLINE_SINCERE = "say-inline-trust_if_sincere": "trust if the target means it";
    INLINE_INSINCERE = "say-inline-trust_if_insincere": "trust if it doesn't";
    INLINE_SUSTAINED = "say-inline-sustained": "deal holds";
    INLINE_EXPLOITED = "say-inline-exploited": "cheating unseen";
    INLINE_CAUGHT = "say-inline-caught": "cheating caught";
    INLINE_COLLAPSED = "say-inline-collapsed": "deal collapsed";
}

/// A name as it stands inside a sentence ("trust in the target"), by the model's key: the
/// templates above, whose English is the name's in lower case (a test checks it).
fn inline_name(key: &str) -> String {
    let template = TEMPLATES
        .iter()
        .find(|t| t.id.strip_prefix("say-inline-") == Some(key))
        .copied();
    match template {
        Some(t) => sentence(t, vec![]),
        None => key.to_owned(),
    }
}

/// Words already written, as a value in a sentence.
fn text(words: String) -> Arg {
    Arg::Text(words)
}

/// The lanes of the timeline, top to bottom: who moves. Third parties, both sides together,
/// civil society and neighbours share a lane, so a phone shows four lanes, not seven.
pub const LANES: [(&str, &str); 4] = [
    ("sanctioning", "Sanctioning side"),
    ("target", "Target"),
    ("others", "Third parties & civil society"),
    ("shocks", "Shocks"),
];

/// The lane key of a step taken by `actor`.
pub fn lane_of(actor: Actor) -> &'static str {
    match actor {
        Actor::SanctioningSide => "sanctioning",
        Actor::Target => "target",
        Actor::Both | Actor::ThirdParty | Actor::CivilSociety | Actor::Neighbours => "others",
    }
}

fn actor_key(actor: Actor) -> &'static str {
    match actor {
        Actor::SanctioningSide => "sanctioning_side",
        Actor::Target => "target",
        Actor::Both => "both",
        Actor::ThirdParty => "third_party",
        Actor::CivilSociety => "civil_society",
        Actor::Neighbours => "neighbours",
    }
}

/// Everything the page builds its controls from, so every name and explanation lives here
/// once: step and shock kinds, assumptions with their defaults, lanes, series, charts and the
/// format's limits.
pub fn catalog() -> Value {
    let defaults = Assumptions::default();
    let scenario = Scenario::default();
    let steps: Vec<Value> = StepKind::ALL
        .iter()
        .map(|&k| {
            json!({
                "key": k.key(),
                "label": k.label(),
                "actor": actor_key(k.actor()),
                "actor_label": k.actor().label(),
                "lane": lane_of(k.actor()),
                "role": match k.role() {
                    relief_model::StepRole::Relief => "relief",
                    relief_model::StepRole::Reform => "reform",
                    relief_model::StepRole::Confidence => "confidence",
                },
                "explanation": k.explanation(),
                "default_size": k.default_size(),
            })
        })
        .collect();
    let shocks: Vec<Value> = ShockKind::ALL
        .iter()
        .map(|&k| {
            json!({
                "key": k.key(),
                "label": k.label(),
                "lane": "shocks",
                "role": "shock",
                "explanation": k.explanation(),
                "default_size": k.default_size(),
            })
        })
        .collect();
    let assumptions: Vec<Value> = Assumption::ALL
        .iter()
        .map(|&a| {
            json!({
                "key": a.key(),
                "label": a.label(),
                "explanation": a.explanation(),
                "default": a.get(&defaults),
            })
        })
        .collect();
    let lanes: Vec<Value> = LANES
        .iter()
        .map(|(key, label)| json!({ "key": key, "label": label }))
        .collect();
    let series: Vec<Value> = Series::ALL
        .iter()
        .map(|&s| json!({ "key": s.key(), "label": s.label(), "explanation": s.explanation() }))
        .collect();
    let charts: Vec<Value> = ChartKind::ALL
        .iter()
        .map(|&c| {
            json!({
                "key": c.key(),
                "title": c.title(),
                "description": c.description(),
                "series": c.series().iter().map(|s| s.key()).collect::<Vec<_>>(),
                "percent": c.percent_axis(),
                "compares": c.compares(),
            })
        })
        .collect();
    let target_types: Vec<Value> = TargetType::ALL
        .iter()
        .map(|&t| json!({ "key": t.key(), "label": t.label(), "short_label": t.short_label() }))
        .collect();
    let outcomes: Vec<Value> = Outcome::ALL
        .iter()
        .map(|&o| json!({ "key": o.key(), "label": o.label(), "explanation": o.explanation() }))
        .collect();
    json!({
        "steps": steps,
        "shocks": shocks,
        "assumptions": assumptions,
        "lanes": lanes,
        "series": series,
        "charts": charts,
        // The names of the two breakdown quantities, which the page's legends and readout use.
        "model_uncertainty": {
            "edges_label": relief_charts::MODEL_UNCERTAINTY_EDGES,
            "range_label": relief_charts::MODEL_UNCERTAINTY_RANGE,
        },
        "breakdown": {
            "risk_label": RISK_OF_BREAKDOWN,
            "hazard_label": BREAKDOWNS_EACH_MONTH,
        },
        "target_types": target_types,
        "outcomes": outcomes,
        "defaults": {
            "horizon_months": scenario.horizon_months,
            "runs": scenario.runs,
            "seed": scenario.seed,
        },
        "limits": {
            "min_horizon": limits::MIN_HORIZON,
            "max_horizon": limits::MAX_HORIZON,
            "max_runs": limits::MAX_RUNS,
            "max_seed": limits::MAX_SEED,
            "max_steps": limits::MAX_STEPS,
            "max_shocks": limits::MAX_SHOCKS,
        },
    })
}

/// The colours the charts use in `theme`, as CSS hex strings, so the page's HTML legends
/// show exactly the swatches the canvas draws.
pub fn palette(theme: Theme) -> Value {
    let p = theme.palette();
    let mut series = serde_json::Map::new();
    for s in Series::ALL {
        series.insert(s.key().to_owned(), Value::String(p.series(s).hex()));
    }
    for t in TargetType::ALL {
        series.insert(t.key().to_owned(), Value::String(p.target_type(t).hex()));
    }
    let outcomes: serde_json::Map<String, Value> = Outcome::ALL
        .iter()
        .map(|&o| (o.key().to_owned(), Value::String(p.outcome(o).hex())))
        .collect();
    json!({
        "theme": theme.key(),
        "background": p.background.hex(),
        "text": p.text.hex(),
        "baseline": p.baseline.hex(),
        // The curve from before a change is each series' own colour faded; its legend shows
        // the text colour faded alike.
        "ghost": p.text.mix(p.background, relief_charts::GHOST_FADE).hex(),
        "highlight": p.highlight.hex(),
        "risk": p.risk.hex(),
        "series": series,
        "outcomes": outcomes,
        "markers": {
            "relief": p.relief.hex(),
            "reform": p.reform.hex(),
            "confidence": p.confidence.hex(),
            "shock": p.shock.hex(),
        },
        "outer_band_alpha": p.outer_band_alpha,
        "inner_band_alpha": p.inner_band_alpha,
        "hazard_alpha": p.hazard_alpha,
        "dash": relief_charts::BASELINE_DASH,
        "model_dots": relief_charts::MODEL_UNCERTAINTY_DOTS,
    })
}

/// The value of a series at a month, clamped to the horizon.
fn at(values: &[f64], month: u32) -> f64 {
    let i = (month as usize).min(values.len().saturating_sub(1));
    values.get(i).copied().unwrap_or(0.0)
}

/// A 0-to-1 level as the page writes it: two decimals, in the reader's digits.
pub fn level(v: f64) -> String {
    language::level(v)
}

/// A share as a whole percent, in the reader's digits.
pub fn percent(v: f64) -> String {
    language::percent(v)
}

/// Whether a series reads in percent.
fn is_percent(series: Series) -> bool {
    series == Series::Economy
}

fn fmt(series: Series, v: f64) -> String {
    if is_percent(series) {
        percent(v)
    } else {
        level(v)
    }
}

/// "0.62 (0.48 to 0.74)": the median and the range that holds the middle 80% of runs, as the
/// table's cells give it (its caption names the range).
fn with_range(series: Series, bands: &Bands, month: u32) -> String {
    sentence(
        &RANGE,
        vec![
            ("median", text(fmt(series, at(&bands.p50, month)))),
            ("low", text(fmt(series, at(&bands.p10, month)))),
            ("high", text(fmt(series, at(&bands.p90, month)))),
        ],
    )
}

/// "0.62 (middle half 0.57 to 0.67)": the median and the middle half of the runs, which is as
/// likely to hold the outcome as not. Every number in a sentence or a readout is given with this
/// one range, named; the wider 8-in-10 range shows on the charts and in the table, whose caption
/// names it. When a quarter or more of the futures sit exactly at the median (so that it is also
/// an edge of the middle half, as in "68% (12% to 68%)"), the words say so.
fn middle_half(series: Series, bands: &Bands, month: u32) -> String {
    let (p25, p50, p75) = quartiles(series, bands, month);
    let template = if p25 == p75 {
        &MIDDLE_HALF_AT_LEAST_HALF
    } else if p50 == p25 || p50 == p75 {
        &MIDDLE_HALF_QUARTER
    } else {
        &MIDDLE_HALF
    };
    sentence(
        template,
        vec![
            ("median", text(p50)),
            ("low", text(p25)),
            ("high", text(p75)),
        ],
    )
}

/// "0.62 (0.57 to 0.67)": the middle half for the readout, whose heading names the range once
/// for all its values; a median on the edge of its range is marked as in [`middle_half`].
fn middle_half_compact(series: Series, bands: &Bands, month: u32) -> String {
    let (p25, p50, p75) = quartiles(series, bands, month);
    let template = if p25 == p75 || p50 == p25 || p50 == p75 {
        &RANGE_MANY
    } else {
        &RANGE
    };
    sentence(
        template,
        vec![
            ("median", text(p50)),
            ("low", text(p25)),
            ("high", text(p75)),
        ],
    )
}

/// The lower quartile, the median and the upper quartile at `month`, as the page writes them.
fn quartiles(series: Series, bands: &Bands, month: u32) -> (String, String, String) {
    (
        fmt(series, at(&bands.p25, month)),
        fmt(series, at(&bands.p50, month)),
        fmt(series, at(&bands.p75, month)),
    )
}

fn likely(bands: &Bands, month: u32) -> String {
    middle_half(Series::Trust, bands, month)
}

/// How the summary speaks of the sanctioning side's trust at `m`: by the target's type when
/// the projection has it, since the median of both kinds of future together describes
/// neither; otherwise (a projection written before the types existed) as one figure.
fn trust_words(p: &Projection, m: u32) -> String {
    let value = || vec![("value", text(likely(&p.trust, m)))];
    match TargetType::present(p)[..] {
        [TargetType::Sincere, TargetType::Insincere] => sentence(
            &TRUST_BY_TYPE,
            vec![
                (
                    "sincere",
                    text(likely(TargetType::Sincere.bands(p).unwrap_or(&p.trust), m)),
                ),
                (
                    "insincere",
                    text(likely(
                        TargetType::Insincere.bands(p).unwrap_or(&p.trust),
                        m,
                    )),
                ),
            ],
        ),
        [TargetType::Sincere] => sentence(&TRUST_SINCERE_ONLY, value()),
        [TargetType::Insincere] => sentence(&TRUST_INSINCERE_ONLY, value()),
        _ => sentence(&TRUST_ONE, value()),
    }
}

/// What the outcome shares at `m` say, as a sentence; `None` for a projection without them.
pub fn outcome_sentence(p: &Projection, m: u32) -> Option<String> {
    let o = p.outcomes.as_ref()?;
    let share = |outcome| Arg::Percent(at(o.shares(outcome), m));
    Some(sentence(
        &OUTCOMES,
        vec![
            ("sustained", share(Outcome::Sustained)),
            ("exploited", share(Outcome::Exploited)),
            ("caught", share(Outcome::Caught)),
            ("collapsed", share(Outcome::Collapsed)),
        ],
    ))
}

/// A signed change in plain figures: "+0.04", "−6 points", "no change". `percent` says the
/// values are shares, whose change is counted in percentage points.
fn signed_change(before: f64, after: f64, percent_points: bool) -> String {
    let delta = if percent_points {
        (after * 100.0).round() - (before * 100.0).round()
    } else {
        // Rounded as the levels are shown, so the change matches the two figures beside it.
        (after * 100.0).round() / 100.0 - (before * 100.0).round() / 100.0
    };
    if delta.abs() < 1e-9 {
        return sentence(&NO_CHANGE, vec![]);
    }
    let sign = if delta > 0.0 { "+" } else { "\u{2212}" };
    if percent_points {
        let n = delta.abs();
        let template = if n == 1.0 {
            &CHANGE_ONE_POINT
        } else {
            &CHANGE_POINTS
        };
        let change = format!("{sign}{}", language::decimals(n, 0));
        sentence(template, vec![("change", text(change))])
    } else {
        format!("{sign}{}", language::decimals(delta.abs(), 2))
    }
}

/// "0.62 → 0.66 (+0.04)" or "18% → 12% (−6 points)".
fn before_after(before: f64, after: f64, percent_points: bool) -> String {
    let show = |v| if percent_points { percent(v) } else { level(v) };
    sentence(
        &BEFORE_AFTER,
        vec![
            ("before", text(show(before))),
            ("after", text(show(after))),
            ("change", text(signed_change(before, after, percent_points))),
        ],
    )
}

/// What a change did to the three main charts at `month` (the end of the shorter horizon when
/// `None`), one plain line per chart, from the projection `before` the change to the one
/// `after` it: for example "breakdown by month 48: 18% → 12% (−6 points)". Each entry has the
/// chart's `chart` key, the `text`, a `short` form for under the chart's title, and `delta`, the signed change of its headline figure (in
/// percentage points for shares).
pub fn change_lines(before: &Projection, after: &Projection, month: Option<u32>) -> Value {
    let m = month
        .unwrap_or(after.horizon_months)
        .min(after.horizon_months)
        .min(before.horizon_months);
    let level_delta = |b: f64, a: f64| (a * 100.0).round() / 100.0 - (b * 100.0).round() / 100.0;
    let both = |p: &Projection| {
        matches!(
            TargetType::present(p)[..],
            [TargetType::Sincere, TargetType::Insincere]
        )
    };
    let trust = match both(before) && both(after) {
        true => {
            let of = |t: TargetType, p: &Projection| at(&t.bands(p).unwrap_or(&p.trust).p50, m);
            let (sb, sa) = (
                of(TargetType::Sincere, before),
                of(TargetType::Sincere, after),
            );
            let (ib, ia) = (
                of(TargetType::Insincere, before),
                of(TargetType::Insincere, after),
            );
            let both = || {
                vec![
                    ("month", Arg::Month(m)),
                    ("sincere", text(before_after(sb, sa, false))),
                    ("insincere", text(before_after(ib, ia, false))),
                ]
            };
            (
                sentence(&CHANGE_TRUST_BY_TYPE, both()),
                sentence(&CHANGE_TRUST_BY_TYPE_SHORT, both()),
                level_delta(sb, sa),
            )
        }
        false => {
            let (b, a) = (at(&before.trust.p50, m), at(&after.trust.p50, m));
            let change = || {
                vec![
                    ("month", Arg::Month(m)),
                    ("change", text(before_after(b, a, false))),
                ]
            };
            (
                sentence(&CHANGE_TRUST, change()),
                sentence(&CHANGE_BY_MONTH, change()),
                level_delta(b, a),
            )
        }
    };
    let points = |b: f64, a: f64| (a * 100.0).round() - (b * 100.0).round();
    let (eb, ea) = (at(&before.economy.p50, m), at(&after.economy.p50, m));
    let (rb, ra) = (
        at(&before.backsliding_risk, m),
        at(&after.backsliding_risk, m),
    );
    let economy = before_after(eb, ea, true);
    let risk = before_after(rb, ra, true);
    let by_month = |template: &'static Template, change: &str| {
        sentence(
            template,
            vec![
                ("month", Arg::Month(m)),
                ("change", text(change.to_owned())),
            ],
        )
    };
    json!([
        { "chart": "trust", "text": trust.0, "short": trust.1, "delta": trust.2 },
        {
            "chart": "economy",
            "text": by_month(&CHANGE_RECOVERY, &economy),
            "short": by_month(&CHANGE_BY_MONTH, &economy),
            "delta": points(eb, ea),
        },
        {
            "chart": "risk",
            "text": by_month(&CHANGE_BREAKDOWN, &risk),
            "short": by_month(&CHANGE_BY_MONTH, &risk),
            "delta": points(rb, ra),
        },
    ])
}

/// The one-paragraph summary at `month` (the horizon when `None`), as a screen reader
/// announces it after a change. With a baseline, the breakdown risk is compared with it.
pub fn summary_text(p: &Projection, baseline: Option<&Projection>, month: Option<u32>) -> String {
    let m = month.unwrap_or(p.horizon_months).min(p.horizon_months);
    let mut args = vec![
        ("month", Arg::Month(m)),
        ("trust", text(trust_words(p, m))),
        ("target_trust", text(level(at(&p.target_trust.p50, m)))),
        ("recovered", Arg::Percent(at(&p.economy.p50, m))),
        ("low", Arg::Percent(at(&p.economy.p25, m))),
        ("high", Arg::Percent(at(&p.economy.p75, m))),
        ("risk", Arg::Percent(at(&p.backsliding_risk, m))),
    ];
    let mut s = match baseline.filter(|b| m <= b.horizon_months) {
        Some(b) => {
            args.push(("baseline", Arg::Percent(at(&b.backsliding_risk, m))));
            sentence(&SUMMARY_WITH_BASELINE, args)
        }
        None => sentence(&SUMMARY, args),
    };
    if let Some(outcomes) = outcome_sentence(p, m) {
        s.push(' ');
        s.push_str(&outcomes);
    }
    if let Some(range) = risk_range(p, m) {
        s.push(' ');
        s.push_str(&match range {
            Some(range) => sentence(&SUMMARY_DOUBT, vec![("range", text(range))]),
            None => sentence(&SUMMARY_NO_DOUBT, vec![]),
        });
    }
    s
}

/// The risk of breakdown's range at `m` under the model's doubt, "from 31% to 57%", for a
/// projection that has it: `Some(None)` when the range is narrower than a point either way.
fn risk_range(p: &Projection, m: u32) -> Option<Option<String>> {
    let drawn = p.with_parameter_uncertainty.as_ref()?;
    let (low, high) = (
        percent(at(&drawn.backsliding_risk_low, m)),
        percent(at(&drawn.backsliding_risk_high, m)),
    );
    Some(
        (low != high)
            .then(|| sentence(&RISK_RANGE, vec![("low", text(low)), ("high", text(high))])),
    )
}

/// The risk's range under the model's doubt as a short note: "from 31% to 57% with model
/// doubt", or that it has none beyond luck.
fn risk_range_note(range: Option<String>) -> String {
    match range {
        Some(range) => sentence(&RISK_RANGE_NOTE, vec![("range", text(range))]),
        None => sentence(&NO_RISK_RANGE_NOTE, vec![]),
    }
}

/// Every value at `month`: what the readout under the charts shows while a month is hovered
/// or focused. `types` holds the trust in the target by type and `outcomes` the outcome
/// shares, each empty for a projection without them.
pub fn readout(p: &Projection, baseline: Option<&Projection>, month: u32) -> Value {
    let m = month.min(p.horizon_months);
    let series: Vec<Value> = Series::ALL
        .iter()
        .map(|&s| {
            let b = p.bands(s);
            let base = baseline
                .filter(|b| m <= b.horizon_months)
                .map(|b| at(&b.bands(s).p50, m));
            json!({
                "key": s.key(),
                "label": word(&format!("model-series-{}", s.key()), s.label()),
                "percent": is_percent(s),
                "p10": at(&b.p10, m),
                "p25": at(&b.p25, m),
                "p50": at(&b.p50, m),
                "p75": at(&b.p75, m),
                "p90": at(&b.p90, m),
                "baseline": base,
                "text": middle_half_compact(s, b, m),
            })
        })
        .collect();
    let base_risk = baseline
        .filter(|b| m <= b.horizon_months)
        .map(|b| at(&b.backsliding_risk, m));
    let types: Vec<Value> = TargetType::present(p)
        .into_iter()
        .filter_map(|t| {
            let bands = t.bands(p)?;
            let base = baseline
                .filter(|b| m <= b.horizon_months)
                .and_then(|b| t.bands(b))
                .map(|b| at(&b.p50, m));
            Some(json!({
                "key": t.key(),
                "label": word(&format!("model-target-{}", t.key()), t.label()),
                "p50": at(&bands.p50, m),
                "baseline": base,
                "text": middle_half_compact(Series::Trust, bands, m),
            }))
        })
        .collect();
    let outcomes: Vec<Value> = p
        .outcomes
        .iter()
        .flat_map(|o| {
            Outcome::ALL.iter().map(move |&outcome| {
                let share = at(o.shares(outcome), m);
                json!({
                    "key": outcome.key(),
                    "label": word(&format!("model-outcome-{}", outcome.key()), outcome.label()),
                    "share": share,
                    "text": percent(share),
                })
            })
        })
        .collect();
    json!({
        "month": m,
        "series": series,
        "types": types,
        "outcomes": outcomes,
        "backsliding_risk": at(&p.backsliding_risk, m),
        "hazard": at(&p.hazard, m),
        "baseline_backsliding_risk": base_risk,
        "risk_text": match risk_range(p, m) {
            Some(range) => sentence(&RISK_WITH_NOTE, vec![
                ("risk", Arg::Percent(at(&p.backsliding_risk, m))),
                ("note", text(risk_range_note(range))),
            ]),
            None => percent(at(&p.backsliding_risk, m)),
        },
    })
}

/// What one chart shows at `month`, in a sentence: the chart's accessible value while a reader
/// steps through months with the keyboard.
pub fn chart_value_text(p: &Projection, kind: ChartKind, month: u32) -> String {
    let m = month.min(p.horizon_months);
    if kind == ChartKind::Risk {
        let mut args = vec![
            ("month", Arg::Month(m)),
            ("risk", Arg::Percent(at(&p.backsliding_risk, m))),
            ("hazard", Arg::Percent(at(&p.hazard, m))),
        ];
        return match risk_range(p, m) {
            Some(range) => {
                args.push(("note", text(risk_range_note(range))));
                sentence(&CHART_RISK_DOUBT, args)
            }
            None => sentence(&CHART_RISK, args),
        };
    }
    if kind == ChartKind::Outcomes {
        return match outcome_parts(p, m) {
            Some(parts) => month_values(m, parts),
            None => sentence(&CHART_NO_OUTCOMES, vec![("month", Arg::Month(m))]),
        };
    }
    let part =
        |key: &str, series: Series, bands: &Bands| named_value(key, middle_half(series, bands, m));
    let types = TargetType::present(p);
    let mut parts: Vec<String> = Vec::new();
    for &s in kind.series() {
        if s == Series::Trust && !types.is_empty() {
            parts.extend(
                types
                    .iter()
                    .filter_map(|t| Some(part(t.key(), Series::Trust, t.bands(p)?))),
            );
        } else {
            parts.push(part(s.key(), s, p.bands(s)));
        }
    }
    month_values(m, parts)
}

/// "trust in the target 0.62 (…)": a value named as it stands inside a sentence.
fn named_value(key: &str, value: String) -> String {
    sentence(
        &NAMED_VALUE,
        vec![("name", text(inline_name(key))), ("value", text(value))],
    )
}

/// "Month 12: a; b; c.": the values of one month in one sentence.
fn month_values(m: u32, parts: Vec<String>) -> String {
    let separator = sentence(&LIST_SEPARATOR, vec![]);
    sentence(
        &CHART_MONTH,
        vec![
            ("month", Arg::Month(m)),
            ("values", text(parts.join(&separator))),
        ],
    )
}

/// "deal holds 55%", one for each outcome at `m`; `None` for a projection without them.
fn outcome_parts(p: &Projection, m: u32) -> Option<Vec<String>> {
    let o = p.outcomes.as_ref()?;
    Some(
        Outcome::ALL
            .iter()
            .map(|&outcome| named_value(outcome.key(), percent(at(o.shares(outcome), m))))
            .collect(),
    )
}

/// Months between two rows of the table, so a table has at most about twelve rows.
pub fn table_stride(horizon: u32) -> u32 {
    [1, 2, 3, 6, 12, 24, 48]
        .into_iter()
        .find(|s| horizon / s <= 12)
        .unwrap_or(48)
}

/// The table that stands in for the charts: one row every [`table_stride`] months (and the
/// horizon), each cell a median with the range of the middle 80% of runs, then the share broken
/// down and each outcome's share. The trust in the target is given by type where the
/// projection has it, as the trust chart draws it.
pub fn table(p: &Projection) -> Value {
    let stride = table_stride(p.horizon_months);
    let mut months: Vec<u32> = (0..=p.horizon_months).step_by(stride as usize).collect();
    if months.last() != Some(&p.horizon_months) {
        months.push(p.horizon_months);
    }
    // Each banded column: its heading and its bands.
    let types = TargetType::present(p);
    let mut banded: Vec<(String, Series, &Bands)> = Vec::new();
    for s in Series::ALL {
        if s == Series::Trust && !types.is_empty() {
            banded.extend(types.iter().filter_map(|t| {
                let label = word(&format!("model-target-{}", t.key()), t.label());
                Some((label, s, t.bands(p)?))
            }));
        } else {
            let label = word(&format!("model-series-{}", s.key()), s.label());
            banded.push((label, s, p.bands(s)));
        }
    }
    let mut columns = vec![Value::String(sentence(&TABLE_MONTH, vec![]))];
    columns.extend(
        banded
            .iter()
            .map(|(label, _, _)| Value::String(label.clone())),
    );
    columns.push(Value::String(word(
        "model-breakdown-risk",
        RISK_OF_BREAKDOWN,
    )));
    if p.with_parameter_uncertainty.is_some() {
        columns.push(Value::String(word(
            "model-doubt-range",
            relief_charts::MODEL_UNCERTAINTY_RANGE,
        )));
    }
    if p.outcomes.is_some() {
        columns.extend(
            Outcome::ALL
                .iter()
                .map(|o| Value::String(word(&format!("model-outcome-{}", o.key()), o.label()))),
        );
    }
    let rows: Vec<Value> = months
        .iter()
        .map(|&m| {
            let mut row = vec![Value::String(language::whole(u64::from(m)))];
            row.extend(
                banded
                    .iter()
                    .map(|&(_, s, bands)| Value::String(with_range(s, bands, m))),
            );
            row.push(Value::String(percent(at(&p.backsliding_risk, m))));
            if let Some(range) = risk_range(p, m) {
                row.push(Value::String(
                    range.unwrap_or_else(|| sentence(&NO_CLEAR_RANGE, vec![])),
                ));
            }
            if let Some(o) = &p.outcomes {
                row.extend(
                    Outcome::ALL
                        .iter()
                        .map(|&outcome| Value::String(percent(at(o.shares(outcome), m)))),
                );
            }
            Value::Array(row)
        })
        .collect();
    json!({ "stride": stride, "columns": columns, "rows": rows })
}

/// The checker's warnings about `s` in the reader's language.
pub fn warnings(s: &Scenario) -> Vec<String> {
    relief_model::sequence_warnings(s)
        .iter()
        .map(language::say)
        .collect()
}

/// What `set_scenario` returns: the headline numbers, the checker's warnings, the summary,
/// and which of the trust by type (`target_types`, their keys) and the outcome shares
/// (`has_outcomes`) the projection holds, so the page's legends name what is drawn.
pub fn update_summary(s: &Scenario, p: &Projection, baseline: Option<&Projection>) -> Value {
    json!({
        "horizon_months": s.horizon_months,
        "runs": s.runs,
        "breakdown_probability": p.summary.breakdown_probability,
        "median_breakdown_month": p.summary.median_breakdown_month,
        "full_relief_month_p50": p.summary.full_relief_month_p50,
        "baseline_breakdown_probability": baseline.map(|b| b.summary.breakdown_probability),
        "warnings": warnings(s),
        "hazard_scale": relief_charts::hazard_scale(p),
        "target_types": TargetType::present(p).iter().map(|t| t.key()).collect::<Vec<_>>(),
        "has_outcomes": p.outcomes.is_some(),
        "has_model_uncertainty": p.with_parameter_uncertainty.is_some(),
        "text": summary_text(p, baseline, None),
    })
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_inside_a_sentence_is_the_models_name_in_lower_case() {
        let names: Vec<(&str, &str)> = Series::ALL
            .iter()
            .map(|s| (s.key(), s.label()))
            .chain(TargetType::ALL.iter().map(|t| (t.key(), t.label())))
            .chain(Outcome::ALL.iter().map(|o| (o.key(), o.label())))
            .collect();
        for (key, label) in names {
            assert_eq!(inline_name(key), label.to_ascii_lowercase(), "{key}");
        }
    }
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    fn flat(horizon: u32, v: f64) -> Bands {
        let n = horizon as usize + 1;
        Bands {
            p10: vec![v - 0.1; n],
            p25: vec![v - 0.05; n],
            p50: vec![v; n],
            p75: vec![v + 0.05; n],
            p90: vec![v + 0.1; n],
            mean: vec![v; n],
        }
    }

    fn projection(horizon: u32) -> Projection {
        let n = horizon as usize + 1;
        Projection {
            horizon_months: horizon,
            trust: flat(horizon, 0.62),
            target_trust: flat(horizon, 0.5),
            economy: flat(horizon, 0.41),
            leverage: flat(horizon, 0.7),
            legitimacy: flat(horizon, 0.55),
            backsliding_risk: (0..n).map(|i| i as f64 / n as f64 * 0.2).collect(),
            hazard: vec![0.004; n],
            trust_if_sincere: None,
            trust_if_insincere: None,
            relief_in_force: None,
            outcomes: None,
            summary: relief_model::Summary {
                breakdown_probability: 0.2 * horizon as f64 / n as f64,
                median_breakdown_month: None,
                full_relief_month_p50: Some(22),
            },
            warnings: vec!["a warning".into()],
            with_parameter_uncertainty: None,
        }
    }

    #[test]
    fn a_change_is_told_in_plain_figures_with_its_sign_and_unit() {
        let before = projection(48);
        let mut after = projection(48);
        after.backsliding_risk = vec![0.12; 49];
        after.economy = flat(48, 0.47);
        let lines = change_lines(&before, &after, None);
        let text = |i: usize| lines[i]["text"].as_str().unwrap().to_owned();
        // The risk at month 48 was 48/49 × 0.2 ≈ 20%.
        assert_eq!(
            text(2),
            "breakdown by month 48: 20% \u{2192} 12% (\u{2212}8 points)"
        );
        assert_eq!(
            text(1),
            "recovery by month 48: 41% \u{2192} 47% (+6 points)"
        );
        assert_eq!(
            text(0),
            "trust in the target by month 48: 0.62 \u{2192} 0.62 (no change)"
        );
        assert_eq!(lines[2]["chart"], "risk");
        assert_eq!(lines[2]["delta"], -8.0);
        assert_eq!(lines[1]["delta"], 6.0);
        assert_eq!(lines[0]["delta"], 0.0);
        assert_eq!(
            lines[2]["short"],
            "by month 48: 20% \u{2192} 12% (\u{2212}8 points)"
        );
    }

    #[test]
    fn a_change_of_one_point_is_singular_and_a_shorter_horizon_bounds_the_month() {
        let before = projection(24);
        let mut after = projection(48);
        after.economy = flat(48, 0.42);
        let lines = change_lines(&before, &after, None);
        assert_eq!(
            lines[1]["text"],
            "recovery by month 24: 41% \u{2192} 42% (+1 point)"
        );
    }

    #[test]
    fn summary_names_month_median_range_and_risk() {
        let p = projection(48);
        let text = summary_text(&p, None, Some(24));
        assert!(
            text.starts_with("By month 24, trust in the target is 0.62 (middle half 0.57 to 0.67)"),
            "{text}"
        );
        assert!(
            text.contains("41% of the economic loss is recovered (middle half 36% to 46%)"),
            "{text}"
        );
        assert!(text.ends_with("is 10%."), "{text}");
        let with_base = summary_text(&p, Some(&projection(48)), None);
        assert!(with_base.starts_with("By month 48,"), "{with_base}");
        assert!(with_base.ends_with("(20% in the baseline)."), "{with_base}");
    }

    /// `projection(48)` with the model's doubt: the risk's range runs `low` to `high`.
    fn doubted(low: f64, high: f64) -> Projection {
        let p = projection(48);
        let n = p.len();
        Projection {
            with_parameter_uncertainty: Some(relief_model::ParameterUncertainty {
                trust: flat(48, 0.6),
                target_trust: flat(48, 0.5),
                economy: flat(48, 0.4),
                leverage: flat(48, 0.7),
                legitimacy: flat(48, 0.55),
                trust_if_sincere: None,
                trust_if_insincere: None,
                backsliding_risk: vec![(low + high) / 2.0; n],
                backsliding_risk_low: vec![low; n],
                backsliding_risk_high: vec![high; n],
                summary: p.summary,
            }),
            ..p
        }
    }

    /// The model's doubt is said after luck's numbers, in every place a reader meets the risk:
    /// as a range, or, when it is narrower than a point, as no range beyond luck's.
    #[test]
    fn the_models_doubt_is_told_as_the_risks_range() {
        let p = doubted(0.31, 0.57);
        let text = summary_text(&p, None, Some(24));
        assert!(
            text.ends_with("is 10%. If the model's own numbers are off within their plausible ranges, the risk could be from 31% to 57%."),
            "{text}"
        );
        assert_eq!(
            readout(&p, None, 24)["risk_text"],
            "10% (from 31% to 57% with model doubt)"
        );
        assert!(
            chart_value_text(&p, ChartKind::Risk, 24)
                .contains("risk of breakdown 10% (from 31% to 57% with model doubt);")
        );
        let t = table(&p);
        let column = t["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == "Range with model doubt")
            .unwrap();
        assert_eq!(t["rows"][0][column], "from 31% to 57%");
        let narrow = doubted(0.402, 0.404);
        assert!(
            summary_text(&narrow, None, None)
                .ends_with("the risk moves by less than luck alone can show in this many futures."),
        );
        assert_eq!(
            readout(&narrow, None, 48)["risk_text"],
            "20% (no clear range with model doubt)"
        );
        // Without the doubt nothing is said of it.
        assert!(!summary_text(&projection(48), None, None).contains("model"));
        assert_eq!(
            update_summary(&relief_model::Scenario::default(), &p, None)["has_model_uncertainty"],
            true
        );
    }

    #[test]
    fn month_past_the_horizon_reads_the_last_month() {
        let p = projection(12);
        assert!(summary_text(&p, None, Some(99)).starts_with("By month 12,"));
        assert_eq!(readout(&p, None, 99)["month"], 12);
    }

    #[test]
    fn table_rows_follow_the_stride_and_end_at_the_horizon() {
        assert_eq!(table_stride(6), 1);
        assert_eq!(table_stride(48), 6);
        assert_eq!(table_stride(50), 6);
        assert_eq!(table_stride(240), 24);
        let t = table(&projection(50));
        let months: Vec<&str> = t["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[0].as_str().unwrap())
            .collect();
        assert_eq!(
            months,
            ["0", "6", "12", "18", "24", "30", "36", "42", "48", "50"]
        );
        assert_eq!(t["columns"].as_array().unwrap().len(), 7);
        assert_eq!(t["rows"][1][3], "41% (31% to 51%)");
    }

    #[test]
    fn readout_has_every_series_and_the_baseline() {
        let p = projection(48);
        let r = readout(&p, Some(&p), 6);
        assert_eq!(r["series"].as_array().unwrap().len(), 5);
        assert_eq!(r["series"][0]["key"], "trust");
        assert_eq!(r["series"][0]["baseline"], 0.62);
        assert!(r["baseline_backsliding_risk"].is_number());
    }

    #[test]
    fn a_median_on_the_edge_of_its_middle_half_is_explained() {
        let mut b = flat(48, 0.5);
        b.p75 = vec![0.5; 49];
        assert_eq!(
            middle_half(Series::Trust, &b, 10),
            "0.50 (middle half 0.45 to 0.50; a quarter or more of the futures are at 0.50)"
        );
        b.p25 = vec![0.5; 49];
        assert_eq!(
            middle_half(Series::Trust, &b, 10),
            "0.50 (middle half 0.50 to 0.50; at least half the futures are at 0.50)"
        );
        assert_eq!(
            middle_half(Series::Economy, &flat(48, 0.4), 10),
            "40% (middle half 35% to 45%)"
        );
    }

    #[test]
    fn chart_value_text_reads_like_a_sentence() {
        let p = projection(48);
        let t = chart_value_text(&p, ChartKind::Trust, 3);
        assert!(
            t.starts_with(
                "Month 3: trust in the target 0.62 (middle half 0.57 to 0.67); target's trust"
            ),
            "{t}"
        );
        assert!(
            chart_value_text(&p, ChartKind::Risk, 3).starts_with("Month 3: risk of breakdown ")
        );
    }

    #[test]
    fn catalog_covers_every_kind_and_assumption() {
        let c = catalog();
        assert_eq!(c["steps"].as_array().unwrap().len(), StepKind::ALL.len());
        assert_eq!(c["shocks"].as_array().unwrap().len(), ShockKind::ALL.len());
        assert_eq!(
            c["assumptions"].as_array().unwrap().len(),
            Assumption::ALL.len()
        );
        assert!(
            c["assumptions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["key"] == "reneging" && a["label"] == "Reneging at home")
        );
        assert_eq!(c["charts"].as_array().unwrap().len(), ChartKind::ALL.len());
        assert_eq!(c["charts"][5]["key"], "outcomes");
        assert_eq!(c["charts"][5]["compares"], false);
        assert_eq!(c["outcomes"][1]["label"], "Cheating unseen");
        assert_eq!(
            c["target_types"][0]["short_label"],
            "If the target means it"
        );
        assert_eq!(c["lanes"].as_array().unwrap().len(), 4);
        for step in c["steps"].as_array().unwrap() {
            let lane = step["lane"].as_str().unwrap();
            assert!(LANES.iter().any(|(k, _)| *k == lane));
        }
        assert_eq!(c["limits"]["max_seed"].as_u64(), Some((1 << 53) - 1));
    }

    /// `projection(horizon)` with trust by type (0.8 where the target means it, 0.1 where it
    /// does not) and outcome shares of 55%, 10%, 15% and 20%.
    fn typed(horizon: u32) -> Projection {
        let n = horizon as usize + 1;
        Projection {
            trust_if_sincere: Some(flat(horizon, 0.8)),
            trust_if_insincere: Some(flat(horizon, 0.1)),
            outcomes: Some(relief_model::Outcomes {
                sustained: vec![0.55; n],
                exploited: vec![0.1; n],
                caught: vec![0.15; n],
                collapsed: vec![0.2; n],
            }),
            ..projection(horizon)
        }
    }

    #[test]
    fn summary_speaks_of_trust_by_type_and_the_outcomes() {
        let text = summary_text(&typed(48), None, Some(24));
        assert!(
            text.starts_with(
                "By month 24, if the target means it, trust in it is 0.80 (middle half 0.75 to 0.85); \
                 if it doesn't, 0.10 (middle half 0.05 to 0.15). The target's trust is 0.50"
            ),
            "{text}"
        );
        assert!(
            text.ends_with(
                "is 10%. By then the deal holds in 55% of the futures; cheating goes unseen in 10% \
                 and is caught in 15%; the deal has collapsed in 20%."
            ),
            "{text}"
        );
        // A target that means it in every future has one trust, said so.
        let sincere_only = Projection {
            trust_if_insincere: None,
            ..typed(48)
        };
        let text = summary_text(&sincere_only, None, None);
        assert!(
            text.starts_with("By month 48, trust in the target, which means it in every simulated future, is 0.62"),
            "{text}"
        );
    }

    #[test]
    fn readout_table_and_chart_text_carry_types_and_outcomes() {
        let p = typed(48);
        let r = readout(&p, Some(&p), 6);
        assert_eq!(r["types"][0]["label"], "Trust if the target means it");
        assert_eq!(r["types"][1]["text"], "0.10 (0.05 to 0.15)");
        assert_eq!(r["types"][1]["baseline"], 0.1);
        assert_eq!(r["outcomes"][3]["label"], "Deal collapsed");
        assert_eq!(r["outcomes"][3]["text"], "20%");
        // Without them the readout says nothing of them.
        let old = readout(&projection(48), None, 6);
        assert!(old["types"].as_array().unwrap().is_empty());
        assert!(old["outcomes"].as_array().unwrap().is_empty());

        let t = table(&p);
        let columns: Vec<&str> = t["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert_eq!(
            columns,
            [
                "Month",
                "Trust if the target means it",
                "Trust if it doesn't",
                "Target's trust",
                "Economic recovery",
                "Leverage held",
                "Legitimacy",
                "Risk of breakdown",
                "Deal holds",
                "Cheating unseen",
                "Cheating caught",
                "Deal collapsed",
            ]
        );
        assert_eq!(t["rows"][2][1], "0.80 (0.70 to 0.90)");
        assert_eq!(t["rows"][2][11], "20%");

        let trust = chart_value_text(&p, ChartKind::Trust, 3);
        assert!(
            trust.starts_with("Month 3: trust if the target means it 0.80 (middle half 0.75 to 0.85); trust if it doesn't 0.10"),
            "{trust}"
        );
        assert_eq!(
            chart_value_text(&p, ChartKind::Outcomes, 3),
            "Month 3: deal holds 55%; cheating unseen 10%; cheating caught 15%; deal collapsed 20%."
        );
        let s = update_summary(&Scenario::default(), &p, None);
        assert_eq!(s["target_types"][1], "trust_if_insincere");
        assert_eq!(s["has_outcomes"], true);
        let pal = palette(Theme::Dark);
        assert_eq!(pal["outcomes"]["caught"], "#88CCEE");
        assert!(pal["series"]["trust_if_insincere"].is_string());
    }
}
