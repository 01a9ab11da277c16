import CDemarcheGSL

/// The normal distribution restricted to [low, high], e.g. a delay that cannot
/// be negative.
///
/// Sampled by inverting the CDF of one uniform draw, on whichever tail keeps
/// precision (upper-tail functions when the interval lies above the mean), so
/// that intervals far in a tail still sample correctly and every sample costs
/// one draw. Built only if the interval has non-negligible probability.
public struct TruncatedNormal: Distribution {
    public let mean: Double
    public let standardDeviation: Double
    public let low: Double
    public let high: Double
    private let useUpperTail: Bool
    private let tailAtLow: Double
    private let tailAtHigh: Double

    public init(
        mean: Double, standardDeviation: Double, low: Double, high: Double
    ) throws(DistributionError) {
        try ParameterCheck.finite(mean, "mean")
        try ParameterCheck.positive(standardDeviation, "sd")
        guard !low.isNaN, !high.isNaN, low < high else {
            throw DistributionError(
                parameter: "high", expected: "a value greater than low (\(low))", found: high)
        }
        let a = (low - mean) / standardDeviation
        let b = (high - mean) / standardDeviation
        useUpperTail = a > 0
        tailAtLow = useUpperTail ? gsl_cdf_ugaussian_Q(a) : gsl_cdf_ugaussian_P(a)
        tailAtHigh = useUpperTail ? gsl_cdf_ugaussian_Q(b) : gsl_cdf_ugaussian_P(b)
        guard abs(tailAtHigh - tailAtLow) > 1e-300 else {
            throw DistributionError(
                parameter: "low", expected: "an interval [low, high] with positive probability under the normal",
                found: "[\(low), \(high)] (\(a) to \(b) standard deviations from the mean)")
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.low = low
        self.high = high
    }

    public func sample(using stream: RandomStream) -> Double {
        let p = tailAtLow + stream.uniformPositive() * (tailAtHigh - tailAtLow)
        let z = useUpperTail ? gsl_cdf_ugaussian_Qinv(p) : gsl_cdf_ugaussian_Pinv(p)
        return min(max(mean + standardDeviation * z, low), high)
    }
}
