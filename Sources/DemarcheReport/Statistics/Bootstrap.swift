import DemarcheRandom

/// Percentile bootstrap (Efron & Tibshirani 1993, ch. 13) for the difference
/// of a statistic between two independent samples, with its own seeded
/// stream so that a comparison is reproducible.
public enum Bootstrap {
    /// A 95% percentile interval for statistic(a) − statistic(b) over
    /// `resamples` resamples; nil if the statistic is undefined on either sample.
    public static func difference(
        _ a: [Double], _ b: [Double], resamples: Int = 2000, seed: UInt64 = 20_201_103,
        statistic: ([Double]) -> Double?
    ) -> Estimate? {
        guard let observedA = statistic(a), let observedB = statistic(b) else { return nil }
        let stream = RandomStream(seed: seed)
        var differences: [Double] = []
        differences.reserveCapacity(resamples)
        var resampleA = a
        var resampleB = b
        for _ in 0..<resamples {
            for i in resampleA.indices { resampleA[i] = a[stream.uniformInteger(below: a.count)] }
            for i in resampleB.indices { resampleB[i] = b[stream.uniformInteger(below: b.count)] }
            if let x = statistic(resampleA), let y = statistic(resampleB) { differences.append(x - y) }
        }
        guard let bounds = SampleQuantiles.quantiles(differences, [0.025, 0.975]) else { return nil }
        return Estimate(value: observedA - observedB, low: bounds[0], high: bounds[1])
    }
}
