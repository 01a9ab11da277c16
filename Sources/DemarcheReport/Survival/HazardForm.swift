/// The shape of a parametric baseline hazard in days.
public enum HazardForm: String, Sendable, CaseIterable {
    /// A constant hazard: h(t) = rate.
    case exponential
    /// h(t) = (k/λ)(t/λ)^(k−1): falling for k < 1, rising for k > 1.
    case weibull
}
