import CDemarcheGSL

/// Quantiles of a sample, as GSL computes them (linear interpolation between
/// order statistics, Hyndman & Fan definition 7).
public enum SampleQuantiles {
    /// The `p`-quantiles of `values` (which need not be sorted); nil if empty.
    public static func quantiles(_ values: [Double], _ ps: [Double]) -> [Double]? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.withUnsafeBufferPointer { buffer in
            ps.map { gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, buffer.count, $0) }
        }
    }

    /// Mean and a 95% normal-theory interval for the mean.
    public static func mean(_ values: [Double]) -> Estimate {
        guard !values.isEmpty else { return Estimate(value: 0, low: 0, high: 0) }
        let mean = values.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
        guard values.count > 1 else { return Estimate(value: mean, low: mean, high: mean) }
        let sd = values.withUnsafeBufferPointer { gsl_stats_sd_m($0.baseAddress, 1, $0.count, mean) }
        let half = ProportionInterval.z95 * sd / Double(values.count).squareRoot()
        return Estimate(value: mean, low: mean - half, high: mean + half)
    }
}
