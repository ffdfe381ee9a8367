//! Prints the headline numbers of every preset: a quick look at what the calibration does.
fn main() {
    for p in relief_model::presets() {
        let pr = relief_model::simulate(&p.scenario);
        let h = p.scenario.horizon_months as usize;
        println!(
            "{:24} risk {:.2}  trust@end {:.2}  target {:.2}  economy {:.2}  leverage {:.2}  legit {:.2}  full relief {:?}",
            p.name,
            pr.summary.breakdown_probability,
            pr.trust.p50[h],
            pr.target_trust.p50[h],
            pr.economy.p50[h],
            pr.leverage.p50[h],
            pr.legitimacy.p50[h],
            pr.summary.full_relief_month_p50
        );
    }
}
