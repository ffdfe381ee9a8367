use relief_model::*;
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let base = parse_scenario(&text).unwrap();
    for g in [0.0, 0.2, 0.4, 0.7, 1.0] {
        let mut s = base.clone();
        s.assumptions.generosity = g;
        let p = simulate(&s);
        println!("bands24 {:.3} {:.3} {:.3} {:.3} {:.3}", p.trust.p10[24], p.trust.p25[24], p.trust.p50[24], p.trust.p75[24], p.trust.p90[24]);
        println!("g={g}: risk36={:.4} risk12={:.4} trust24={:.3} tt24={:.3}", p.backsliding_risk[36], p.backsliding_risk[12], p.trust.p50[24], p.target_trust.p50[24]);
    }
}
