import DemarcheRandom

/// The one-sample Kolmogorov–Smirnov test of draws against a CDF.
enum KolmogorovSmirnov {
    /// D = sup |Fₙ(x) − F(x)| over the sample.
    static func statistic(_ sample: [Double], cdf: (Double) -> Double) -> Double {
        let sorted = sample.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
        }
        return d
    }

    /// The asymptotic critical value of D at significance 0.001:
    /// 1.9495 / √n (Smirnov 1948; Marsaglia, Tsang & Wang 2003).
    static func criticalValue(sampleSize n: Int) -> Double { 1.9495 / Double(n).squareRoot() }

    static func draws<D: Distribution>(
        _ distribution: D, seed: UInt64, count: Int, generator: RandomGenerator = .mt19937
    ) -> [Double] where D.Value == Double {
        let stream = RandomStream(seed: seed, algorithm: generator)
        return (0..<count).map { _ in distribution.sample(using: stream) }
    }
}
