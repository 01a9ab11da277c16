/// Differences between two measurements of the same runs (common random
/// numbers: run r of both used the same streams), with 95% intervals that
/// use the pairing.
public enum PairedDifference {
    /// p₁ − p₂ for paired 0/1 values (`first[r]`, `second[r]` of run r) with
    /// Newcombe's hybrid score interval for paired data (Newcombe 1998,
    /// Statistics in Medicine 17:2635, method 10): the two Wilson intervals
    /// combined with the correlation φ of the pairs (0 when a margin is empty).
    /// Values other than 1 count as 0.
    public static func proportions(_ first: [Double], _ second: [Double], z: Double = ProportionInterval.z95) -> Estimate {
        var both = 0, onlyFirst = 0, onlySecond = 0
        for (x, y) in zip(first, second) {
            switch (x == 1, y == 1) {
            case (true, true): both += 1
            case (true, false): onlyFirst += 1
            case (false, true): onlySecond += 1
            case (false, false): break
            }
        }
        let n = min(first.count, second.count)
        let neither = n - both - onlyFirst - onlySecond
        let one = ProportionInterval.wilson(successes: both + onlyFirst, trials: n, z: z)
        let two = ProportionInterval.wilson(successes: both + onlySecond, trials: n, z: z)
        let difference = Double(onlyFirst - onlySecond) / Double(max(n, 1))
        let margins = [both + onlyFirst, onlySecond + neither, both + onlySecond, onlyFirst + neither].map(Double.init)
        let phi = margins.contains(0) ? 0
            : (Double(both) * Double(neither) - Double(onlyFirst) * Double(onlySecond)) / margins.reduce(1, *).squareRoot()
        let below = one.value - one.low, above = two.high - two.value
        let low = difference - max(0, below * below - 2 * phi * below * above + above * above).squareRoot()
        let over = one.high - one.value, under = two.value - two.low
        let high = difference + max(0, over * over - 2 * phi * over * under + under * under).squareRoot()
        return Estimate(value: difference, low: max(-1, low), high: min(1, high))
    }

    /// The mean of `first[r] − second[r]` with the normal interval
    /// mean ± 1.96 s / √n of the paired differences (``SampleQuantiles/mean(_:)``;
    /// the paired t interval with a normal quantile, n being thousands of
    /// runs): exactly [0, 0] when no run differs. Non-finite pairs are skipped.
    public static func means(_ first: [Double], _ second: [Double]) -> Estimate {
        SampleQuantiles.mean(zip(first, second).compactMap { x, y in x.isFinite && y.isFinite ? x - y : nil })
    }
}
