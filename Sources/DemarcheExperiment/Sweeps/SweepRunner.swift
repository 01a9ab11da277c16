import DemarcheModel
import DemarcheRandom
import DemarcheScenario

/// Runs a sweep's work items (all of them, or one shard's), at most `jobs` at
/// a time. Every variant runs replications 0..<runs with the same master
/// seed and stream identities: common random numbers, so that differences
/// between variants are paired rather than noise.
public enum SweepRunner {
    /// Runs the work items still to do, reporting `(replications done,
    /// replications to do)` to `progress` as items finish.
    public static func run(
        _ spec: SweepSpec, _ design: SweepDesign, header: SweepHeader, shard: Shard?, jobs: Int,
        journal: SweepJournal?, done: [WorkItemResult],
        progress: (Int, Int) -> Void = { _, _ in }
    ) async throws -> [WorkItemResult] {
        let finished = Set(done.map(\.item))
        let todo = header.items.enumerated().filter { index, item in
            (shard?.owns(index) ?? true) && !finished.contains(item)
        }.map(\.element)
        // One independently loaded scenario per worker slot (see MonteCarloRunner).
        let slots = min(max(jobs, 1), max(todo.count, 1))
        let bases = try [spec.scenario] + (1..<slots).map { _ in try ScenarioLoader.load(contentsOf: spec.scenario.file) }
        let configuration = RunConfiguration(runs: spec.runs, seed: spec.seed, jobs: jobs, generator: header.generator)
        var cached: [(variant: Int, plan: ReplicationPlan)?] = Array(repeating: nil, count: slots)
        var results = done
        let runsToDo = todo.reduce(0) { $0 + $1.count }
        var runsDone = 0
        try await withThrowingTaskGroup(of: (WorkItemResult, Int).self) { group in
            var next = 0
            func launch(on slot: Int) throws {
                let item = todo[next]
                next += 1
                let plan: ReplicationPlan
                if let entry = cached[slot], entry.variant == item.variant {
                    plan = entry.plan
                } else {
                    let overrides = zip(spec.factors, design.rows[item.variant]).map { ParameterOverride(path: $0.path, value: $1) }
                    plan = ReplicationPlan(try bases[slot].applying(overrides).model)
                    cached[slot] = (item.variant, plan)
                }
                group.addTask {
                    let chunk = try MonteCarloRunner.runChunk(
                        plan, configuration, index: 0, range: item.start..<(item.start + item.count), recordingFailures: true)
                    let failures = chunk.values.first?.count { $0.isNaN } ?? 0
                    let values = chunk.values.map { column in column.map { $0.isInfinite ? nil : $0 } }
                    return (WorkItemResult(item: item, events: chunk.aggregate.events, values: values, failures: failures), slot)
                }
            }
            for slot in 0..<min(slots, todo.count) { try launch(on: slot) }
            while let (result, slot) = try await group.next() {
                try journal?.append(result)
                results.append(result)
                runsDone += result.item.count
                progress(runsDone, runsToDo)
                if next < todo.count { try launch(on: slot) }
            }
        }
        return results
    }
}
