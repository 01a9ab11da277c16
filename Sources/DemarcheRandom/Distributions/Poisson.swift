import CDemarcheGSL

/// Counts with the given mean (`gsl_ran_poisson`). The mean is capped at 10⁹
/// so that draws fit GSL's `unsigned int` result.
public struct Poisson: Distribution {
    public let mean: Double

    public init(mean: Double) throws(DistributionError) {
        guard mean.isFinite, mean >= 0, mean <= 1e9 else {
            throw DistributionError(parameter: "mean", expected: "a number in [0, 1e9]", found: mean)
        }
        self.mean = mean
    }

    public func sample(using stream: RandomStream) -> Int {
        Int(gsl_ran_poisson(stream.generator, mean))
    }
}
