/// The triangular distribution on [low, high] with its peak at `mode`: the
/// analyst's "at least, most likely, at most".
///
/// GSL has no triangular sampler; this inverts the CDF of one GSL uniform
/// draw, which keeps one draw per sample and so common random numbers.
public struct Triangular: Distribution {
    public let low: Double
    public let mode: Double
    public let high: Double

    public init(low: Double, mode: Double, high: Double) throws(DistributionError) {
        try ParameterCheck.ordered(low, high, "low", "high")
        try ParameterCheck.finite(mode, "mode")
        guard mode >= low, mode <= high else {
            throw DistributionError(
                parameter: "mode", expected: "a value between low (\(low)) and high (\(high))", found: mode)
        }
        self.low = low
        self.mode = mode
        self.high = high
    }

    public func sample(using stream: RandomStream) -> Double {
        let u = stream.uniform()
        let width = high - low
        let split = (mode - low) / width
        if u < split {
            return low + (u * width * (mode - low)).squareRoot()
        }
        return high - ((1 - u) * width * (high - mode)).squareRoot()
    }
}
