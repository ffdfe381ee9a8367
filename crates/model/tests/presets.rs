//! The built-in scenarios: every one validates and simulates, names are URL-safe, and the
//! historical ones put every step on a dated milestone whose month matches its date.

use relief_model::{PresetKind, parse_scenario, preset, preset_scenario_json, presets, simulate};

#[test]
fn every_preset_validates_and_simulates() {
    let all = presets();
    assert!(all.len() >= 11);
    for p in &all {
        assert!(
            !p.name.is_empty()
                && p.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            p.name
        );
        assert!(
            !p.scenario.title.is_empty() && !p.scenario.description.is_empty(),
            "{} needs a title and a description",
            p.name
        );
        assert!(!p.scenario.sources.is_empty(), "{} needs sources", p.name);
        assert!(
            !p.assumptions_why.is_empty(),
            "{} must say why its assumptions",
            p.name
        );
        let json = preset_scenario_json(&p.name).unwrap();
        assert_eq!(parse_scenario(&json).unwrap(), p.scenario);
        let projection = simulate(&p.scenario);
        assert!(projection.summary.breakdown_probability.is_finite());
    }
    assert!(preset("no-such-preset").is_none());
}

#[test]
fn the_required_presets_are_there() {
    for name in [
        "all-at-once",
        "phased-and-verified",
        "humanitarian-first",
        "verification-first",
        "snapback-with-criteria",
        "iran-2013",
        "libya-2003",
        "myanmar-2012",
        "sudan-2016",
        "belarus-2015",
        "venezuela-2023",
    ] {
        assert!(preset(name).is_some(), "missing preset {name}");
    }
}

/// Months from `start` to `date`, both `YYYY-MM`.
fn months_between(start: &str, date: &str) -> i64 {
    let parse = |d: &str| {
        let (y, m) = d.split_once('-').unwrap();
        y.parse::<i64>().unwrap() * 12 + m.parse::<i64>().unwrap()
    };
    parse(date) - parse(start)
}

#[test]
fn historical_milestones_match_their_dates_and_carry_every_step() {
    for p in presets()
        .into_iter()
        .filter(|p| p.kind == PresetKind::Historical)
    {
        assert!(
            p.outcome.is_some(),
            "{} must say what happened next",
            p.name
        );
        let start = &p.milestones.first().expect("milestones").date;
        assert_eq!(p.milestones[0].month, 0, "{}", p.name);
        for m in &p.milestones {
            assert_eq!(
                months_between(start, &m.date),
                m.month as i64,
                "{}: {} ({})",
                p.name,
                m.event,
                m.date
            );
        }
        let milestone_months: Vec<u32> = p.milestones.iter().map(|m| m.month).collect();
        for month in p
            .scenario
            .steps
            .iter()
            .map(|s| s.month)
            .chain(p.scenario.shocks.iter().map(|s| s.month))
        {
            assert!(
                milestone_months.contains(&month),
                "{}: a step at month {month} has no dated milestone",
                p.name
            );
        }
    }
}

#[test]
fn all_at_once_breaks_down_more_than_phased_and_verified() {
    // The illustrative pair tells the product's central story; keep it true.
    let at_once = simulate(&preset("all-at-once").unwrap().scenario);
    let phased = simulate(&preset("phased-and-verified").unwrap().scenario);
    assert!(
        at_once.summary.breakdown_probability > phased.summary.breakdown_probability + 0.05,
        "all at once {} vs phased {}",
        at_once.summary.breakdown_probability,
        phased.summary.breakdown_probability
    );
}
