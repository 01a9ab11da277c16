import DemarcheModel
import DemarcheRandom
import DemarcheReport

/// Runs replications of a model in parallel and collects their results.
///
/// Work is cut into fixed chunks of replications, at most `jobs` in flight.
/// Each in-flight chunk holds a worker slot, and with it its own streams,
/// replication buffers and copy of the model (a replication retains nothing
/// of the model per event since issue 13, so sharing one would no longer
/// contend; separate copies stay harmless). Chunks are merged by index, so
/// the result is identical whatever `jobs` is, and as soon as every earlier
/// chunk has been merged: the merge overlaps the chunks still running, and at
/// most about `jobs` chunk aggregates are alive at once (each holds a
/// histogram per event and day), so memory grows only with the per-run
/// outcome values.
public enum MonteCarloRunner {
    /// Runs `configuration.runs` replications (or fewer, with
    /// `untilPrecision`) on `min(jobs, plans.count)` workers, worker w using
    /// `plans[w]` (independently built copies of one model), reporting
    /// `(done, planned)` to `progress` as chunks finish.
    public static func run(
        _ plans: [ReplicationPlan], _ configuration: RunConfiguration,
        progress: (Int, Int) -> Void = { _, _ in }
    ) async throws(RunError) -> RunResult {
        let plan = plans[0]
        let clock = ContinuousClock()
        let start = clock.now
        var values = Array(repeating: [Double](), count: plan.model.outcomes.count)
        var aggregate = RunAggregate(model: plan.model)
        var inputs = Array(repeating: [Double](), count: configuration.inputRuns > 0 ? plan.drawnPaths.count : 0)
        var done = 0
        while done < configuration.runs {
            let batchEnd = configuration.untilPrecision == nil
                ? configuration.runs : min(configuration.runs, done + RunConfiguration.batchSize)
            try await runChunks(plans, configuration, from: done, to: batchEnd) { chunk in
                for (outcome, column) in chunk.values.enumerated() { values[outcome].append(contentsOf: column) }
                aggregate.merge(chunk.aggregate)
                for (input, column) in chunk.inputs.enumerated() { inputs[input].append(contentsOf: column) }
            } finished: { finished in
                progress(done + finished, configuration.untilPrecision == nil ? configuration.runs : batchEnd)
            }
            done = batchEnd
            if let target = configuration.untilPrecision, Convergence.widestHalfWidth(values, plan.model) <= target { break }
        }
        let elapsed = clock.now - start
        let (seconds, attoseconds) = elapsed.components
        return RunResult(plan: plan, configuration: configuration, outcomeValues: values, aggregate: aggregate, drawnInputs: inputs,
                         wallSeconds: Double(seconds) + Double(attoseconds) * 1e-18)
    }

    struct Chunk: Sendable {
        var index: Int
        var values: [[Double]]
        var aggregate: RunAggregate
        /// Drawn parameter values of the chunk's replications below
        /// ``RunConfiguration/inputRuns``, input-major.
        var inputs: [[Double]]
    }

    /// One model shared by every worker (simplest; slower on many cores).
    public static func run(
        _ plan: ReplicationPlan, _ configuration: RunConfiguration, progress: (Int, Int) -> Void = { _, _ in }
    ) async throws(RunError) -> RunResult {
        try await run([plan], configuration, progress: progress)
    }

    /// Replications `from..<to` in chunks, at most `jobs` at a time, each
    /// launched on the worker slot the previous chunk freed; handed to
    /// `merge` in index order, each as soon as the chunks before it were.
    static func runChunks(
        _ plans: [ReplicationPlan], _ configuration: RunConfiguration, from: Int, to: Int,
        merge: (Chunk) -> Void, finished: (Int) -> Void
    ) async throws(RunError) {
        let starts = Array(stride(from: from, to: to, by: RunConfiguration.chunkSize))
        var waiting: [Int: Chunk] = [:]
        var nextToMerge = 0
        do {
            try await withThrowingTaskGroup(of: (chunk: Chunk, slot: Int).self) { group in
                var next = 0
                var completed = 0
                func launch(on slot: Int) {
                    let index = next
                    let plan = plans[slot % plans.count]
                    let range = starts[index]..<min(starts[index] + RunConfiguration.chunkSize, to)
                    group.addTask { (try runChunk(plan, configuration, index: index, range: range), slot) }
                    next += 1
                }
                for slot in 0..<min(max(configuration.jobs, 1), starts.count) { launch(on: slot) }
                while let (chunk, slot) = try await group.next() {
                    if next < starts.count { launch(on: slot) }
                    completed += chunk.values.first?.count ?? 0
                    waiting[chunk.index] = chunk
                    while let ready = waiting.removeValue(forKey: nextToMerge) {
                        merge(ready)
                        nextToMerge += 1
                    }
                    finished(completed)
                }
            }
        } catch let error as RunError {
            throw error
        } catch {
            preconditionFailure("chunks throw only RunError: \(error)")
        }
    }

    /// Replications `range` of one plan. A failed replication stops the run,
    /// or, with `recordingFailures`, counts as NaN in every outcome.
    static func runChunk(
        _ plan: ReplicationPlan, _ configuration: RunConfiguration, index: Int, range: Range<Int>,
        recordingFailures: Bool = false
    ) throws(RunError) -> Chunk {
        let streams = ReplicationStreams(
            masterSeed: configuration.seed, replication: UInt32(truncatingIfNeeded: range.lowerBound),
            algorithm: configuration.generator)
        var values = Array(repeating: [Double](), count: plan.model.outcomes.count)
        for outcome in values.indices { values[outcome].reserveCapacity(range.count) }
        var aggregate = RunAggregate(model: plan.model)
        var run = Replication(plan: plan, streams: streams)
        let recorded = range.clamped(to: 0..<max(configuration.inputRuns, 0))
        var inputs = Array(repeating: [Double](), count: recorded.isEmpty ? 0 : plan.drawnPaths.count)
        for replication in range {
            streams.reset(toReplication: UInt32(truncatingIfNeeded: replication))
            do {
                let result = try run.run()
                for (outcome, value) in result.outcomes.enumerated() { values[outcome].append(value) }
                aggregate.add(result)
            } catch {
                guard recordingFailures else { throw .replicationFailed(replication: replication, error) }
                for outcome in values.indices { values[outcome].append(.nan) }
            }
            if recorded.contains(replication) {
                for input in inputs.indices { inputs[input].append(run.drawnValue(input)) }
            }
        }
        return Chunk(index: index, values: values, aggregate: aggregate, inputs: inputs)
    }
}
