/// Names of everything that can happen in a scenario, so triggers and
/// outcomes can refer to them: `decision.germany-5g.exclude`,
/// `order.tiktok-divest.complied`, `shock.us-election.challenger`,
/// `campaign.us-5g.threat`, `campaign.us-5g.intel-cut.carried_out`,
/// `trigger.five-eyes`, `countermeasure.china.formal`,
/// `escalation.alibaba`.
public struct EventRegistry: Sendable {
    public private(set) var names: [String] = []
    /// The actor each event is about, for the trace.
    public private(set) var subjects: [Int?] = []
    private var indexByName: [String: Int] = [:]

    public init() {}

    public mutating func register(_ name: String, subject: Int?) -> EventID {
        if let existing = indexByName[name] { return EventID(index: existing) }
        indexByName[name] = names.count
        names.append(name)
        subjects.append(subject)
        return EventID(index: names.count - 1)
    }

    /// Gives event `id` a second name that files may use (an older
    /// spelling); it keeps its first name in traces and lists.
    public mutating func alias(_ name: String, to id: EventID) {
        if indexByName[name] == nil { indexByName[name] = id.index }
    }

    public func id(named name: String) -> EventID? { indexByName[name].map(EventID.init(index:)) }

    public func name(of id: EventID) -> String { names[id.index] }

    public var count: Int { names.count }
}

/// An event's position in the ``EventRegistry``.
public struct EventID: Hashable, Sendable {
    public let index: Int
}
