import DemarcheKernel
import DemarcheRandom

/// A waiting time, drawn afresh each time it is used (event uncertainty): a
/// delay of 14d, `{dist: exponential, mean: 120d}`, or calendar months
/// (`3mo`, `2y`), whose length in days depends on the date the wait starts.
/// Distributions are only those whose draws stay within 0 … 1,000 years.
public struct Delay: Sendable {
    public enum Length: Sendable {
        /// Days, drawn from the distribution at each use.
        case days(AnyDistribution)
        /// Calendar months, counted from the date the wait starts (clamped to
        /// month ends: 1mo from 31 January ends on the last day of February).
        case months(Int)
    }

    public let length: Length
    /// Where the scenario gives it (`orders.tiktok-divest.compliance`), for
    /// the error that stops a replication when a draw is out of range.
    public let path: String

    /// Refuses distributions that can draw negative waits or waits of more
    /// than 1,000 years (``ParameterConstraint/waitingTime``).
    public init(_ distribution: AnyDistribution, path: String = "") throws(DistributionError) {
        if let (expected, found) = ParameterConstraint.waitingTime.violation(distribution) {
            throw DistributionError(parameter: "dist", expected: expected, found: found)
        }
        self.init(length: .days(distribution), path: path)
    }

    /// A wait of `months` calendar months (the reader's durations are 0 … 12,000 months).
    public init(months: Int, path: String = "") {
        precondition(months >= 0, "Delay: negative months")
        self.init(length: .months(months), path: path)
    }

    /// Unchecked: the public initialisers check.
    init(length: Length, path: String) {
        self.length = length
        self.path = path
    }

    /// True if the delay is always exactly zero (used to find zero-delay cycles).
    public var isInstant: Bool {
        switch length {
        case .days(let distribution): distribution.fixedValue == 0
        case .months(let months): months == 0
        }
    }

    /// The wait in days when it starts at clock time `time` of `calendar`.
    /// Draws from `stream` only for a distribution that is not fixed. A draw
    /// out of ``ParameterConstraint/waitingTime`` (a tail the loader's check
    /// leaves out) is returned as is: ``Replication`` stops on it.
    public func sample(using stream: RandomStream, from time: Double, on calendar: SimulationCalendar) -> Double {
        switch length {
        case .days(let distribution): distribution.sample(using: stream)
        case .months(let months): CalendarDuration.months(months).days(from: calendar.date(at: time))
        }
    }
}
