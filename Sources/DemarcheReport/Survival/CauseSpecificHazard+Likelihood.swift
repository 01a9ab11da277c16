import Foundation

extension CauseSpecificHazard {
    /// The log-likelihood of one cause's hazard over unconstrained parameters
    /// θ, with its analytic gradient and Hessian. Cases ending in another
    /// cause, and censored ones, contribute only −H(tᵢ|xᵢ):
    ///
    ///     ℓ = Σ δᵢ log h(tᵢ|xᵢ) − Σ H(tᵢ|xᵢ)
    ///
    /// weibull: θ = (u = log k, v = log λ, β); with wᵢ = log tᵢ − v and
    /// zᵢ = H(tᵢ|xᵢ) = exp(k wᵢ + β·xᵢ), ℓ = Σ δᵢ (u + (k−1) log tᵢ − k v + β·xᵢ) − Σ zᵢ.
    /// exponential: θ = (ρ = log rate, β), the Weibull with k = 1 and v = −ρ.
    struct Likelihood {
        let form: HazardForm
        let cause: Int
        /// Validated cases with one value per covariate.
        let cases: [SurvivalCase]
        let covariateCount: Int

        var baselineCount: Int { form == .weibull ? 2 : 1 }
        var parameterCount: Int { baselineCount + covariateCount }

        struct Derivatives {
            var value: Double
            var gradient: [Double]
            var hessian: [[Double]]
        }

        /// ℓ(θ), ∇ℓ and (if asked) ∇²ℓ.
        func derivatives(_ theta: [Double], hessian wantHessian: Bool = false) -> Derivatives {
            let p = covariateCount
            let u = form == .weibull ? theta[0] : 0
            let v = form == .weibull ? theta[1] : -theta[0]
            let beta = Array(theta[baselineCount...])
            let k = exp(u)
            // Sums over cases: δ-weighted and z-weighted moments in w and x.
            var value = 0.0
            var events = 0.0, eventW = 0.0, sumZ = 0.0, sumZW = 0.0, sumZWW = 0.0
            var eventX = [Double](repeating: 0, count: p), zX = eventX, zWX = eventX
            var zXX = [[Double]](repeating: eventX, count: wantHessian ? p : 0)
            for item in cases {
                var eta = 0.0
                for j in 0..<p { eta += beta[j] * item.covariates[j] }
                let w = item.time > 0 ? log(item.time) - v : 0
                let z = item.time > 0 ? exp(k * w + eta) : 0
                if item.cause == cause {
                    events += 1
                    eventW += w
                    value += u - k * v + eta + (form == .weibull ? (k - 1) * log(item.time) : 0)
                    for j in 0..<p { eventX[j] += item.covariates[j] }
                }
                value -= z
                sumZ += z
                sumZW += z * w
                sumZWW += z * w * w
                for j in 0..<p {
                    zX[j] += z * item.covariates[j]
                    zWX[j] += z * w * item.covariates[j]
                }
                if wantHessian {
                    for j in 0..<p { for l in 0..<p { zXX[j][l] += z * item.covariates[j] * item.covariates[l] } }
                }
            }
            // In (u, v, β); the exponential keeps the v row and column with their sign flipped.
            let gradientU = events + k * eventW - k * sumZW
            let gradientV = -k * events + k * sumZ
            let gradientBeta = (0..<p).map { eventX[$0] - zX[$0] }
            let flip = form == .weibull ? 1.0 : -1.0
            let gradient = (form == .weibull ? [gradientU, gradientV] : [-gradientV]) + gradientBeta
            guard wantHessian else { return Derivatives(value: value, gradient: gradient, hessian: []) }
            var h = [[Double]](repeating: [Double](repeating: 0, count: parameterCount), count: parameterCount)
            let vIndex = baselineCount - 1
            if form == .weibull {
                h[0][0] = k * eventW - k * sumZW - k * k * sumZWW
                h[0][1] = -k * events + k * k * sumZW + k * sumZ
                h[1][0] = h[0][1]
                for j in 0..<p { h[0][2 + j] = -k * zWX[j]; h[2 + j][0] = h[0][2 + j] }
            }
            h[vIndex][vIndex] = -k * k * sumZ
            for j in 0..<p {
                h[vIndex][baselineCount + j] = flip * k * zX[j]
                h[baselineCount + j][vIndex] = h[vIndex][baselineCount + j]
                for l in 0..<p { h[baselineCount + j][baselineCount + l] = -zXX[j][l] }
            }
            return Derivatives(value: value, gradient: gradient, hessian: h)
        }
    }
}
