//! Prints a scenario's projection month by month: breakdown risk and hazard, trust by type,
//! relief in force and the outcome shares. `cargo run --release -p relief-model --example
//! trace -- scenario.json` gives a quick look at what the calibration does to one scenario.
fn main() {
    let path = std::env::args().nth(1).expect("usage: trace SCENARIO.json");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    let scenario = relief_model::parse_scenario(&text).unwrap_or_else(|e| panic!("{e}"));
    let p = relief_model::simulate(&scenario);
    println!(
        "month  risk  hazard  trust  sincere insincere target relief  held  unseen caught collapsed"
    );
    let o = p.outcomes.as_ref().expect("outcomes");
    let median =
        |b: &Option<relief_model::Bands>, m: usize| b.as_ref().map_or(f64::NAN, |b| b.p50[m]);
    for m in 0..p.len() {
        println!(
            "{m:5} {:5.3} {:7.4} {:6.3} {:8.3} {:9.3} {:6.3} {:6.3} {:7.3} {:5.3} {:7.3} {:6.3} {:9.3}",
            p.backsliding_risk[m],
            p.hazard[m],
            p.trust.p50[m],
            median(&p.trust_if_sincere, m),
            median(&p.trust_if_insincere, m),
            p.target_trust.p50[m],
            p.relief_in_force.as_ref().map_or(f64::NAN, |b| b.mean[m]),
            p.economy.p50[m],
            o.sustained[m],
            o.exploited[m],
            o.caught[m],
            o.collapsed[m],
        );
    }
}
