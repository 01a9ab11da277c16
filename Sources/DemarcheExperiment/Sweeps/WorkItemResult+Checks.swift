import DemarcheReport

/// Checks work items read from a part file or journal against their sweep's
/// settings: the item is one of the sweep's, every outcome has one value per
/// replication, a failed run is NaN in every outcome and the failures count
/// them, values lie in their kind's range (event days within the calendar,
/// counts whole and ≥ 0, shares and attributes in 0…1), events ≥ 0, and
/// the digest matches. Built by ``SweepHeader/checked()``.
struct WorkItemChecker {
    let header: SweepHeader
    /// Days an event may happen on, relative to the start.
    let eventDays: ClosedRange<Double>

    func check(_ result: WorkItemResult) throws(SweepProblem) {
        let item = result.item
        try checkBelongs(item)
        guard result.values.count == header.outcomes.count else {
            throw .item("values for \(result.values.count) outcomes; the sweep has \(header.outcomes.count)")
        }
        for (column, outcome) in zip(result.values, header.outcomes) where column.count != item.count {
            throw .item("outcome '\(outcome.id)': \(column.count) values for \(item.count) replications")
        }
        guard (0...item.count).contains(result.failures) else {
            throw .item("\(result.failures) failed runs; expected 0…\(item.count)")
        }
        guard result.events >= 0 else { throw .item("\(result.events) events; expected at least 0") }
        var failed = 0
        for run in 0..<item.count {
            let isFailed = result.values.first.map { $0[run]?.isNaN ?? false } ?? false
            if isFailed { failed += 1 }
            for (column, outcome) in zip(result.values, header.outcomes) {
                let value = column[run]
                guard (value?.isNaN ?? false) == isFailed else {
                    throw .item("replication \(item.start + run) failed (NaN) in some outcomes only ('\(outcome.id)' differs)")
                }
                if !isFailed, let reason = problem(value, outcome.kind) {
                    throw .item("outcome '\(outcome.id)' (\(outcome.kind.rawValue)), replication \(item.start + run): \(reason)")
                }
            }
        }
        guard header.outcomes.isEmpty || failed == result.failures else {
            throw .item("says \(result.failures) failed runs but \(failed) runs are NaN")
        }
        guard result.digestMatches else { throw .itemDigest }
    }

    /// The item must be one of `header.items`: a chunk of one variant.
    func checkBelongs(_ item: WorkItem) throws(SweepProblem) {
        guard (0..<header.rows.count).contains(item.variant) else {
            throw .item("variant \(item.variant) is not in the sweep (variants 0…\(header.rows.count - 1))")
        }
        let chunk = RunConfiguration.chunkSize
        guard (0..<header.runs).contains(item.start), item.start % chunk == 0 else {
            throw .item("replication \(item.start) does not start a chunk of \(chunk) of the \(header.runs) runs")
        }
        let expected = min(chunk, header.runs - item.start)
        guard item.count == expected else { throw .item("\(item.count) replications; this chunk has \(expected)") }
    }

    /// Why a value is impossible for its kind of outcome, or nil: the
    /// report's rule, and an event's day within the calendar.
    func problem(_ value: Double?, _ kind: OutcomeSummary.Kind) -> String? {
        if let reason = kind.problem(value) { return reason }
        guard kind == .event, let day = value, !eventDays.contains(day) else { return nil }
        return "day \(day) is outside the calendar (\(eventDays.lowerBound)…\(eventDays.upperBound))"
    }
}
