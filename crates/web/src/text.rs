//! The words and numbers the page shows: the one-paragraph summary, the readout at a month,
//! the table that stands in for the charts, and the catalog the palette and the sliders are
//! built from. Pure functions of the model's types that return JSON values, so they are
//! tested natively and cross into JavaScript as one `JSON.parse`.

use relief_charts::{ChartKind, Theme};
use relief_model::{
    Actor, Assumption, Assumptions, Bands, Projection, Scenario, Series, ShockKind, StepKind,
    limits,
};
use serde_json::{Value, json};

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
            })
        })
        .collect();
    json!({
        "steps": steps,
        "shocks": shocks,
        "assumptions": assumptions,
        "lanes": lanes,
        "series": series,
        "charts": charts,
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
    json!({
        "theme": theme.key(),
        "background": p.background.hex(),
        "text": p.text.hex(),
        "baseline": p.baseline.hex(),
        "highlight": p.highlight.hex(),
        "risk": p.risk.hex(),
        "series": series,
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
    })
}

/// The value of a series at a month, clamped to the horizon.
fn at(values: &[f64], month: u32) -> f64 {
    let i = (month as usize).min(values.len().saturating_sub(1));
    values.get(i).copied().unwrap_or(0.0)
}

/// A 0-to-1 level as the page writes it: two decimals.
pub fn level(v: f64) -> String {
    format!("{:.2}", v)
}

/// A share as a whole percent.
pub fn percent(v: f64) -> String {
    format!("{:.0}%", (v * 100.0).round())
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

/// "0.62 (0.48 to 0.74)": the median and the range that holds the middle 80% of runs.
fn with_range(series: Series, bands: &Bands, month: u32) -> String {
    format!(
        "{} ({} to {})",
        fmt(series, at(&bands.p50, month)),
        fmt(series, at(&bands.p10, month)),
        fmt(series, at(&bands.p90, month))
    )
}

/// The one-paragraph summary at `month` (the horizon when `None`), as a screen reader
/// announces it after a change. With a baseline, the breakdown risk is compared with it.
pub fn summary_text(p: &Projection, baseline: Option<&Projection>, month: Option<u32>) -> String {
    let m = month.unwrap_or(p.horizon_months).min(p.horizon_months);
    let trust = &p.trust;
    // "Likely" is the middle half of the simulated futures: as likely inside as outside. The
    // wider 8-in-10 range shows on the charts and in the table.
    let mut s = format!(
        "By month {m}, trust in the target is {} (likely {} to {}), the target's trust is {}, \
         and {} of the economic loss is recovered (likely {} to {}); \
         the risk that the process has broken down is {}",
        level(at(&trust.p50, m)),
        level(at(&trust.p25, m)),
        level(at(&trust.p75, m)),
        level(at(&p.target_trust.p50, m)),
        percent(at(&p.economy.p50, m)),
        percent(at(&p.economy.p25, m)),
        percent(at(&p.economy.p75, m)),
        percent(at(&p.backsliding_risk, m)),
    );
    if let Some(b) = baseline.filter(|b| m <= b.horizon_months) {
        s.push_str(&format!(
            " ({} in the baseline)",
            percent(at(&b.backsliding_risk, m))
        ));
    }
    s.push('.');
    s
}

/// Every value at `month`: what the readout under the charts shows while a month is hovered
/// or focused.
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
                "label": s.label(),
                "percent": is_percent(s),
                "p10": at(&b.p10, m),
                "p25": at(&b.p25, m),
                "p50": at(&b.p50, m),
                "p75": at(&b.p75, m),
                "p90": at(&b.p90, m),
                "baseline": base,
                "text": with_range(s, b, m),
            })
        })
        .collect();
    let base_risk = baseline
        .filter(|b| m <= b.horizon_months)
        .map(|b| at(&b.backsliding_risk, m));
    json!({
        "month": m,
        "series": series,
        "backsliding_risk": at(&p.backsliding_risk, m),
        "hazard": at(&p.hazard, m),
        "baseline_backsliding_risk": base_risk,
        "risk_text": percent(at(&p.backsliding_risk, m)),
    })
}

/// What one chart shows at `month`, in a sentence: the chart's accessible value while a reader
/// steps through months with the keyboard.
pub fn chart_value_text(p: &Projection, kind: ChartKind, month: u32) -> String {
    let m = month.min(p.horizon_months);
    if kind == ChartKind::Risk {
        return format!(
            "Month {m}: broken down in {} of futures so far; {} of those still intact break down this month.",
            percent(at(&p.backsliding_risk, m)),
            percent(at(&p.hazard, m))
        );
    }
    let parts: Vec<String> = kind
        .series()
        .iter()
        .map(|&s| {
            format!(
                "{} {}",
                // The model's own English labels: ASCII case is enough, and keeps Unicode's
                // case tables out of the module.
                s.label().to_ascii_lowercase(),
                with_range(s, p.bands(s), m)
            )
        })
        .collect();
    format!("Month {m}: {}.", parts.join("; "))
}

/// Months between two rows of the table, so a table has at most about twelve rows.
pub fn table_stride(horizon: u32) -> u32 {
    [1, 2, 3, 6, 12, 24, 48]
        .into_iter()
        .find(|s| horizon / s <= 12)
        .unwrap_or(48)
}

/// The table that stands in for the charts: one row every [`table_stride`] months (and the
/// horizon), each cell a median with the range of the middle 80% of runs.
pub fn table(p: &Projection) -> Value {
    let stride = table_stride(p.horizon_months);
    let mut months: Vec<u32> = (0..=p.horizon_months).step_by(stride as usize).collect();
    if months.last() != Some(&p.horizon_months) {
        months.push(p.horizon_months);
    }
    let mut columns = vec![Value::String("Month".into())];
    columns.extend(Series::ALL.iter().map(|s| Value::String(s.label().into())));
    columns.push(Value::String("Broken down so far".into()));
    let rows: Vec<Value> = months
        .iter()
        .map(|&m| {
            let mut row = vec![Value::String(m.to_string())];
            row.extend(
                Series::ALL
                    .iter()
                    .map(|&s| Value::String(with_range(s, p.bands(s), m))),
            );
            row.push(Value::String(percent(at(&p.backsliding_risk, m))));
            Value::Array(row)
        })
        .collect();
    json!({ "stride": stride, "columns": columns, "rows": rows })
}

/// What `set_scenario` returns: the headline numbers, the checker's warnings and the summary.
pub fn update_summary(s: &Scenario, p: &Projection, baseline: Option<&Projection>) -> Value {
    json!({
        "horizon_months": s.horizon_months,
        "runs": s.runs,
        "breakdown_probability": p.summary.breakdown_probability,
        "median_breakdown_month": p.summary.median_breakdown_month,
        "full_relief_month_p50": p.summary.full_relief_month_p50,
        "baseline_breakdown_probability": baseline.map(|b| b.summary.breakdown_probability),
        "warnings": p.warnings,
        "hazard_scale": relief_charts::hazard_scale(p),
        "text": summary_text(p, baseline, None),
    })
}

// These run natively and, under `--target wasm32-unknown-unknown`, in the browser with the
// rest of the crate's tests.
#[cfg(test)]
mod tests {
    use super::*;
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
        }
    }

    #[test]
    fn summary_names_month_median_range_and_risk() {
        let p = projection(48);
        let text = summary_text(&p, None, Some(24));
        assert!(
            text.starts_with("By month 24, trust in the target is 0.62 (likely 0.57 to 0.67)"),
            "{text}"
        );
        assert!(
            text.contains("41% of the economic loss is recovered (likely 36% to 46%)"),
            "{text}"
        );
        assert!(text.ends_with("is 10%."), "{text}");
        let with_base = summary_text(&p, Some(&projection(48)), None);
        assert!(with_base.starts_with("By month 48,"), "{with_base}");
        assert!(with_base.ends_with("(20% in the baseline)."), "{with_base}");
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
    fn chart_value_text_reads_like_a_sentence() {
        let p = projection(48);
        let t = chart_value_text(&p, ChartKind::Trust, 3);
        assert!(
            t.starts_with("Month 3: trust in the target 0.62 (0.52 to 0.72); target's trust"),
            "{t}"
        );
        assert!(chart_value_text(&p, ChartKind::Risk, 3).contains("broken down in"));
    }

    #[test]
    fn catalog_covers_every_kind_and_assumption() {
        let c = catalog();
        assert_eq!(c["steps"].as_array().unwrap().len(), StepKind::ALL.len());
        assert_eq!(c["shocks"].as_array().unwrap().len(), ShockKind::ALL.len());
        assert_eq!(c["assumptions"].as_array().unwrap().len(), 8);
        assert_eq!(c["lanes"].as_array().unwrap().len(), 4);
        for step in c["steps"].as_array().unwrap() {
            let lane = step["lane"].as_str().unwrap();
            assert!(LANES.iter().any(|(k, _)| *k == lane));
        }
        assert_eq!(c["limits"]["max_seed"].as_u64(), Some((1 << 53) - 1));
    }
}
