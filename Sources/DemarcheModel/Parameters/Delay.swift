import DemarcheKernel
import DemarcheRandom

/// A waiting time, drawn afresh each time it is used (event uncertainty): a
/// delay of 14d, `{dist: exponential, mean: 120d}`, or calendar months
/// (`3mo`, `2y`), whose length in days depends on the date the wait starts.
/// Distributions are only those that cannot go negative.
public struct Delay: Sendable {
    public enum Length: Sendable {
        /// Days, drawn from the distribution at each use.
        case days(AnyDistribution)
        /// Calendar months, counted from the date the wait starts (clamped to
        /// month ends: 1mo from 31 January ends on the last day of February).
        case months(Int)
    }

    public let length: Length

    /// Refuses distributions whose support includes negative values.
    public init(_ distribution: AnyDistribution) throws(DistributionError) {
        guard distribution.support.lowerBound >= 0 else {
            throw DistributionError(
                parameter: "dist", expected: "a delay that cannot be negative (e.g. truncated_normal with low ≥ 0)",
                found: "a distribution reaching \(distribution.support.lowerBound)")
        }
        length = .days(distribution)
    }

    /// A wait of `months` calendar months (the reader's durations are 0 … 12,000 months).
    public init(months: Int) {
        precondition(months >= 0, "Delay: negative months")
        length = .months(months)
    }

    /// True if the delay is always exactly zero (used to find zero-delay cycles).
    public var isInstant: Bool {
        switch length {
        case .days(let distribution): distribution.fixedValue == 0
        case .months(let months): months == 0
        }
    }

    /// The wait in days when it starts at clock time `time` of `calendar`.
    /// Draws from `stream` only for a distribution that is not fixed.
    public func sample(using stream: RandomStream, from time: Double, on calendar: SimulationCalendar) -> Double {
        switch length {
        case .days(let distribution): distribution.sample(using: stream)
        case .months(let months): CalendarDuration.months(months).days(from: calendar.date(at: time))
        }
    }
}
