import Foundation

/// A parametric cause-specific hazard fitted by maximum likelihood with right
/// censoring: cases ending in another cause are censored for this cause
/// (cause-specific hazards, Prentice et al. 1978, Biometrics 34:541;
/// Kalbfleisch & Prentice 2002, "The Statistical Analysis of Failure Time
/// Data", 2nd ed., ch. 8):
///
///     exponential: h(t|x) = rate · exp(β·x)
///     weibull:     h(t|x) = (k/λ)(t/λ)^(k−1) · exp(β·x)    (k = shape, λ = scale in days)
///
/// `fit` is in CauseSpecificHazard+Fit.swift, the likelihood in +Likelihood.
public struct CauseSpecificHazard: Sendable {
    public var cause: Int
    public var form: HazardForm
    public var events: Int
    /// Σ time over all cases (days).
    public var exposure: Double
    /// exponential: ["rate"] per day; weibull: ["shape", "scale"] (scale in days).
    public var baseline: [FittedValue]
    /// One log hazard ratio per covariate, named as given.
    public var coefficients: [FittedValue]
    public var logLikelihood: Double
    /// 2p − 2 logL with p the number of parameters.
    public var aic: Double

    /// A hazard with given parameters (e.g. known ones, for simulation or
    /// tests); `fit` estimates one from data.
    public init(cause: Int, form: HazardForm, baseline: [FittedValue], coefficients: [FittedValue] = [],
                events: Int = 0, exposure: Double = 0, logLikelihood: Double = .nan, aic: Double = .nan) {
        self.cause = cause
        self.form = form
        self.baseline = baseline
        self.coefficients = coefficients
        self.events = events
        self.exposure = exposure
        self.logLikelihood = logLikelihood
        self.aic = aic
    }

    /// h(t|x) per day; 0 before time 0, NaN if `covariates` does not have one
    /// value per coefficient or the baseline does not fit the form.
    public func hazard(at t: Double, covariates: [Double]) -> Double {
        guard let relative = relativeHazard(covariates) else { return .nan }
        guard t >= 0 else { return 0 }
        switch (form, baseline.count) {
        case (.exponential, 1): return baseline[0].estimate * relative
        case (.weibull, 2):
            let (k, lambda) = (baseline[0].estimate, baseline[1].estimate)
            return k / lambda * pow(t / lambda, k - 1) * relative
        default: return .nan
        }
    }

    /// H(t|x) = ∫₀ᵗ h(u|x) du; 0 for t ≤ 0, NaN as for `hazard`.
    public func cumulativeHazard(at t: Double, covariates: [Double]) -> Double {
        guard let relative = relativeHazard(covariates) else { return .nan }
        guard t > 0 else { return 0 }
        switch (form, baseline.count) {
        case (.exponential, 1): return baseline[0].estimate * t * relative
        case (.weibull, 2): return pow(t / baseline[1].estimate, baseline[0].estimate) * relative
        default: return .nan
        }
    }

    /// k in H(t) ∝ t^k: 1 for the exponential, the Weibull shape otherwise.
    var shape: Double {
        form == .weibull && baseline.count == 2 ? baseline[0].estimate : 1
    }

    /// exp(β·x), or nil if `covariates` does not match the coefficients.
    private func relativeHazard(_ covariates: [Double]) -> Double? {
        guard covariates.count == coefficients.count else { return nil }
        return exp(zip(coefficients, covariates).reduce(0) { $0 + $1.0.estimate * $1.1 })
    }
}
