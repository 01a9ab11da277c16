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
    /// Second names, in registration order (``alias(_:of:)``).
    public private(set) var aliases: [String] = []
    private var indexByName: [String: Int] = [:]

    public init() {}

    public mutating func register(_ name: String, subject: Int?) -> EventID {
        if let existing = indexByName[name] { return EventID(index: existing) }
        indexByName[name] = names.count
        names.append(name)
        subjects.append(subject)
        return EventID(index: names.count - 1)
    }

    /// Gives a registered event a second name: an order's generic name
    /// (`order.x.effective`) beside its kind's own (`order.x.delisted`).
    public mutating func alias(_ name: String, of id: EventID) {
        guard indexByName[name] == nil else { return }
        indexByName[name] = id.index
        aliases.append(name)
    }

    /// Every name an event can be referred to by: names, then aliases.
    public var allNames: [String] { names + aliases }

    public func id(named name: String) -> EventID? { indexByName[name].map(EventID.init(index:)) }

    public func name(of id: EventID) -> String { names[id.index] }

    public var count: Int { names.count }
}

/// An event's position in the ``EventRegistry``.
public struct EventID: Hashable, Sendable {
    public let index: Int
}
