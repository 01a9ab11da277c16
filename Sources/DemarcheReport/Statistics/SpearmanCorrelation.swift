import CDemarcheGSL

/// Spearman's rank correlation (Pearson's correlation of the ranks, ties
/// sharing their average rank) with a confidence interval by Fisher's z
/// transform and Bonett & Wright's (2000, Psychometrika 65:23) variance for
/// Spearman's ρ, (1 + ρ²/2) / (n − 3):
/// tanh(atanh ρ ± z √((1 + ρ²/2) / (n − 3))).
public enum SpearmanCorrelation {
    /// ρ of `x` and `y` (equal lengths) with its interval at normal quantile
    /// `z`; nil with fewer than 4 pairs or when either does not vary.
    public static func estimate(_ x: [Double], _ y: [Double], z: Double = ProportionInterval.z95) -> Estimate? {
        guard x.count == y.count, x.count >= 4 else { return nil }
        return estimate(ranked: RankRegression.standardised(RankRegression.ranks(x)),
                        RankRegression.standardised(RankRegression.ranks(y)), z: z)
    }

    /// The same from standardised ranks (mean 0, population variance 1, or
    /// all 0 when the values do not vary), so that a caller correlating many
    /// inputs with one output ranks each once.
    static func estimate(ranked x: [Double], _ y: [Double], z: Double) -> Estimate? {
        let n = Double(x.count)
        guard x.count >= 4, x.contains(where: { $0 != 0 }), y.contains(where: { $0 != 0 }) else { return nil }
        var sum = 0.0
        for i in x.indices { sum += x[i] * y[i] }
        let rho = min(max(sum / n, -1), 1)
        guard abs(rho) < 1 else { return Estimate(value: rho, low: rho, high: rho) }
        let half = z * ((1 + rho * rho / 2) / (n - 3)).squareRoot()
        let centre = atanh(rho)
        return Estimate(value: rho, low: tanh(centre - half), high: tanh(centre + half))
    }

    /// The normal quantile for `count` simultaneous two-sided 95% intervals
    /// (Bonferroni): Φ⁻¹(1 − 0.025 / count).
    public static func simultaneousZ(count: Int) -> Double {
        gsl_cdf_ugaussian_Pinv(1 - 0.025 / Double(max(count, 1)))
    }
}
