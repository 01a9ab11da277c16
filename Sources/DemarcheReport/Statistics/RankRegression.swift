import CDemarcheGSL
import DemarcheRandom

/// Standardised rank regression coefficients (Saltelli et al. 2004,
/// "Sensitivity Analysis in Practice", §3.3): regress the ranks of the
/// output on the ranks of the factors, all standardised, by least squares
/// (`gsl_multifit_linear`). Suited to monotone effects over LHS or Sobol designs;
/// R² says how much of the ranked output the linear fit explains.
public enum RankRegression {
    public struct Result: Codable, Sendable {
        public var coefficients: [Double]
        /// Each coefficient's least-squares standard error, s²(XᵀX)⁻¹ with
        /// s² = residual sum of squares / (n − k − 1), as GSL returns it: a
        /// normal-theory approximation for ranks.
        public var standardErrors: [Double]
        public var rSquared: Double
    }

    /// `inputs`: one row per variant; nil if there are too few variants.
    public static func fit(inputs: [[Double]], output: [Double]) -> Result? {
        let k = inputs.first?.count ?? 0
        guard output.count > k + 1, k > 0 else { return nil }
        return fit(rankedColumns: (0..<k).map { j in standardised(ranks(inputs.map { $0[j] })) },
                   rankedOutput: standardised(ranks(output)))
    }

    /// The same fit from standardised ranks, one column per factor (input-major),
    /// so that a caller fitting many outputs ranks each factor once.
    static func fit(rankedColumns columns: [[Double]], rankedOutput y: [Double]) -> Result? {
        let n = y.count
        let k = columns.count
        guard n > k + 1, k > 0 else { return nil }
        // A singular design reports through GSL's error handler: it must not abort the process.
        GSLErrorHandling.disableAbort()
        guard let design = gsl_matrix_alloc(n, k + 1), let response = gsl_vector_alloc(n),
            let coefficients = gsl_vector_alloc(k + 1), let covariance = gsl_matrix_alloc(k + 1, k + 1),
            let work = gsl_multifit_linear_alloc(n, k + 1)
        else { return nil }
        defer {
            gsl_matrix_free(design)
            gsl_vector_free(response)
            gsl_vector_free(coefficients)
            gsl_matrix_free(covariance)
            gsl_multifit_linear_free(work)
        }
        for i in 0..<n {
            gsl_matrix_set(design, i, 0, 1)
            for j in 0..<k { gsl_matrix_set(design, i, j + 1, columns[j][i]) }
            gsl_vector_set(response, i, y[i])
        }
        var chiSquared = 0.0
        guard gsl_multifit_linear(design, response, coefficients, covariance, &chiSquared, work) == 0 else { return nil }
        let total = y.reduce(0) { $0 + $1 * $1 }
        return Result(coefficients: (0..<k).map { gsl_vector_get(coefficients, $0 + 1) },
                      standardErrors: (0..<k).map { gsl_matrix_get(covariance, $0 + 1, $0 + 1).squareRoot() },
                      rSquared: total > 0 ? 1 - chiSquared / total : 0)
    }

    /// Ranks 1…n, ties sharing their average rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            for position in i...j { ranks[order[position]] = Double(i + j) / 2 + 1 }
            i = j + 1
        }
        return ranks
    }

    static func standardised(_ values: [Double]) -> [Double] {
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
        return values.map { sd > 0 ? ($0 - mean) / sd : 0 }
    }
}
