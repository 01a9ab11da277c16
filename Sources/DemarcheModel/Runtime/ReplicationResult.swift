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
    /// A value drawn in this replication, of the parameter or waiting time at
    /// `path`, is outside its range (non-finite included): a tail the
    /// loader's check of the distribution leaves out, or a model not built
    /// by the loader. Used, it would trap or silently change the meaning.
    case drawOutOfRange(path: String, value: Double, expected: String)
    /// A shock's outcome probabilities, as drawn, sum to more than 1.
    case probabilitiesExceedOne(path: String, total: Double)
    /// Every option of a decision drew weight 0: none can be chosen.
    case noOptionWeight(path: String)

    public var description: String {
        switch self {
        case .drawOutOfRange(let path, let value, let expected):
            "\(path) drew \(value), outside its range: expected \(expected). "
                + "Give it a distribution whose every draw is valid (e.g. truncated_normal, beta, uniform)."
        case .probabilitiesExceedOne(let path, let total):
            "\(path): the outcome probabilities drawn sum to \(total), more than 1"
        case .noOptionWeight(let path):
            "\(path): every option's weight drew 0, so no option can be chosen"
        case .runaway(let limit, let day, let culprits):
            "replication exceeded \(limit) events at day \(Int(day)): runaway cascade; "
                + "most frequent recently: \(culprits.joined(separator: ", ")). "
                + "Check triggers that re-fire each other without a delay or a firing limit."
        }
    }
}
