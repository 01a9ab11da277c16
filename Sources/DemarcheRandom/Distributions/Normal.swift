import CDemarcheGSL

/// The normal distribution (`gsl_ran_gaussian_ziggurat`: Marsaglia & Tsang,
/// "The ziggurat method for generating random variables", JSS 5(8), 2000).
public struct Normal: Distribution {
    public let mean: Double
    public let standardDeviation: Double

    public init(mean: Double, standardDeviation: Double) throws(DistributionError) {
        try ParameterCheck.finite(mean, "mean")
        try ParameterCheck.positive(standardDeviation, "sd")
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    public func sample(using stream: RandomStream) -> Double {
        mean + gsl_ran_gaussian_ziggurat(stream.generator, standardDeviation)
    }
}
