/// On an event, if conditions hold, then consequences with a probability
/// after a delay: "once the UK excludes Huawei, pressure on Germany rises".
/// A trigger fires at most `maxFirings` times per replication; a firing is
/// a draw that succeeds (one that fails does not use up a firing).
public struct Trigger: Sendable {
    public var id: String
    public var on: [EventID]
    public var conditions: [Condition]
    public var consequence: Consequence
    public var maxFirings: Int

    public init(id: String, on: [EventID], conditions: [Condition], consequence: Consequence, maxFirings: Int) {
        self.id = id
        self.on = on
        self.conditions = conditions
        self.consequence = consequence
        self.maxFirings = maxFirings
    }
}

/// A test on the state of a replication.
public enum Condition: Sendable {
    /// At least `atLeast` of `events` have occurred (each counted once).
    case occurred(events: [EventID], atLeast: Int)
    /// None of `events` has occurred.
    case notOccurred(events: [EventID])
    /// An actor's attribute is above (or below) a threshold.
    case attribute(actor: Int, attribute: Actor.Attribute, above: Bool, threshold: ParameterID)
}

/// A patron's retaliation against those who comply: when one of `decisions`
/// is taken with a complying option, with `probability` and after `delay`,
/// the countermeasure's event is recorded (the complying actor is its
/// subject) and its effects follow. `severity × probability` is the
/// threatened retaliation that enters those decisions' hazards.
public struct Countermeasure: Sendable {
    public var id: String
    public var by: Int
    public var decisions: [Int]
    public var probability: ParameterID
    public var severity: ParameterID
    public var delay: Delay
    public var event: EventID
    public var effects: [Effect]

    public init(
        id: String, by: Int, decisions: [Int], probability: ParameterID, severity: ParameterID, delay: Delay,
        event: EventID, effects: [Effect]
    ) {
        self.id = id
        self.by = by
        self.decisions = decisions
        self.probability = probability
        self.severity = severity
        self.delay = delay
        self.event = event
        self.effects = effects
    }
}
