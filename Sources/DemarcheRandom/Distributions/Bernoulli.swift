import CDemarcheGSL

/// A yes/no event with probability `p` (`gsl_ran_bernoulli`).
public struct Bernoulli: Distribution {
    public let p: Double

    public init(p: Double) throws(DistributionError) {
        try ParameterCheck.probability(p, "p")
        self.p = p
    }

    public func sample(using stream: RandomStream) -> Bool {
        gsl_ran_bernoulli(stream.generator, p) == 1
    }
}
