//! Runs one ensemble of a scenario: a fixed workload for instruction-counting profilers.
fn main() {
    let path = std::env::args().nth(1).expect("a scenario file");
    let scenario = relief_model::parse_scenario(&std::fs::read_to_string(path).unwrap()).unwrap();
    let projection = relief_model::simulate(&scenario);
    println!("{}", projection.summary.breakdown_probability);
}
