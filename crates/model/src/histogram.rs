//! Fixed-bin histograms: how the ensemble keeps percentiles without keeping runs.
//!
//! Every banded series lives in 0..=1, so a month's values fit in `BINS` equal bins. Memory is
//! `series × months × BINS` counters whatever the number of runs, and a percentile is read by
//! walking the cumulative counts and interpolating inside the bin it falls in (an error of at
//! most one bin, 0.005).

/// Bins per month and series.
pub const BINS: usize = 200;

// `bin_of` reads the index from the low byte.
const _: () = assert!(BINS <= 256);

/// The bin a value in 0..=1 falls in. Values at or above 1 go in the last bin, values below 0
/// (and NaN) in the first.
///
/// This runs six times per simulated month, so it avoids the checks of a saturating float to
/// integer cast: adding 2^52 to a small non-negative number puts its nearest integer in the low
/// bits of the sum (IEEE 754 round-half-even, the same on every platform). Shifting by half a
/// bin first turns rounding into the floor, except that a value exactly on a bin's upper edge
/// may land in either neighbour, deterministically. Clamping the scaled value to the last bin
/// before rounding keeps the index below 256, so its low byte is the whole index and no check
/// follows.
#[inline(always)]
pub fn bin_of(value: f64) -> usize {
    const SHIFT: f64 = (1u64 << 52) as f64;
    const LAST: f64 = (BINS - 1) as f64;
    // Not `clamp`, which would carry a NaN through: `max` sends it to the first bin.
    #[allow(clippy::manual_clamp)]
    let scaled = (value * BINS as f64 - 0.5).max(0.0).min(LAST);
    ((scaled + SHIFT).to_bits() & 0xFF) as usize
}

/// Several quantiles (in increasing order) of one month's bins in a single walk over them.
pub fn quantiles<const N: usize>(bins: &[u32], total: u32, levels: [f64; N]) -> [f64; N] {
    let mut out = [1.0; N];
    if total == 0 {
        return [0.0; N];
    }
    // The rank of each level among the counted values, computed once rather than at every bin.
    let ranks = levels.map(|level| level * total as f64);
    let mut next = 0;
    let mut below = 0u64;
    for (index, &count) in bins.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let through = below + count as u64;
        while next < N && (through as f64) >= ranks[next] {
            let rank = ranks[next];
            let inside = ((rank - below as f64) / count as f64).clamp(0.0, 1.0);
            out[next] = ((index as f64 + inside) / BINS as f64).clamp(0.0, 1.0);
            next += 1;
        }
        if next == N {
            break;
        }
        below = through;
    }
    out
}

/// The value below which `quantile` of the counted values lie, from one month's bins.
#[cfg(test)]
pub fn quantile(bins: &[u32], total: u32, quantile: f64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let rank = quantile * total as f64;
    let mut below = 0u64;
    for (index, &count) in bins.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let through = below + count as u64;
        if (through as f64) >= rank {
            let inside = ((rank - below as f64) / count as f64).clamp(0.0, 1.0);
            return ((index as f64 + inside) / BINS as f64).clamp(0.0, 1.0);
        }
        below = through;
    }
    1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_cover_the_unit_interval() {
        assert_eq!(bin_of(0.0), 0);
        assert_eq!(bin_of(0.999_999), BINS - 1);
        assert_eq!(bin_of(1.0), BINS - 1);
        assert_eq!(bin_of(-0.5), 0);
        assert_eq!(bin_of(0.5 + 0.25 / BINS as f64), BINS / 2);
        assert_eq!(bin_of(f64::NAN), 0);
        assert_eq!(bin_of(f64::INFINITY), BINS - 1);
        assert_eq!(bin_of(1e300), BINS - 1);
        assert_eq!(bin_of(f64::NEG_INFINITY), 0);
        for i in 0..BINS {
            let inside = (i as f64 + 0.3) / BINS as f64;
            assert_eq!(bin_of(inside), i);
        }
    }

    /// The bin is the value times `BINS`, less half a bin, rounded half to even and kept
    /// within the bins: checked on every bin's edges and on a fine sweep past both ends.
    #[test]
    fn bins_round_half_to_even_within_the_range() {
        let expected = |value: f64| {
            let scaled = (value * BINS as f64 - 0.5).round_ties_even();
            if scaled.is_nan() {
                0
            } else {
                scaled.clamp(0.0, (BINS - 1) as f64) as usize
            }
        };
        let edges = (0..=BINS).flat_map(|i| {
            let edge = i as f64 / BINS as f64;
            [edge.next_down(), edge, edge.next_up()]
        });
        let sweep = (-2_000..=12_000).map(|i| i as f64 * 1e-4 + 1e-9);
        for value in edges.chain(sweep) {
            assert_eq!(bin_of(value), expected(value), "{value}");
        }
    }

    #[test]
    fn quantiles_of_a_uniform_spread_are_close_to_exact() {
        let mut bins = vec![0u32; BINS];
        let n = 10_000u32;
        for i in 0..n {
            bins[bin_of((i as f64 + 0.5) / n as f64)] += 1;
        }
        for q in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let got = quantile(&bins, n, q);
            assert!((got - q).abs() < 0.003, "quantile {q} read as {got}");
        }
    }

    #[test]
    fn one_walk_gives_the_same_quantiles_as_separate_walks() {
        let mut bins = vec![0u32; BINS];
        for i in 0..997u32 {
            bins[bin_of(((i * 7919) % 997) as f64 / 997.0 * 0.6 + 0.2)] += 1;
        }
        let levels = [0.1, 0.25, 0.5, 0.75, 0.9];
        let together = quantiles(&bins, 997, levels);
        for (q, got) in levels.iter().zip(together) {
            assert_eq!(got, quantile(&bins, 997, *q));
        }
    }

    #[test]
    fn a_point_mass_reads_inside_its_bin() {
        let mut bins = vec![0u32; BINS];
        bins[bin_of(0.25)] = 100;
        let median = quantile(&bins, 100, 0.5);
        assert!((0.25..0.255).contains(&median), "{median}");
    }
}
