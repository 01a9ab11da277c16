import DemarcheKernel

/// A whole scenario, resolved: every reference is an index, every number a
/// parameter, every date a clock time in days since `start`. Built by the
/// Scenario layer, run by ``Replication``.
public struct Model: Sendable {
    public var name: String
    public var asOf: CalendarDate
    public var calendar: SimulationCalendar
    /// Clock time of the horizon.
    public var horizon: Double
    public var parameters: ParameterTable
    public var events: EventRegistry
    public var actors: [Actor]
    public var relations: [Relation]
    public var markets: [Market]
    public var campaigns: [Campaign]
    public var decisions: [Decision]
    public var orders: [Order]
    public var shocks: [Shock]
    public var escalations: [Escalation]
    public var triggers: [Trigger]
    public var countermeasures: [Countermeasure]
    public var outcomes: [Outcome]
    /// Events one replication may process before it is declared a runaway.
    public var maxEvents: Int
    /// Where the numbers and facts come from (for reports).
    public var provenance: Provenance

    public init(
        name: String, asOf: CalendarDate, calendar: SimulationCalendar, horizon: Double,
        parameters: ParameterTable, events: EventRegistry, actors: [Actor], relations: [Relation],
        markets: [Market], campaigns: [Campaign], decisions: [Decision], orders: [Order], shocks: [Shock],
        escalations: [Escalation], triggers: [Trigger], countermeasures: [Countermeasure], outcomes: [Outcome],
        maxEvents: Int, provenance: Provenance
    ) {
        self.name = name
        self.asOf = asOf
        self.calendar = calendar
        self.horizon = horizon
        self.parameters = parameters
        self.events = events
        self.actors = actors
        self.relations = relations
        self.markets = markets
        self.campaigns = campaigns
        self.decisions = decisions
        self.orders = orders
        self.shocks = shocks
        self.escalations = escalations
        self.triggers = triggers
        self.countermeasures = countermeasures
        self.outcomes = outcomes
        self.maxEvents = maxEvents
        self.provenance = provenance
    }
}
