/// The Kaplan–Meier estimate of a survival function from times that are
/// either events or censored (Kaplan & Meier 1958), with Greenwood's variance.
/// Demarche's runs are censored at the horizon when the event did not happen,
/// so "never happened" stays in the denominator instead of being dropped.
public struct KaplanMeier: Sendable {
    /// One step of the curve: at `time`, survival falls to `survival`.
    public struct Step: Equatable, Sendable {
        public var time: Double
        public var atRisk: Int
        public var events: Int
        public var survival: Double
        /// Greenwood's variance of `survival`.
        public var variance: Double
    }

    public let steps: [Step]
    public let count: Int

    /// `observations`: (time, true if the event happened at that time, false
    /// if the run was censored then). O(n log n).
    public init(_ observations: [(time: Double, event: Bool)]) {
        count = observations.count
        let sorted = observations.sorted { $0.time < $1.time }
        var steps: [Step] = []
        var atRisk = sorted.count
        var survival = 1.0
        var greenwood = 0.0
        var index = 0
        while index < sorted.count {
            let time = sorted[index].time
            var events = 0
            var leaving = 0
            while index < sorted.count, sorted[index].time == time {
                if sorted[index].event { events += 1 }
                leaving += 1
                index += 1
            }
            if events > 0 {
                survival *= 1 - Double(events) / Double(atRisk)
                if atRisk > events { greenwood += Double(events) / (Double(atRisk) * Double(atRisk - events)) }
                steps.append(Step(time: time, atRisk: atRisk, events: events, survival: survival,
                                  variance: survival * survival * greenwood))
            }
            atRisk -= leaving
        }
        self.steps = steps
    }

    /// S(t): the probability the event has not happened by `time`.
    public func survival(at time: Double) -> Double {
        steps.last { $0.time <= time }?.survival ?? 1
    }

    /// The earliest time by which the event has happened with probability
    /// `p` (1 − S(t) ≥ p), or nil if the curve never gets there.
    public func quantile(_ p: Double) -> Double? {
        steps.first { 1 - $0.survival >= p - 1e-12 }?.time
    }
}
