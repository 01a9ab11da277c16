import CDemarcheGSL

/// The exponential distribution with the given mean (`gsl_ran_exponential`):
/// the waiting time of a constant hazard 1/mean.
public struct Exponential: Distribution {
    public let mean: Double

    public init(mean: Double) throws(DistributionError) {
        try ParameterCheck.positive(mean, "mean")
        self.mean = mean
    }

    @inlinable
    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_exponential(stream.generator, mean)
    }
}
