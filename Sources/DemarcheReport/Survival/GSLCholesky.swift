import CDemarcheGSL
import DemarcheRandom

/// The inverse of a symmetric positive-definite matrix by GSL's Cholesky
/// decomposition (`gsl_linalg_cholesky_decomp1`, `gsl_linalg_cholesky_invert`):
/// the covariance of maximum-likelihood estimates from the observed
/// information. nil if the matrix is not positive definite (or not finite).
enum GSLCholesky {
    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        GSLErrorHandling.disableAbort()
        let n = matrix.count
        guard n > 0, matrix.allSatisfy({ $0.count == n && $0.allSatisfy(\.isFinite) }),
            let m = gsl_matrix_alloc(n, n)
        else { return nil }
        defer { gsl_matrix_free(m) }
        for i in 0..<n { for j in 0..<n { gsl_matrix_set(m, i, j, matrix[i][j]) } }
        guard Int(gsl_linalg_cholesky_decomp1(m)) == GSL_SUCCESS, Int(gsl_linalg_cholesky_invert(m)) == GSL_SUCCESS else { return nil }
        let inverse = (0..<n).map { i in (0..<n).map { j in gsl_matrix_get(m, i, j) } }
        return inverse.allSatisfy({ $0.allSatisfy(\.isFinite) }) ? inverse : nil
    }
}
