import Foundation

/// A baseline hazard with this replication's values, of the age a in days:
///
///     h₀(a) = rate · (k/λ)(a/λ)^(k−1),    H₀(a) = rate · (a/λ)^k
///
/// A Weibull baseline has rate 1, shape k and scale λ; a constant one is
/// k = λ = 1 with rate = monthly hazard / 30. Keeping the constant rate
/// outside the shape lets thinning bound rate · exp(Σβx) as before.
/// The hazard is zero before age 0 (before the case began).
struct BaselineHazard {
    var rate: Double
    var shape: Double
    var scale: Double

    init(_ baseline: Decision.Baseline, values: [Double]) {
        switch baseline {
        case .constant(let monthly):
            (rate, shape, scale) = (values[monthly.index] / 30, 1, 1)
        case .weibull(let shape, let scale):
            (rate, self.shape, self.scale) = (1, values[shape.index], values[scale.index])
        }
    }

    /// h₀(age) per day (infinite at age 0 when k < 1).
    func hazard(at age: Double) -> Double {
        guard age >= 0 else { return 0 }
        return rate * shape / scale * pow(age / scale, shape - 1)
    }

    /// H₀(age) / rate = (age/λ)^k: the cumulative hazard per unit of rate.
    func cumulative(_ age: Double) -> Double {
        age > 0 ? pow(age / scale, shape) : 0
    }

    /// The age at which ``cumulative(_:)`` reaches `value` ≥ 0.
    func inverse(_ value: Double) -> Double {
        scale * pow(value, 1 / shape)
    }

    /// Days from `age` until ``cumulative(_:)`` has grown by `increment`:
    /// with increment = E / (rate · G), E ~ Exp(1), the next point of a
    /// process of hazard h₀ · G given survival to `age`. For k = 1 it is
    /// λ · increment exactly (no cancellation).
    func wait(from age: Double, adding increment: Double) -> Double {
        guard age >= 0 else { return -age + wait(from: 0, adding: increment) }
        if shape == 1 { return scale * increment }
        return max(inverse(cumulative(age) + increment) - age, 0)
    }
}
