import CDemarcheGSL
import Foundation

// How far the unbounded distributions reach in practice: the value a draw
// exceeds (or falls below) with a given small probability, from GSL's inverse
// CDFs. A lognormal's support has no upper end, but its draws beyond the
// 1 − 10⁻¹² quantile do not come; the Model layer checks these ends against a
// parameter's range when a scenario is read. Results may be ±∞ (a scale of
// 1e308) or NaN (an inversion GSL could not converge on); callers treat NaN as
// unbounded. GSL's aborting error handler is switched off first.

extension Normal {
    /// The value a draw exceeds with probability `q`.
    public func upperQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return mean + gsl_cdf_gaussian_Qinv(q, standardDeviation)
    }

    /// The value a draw falls below with probability `q`.
    public func lowerQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return mean - gsl_cdf_gaussian_Qinv(q, standardDeviation)
    }
}

extension LogNormal {
    /// The value a draw exceeds with probability `q`.
    public func upperQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return gsl_cdf_lognormal_Qinv(q, mu, sigma)
    }
}

extension Gamma {
    /// The value a draw exceeds with probability `q`.
    public func upperQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return gsl_cdf_gamma_Qinv(q, shape, scale)
    }
}

extension Weibull {
    /// The value a draw exceeds with probability `q`.
    public func upperQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return gsl_cdf_weibull_Qinv(q, scale, shape)
    }
}

extension Exponential {
    /// The value a draw exceeds with probability `q`.
    public func upperQuantile(_ q: Double) -> Double {
        GSLErrorHandling.disableAbort()
        return gsl_cdf_exponential_Qinv(q, mean)
    }
}

extension Poisson {
    /// A count a draw reaches with probability at most `q`: μ + t with
    /// t = L/3 + √(L²/9 + 2Lμ), L = −ln q, from Bernstein's inequality
    /// P(X ≥ μ + t) ≤ exp(−t² / (2(μ + t/3))) (GSL has no inverse Poisson CDF).
    public func upperQuantile(_ q: Double) -> Double {
        let l = -log(q)
        return mean + l / 3 + (l * l / 9 + 2 * l * mean).squareRoot()
    }
}
