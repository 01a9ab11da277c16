import DemarcheModel

/// Everything a Monte Carlo run produced.
public struct RunResult: Sendable {
    public let plan: ReplicationPlan
    public let configuration: RunConfiguration
    /// Outcome-major: `outcomeValues[o][r]` is outcome o in replication r.
    public let outcomeValues: [[Double]]
    public let aggregate: RunAggregate
    /// Input-major: `drawnInputs[i][r]` is drawn parameter i
    /// (``ReplicationPlan/drawnPaths``) in replication r, for the first
    /// ``RunConfiguration/inputRuns`` replications (none by default).
    public let drawnInputs: [[Double]]
    public let wallSeconds: Double

    public var runs: Int { aggregate.runs }
    public var eventsPerSecond: Double { Double(aggregate.events) / max(wallSeconds, 1e-9) }
}

/// A Monte Carlo run that could not finish.
public enum RunError: Error, Sendable, CustomStringConvertible {
    case replicationFailed(replication: Int, ModelError)

    public var description: String {
        switch self {
        case .replicationFailed(let replication, let error): "replication \(replication): \(error)"
        }
    }
}
