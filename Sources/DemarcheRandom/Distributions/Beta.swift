import CDemarcheGSL

/// The beta distribution on [0, 1] (`gsl_ran_beta`): uncertain probabilities
/// and shares.
public struct Beta: Distribution {
    public let alpha: Double
    public let beta: Double

    public init(alpha: Double, beta: Double) throws(DistributionError) {
        try ParameterCheck.positive(alpha, "alpha")
        try ParameterCheck.positive(beta, "beta")
        self.alpha = alpha
        self.beta = beta
    }

    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_beta(stream.generator, alpha, beta)
    }
}
