/// A unit of sweep work: replications `start..<start + count` of one variant.
public struct WorkItem: Hashable, Codable, Sendable {
    public let variant: Int
    public let start: Int
    public let count: Int

    /// Every item of a sweep, in canonical order (variant, then replications).
    public static func all(variants: Int, runs: Int) -> [WorkItem] {
        (0..<variants).flatMap { variant in
            stride(from: 0, to: runs, by: RunConfiguration.chunkSize).map {
                WorkItem(variant: variant, start: $0, count: min(RunConfiguration.chunkSize, runs - $0))
            }
        }
    }
}

/// What one work item produced: per outcome, one value per replication
/// (null: the event did not happen; a failed run is NaN, spelled "nan"),
/// with the SHA-256 of it all, which `merge` and `--resume` check.
public struct WorkItemResult: Codable, Sendable {
    public let item: WorkItem
    public let events: Int
    public let values: [[Double?]]
    /// Replications that failed (runaway), counted, never dropped.
    public let failures: Int
    /// ``digest(item:events:values:failures:)`` of the fields above.
    public let sha256: String

    public init(item: WorkItem, events: Int, values: [[Double?]], failures: Int) {
        self.item = item
        self.events = events
        self.values = values
        self.failures = failures
        sha256 = Self.digest(item: item, events: events, values: values, failures: failures)
    }
}
