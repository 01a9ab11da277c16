/// One timed run of one benchmark by one implementation.
public struct BenchmarkMeasurement: Codable, Hashable, Sendable {
    /// `demarche`, `c-gsl` or `simpy`.
    public var implementation: String
    public var benchmark: String
    public var seed: UInt64
    public var wallSeconds: Double
    /// Events taken off the future event set.
    public var engineEvents: Int
    /// Timeouts (sched) or customers served (mm1).
    public var modelUnits: Int
    public var unit: String
    /// Mean wait in queue (mm1 only).
    public var meanWait: Double?
    /// λ / (μ(μ − λ)) (mm1 only).
    public var analyticWait: Double?

    public var eventsPerSecond: Double { Double(engineEvents) / wallSeconds }

    /// Model units (replications of a scenario) per second.
    public var unitsPerSecond: Double { Double(modelUnits) / wallSeconds }
}
