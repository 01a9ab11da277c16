/// Why a run returned.
public enum StopReason: Equatable, Sendable {
    /// The next pending event lies after the horizon.
    case horizonReached
    /// Nothing was pending.
    case queueEmpty
    /// The run processed its maximum number of events with work still pending
    /// before the horizon: a runaway cascade.
    case eventLimitReached(RunawayDiagnosis)
}

/// Which kinds of event dominated the last events before a run hit its event
/// limit, so that a runaway trigger loop is reported by name.
public struct RunawayDiagnosis: Equatable, Sendable, CustomStringConvertible {
    /// The limit that was reached.
    public let eventLimit: Int
    /// Clock time when the limit was reached.
    public let time: Double
    /// Kinds among the last `window` events, most frequent first (ties by name).
    public let recentKinds: [(kind: String, count: Int)]
    /// How many trailing events were counted.
    public let window: Int

    public init(eventLimit: Int, time: Double, counts: [String: Int]) {
        self.eventLimit = eventLimit
        self.time = time
        self.recentKinds = counts.map { (kind: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.kind) < ($0.count, $1.kind) }
        self.window = counts.values.reduce(0, +)
    }

    public static func == (lhs: RunawayDiagnosis, rhs: RunawayDiagnosis) -> Bool {
        lhs.eventLimit == rhs.eventLimit && lhs.time == rhs.time && lhs.window == rhs.window
            && lhs.recentKinds.elementsEqual(rhs.recentKinds) { $0 == $1 }
    }

    public var description: String {
        let top = recentKinds.prefix(3).map { "'\($0.kind)' \($0.count)×" }.joined(separator: ", ")
        return "event limit of \(eventLimit) reached at day \(time); of the last \(window) events: \(top)"
    }
}
