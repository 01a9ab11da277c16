import CDemarcheGSL

/// Student's one-sided paired t-test of H0: mean difference ≤ margin against
/// H1: mean difference > margin, t = (d̄ − margin) / (s/√n) with n − 1
/// degrees of freedom, and the two-sided 95% t interval of the mean difference.
public struct PairedTTest: Codable, Sendable, Equatable {
    public var count: Int
    public var margin: Double
    public var meanDifference: Double
    /// Sample standard deviation of the differences; nil when n < 2.
    public var standardDeviation: Double?
    /// 95% interval of the mean difference; nil when n < 2.
    public var low: Double?
    public var high: Double?
    /// nil when n < 2 or s = 0: no t distribution to refer to.
    public var t: Double?
    public var p: Double?

    /// nil for no differences; the margin must be finite and the differences too.
    public init?(_ differences: [Double], margin: Double) {
        guard !differences.isEmpty, margin.isFinite, differences.allSatisfy(\.isFinite) else { return nil }
        let n = Double(differences.count)
        count = differences.count
        self.margin = margin
        // Identical differences have s = 0 exactly, whatever the rounding of a sum.
        let constant = differences.allSatisfy { $0 == differences[0] }
        meanDifference = constant ? differences[0] : differences.reduce(0, +) / n
        guard count >= 2 else { return }
        let mean = meanDifference
        let s = constant ? 0 : (differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        let standardError = s / n.squareRoot()
        let half = gsl_cdf_tdist_Qinv(0.025, n - 1) * standardError
        standardDeviation = s
        low = mean - half
        high = mean + half
        guard s > 0 else { return }
        let t = (mean - margin) / standardError
        self.t = t
        p = gsl_cdf_tdist_Q(t, n - 1)
    }

    /// Whether H0 is rejected at `alpha`: p < alpha, or, without a t
    /// statistic (n < 2 or s = 0), whether the mean difference exceeds the margin.
    public func exceedsMargin(alpha: Double) -> Bool {
        p.map { $0 < alpha } ?? (meanDifference > margin)
    }
}
