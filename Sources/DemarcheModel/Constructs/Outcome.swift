/// What a report measures, one value per replication.
public struct Outcome: Sendable {
    public enum Measure: Sendable {
        /// Time of the first of `events` (`+∞` if none by the horizon); the
        /// report gives P(by each checkpoint) and time-to-event statistics.
        case firstEvent(events: [EventID], by: Double, checkpoints: [Double])
        /// How many of `events` occurred (each at most once) by `by`.
        case count(events: [EventID], by: Double)
        /// 1 if the order is in force at the end-of-day instant `on` (it took
        /// effect, or its compliance deadline was missed, and it is neither
        /// enjoined, revoked nor otherwise closed then), else 0.
        case inForce(order: Int, on: Double)
        /// A vendor's share of a market at the horizon.
        case share(market: Int, vendor: Int)
        /// An actor's attribute at the horizon.
        case attribute(actor: Int, attribute: Actor.Attribute)
    }

    public var id: String
    public var label: String
    public var measure: Measure

    public init(id: String, label: String, measure: Measure) {
        self.id = id
        self.label = label
        self.measure = measure
    }
}
