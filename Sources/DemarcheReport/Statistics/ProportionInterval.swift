import CDemarcheGSL

/// A probability estimate with a 95% confidence interval.
public struct Estimate: Codable, Equatable, Sendable {
    public var value: Double
    public var low: Double
    public var high: Double

    public init(value: Double, low: Double, high: Double) {
        self.value = value
        self.low = low
        self.high = high
    }

    public var halfWidth: Double { (high - low) / 2 }
}

/// Intervals for binomial proportions.
public enum ProportionInterval {
    /// z for a two-sided 95% interval.
    public static let z95 = gsl_cdf_ugaussian_Pinv(0.975)

    /// The Wilson score interval for `successes` of `trials` (Wilson 1927):
    /// good coverage even near 0 and 1, unlike the Wald interval.
    public static func wilson(successes: Int, trials: Int, z: Double = z95) -> Estimate {
        guard trials > 0 else { return Estimate(value: 0, low: 0, high: 1) }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return Estimate(value: p, low: max(0, centre - half), high: min(1, centre + half))
    }

    /// The difference p₁ − p₂ of two independent proportions with Newcombe's
    /// hybrid score interval (Newcombe 1998, Statistics in Medicine 17:873,
    /// method 10), built from the two Wilson intervals.
    public static func newcombeDifference(
        successes1: Int, trials1: Int, successes2: Int, trials2: Int, z: Double = z95
    ) -> Estimate {
        let a = wilson(successes: successes1, trials: trials1, z: z)
        let b = wilson(successes: successes2, trials: trials2, z: z)
        let difference = a.value - b.value
        let low = difference - ((a.value - a.low) * (a.value - a.low) + (b.high - b.value) * (b.high - b.value)).squareRoot()
        let high = difference + ((a.high - a.value) * (a.high - a.value) + (b.value - b.low) * (b.value - b.low)).squareRoot()
        return Estimate(value: difference, low: low, high: high)
    }
}
