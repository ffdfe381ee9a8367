//! Hand-made projections and a reader of plotters' SVG output.

use std::collections::HashMap;

use relief_model::{Bands, Projection, Summary};

/// Bands around a median curve: the quartiles 0.08 away and the deciles 0.18 away, clamped
/// to 0..=1, so every band has visible width.
pub fn bands(horizon: u32, median: impl Fn(f64) -> f64) -> Bands {
    let at = |d: f64| -> Vec<f64> {
        (0..=horizon)
            .map(|m| (median(f64::from(m)) + d).clamp(0.0, 1.0))
            .collect()
    };
    let p50 = at(0.0);
    Bands {
        p10: at(-0.18),
        p25: at(-0.08),
        p50: p50.clone(),
        p75: at(0.08),
        p90: at(0.18),
        mean: p50,
    }
}

/// A plausible projection: trust rising, the target's trust rising faster then stalling,
/// the economy recovering slowly, leverage falling, legitimacy wavering, and risk rising with
/// a jump at month 20 (a shock).
pub fn projection(horizon: u32) -> Projection {
    let mut risk = Vec::new();
    let mut hazard = Vec::new();
    let mut intact: f64 = 1.0;
    for m in 0..=horizon {
        let h = if m == 0 {
            0.0
        } else if m == 20 {
            0.06
        } else {
            0.004 + 0.002 * (f64::from(m) / 10.0).sin().abs()
        };
        intact *= 1.0 - h;
        hazard.push(h);
        risk.push(1.0 - intact);
    }
    Projection {
        horizon_months: horizon,
        trust: bands(horizon, |m| 0.25 + 0.45 * (1.0 - (-m / 14.0).exp())),
        target_trust: bands(horizon, |m| {
            0.3 + 0.3 * (1.0 - (-m / 6.0).exp()) - 0.002 * m
        }),
        economy: bands(horizon, |m| 0.7 * (1.0 - (-m / 24.0).exp())),
        leverage: bands(horizon, |m| 0.9 - 0.5 * (1.0 - (-m / 20.0).exp())),
        legitimacy: bands(horizon, |m| {
            0.45 + 0.15 * (m / 8.0).sin() * (-m / 40.0).exp()
        }),
        summary: Summary {
            breakdown_probability: *risk.last().unwrap(),
            median_breakdown_month: None,
            full_relief_month_p50: Some(22),
        },
        backsliding_risk: risk,
        hazard,
        trust_if_sincere: None,
        trust_if_insincere: None,
        relief_in_force: None,
        outcomes: None,
        warnings: vec![],
        with_parameter_uncertainty: None,
    }
}

/// A projection whose every series is a constant, for checks on exact pixel positions.
pub fn flat(horizon: u32, value: f64) -> Projection {
    let mut p = projection(horizon);
    let b = bands(horizon, |_| value);
    p.trust = b.clone();
    p.target_trust = b.clone();
    p.economy = b.clone();
    p.leverage = b.clone();
    p.legitimacy = b;
    p
}

/// One element of an SVG document: its tag, attributes and (for `<text>`) content.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub attrs: HashMap<String, String>,
    pub text: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> &str {
        self.attrs.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .parse()
            .unwrap_or_else(|_| panic!("{name} of {self:?} is not a number"))
    }

    /// The `points` attribute of a polyline or polygon.
    pub fn points(&self) -> Vec<(i32, i32)> {
        self.attr("points")
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').expect("x,y");
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }
}

/// Every element of plotters' SVG output, in document order. plotters writes one element
/// per line (`<tag a="b" .../>`, or `<text ...>` then the text then `</text>`), which this
/// reads without a full XML parser.
pub fn elements(svg: &str) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    let mut in_text = false;
    for line in svg.lines() {
        let line = line.trim();
        if line.starts_with("</") {
            in_text = false;
            continue;
        }
        if let Some(rest) = line.strip_prefix('<') {
            let (tag, rest) = rest
                .split_once(' ')
                .unwrap_or((rest.trim_end_matches('>'), ""));
            let mut attrs = HashMap::new();
            let mut s = rest;
            while let Some(eq) = s.find("=\"") {
                let key = s[..eq].trim().to_string();
                let after = &s[eq + 2..];
                let end = after.find('"').expect("closing quote");
                attrs.insert(key, after[..end].to_string());
                s = &after[end + 1..];
            }
            in_text = tag == "text" && !line.ends_with("/>");
            out.push(Element {
                tag: tag.to_string(),
                attrs,
                text: String::new(),
            });
        } else if in_text {
            let last = out.last_mut().unwrap();
            last.text.push_str(line);
        }
    }
    out
}

/// Elements with this tag whose `key` attribute is `value`.
pub fn with<'a>(els: &'a [Element], tag: &str, key: &str, value: &str) -> Vec<&'a Element> {
    els.iter()
        .filter(|e| e.tag == tag && e.attr(key) == value)
        .collect()
}

/// Text contents of all `<text>` elements.
pub fn texts(els: &[Element]) -> Vec<String> {
    els.iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.text.clone())
        .collect()
}

/// `p` with the second edition's series: the trust in the target by type (high and rising
/// where the target means it, low and falling where it does not) and outcome shares that move
/// from the deal holding toward the other three, summing to 1 every month.
pub fn with_types_and_outcomes(mut p: Projection) -> Projection {
    let h = p.horizon_months;
    p.trust_if_sincere = Some(bands(h, |m| 0.3 + 0.5 * (1.0 - (-m / 12.0).exp())));
    p.trust_if_insincere = Some(bands(h, |m| 0.3 * (-m / 18.0).exp()));
    let share = |f: &dyn Fn(f64) -> f64| -> Vec<f64> { (0..=h).map(|m| f(f64::from(m))).collect() };
    let exploited = share(&|m| 0.15 * (1.0 - (-m / 10.0).exp()));
    let caught = share(&|m| 0.2 * (1.0 - (-m / 20.0).exp()));
    let collapsed = share(&|m| 0.1 * (1.0 - (-m / 30.0).exp()));
    let sustained = (0..=h as usize)
        .map(|i| 1.0 - exploited[i] - caught[i] - collapsed[i])
        .collect();
    p.outcomes = Some(relief_model::Outcomes {
        sustained,
        exploited,
        caught,
        collapsed,
    });
    p
}
