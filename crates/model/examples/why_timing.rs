//! Times "why?" for the phased-and-verified preset (twelve steps) at month 24.
fn main() {
    let scenario = relief_model::preset("phased-and-verified")
        .unwrap()
        .scenario;
    let start = std::time::Instant::now();
    let n = 10;
    for _ in 0..n {
        relief_model::explain(
            &scenario,
            relief_model::Target::Series(relief_model::Series::Trust),
            24,
        );
    }
    println!(
        "{} steps: {:.1} ms per explanation",
        scenario.steps.len(),
        start.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
}
