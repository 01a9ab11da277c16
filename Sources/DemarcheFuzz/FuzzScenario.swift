import DemarcheModel
import DemarcheRandom
import DemarcheReport
import DemarcheScenario

/// The libFuzzer entry point (built only with `DEMARCHE_FUZZ=1` and
/// `--sanitize=fuzzer`; see `.ci/fuzz`). Each input is a scenario file:
/// it is loaded, and if it validates, three replications are run and their
/// timelines and outcomes rendered, so that a trap anywhere from the reader
/// to the trace is a crash libFuzzer reports. A refusal or a run stopped by a
/// ``ModelError`` is an expected answer, not a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let scenario = try? ScenarioLoader.load(text: text, file: "fuzz.yaml") else { return 0 }
    let model = scenario.model
    let plan = ReplicationPlan(model)
    let streams = ReplicationStreams(masterSeed: 1, replication: 0)
    for replication in 0..<3 {
        streams.reset(toReplication: UInt32(replication))
        var run = Replication(plan: plan, streams: streams, trace: true)
        guard let result = try? run.run() else { continue }
        _ = TraceTable.markdown(result.trace, model: model)
        _ = TraceTable.outcomeLines(result.outcomes, model: model)
    }
    return 0
}
