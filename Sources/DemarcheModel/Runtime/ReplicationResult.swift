/// What one replication produced.
public struct ReplicationResult: Sendable {
    /// One value per ``Model/outcomes`` entry: a time in days (`+∞` when the
    /// event did not happen by the horizon), a count, a share or an attribute.
    public var outcomes: [Double]
    /// Events the kernel processed.
    public var events: Int
    /// First time of every registry event (`+∞` if it did not happen), for
    /// the actor and order tables.
    public var eventTimes: [Double]
    /// Vendor shares at the horizon, market by market in model order, each
    /// market's vendors in its order.
    public var shares: [Double]
    /// Countermeasures suffered by each actor.
    public var retaliations: [Int]
    /// The dated timeline, when requested.
    public var trace: [TraceEntry]
}

/// One line of a replication's timeline.
public struct TraceEntry: Sendable, Equatable {
    /// Clock time in days since the start (negative: before it, as of facts).
    public var time: Double
    /// The actor concerned, by id ("" when none).
    public var actor: String
    /// The event name (`order.tiktok-divest.extended`) or a description.
    public var event: String
    public var detail: String
}

/// A replication that could not finish.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The event limit was reached: a runaway cascade of triggers.
    case runaway(limit: Int, day: Double, culprits: [String])

    public var description: String {
        switch self {
        case .runaway(let limit, let day, let culprits):
            "replication exceeded \(limit) events at day \(Int(day)): runaway cascade; "
                + "most frequent recently: \(culprits.joined(separator: ", ")). "
                + "Check triggers that re-fire each other without a delay or a firing limit."
        }
    }
}
