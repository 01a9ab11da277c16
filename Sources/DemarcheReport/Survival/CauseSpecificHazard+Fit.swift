import Foundation

extension CauseSpecificHazard {
    /// Fits the hazard of `cause` by maximum likelihood.
    ///
    /// The exponential without covariates is closed-form: rate = events ÷
    /// exposure, se(log rate) = 1/√events (observed information). Otherwise the
    /// negative log-likelihood is minimised over (log k, log λ, β) or
    /// (log rate, β) by BFGS with the analytic gradient, starting from the
    /// exponential fit; standard errors come from the inverse of the observed
    /// information (the negative analytic Hessian at the optimum, by Cholesky).
    /// Intervals: see ``FittedValue``.
    ///
    /// Throws ``SurvivalFitError``: an invalid case (time, cause, covariate
    /// count or value), no events for the cause, fewer events than parameters,
    /// a Weibull event at time 0, a non-finite likelihood, no convergence, or
    /// a singular information matrix.
    public static func fit(_ cases: [SurvivalCase], cause: Int, form: HazardForm,
                           covariateNames: [String] = []) throws -> CauseSpecificHazard {
        let likelihood = Likelihood(form: form, cause: cause, cases: cases, covariateCount: covariateNames.count)
        for (index, item) in cases.enumerated() {
            if let problem = item.problem(at: index, causeCount: nil, covariateCount: covariateNames.count) { throw problem }
        }
        let events = cases.count { $0.cause == cause }
        guard events > 0 else { throw SurvivalFitError.noEvents(cause: cause) }
        guard events >= likelihood.parameterCount else {
            throw SurvivalFitError.tooFewEvents(cause: cause, events: events, parameters: likelihood.parameterCount)
        }
        if form == .weibull, let index = cases.firstIndex(where: { $0.cause == cause && $0.time == 0 }) {
            throw SurvivalFitError.eventAtTimeZero(cause: cause, case: index)
        }
        let exposure = cases.reduce(0) { $0 + $1.time }
        let rate = Double(events) / exposure
        guard rate.isFinite, exposure.isFinite else { throw SurvivalFitError.nonFiniteLikelihood(cause: cause) }
        if form == .exponential, covariateNames.isEmpty {
            return closedFormExponential(cause: cause, events: events, exposure: exposure)
        }
        let start: [Double]
        switch form {
        case .exponential: start = [log(rate)] + covariateNames.map { _ in 0 }
        case .weibull:
            let exponential = try fit(cases, cause: cause, form: .exponential, covariateNames: covariateNames)
            start = [0, -log(exponential.baseline[0].estimate)] + exponential.coefficients.map(\.estimate)
        }
        let theta = try maximise(likelihood, from: start)
        return try summarise(likelihood, at: theta, names: covariateNames, exposure: exposure, events: events)
    }

    private static func closedFormExponential(cause: Int, events: Int, exposure: Double) -> CauseSpecificHazard {
        let rate = Double(events) / exposure
        let logL = Double(events) * (log(rate) - 1)
        let value = positive("rate", rate, logScaleError: 1 / Double(events).squareRoot())
        return CauseSpecificHazard(cause: cause, form: .exponential, baseline: [value], events: events,
                                   exposure: exposure, logLikelihood: logL, aic: 2 - 2 * logL)
    }

    /// The maximiser of ℓ by BFGS on −ℓ; the gradient tolerance grows with the
    /// sample, since ℓ is a sum over cases (|∇ℓ| ≤ 1e-7·n moves θ by ~1e-7/Var⁻¹ per case).
    private static func maximise(_ likelihood: Likelihood, from start: [Double]) throws -> [Double] {
        let tolerance = 1e-7 * Double(max(1, likelihood.cases.count))
        let result = GSLMinimizer.minimise(start: start, gradientTolerance: tolerance) { theta in
            let d = likelihood.derivatives(theta)
            return (-d.value, d.gradient.map { -$0 })
        }
        switch result {
        case .success(let theta): return theta
        case .failure(.notConverged(let iterations)):
            throw SurvivalFitError.notConverged(cause: likelihood.cause, iterations: iterations)
        case .failure(.gslError):
            throw SurvivalFitError.nonFiniteLikelihood(cause: likelihood.cause)
        }
    }

    private static func summarise(_ likelihood: Likelihood, at theta: [Double], names: [String],
                                  exposure: Double, events: Int) throws -> CauseSpecificHazard {
        let cause = likelihood.cause
        let d = likelihood.derivatives(theta, hessian: true)
        guard d.value.isFinite else { throw SurvivalFitError.nonFiniteLikelihood(cause: cause) }
        let information = d.hessian.map { $0.map { -$0 } }
        guard let covariance = GSLCholesky.inverse(information) else {
            throw SurvivalFitError.singularInformation(cause: cause)
        }
        let se = covariance.indices.map { covariance[$0][$0].squareRoot() }
        let baselineNames = likelihood.form == .weibull ? ["shape", "scale"] : ["rate"]
        let baseline = baselineNames.indices.map { positive(baselineNames[$0], exp(theta[$0]), logScaleError: se[$0]) }
        let z = ProportionInterval.z95
        let coefficients = names.indices.map { j in
            let (beta, error) = (theta[likelihood.baselineCount + j], se[likelihood.baselineCount + j])
            return FittedValue(name: names[j], estimate: beta, standardError: error, lower: beta - z * error, upper: beta + z * error)
        }
        return CauseSpecificHazard(
            cause: cause, form: likelihood.form, baseline: baseline, coefficients: coefficients, events: events,
            exposure: exposure, logLikelihood: d.value, aic: 2 * Double(theta.count) - 2 * d.value)
    }

    /// A positive parameter whose log has standard error `logScaleError`.
    private static func positive(_ name: String, _ value: Double, logScaleError: Double) -> FittedValue {
        let z = ProportionInterval.z95
        return FittedValue(name: name, estimate: value, standardError: value * logScaleError,
                           lower: value * exp(-z * logScaleError), upper: value * exp(z * logScaleError))
    }
}
