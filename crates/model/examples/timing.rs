//! Times the page's update: one ensemble of a scenario, repeatedly, at a few sizes.
fn main() {
    let path = std::env::args().nth(1).expect("a scenario file");
    let mut scenario =
        relief_model::parse_scenario(&std::fs::read_to_string(path).unwrap()).unwrap();
    for runs in [1, 1000, 10000] {
        scenario.runs = runs;
        let n = 3_000_000 / (runs as usize * 49).max(10_000);
        let start = std::time::Instant::now();
        let mut risk = 0.0;
        for _ in 0..n {
            risk += relief_model::simulate(&scenario)
                .summary
                .breakdown_probability;
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / n as f64;
        println!(
            "{runs} runs: {ms:.3} ms per ensemble, {:.1} M run-months/s ({risk:.1})",
            runs as f64 * 49.0 / ms / 1000.0
        );
    }
}
