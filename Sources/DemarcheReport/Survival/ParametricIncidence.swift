import Foundation

/// The cumulative incidence implied by a set of cause-specific hazards (one
/// per cause; Kalbfleisch & Prentice 2002, §8.2):
///
///     F_c(t) = ∫₀ᵗ h_c(u) S(u) du,   S = exp(−Σ_j H_j)
///
/// A Weibull hazard with k < 1 is infinite at 0. Since H_c(u) = H_c(t)(u/t)^k,
/// substituting u = t·v^(1/k) (k = 1 for the exponential) gives
/// F_c(t) = H_c(t) ∫₀¹ S(t·v^(1/k)) dv, a bounded integrand, evaluated by
/// GSL's QAGS (relative tolerance 1e-10), which also absorbs the cusp that
/// another cause's v^(k_j/k) term can leave at 0.
public enum ParametricIncidence {
    /// F_cause(`time`) for a case with these covariates: 0 for `time` ≤ 0; NaN
    /// if no hazard is for `cause`, the time is not finite, a hazard does not
    /// take these covariates, or the quadrature fails.
    public static func incidence(_ hazards: [CauseSpecificHazard], cause: Int, at time: Double,
                                 covariates: [Double] = []) -> Double {
        guard let own = hazards.first(where: { $0.cause == cause }), !time.isNaN, time < .infinity else { return .nan }
        guard time > 0 else { return 0 }
        let total = own.cumulativeHazard(at: time, covariates: covariates)
        let shape = own.shape
        guard total.isFinite, shape > 0 else { return .nan }
        guard total > 0 else { return 0 }
        let integral = GSLIntegration.qags(from: 0, to: 1) { v in
            let u = time * pow(v, 1 / shape)
            return exp(-hazards.reduce(0) { $0 + $1.cumulativeHazard(at: u, covariates: covariates) })
        }
        return integral.map { total * $0 } ?? .nan
    }
}
