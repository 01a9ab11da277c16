import CDemarcheGSL
import DemarcheRandom

/// The inverse of a symmetric positive-definite matrix by GSL's Cholesky
/// decomposition (`gsl_linalg_cholesky_decomp1`, `gsl_linalg_cholesky_invert`):
/// the covariance of maximum-likelihood estimates from the observed
/// information. The matrix is first scaled to unit diagonal (its correlation
/// form, so the units of covariates do not matter); nil if that is not
/// positive definite or its reciprocal condition number
/// (`gsl_linalg_cholesky_rcond`) is below `minimumReciprocalCondition`, as
/// when an estimate runs off to infinity and the information in its direction
/// vanishes (monotone likelihood).
enum GSLCholesky {
    static let minimumReciprocalCondition = 1e-8

    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        GSLErrorHandling.disableAbort()
        let n = matrix.count
        guard n > 0, matrix.allSatisfy({ $0.count == n && $0.allSatisfy(\.isFinite) }),
            (0..<n).allSatisfy({ matrix[$0][$0] > 0 }),
            let m = gsl_matrix_alloc(n, n), let work = gsl_vector_alloc(3 * n)
        else { return nil }
        defer {
            gsl_matrix_free(m)
            gsl_vector_free(work)
        }
        let scale = (0..<n).map { 1 / matrix[$0][$0].squareRoot() }
        for i in 0..<n { for j in 0..<n { gsl_matrix_set(m, i, j, matrix[i][j] * scale[i] * scale[j]) } }
        var reciprocalCondition = 0.0
        guard Int(gsl_linalg_cholesky_decomp1(m)) == GSL_SUCCESS,
            Int(gsl_linalg_cholesky_rcond(m, &reciprocalCondition, work)) == GSL_SUCCESS,
            reciprocalCondition >= minimumReciprocalCondition,
            Int(gsl_linalg_cholesky_invert(m)) == GSL_SUCCESS
        else { return nil }
        let inverse = (0..<n).map { i in (0..<n).map { j in gsl_matrix_get(m, i, j) * scale[i] * scale[j] } }
        return inverse.allSatisfy({ $0.allSatisfy(\.isFinite) }) ? inverse : nil
    }
}
