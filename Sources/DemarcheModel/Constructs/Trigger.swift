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

/// A patron's reaction to those who comply: when one of `decisions` is taken
/// with a complying option, two independent reactions may follow, each with
/// its own probability and delay and with the complying actor as subject —
/// a formal measure (`countermeasure.<id>.formal`, also named
/// `countermeasure.<id>`) and rhetoric (`countermeasure.<id>.rhetoric`).
///
/// The formal measure applies `effects` and costs its target: `severity` is
/// added to the `cost` covariate of every decision of the actor it hits, so
/// the target's further steps (a second stage, another market) come dearer.
/// Before anyone complies, `formal probability × severity` is the
/// threatened retaliation that enters the hazards of `decisions`. Rhetoric
/// costs nothing and changes no hazard; triggers and outcomes may use its event.
public struct Countermeasure: Sendable {
    /// One reaction: with `probability`, `delay` after the compliance.
    public struct Reaction: Sendable {
        public var probability: ParameterID
        public var delay: Delay
        public var event: EventID

        public init(probability: ParameterID, delay: Delay, event: EventID) {
            self.probability = probability
            self.delay = delay
            self.event = event
        }
    }

    public var id: String
    public var by: Int
    public var decisions: [Int]
    public var formal: Reaction
    public var rhetoric: Reaction?
    public var severity: ParameterID
    public var effects: [Effect]

    public init(
        id: String, by: Int, decisions: [Int], formal: Reaction, rhetoric: Reaction?, severity: ParameterID,
        effects: [Effect]
    ) {
        self.id = id
        self.by = by
        self.decisions = decisions
        self.formal = formal
        self.rhetoric = rhetoric
        self.severity = severity
        self.effects = effects
    }
}
