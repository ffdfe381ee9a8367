//! The exported API in a real browser: `cargo test -p relief-web --target wasm32-unknown-unknown`
//! (wasm-bindgen-test-runner drives headless Chromium through chromedriver).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JSON, Reflect};
use relief_web::{
    Explorer, catalog, count_runs, explain, explain_from_values, explain_rerun_count,
    explain_values, new_seed, preset, preset_list, scenario_from_link, scenario_link, simulate,
    validate,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const SCENARIO: &str = r#"{
  "format": "relief-scenario/1",
  "title": "Phased relief under independent monitoring",
  "horizon_months": 48,
  "runs": 200,
  "seed": 7,
  "steps": [
    { "kind": "humanitarian_exemption", "month": 0, "size": 0.1 },
    { "kind": "independent_monitoring", "month": 1 },
    { "kind": "compliance_step", "month": 2, "size": 0.3 },
    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "conditional": true, "transparent": true },
    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
  ],
  "shocks": [{ "kind": "spoiler_attack", "month": 20, "size": 0.5 }]
}"#;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn len(v: &JsValue) -> u32 {
    v.dyn_ref::<Array>().expect("an array").length()
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    get(&JsValue::from(e), "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn simulate_returns_a_projection_in_the_format() {
    let p = simulate(JsValue::from_str(SCENARIO)).unwrap();
    assert_eq!(
        get(&p, "format").as_string().unwrap(),
        "relief-projection/1"
    );
    assert_eq!(len(&get(&p, "months")), 49);
    let series = get(&p, "series");
    for key in ["trust", "target_trust", "economy", "leverage", "legitimacy"] {
        let bands = get(&series, key);
        for stat in ["p10", "p25", "p50", "p75", "p90", "mean"] {
            assert_eq!(len(&get(&bands, stat)), 49, "{key}.{stat}");
        }
    }
    assert_eq!(len(&get(&series, "backsliding_risk")), 49);
    let risk = get(&get(&p, "summary"), "breakdown_probability")
        .as_f64()
        .unwrap();
    assert!((0.0..=1.0).contains(&risk));
}

#[wasm_bindgen_test]
fn simulate_takes_an_object_and_is_deterministic() {
    let object = JSON::parse(SCENARIO).unwrap();
    let a = JSON::stringify(&simulate(object.clone()).unwrap()).unwrap();
    let b = JSON::stringify(&simulate(JsValue::from_str(SCENARIO)).unwrap()).unwrap();
    assert_eq!(a, b);
}

#[wasm_bindgen_test]
fn errors_name_the_field() {
    let bad = SCENARIO.replace("\"month\": 18", "\"month\": 61");
    let message = error_message(simulate(JsValue::from_str(&bad)).unwrap_err());
    assert!(message.contains("/steps/4/month"), "{message}");
    let message = error_message(simulate(JsValue::from_f64(3.0)).unwrap_err());
    assert!(message.contains("scenario"), "{message}");
}

#[wasm_bindgen_test]
fn validate_fills_in_defaults() {
    let s = validate(JsValue::from_str(
        r#"{"format":"relief-scenario/1","steps":[]}"#,
    ))
    .unwrap();
    assert_eq!(get(&s, "horizon_months").as_f64(), Some(48.0));
    assert!(
        get(&get(&s, "assumptions"), "good_faith")
            .as_f64()
            .is_some()
    );
}

#[wasm_bindgen_test]
fn catalog_lists_kinds_assumptions_and_lanes() {
    let c = catalog();
    assert_eq!(len(&get(&c, "steps")), 20);
    assert_eq!(
        len(&get(&c, "shocks")),
        relief_model::ShockKind::ALL.len() as u32
    );
    assert_eq!(
        len(&get(&c, "assumptions")),
        relief_model::Assumption::ALL.len() as u32
    );
    assert_eq!(len(&get(&c, "lanes")), 4);
    let first = Reflect::get_u32(&get(&c, "steps"), 0).unwrap();
    assert_eq!(
        get(&first, "key").as_string().unwrap(),
        "humanitarian_exemption"
    );
    assert!(get(&first, "explanation").as_string().unwrap().len() > 20);
}

#[wasm_bindgen_test]
fn new_seed_is_a_safe_integer() {
    let s = new_seed().unwrap();
    assert!((0.0..=9_007_199_254_740_991.0).contains(&s) && s.fract() == 0.0);
}

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    let style = canvas.style();
    style.set_property("width", &format!("{width}px")).unwrap();
    style
        .set_property("height", &format!("{height}px"))
        .unwrap();
    style.set_property("display", "block").unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn context(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    context(canvas)
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .unwrap()
        .data()
        .0
}

#[wasm_bindgen_test]
fn drawing_fills_the_canvas_at_the_pixel_ratio_and_follows_the_scenario() {
    let canvas = canvas(320, 180);
    let mut explorer = Explorer::new();
    explorer.set_scenario(JsValue::from_str(SCENARIO)).unwrap();
    explorer.attach("economy", canvas.clone()).unwrap();
    let blank = vec![0u8; (320 * 180 * 4) as usize];

    explorer.draw_all(None).unwrap();
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(canvas.width(), (320.0 * dpr).round() as u32);
    assert_eq!(canvas.height(), (180.0 * dpr).round() as u32);
    let first = pixels(&canvas);
    assert_ne!(first.len(), 0);
    assert_ne!(
        first[..blank.len().min(first.len())],
        blank[..blank.len().min(first.len())]
    );
    // More than background and one colour: axes, bands and the median are there.
    let mut colours: Vec<[u8; 4]> = first.chunks(4).map(|c| [c[0], c[1], c[2], c[3]]).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 10, "only {} colours drawn", colours.len());

    // Moving the sectoral easing changes the economy chart.
    let moved = SCENARIO.replace("\"month\": 6", "\"month\": 30");
    explorer.set_scenario(JsValue::from_str(&moved)).unwrap();
    explorer.draw_all(None).unwrap();
    assert_ne!(pixels(&canvas), first);

    // A highlighted month adds a rule.
    let plain = pixels(&canvas);
    explorer.draw_all(Some(12)).unwrap();
    assert_ne!(pixels(&canvas), plain);
    canvas.remove();
}

#[wasm_bindgen_test]
fn a_first_drawing_covers_the_charts_in_sight_and_the_next_the_others() {
    let in_sight = canvas(320, 180);
    let below = canvas(320, 180);
    // Far below the fold, where a page's lower charts are when it opens.
    let height = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    let style = below.style();
    style.set_property("position", "absolute").unwrap();
    style
        .set_property("top", &format!("{}px", height + 2000.0))
        .unwrap();
    let mut explorer = Explorer::new();
    explorer.set_scenario(JsValue::from_str(SCENARIO)).unwrap();
    explorer.attach("economy", in_sight.clone()).unwrap();
    explorer.attach("trust", below.clone()).unwrap();
    let drawn = |c: &HtmlCanvasElement| pixels(c).iter().any(|&byte| byte != 0);

    assert_eq!(explorer.draw_part(None, "in-sight").unwrap(), 1);
    assert!(drawn(&in_sight), "the chart in sight is drawn first");
    assert!(!drawn(&below), "the chart below the fold waits");
    // Cleared, so that drawing it again would show.
    context(&in_sight).clear_rect(
        0.0,
        0.0,
        f64::from(in_sight.width()),
        f64::from(in_sight.height()),
    );

    assert_eq!(explorer.draw_part(None, "out-of-sight").unwrap(), 1);
    assert!(drawn(&below), "the chart below the fold is drawn next");
    assert!(!drawn(&in_sight), "and the one in sight is not drawn again");

    let message = error_message(explorer.draw_part(None, "everything").unwrap_err());
    assert!(message.contains("\"everything\""), "{message}");
    in_sight.remove();
    below.remove();
}

#[wasm_bindgen_test]
fn pointer_positions_map_to_months_and_readouts() {
    let canvas = canvas(400, 200);
    let mut explorer = Explorer::new();
    explorer.set_scenario(JsValue::from_str(SCENARIO)).unwrap();
    explorer.attach("trust", canvas.clone()).unwrap();
    explorer.draw_all(None).unwrap();
    assert_eq!(explorer.month_at("trust", 0.0), None, "left of the plot");
    let last = (0..400)
        .rev()
        .find_map(|x| explorer.month_at("trust", f64::from(x)));
    assert_eq!(last, Some(48));
    assert_eq!(explorer.month_at("nothing", 100.0), None);

    let r = explorer.readout(24);
    assert_eq!(get(&r, "month").as_f64(), Some(24.0));
    assert_eq!(len(&get(&r, "series")), 5);
    let text = explorer.summary_text(Some(24));
    assert!(text.starts_with("By month 24, "), "{text}");
    assert!(text.contains("The target's trust is "), "{text}");
    let table = explorer.table();
    assert_eq!(len(&get(&table, "rows")), 9);
    assert!(explorer.attach("pie", canvas.clone()).is_err());
    canvas.remove();
}

#[wasm_bindgen_test]
fn the_first_scenario_is_the_baseline_until_another_is_pinned() {
    let mut explorer = Explorer::new();
    let first = explorer.set_scenario(JsValue::from_str(SCENARIO)).unwrap();
    let risk = get(&first, "breakdown_probability").as_f64().unwrap();
    assert_eq!(
        get(&first, "baseline_breakdown_probability").as_f64(),
        Some(risk)
    );
    let shorter = SCENARIO
        .replace("\"horizon_months\": 48", "\"horizon_months\": 24")
        .replace("\"month\": 18", "\"month\": 12")
        .replace("\"month\": 20", "\"month\": 22");
    explorer.set_scenario(JsValue::from_str(&shorter)).unwrap();
    // The baseline is projected again over the new horizon.
    let r = explorer.readout(24);
    assert!(
        get(
            &Reflect::get_u32(&get(&r, "series"), 0).unwrap(),
            "baseline"
        )
        .as_f64()
        .is_some()
    );
    explorer.pin_baseline();
    let again = explorer.set_scenario(JsValue::from_str(&shorter)).unwrap();
    assert_eq!(
        get(&again, "baseline_breakdown_probability").as_f64(),
        get(&again, "breakdown_probability").as_f64()
    );
    let bad = explorer.set_scenario(JsValue::from_str("{}"));
    assert!(bad.is_err());
    assert_eq!(
        explorer.horizon(),
        24,
        "an invalid scenario keeps the previous one"
    );
}

#[wasm_bindgen_test]
fn presets_are_listed_and_opened() {
    let list = preset_list();
    assert!(len(&list) >= 11);
    let iran = preset("iran-2013").unwrap();
    assert_eq!(get(&iran, "kind").as_string().unwrap(), "historical");
    let scenario = get(&iran, "scenario");
    assert!(len(&get(&scenario, "sources")) > 0);
    assert!(len(&get(&iran, "milestones")) > 0);
    // The preset's scenario is a valid scenario as it stands.
    assert!(simulate(scenario).is_ok());
    let message = error_message(preset("atlantis").unwrap_err());
    assert!(
        message.contains("no preset named \"atlantis\""),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_scenario_survives_a_link_and_a_broken_link_says_why() {
    let link = scenario_link(JsValue::from_str(SCENARIO)).unwrap();
    assert!(link.starts_with("s1."));
    let back = scenario_from_link(&format!("#{link}")).unwrap();
    let again = validate(JsValue::from_str(SCENARIO)).unwrap();
    assert_eq!(
        JSON::stringify(&back).unwrap(),
        JSON::stringify(&again).unwrap()
    );
    let message = error_message(scenario_from_link(&link[..link.len() / 2]).unwrap_err());
    assert!(message.starts_with("this link cannot be read"), "{message}");
}

#[wasm_bindgen_test]
fn explain_ranks_the_steps_behind_a_change() {
    let e = explain(JsValue::from_str(SCENARIO), "economy", 24).unwrap();
    let contributions = get(&e, "contributions");
    assert!(len(&contributions) > 0);
    let first = Reflect::get_u32(&contributions, 0).unwrap();
    let sentence = get(&first, "sentence").as_string().unwrap();
    assert!(sentence.contains("raised economic recovery"), "{sentence}");
    let message = error_message(explain(JsValue::from_str(SCENARIO), "mood", 3).unwrap_err());
    assert!(message.contains("unknown series"), "{message}");
}

#[wasm_bindgen_test]
fn an_explanation_shared_among_workers_is_the_same_bits_as_one_made_whole() {
    let scenario = || JsValue::from_str(SCENARIO);
    let count = explain_rerun_count(scenario(), 24).unwrap();
    // The whole, the bare, the five steps and the shock (at month 20).
    assert_eq!(count, 8);
    // Two workers' shares, made apart and joined in order.
    let mut values = explain_values(scenario(), "economy", 24, 0, 3).unwrap();
    values.extend(explain_values(scenario(), "economy", 24, 3, count).unwrap());
    let joined = explain_from_values(scenario(), "economy", 24, values.clone()).unwrap();
    let whole = explain(scenario(), "economy", 24).unwrap();
    assert_eq!(
        JSON::stringify(&joined).unwrap(),
        JSON::stringify(&whole).unwrap()
    );
    let message = error_message(explain_values(scenario(), "economy", 24, 2, 9).unwrap_err());
    assert!(
        message.contains("re-runs 2 to 9") && message.contains("has 8"),
        "{message}"
    );
    values.pop();
    let message =
        error_message(explain_from_values(scenario(), "economy", 24, values).unwrap_err());
    assert!(message.contains("takes 8 values"), "{message}");
}

/// A slice the explorer handed out: where its counts go back, and what to count.
struct Slice {
    generation: u32,
    job: u32,
    index: u32,
    scenario: String,
    start: u32,
    end: u32,
}

fn next_slice(explorer: &mut Explorer) -> Option<Slice> {
    let s = explorer.next_slice();
    if s.is_null() {
        return None;
    }
    let number = |key: &str| get(&s, key).as_f64().unwrap() as u32;
    Some(Slice {
        generation: number("generation"),
        job: number("job"),
        index: number("index"),
        scenario: get(&s, "scenario").as_string().unwrap(),
        start: number("start"),
        end: number("end"),
    })
}

/// Counts a slice as a worker would and gives its counts back; whether they were kept.
fn count(explorer: &mut Explorer, slice: &Slice) -> bool {
    let words = count_runs(&slice.scenario, slice.start, slice.end).unwrap();
    explorer
        .add_counts(slice.generation, slice.job, slice.index, &words)
        .unwrap()
}

/// Counts every slice handed out, as the workers would, and returns the summary shown then.
fn finish(explorer: &mut Explorer) -> JsValue {
    while let Some(slice) = next_slice(explorer) {
        count(explorer, &slice);
    }
    explorer.show_progress()
}

fn projection_text(p: &JsValue) -> String {
    JSON::stringify(p).unwrap().as_string().unwrap()
}

/// Sliced as the page slices: the first answer in two slices side by side (49 months × 40 runs
/// asked for, but never fewer than 100 runs), then the rest (30 runs a slice asked for, but
/// never fewer than 500).
fn sliced_explorer() -> Explorer {
    let mut explorer = Explorer::new();
    explorer.set_slicing(1960.0, 2, 1470.0);
    explorer
}

#[wasm_bindgen_test]
fn a_scenario_counted_in_slices_is_answered_first_then_refined_into_what_simulate_gives() {
    let mut explorer = sliced_explorer();
    explorer.project(JsValue::from_str(SCENARIO)).unwrap();
    let mut slices = Vec::new();
    while let Some(slice) = next_slice(&mut explorer) {
        slices.push(slice);
    }
    let bounds: Vec<(u32, u32)> = slices.iter().map(|s| (s.start, s.end)).collect();
    assert_eq!(bounds, [(0, 50), (50, 100), (100, 200)]);
    assert!(
        explorer.show_progress().is_null(),
        "nothing to show before counts"
    );
    // The second slice before the first: nothing is shown until the runs from 0 are in.
    assert!(count(&mut explorer, &slices[1]));
    assert!(explorer.show_progress().is_null());
    assert!(count(&mut explorer, &slices[0]));
    let first = explorer.show_progress();
    assert_eq!(get(&first, "first").as_bool(), Some(true));
    assert_eq!(get(&first, "complete").as_bool(), Some(false));
    assert_eq!(get(&first, "runs_counted").as_f64(), Some(100.0));
    assert!(explorer.is_refining());
    assert!(explorer.show_progress().is_null(), "nothing new since");
    let answered = projection_text(&explorer.projection());
    // The rest, out of order: they are merged in run order whatever order they arrive in.
    for slice in slices[2..].iter().rev() {
        assert!(count(&mut explorer, slice));
    }
    let last = explorer.show_progress();
    assert_eq!(get(&last, "first").as_bool(), Some(false));
    assert_eq!(get(&last, "complete").as_bool(), Some(true));
    assert!(!explorer.is_refining());
    let whole = projection_text(&explorer.projection());
    assert_ne!(whole, answered);
    assert_eq!(
        whole,
        projection_text(&simulate(JsValue::from_str(SCENARIO)).unwrap())
    );
    // The first scenario is the baseline, and followed it all the way.
    assert_eq!(
        get(&last, "baseline_breakdown_probability").as_f64(),
        get(&last, "breakdown_probability").as_f64()
    );
    assert!(explorer.progress().is_null(), "nothing left to count");
}

#[wasm_bindgen_test]
fn counts_for_a_replaced_scenario_are_dropped_and_wrong_counts_refused() {
    let mut explorer = sliced_explorer();
    explorer.project(JsValue::from_str(SCENARIO)).unwrap();
    let old = next_slice(&mut explorer).unwrap();
    let other = SCENARIO.replace("\"month\": 18", "\"month\": 30");
    explorer.project(JsValue::from_str(&other)).unwrap();
    assert!(
        !count(&mut explorer, &old),
        "counts of the scenario replaced"
    );
    let new = next_slice(&mut explorer).unwrap();
    assert_eq!(new.generation, old.generation + 1);
    // Counts of other runs than the slice's, and words that are not counts.
    let wrong = count_runs(&new.scenario, 0, 7).unwrap();
    let message = error_message(
        explorer
            .add_counts(new.generation, new.job, new.index, &wrong)
            .unwrap_err(),
    );
    assert_eq!(
        message,
        "slice 0 should count runs 0 to 50, but counts 7 runs"
    );
    let message = error_message(
        explorer
            .add_counts(new.generation, new.job, new.index, &[1, 2, 3])
            .unwrap_err(),
    );
    assert!(
        message.starts_with("the counts cannot be read"),
        "{message}"
    );
    let message = error_message(count_runs("{}", 0, 1).unwrap_err());
    assert!(
        message.contains("horizon_months") || message.contains("format"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_new_horizon_counts_the_baseline_again_and_a_pin_while_refining_follows_the_scenario() {
    let mut explorer = sliced_explorer();
    explorer.project(JsValue::from_str(SCENARIO)).unwrap();
    finish(&mut explorer);
    // Twelve months longer: the baseline is counted again over them, beside the scenario.
    let longer = SCENARIO.replace("\"horizon_months\": 48", "\"horizon_months\": 60");
    explorer.project(JsValue::from_str(&longer)).unwrap();
    // The page's note speaks of the scenario's own futures, not the baseline's as well.
    let progress = explorer.progress();
    assert_eq!(get(&progress, "runs").as_f64(), Some(200.0));
    assert_eq!(get(&progress, "all_counted").as_bool(), Some(false));
    let mut jobs = Vec::new();
    while let Some(slice) = next_slice(&mut explorer) {
        jobs.push(slice.job);
        count(&mut explorer, &slice);
    }
    // The first answers of both before the rest of either.
    assert_eq!(&jobs[..4], [0, 0, 1, 1], "{jobs:?}");
    let summary = explorer.show_progress();
    let baseline = simulate(JsValue::from_str(
        &SCENARIO.replace("\"horizon_months\": 48", "\"horizon_months\": 60"),
    ))
    .unwrap();
    assert_eq!(
        get(&summary, "baseline_breakdown_probability").as_f64(),
        get(&get(&baseline, "summary"), "breakdown_probability").as_f64()
    );

    // Pinned while a scenario is refined: the baseline follows it to its full count.
    let other = longer.replace("\"month\": 18", "\"month\": 30");
    explorer.project(JsValue::from_str(&other)).unwrap();
    for _ in 0..2 {
        let slice = next_slice(&mut explorer).unwrap();
        count(&mut explorer, &slice);
    }
    explorer.show_progress();
    assert!(explorer.is_refining());
    explorer.pin_baseline();
    let summary = finish(&mut explorer);
    assert_eq!(
        get(&summary, "baseline_breakdown_probability").as_f64(),
        get(&summary, "breakdown_probability").as_f64()
    );
    assert_eq!(
        projection_text(&explorer.projection()),
        projection_text(&simulate(JsValue::from_str(&other)).unwrap())
    );
}

/// A story's frame compared with the one before: that scenario is counted beside it as the
/// baseline, whatever was pinned, and the answer waits for both.
#[wasm_bindgen_test]
fn a_scenario_projected_against_another_counts_that_one_as_its_baseline() {
    let mut explorer = sliced_explorer();
    explorer.project(JsValue::from_str(SCENARIO)).unwrap();
    finish(&mut explorer);
    let earlier = SCENARIO.replace("\"month\": 18", "\"month\": 30");
    explorer
        .project_compared(JsValue::from_str(SCENARIO), JsValue::from_str(&earlier))
        .unwrap();
    let summary = finish(&mut explorer);
    let compared = simulate(JsValue::from_str(&earlier)).unwrap();
    assert_eq!(
        get(&summary, "baseline_breakdown_probability").as_f64(),
        get(&get(&compared, "summary"), "breakdown_probability").as_f64()
    );
    assert_ne!(
        get(&summary, "baseline_breakdown_probability").as_f64(),
        get(&summary, "breakdown_probability").as_f64(),
        "the baseline is the other scenario, not this one"
    );
    let baseline = JSON::stringify(&explorer.baseline_scenario())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(baseline.contains("\"month\":30"), "{baseline}");
    // A bad baseline is refused, naming its field, and nothing changes.
    let message = error_message(
        explorer
            .project_compared(
                JsValue::from_str(SCENARIO),
                JsValue::from_str("{\"runs\": 0}"),
            )
            .unwrap_err(),
    );
    assert!(message.contains("/"), "{message}");
}

#[wasm_bindgen_test]
fn the_outcomes_chart_and_the_trust_by_type_reach_the_page() {
    let c = catalog();
    let charts = get(&c, "charts");
    let outcomes = Reflect::get_u32(&charts, len(&charts) - 1).unwrap();
    assert_eq!(get(&outcomes, "key").as_string().unwrap(), "outcomes");
    assert_eq!(get(&outcomes, "compares").as_bool(), Some(false));
    assert_eq!(len(&get(&c, "outcomes")), 4);
    assert_eq!(len(&get(&c, "target_types")), 2);
    let palette = relief_web::palette("light").unwrap();
    assert_eq!(
        get(&get(&palette, "outcomes"), "caught")
            .as_string()
            .unwrap(),
        "#332288"
    );

    let canvas = canvas(320, 180);
    let mut explorer = Explorer::new();
    let summary = explorer.set_scenario(JsValue::from_str(SCENARIO)).unwrap();
    explorer.attach("outcomes", canvas.clone()).unwrap();
    explorer.draw_all(None).unwrap();
    let mut colours: Vec<[u8; 4]> = pixels(&canvas)
        .chunks(4)
        .map(|c| [c[0], c[1], c[2], c[3]])
        .collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 4, "axes and labels at least");

    // What the page is told matches what the model projects, field by field.
    let scenario = relief_model::parse_scenario(SCENARIO).unwrap();
    let p = relief_model::simulate(&scenario);
    assert_eq!(
        get(&summary, "has_outcomes").as_bool(),
        Some(p.outcomes.is_some())
    );
    let types = relief_charts::TargetType::present(&p).len() as u32;
    assert_eq!(len(&get(&summary, "target_types")), types);
    let r = explorer.readout(24);
    assert_eq!(len(&get(&r, "types")), types);
    assert_eq!(
        len(&get(&r, "outcomes")),
        if p.outcomes.is_some() { 4 } else { 0 }
    );
    let text = explorer.chart_value_text("outcomes", 24);
    assert!(text.starts_with("Month 24: "), "{text}");
    canvas.remove();
}

/// In WebAssembly as natively, ensembles of slices of the runs (as workers would run them)
/// merge into the projection of the whole ensemble, bit for bit, in any order.
#[wasm_bindgen_test]
fn ensembles_of_slices_merge_into_the_whole_in_wasm_too() {
    let scenario = relief_model::parse_scenario(SCENARIO).unwrap();
    let params = relief_model::Params::default();
    let whole = relief_model::simulate(&scenario);
    for bounds in [
        vec![0, 200],
        vec![0, 1, 199, 200],
        vec![0, 37, 90, 150, 200],
    ] {
        let parts: Vec<relief_model::Ensemble> = bounds
            .windows(2)
            .map(|w| {
                let mut part = relief_model::Ensemble::new(&scenario, &params);
                part.add_runs(w[0]..w[1]);
                part
            })
            .collect();
        let mut forward = relief_model::Ensemble::new(&scenario, &params);
        let mut backward = relief_model::Ensemble::new(&scenario, &params);
        for part in &parts {
            forward.merge(part);
        }
        for part in parts.iter().rev() {
            backward.merge(part);
        }
        assert_eq!(forward.projection(), whole, "{bounds:?}");
        assert_eq!(backward.projection(), whole, "{bounds:?}");
    }
}
