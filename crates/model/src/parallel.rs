//! The ensemble on every core, for native tools (the `parallel` feature; the page's module
//! never has it): the runs are cut into slices, each slice is run by an [`Ensemble`] of its own
//! on rayon's thread pool, and the ensembles merge in slice order. Merging is exact (a tally
//! holds integer counts and fixed-point sums), so the projection is bit for bit the one
//! [`simulate`](crate::simulate) gives, whatever the number of cores. Threads add no input:
//! the same scenario and seed still give the same projection.

use rayon::prelude::*;

use crate::{Ensemble, Params, Projection, Scenario};

/// Slices per thread: more than one, so a thread that finishes early takes another.
const SLICES_PER_THREAD: u32 = 4;

/// The scenario's projection, its runs shared out over every core of rayon's pool.
pub fn simulate_on_every_core(scenario: &Scenario) -> Projection {
    simulate_on_every_core_with(scenario, &Params::default())
}

/// [`simulate_on_every_core`] with a given calibration.
pub fn simulate_on_every_core_with(scenario: &Scenario, params: &Params) -> Projection {
    let threads = u32::try_from(rayon::current_num_threads())
        .unwrap_or(1)
        .max(1);
    let slices = (threads * SLICES_PER_THREAD).clamp(1, scenario.runs.max(1));
    let bounds: Vec<u32> = (0..=slices)
        .map(|i| (u64::from(scenario.runs) * u64::from(i) / u64::from(slices)) as u32)
        .collect();
    let parts: Vec<Ensemble> = bounds
        .par_windows(2)
        .map(|w| {
            let mut part = Ensemble::new(scenario, params);
            part.add_runs(w[0]..w[1]);
            part
        })
        .collect();
    let mut whole = Ensemble::new(scenario, params);
    for part in &parts {
        whole.merge(part);
    }
    whole.projection()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same bits as the single-threaded ensemble, on one thread or several.
    #[test]
    fn every_core_gives_the_projection_of_one() {
        for name in ["phased-and-verified", "iran-2013", "venezuela-2023"] {
            let mut scenario = crate::preset(name).unwrap().scenario;
            scenario.runs = 777;
            let alone = crate::simulate(&scenario);
            for threads in [1, 2, 3, 8] {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                assert_eq!(
                    pool.install(|| simulate_on_every_core(&scenario)),
                    alone,
                    "{name} on {threads}"
                );
            }
        }
    }
}
