/// A constant: the degenerate distribution, for parameters given as a number.
public struct Fixed: Distribution {
    public let value: Double

    public init(_ value: Double) throws(DistributionError) {
        try ParameterCheck.finite(value, "value")
        self.value = value
    }

    public func sample(using stream: RandomStream) -> Double { value }
}
