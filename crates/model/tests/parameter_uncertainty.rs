//! The model's own uncertainty: a scenario may ask for the same runs again with each run's
//! coefficients drawn from their plausible ranges. What a reader relies on: luck alone stays
//! exactly what it was, the bands of the drawn runs are wider by the model's doubt, and the
//! whole is as deterministic as any projection.

use crate::common::data;
use relief_model::{
    Counts, Params, Projection, Scenario, Series, parse_projection, parse_scenario,
    projection_to_csv, projection_to_json, scenario_to_json, simulate,
};

fn default_scenario(runs: u32) -> Scenario {
    let mut s = parse_scenario(&data("default-scenario.json")).unwrap();
    s.runs = runs;
    s
}

fn with_uncertainty(mut s: Scenario) -> Scenario {
    s.parameter_uncertainty = true;
    s
}

/// The mean width of a series' p10–p90 band over the months.
fn mean_width(bands: &relief_model::Bands) -> f64 {
    let n = bands.p10.len() as f64;
    bands
        .p10
        .iter()
        .zip(&bands.p90)
        .map(|(lo, hi)| hi - lo)
        .sum::<f64>()
        / n
}

/// Asking for the model's uncertainty adds the drawn runs and changes nothing else: the bands,
/// risk and summary of luck alone are the same bits as without it.
#[test]
fn luck_alone_is_the_same_with_or_without_the_models_uncertainty() {
    let luck = simulate(&default_scenario(300));
    let both = simulate(&with_uncertainty(default_scenario(300)));
    assert!(luck.with_parameter_uncertainty.is_none());
    assert!(both.with_parameter_uncertainty.is_some());
    let without = Projection {
        with_parameter_uncertainty: None,
        ..both
    };
    assert_eq!(without, luck);
}

/// The model's doubt about itself shows: in every preset the risk of breakdown at the horizon
/// has a range of its own that holds the risk of the drawn runs, and in most that range is
/// wider than two points once luck's part is taken out; the bands of trust and recovery move.
#[test]
fn drawn_calibrations_give_the_risk_a_range_in_every_preset() {
    let mut problems = Vec::new();
    let mut narrow = Vec::new();
    let presets = relief_model::presets();
    for preset in presets.iter().cloned() {
        let id = preset.name.clone();
        let mut scenario = preset.scenario;
        scenario.runs = 1000;
        let p = simulate(&with_uncertainty(scenario));
        let wide = p.with_parameter_uncertainty.as_ref().unwrap();
        let last = p.horizon_months as usize;
        let (low, risk, high) = (
            wide.backsliding_risk_low[last],
            wide.backsliding_risk[last],
            wide.backsliding_risk_high[last],
        );
        println!(
            "{id}: risk {:.3} under the calibration, {risk:.3} drawn, range {low:.3}–{high:.3}; trust band {:.3} → {:.3}, economy {:.3} → {:.3}",
            p.summary.breakdown_probability,
            mean_width(&p.trust),
            mean_width(&wide.trust),
            mean_width(&p.economy),
            mean_width(&wide.economy),
        );
        if !(low <= risk && risk <= high) {
            problems.push(format!("{id}: {risk} outside {low}–{high}"));
        }
        if high - low < 0.02 {
            narrow.push(id.clone());
        }
        if wide.trust == p.trust || wide.economy == p.economy {
            problems.push(format!("{id}: the drawn runs' bands are luck's"));
        }
    }
    assert!(problems.is_empty(), "{problems:?}");
    assert!(
        narrow.len() * 4 <= presets.len(),
        "no range beyond luck's in {narrow:?}"
    );
}

/// The same scenario and seed give the same drawn runs, bit for bit; another seed gives others.
#[test]
fn the_drawn_runs_are_deterministic_by_seed() {
    let scenario = with_uncertainty(default_scenario(200));
    let a = simulate(&scenario);
    assert_eq!(a, simulate(&scenario));
    #[cfg(feature = "parallel")]
    assert_eq!(a, relief_model::simulate_on_every_core(&scenario));
    let mut other = scenario.clone();
    other.seed += 1;
    assert_ne!(
        a.with_parameter_uncertainty,
        simulate(&other).with_parameter_uncertainty
    );
}

/// Slices counted apart (as the page's workers count them) and sent as words merge into the
/// projection of the whole ensemble, drawn runs included; counts with and without the drawn
/// runs never mix.
#[test]
fn slices_with_the_models_uncertainty_merge_into_the_whole() {
    let scenario = with_uncertainty(default_scenario(240));
    let params = Params::default();
    let mut merged = Counts::new(&scenario);
    for slice in [0..70, 70..71, 71..240] {
        let words = Counts::of_runs(&scenario, &params, slice).to_words();
        merged.merge(&Counts::from_words(&words).unwrap()).unwrap();
    }
    assert_eq!(merged.projection(&scenario), simulate(&scenario));
    let luck_only = Counts::of_runs(&default_scenario(240), &params, 0..10);
    let error = merged.merge(&luck_only).unwrap_err().to_string();
    assert!(error.contains("model's uncertainty"), "{error}");
    // The drawn half cut off, or cut short, is refused.
    let words = Counts::of_runs(&scenario, &params, 0..10).to_words();
    assert!(Counts::from_words(&words[..words.len() - 1]).is_err());
}

/// The scenario keeps the request through a file, and a scenario without it is written as
/// before; the projection keeps the drawn runs through JSON (to six decimals) and CSV.
#[test]
fn files_keep_the_request_and_the_drawn_runs() {
    let plain = default_scenario(100);
    assert!(!scenario_to_json(&plain).contains("parameter_uncertainty"));
    let asked = with_uncertainty(plain);
    let text = scenario_to_json(&asked);
    assert!(text.contains("\"parameter_uncertainty\": true"), "{text}");
    assert!(parse_scenario(&text).unwrap().parameter_uncertainty);
    let projection = simulate(&asked);
    let back = parse_projection(&projection_to_json(&projection)).unwrap();
    let (wide, wide_back) = (
        projection.with_parameter_uncertainty.as_ref().unwrap(),
        back.with_parameter_uncertainty.as_ref().unwrap(),
    );
    for series in Series::ALL {
        for ((_, a), (_, b)) in wide
            .bands(series)
            .columns()
            .iter()
            .zip(wide_back.bands(series).columns())
        {
            assert!(a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 1e-6));
        }
    }
    assert_eq!(
        wide.summary.median_breakdown_month,
        wide_back.summary.median_breakdown_month
    );
    let csv = projection_to_csv(&projection);
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",backsliding_risk_with_parameter_uncertainty_high"),
        "{header}"
    );
    assert!(header.contains(",economy_with_parameter_uncertainty_p10,"));
}

/// "Why?" and "What matters most?" read luck alone under the product's calibration: asking for
/// the model's doubt changes neither answer.
#[test]
fn the_analyses_read_luck_alone_whatever_the_scenario_asks() {
    use relief_model::{Measure, Target, explain, sensitivity};
    let plain = default_scenario(150);
    let asked = with_uncertainty(plain.clone());
    assert_eq!(
        explain(&asked, Target::Series(Series::Trust), 24),
        explain(&plain, Target::Series(Series::Trust), 24)
    );
    let measure = Measure::BreakdownBy { month: 24 };
    let params = Params::default();
    assert_eq!(
        sensitivity(&asked, &params, measure),
        sensitivity(&plain, &params, measure)
    );
}

/// However the runs are cut into slices (the page's workers count slices of a few dozen runs),
/// the drawn runs merge into exactly what one ensemble gives: what one calibration implied for
/// a run is never carried into a run under another.
#[test]
fn the_drawn_runs_do_not_depend_on_how_the_runs_are_sliced() {
    let params = Params::default();
    for preset in relief_model::presets().into_iter().take(6) {
        let mut scenario = with_uncertainty(preset.scenario);
        scenario.runs = 160;
        let whole = simulate(&scenario);
        for size in [1, 7, 37] {
            let mut merged = Counts::new(&scenario);
            let mut start = 0;
            while start < scenario.runs {
                let end = (start + size).min(scenario.runs);
                merged
                    .merge(&Counts::of_runs(&scenario, &params, start..end))
                    .unwrap();
                start = end;
            }
            assert!(
                merged.projection(&scenario) == whole,
                "{}: slices of {size} runs differ from the whole",
                preset.name
            );
        }
    }
}
