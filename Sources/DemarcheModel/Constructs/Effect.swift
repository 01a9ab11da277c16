/// A change to the state of a replication, applied by shocks, triggers,
/// countermeasures and escalations.
public enum Effect: Sendable {
    /// Revokes orders that are pending, extended, missed or in force
    /// (effective or enforced), cancelling what is still scheduled for them.
    case revoke(orders: [Int])
    /// The target complies with orders that are pending, in force after a
    /// missed deadline, or enjoined: each closes as complied (a divestiture's
    /// `divested`), cancelling what is still scheduled for it. How a
    /// decision's option complies with an order.
    case comply(orders: [Int])
    /// Starts dormant orders, decisions or campaigns.
    case activate(Activation)
    /// Stops campaigns: their recurring instruments cease.
    case stop(campaigns: [Int])
    /// Adds a pressure impulse on actors, decaying with `halfLife` days.
    case pressure(actors: [Int], magnitude: ParameterID, halfLife: ParameterID)
    /// Adds `by` to an actor's attribute (clamped to 0 … 1).
    case adjust(actor: Int, attribute: Actor.Attribute, by: ParameterID)
}

/// What an `activate` effect starts.
public struct Activation: Sendable {
    public var orders: [Int]
    public var decisions: [Int]
    public var campaigns: [Int]

    public init(orders: [Int] = [], decisions: [Int] = [], campaigns: [Int] = []) {
        self.orders = orders
        self.decisions = decisions
        self.campaigns = campaigns
    }
}

/// Effects that happen together, with a probability and after a delay; when
/// they happen, `event` is recorded (a trigger's firing; a shock outcome's
/// consequences record nothing more than the outcome itself).
public struct Consequence: Sendable {
    public var probability: ParameterID
    public var delay: Delay
    public var effects: [Effect]
    public var event: EventID?

    public init(probability: ParameterID, delay: Delay, effects: [Effect], event: EventID?) {
        self.probability = probability
        self.delay = delay
        self.effects = effects
        self.event = event
    }
}
