import CDemarcheGSL

/// The continuous uniform distribution on [low, high) (`gsl_ran_flat`).
public struct Uniform: Distribution {
    public let low: Double
    public let high: Double

    public init(low: Double, high: Double) throws(DistributionError) {
        try ParameterCheck.ordered(low, high, "low", "high")
        self.low = low
        self.high = high
    }

    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_flat(stream.generator, low, high)
    }
}
