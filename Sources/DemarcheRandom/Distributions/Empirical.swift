import CDemarcheGSL

/// The distribution of observed values, e.g. durations of past cases: a draw is
/// the sample quantile at a uniform probability, interpolating linearly
/// between order statistics (Hyndman & Fan 1996, definition 7, as
/// `gsl_stats_quantile_from_sorted_data` computes it).
public struct Empirical: Distribution {
    /// The observations in ascending order.
    public let sortedValues: [Double]

    public init(values: [Double]) throws(DistributionError) {
        guard !values.isEmpty else {
            throw DistributionError(parameter: "values", expected: "at least one observation", found: "none")
        }
        for (index, value) in values.enumerated() {
            try ParameterCheck.finite(value, "values[\(index)]")
        }
        sortedValues = values.sorted()
    }

    public func sample(using stream: RandomStream) -> Double {
        let u = stream.uniform()
        return sortedValues.withUnsafeBufferPointer { buffer in
            gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, buffer.count, u)
        }
    }
}
