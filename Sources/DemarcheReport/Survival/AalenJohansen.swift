import Foundation

/// The Aalen–Johansen estimator of the cumulative incidence function of each
/// cause (Aalen & Johansen 1978): F_c(t) = Σ_{t_h ≤ t} S(t_{h−1}) d_ch / n_h,
/// with S the all-cause Kaplan–Meier curve, n_h at risk and d_ch events of
/// cause c at t_h. Ties are kept, not broken: events at a time count before
/// the censorings at that time (the censored cases are still at risk).
///
/// Variance: the delta-method (Greenwood-type) estimator of Collett,
/// "Modelling Survival Data in Medical Research", 3rd ed. (2015), p. 411, as
/// lifelines' `AalenJohansenFitter` and SAS LIFETEST compute it, with d_h all
/// events at t_h:
///
///     Var F_c(t) = Σ (F_c(t) − F_c(t_h))² d_h / (n_h (n_h − d_h))
///                + Σ S(t_{h−1})² d_ch (n_h − d_ch) / n_h³
///                − 2 Σ (F_c(t) − F_c(t_h)) S(t_{h−1}) d_ch / n_h²
///
/// (sums over t_h ≤ t; a time where everyone at risk has an event adds no
/// first term: S is 0 after it, so F_c(t) = F_c(t_h) from then on). The 95%
/// interval transforms log(−log F) as lifelines does, so it stays in [0, 1]:
/// F^exp(±z·se), se = √Var / (F |log F|); it is [F, F] where F is 0 or 1.
public struct AalenJohansen: Sendable {
    /// One time at which an event of any cause happened: the incidence of the
    /// curve's cause moves only where `events` (of that cause) > 0, the
    /// variance at every step.
    public struct Step: Sendable, Equatable {
        public var time: Double
        public var atRisk: Int
        public var events: Int
        public var incidence: Double
        public var variance: Double
    }

    /// F(t) with its variance and 95% interval.
    public struct Estimate: Sendable, Equatable {
        public var incidence: Double
        public var variance: Double
        public var lower: Double
        public var upper: Double
    }

    public let causeCount: Int
    /// Cases used, and cases left out for a time that is negative or not
    /// finite or a cause outside 0..<causeCount (callers that take input
    /// from files should validate first and report those).
    public let count: Int
    public let skipped: Int
    private let curves: [[Step]]

    public init(_ cases: [SurvivalCase], causeCount: Int) {
        let causes = max(0, causeCount)
        let valid = cases.filter { item in
            item.time.isFinite && item.time >= 0 && (item.cause.map { $0 >= 0 && $0 < causes } ?? true)
        }
        .sorted { $0.time < $1.time }
        self.causeCount = causes
        count = valid.count
        skipped = cases.count - valid.count
        curves = Self.curves(valid, causes: causes)
    }

    /// The step function of F_cause (no steps for an unknown cause).
    public func steps(cause: Int) -> [Step] {
        curves.indices.contains(cause) ? curves[cause] : []
    }

    /// F_cause(t) at the end of day `time` (events at `time` included).
    public func estimate(cause: Int, at time: Double) -> Estimate {
        guard let step = steps(cause: cause).last(where: { $0.time <= time }) else {
            return Estimate(incidence: 0, variance: 0, lower: 0, upper: 0)
        }
        return Self.interval(step.incidence, step.variance)
    }

    static func interval(_ f: Double, _ variance: Double) -> Estimate {
        guard f > 0, f < 1 else { return Estimate(incidence: f, variance: variance, lower: f, upper: f) }
        let se = variance.squareRoot() / (f * abs(log(f)))
        let z = ProportionInterval.z95
        return Estimate(incidence: f, variance: variance,
                        lower: pow(f, exp(z * se)), upper: pow(f, exp(-z * se)))
    }

    /// One pass over the sorted cases; the variance's sums over h are kept as
    /// running coefficients of polynomials in F_c(t) (as lifelines does), so
    /// the whole curve costs O(n).
    private static func curves(_ sorted: [SurvivalCase], causes: Int) -> [[Step]] {
        var curves = Array(repeating: [Step](), count: causes)
        var incidence = Array(repeating: 0.0, count: causes)
        // Σ a_h F_h^p for p = 0, 1, 2, and Σ b_h F_h^p for p = 0, 1, and the second term.
        var quadratic = Array(repeating: (0.0, 0.0, 0.0), count: causes)
        var linear = Array(repeating: (0.0, 0.0), count: causes)
        var second = Array(repeating: 0.0, count: causes)
        var survival = 1.0
        var atRisk = sorted.count
        var index = 0
        while index < sorted.count {
            let time = sorted[index].time
            var byCause = Array(repeating: 0, count: causes)
            var leaving = 0
            while index < sorted.count, sorted[index].time == time {
                if let cause = sorted[index].cause { byCause[cause] += 1 }
                leaving += 1
                index += 1
            }
            let events = byCause.reduce(0, +)
            if events > 0 {
                let n = Double(atRisk)
                let d = Double(events)
                let a = atRisk > events ? d / (n * (n - d)) : 0
                for cause in 0..<causes {
                    let dc = Double(byCause[cause])
                    incidence[cause] += survival * dc / n
                    let f = incidence[cause]
                    let b = survival * dc / (n * n)
                    quadratic[cause].0 += a
                    quadratic[cause].1 += a * f
                    quadratic[cause].2 += a * f * f
                    linear[cause].0 += b
                    linear[cause].1 += b * f
                    second[cause] += survival * survival * dc * (n - dc) / (n * n * n)
                    let (q0, q1, q2) = quadratic[cause]
                    let first = q0 * f * f - 2 * q1 * f + q2
                    let third = linear[cause].0 * f - linear[cause].1
                    curves[cause].append(Step(time: time, atRisk: atRisk, events: byCause[cause], incidence: f,
                                              variance: max(0, first + second[cause] - 2 * third)))
                }
                survival *= 1 - d / n
            }
            atRisk -= leaving
        }
        return curves
    }
}
