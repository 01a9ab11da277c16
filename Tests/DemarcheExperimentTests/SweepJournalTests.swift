@testable import DemarcheExperiment
import DemarcheReport
import DemarcheScenario
import Foundation
import Testing

/// Journals are input: `--resume` refuses one written with other settings,
/// naming the setting, and one with a corrupted or edited line, naming the
/// line; a torn last line is cut off.
@Suite struct SweepJournalTests {
    let spec: SweepSpec

    init() throws {
        spec = try SweepDesignTests.spec("design: oat\nruns: 600\nseed: 3\n" + SweepDesignTests.threeFactors)
    }

    /// The sweep's settings, with `--seed` and `--runs` as given.
    func header(seed: UInt64 = 3, runs: Int = 600) throws -> SweepHeader {
        var spec = spec
        spec.seed = seed
        spec.runs = runs
        return SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
    }

    static func result(_ item: WorkItem, day: Double = 12.5) -> WorkItemResult {
        WorkItemResult(item: item, events: 3 * item.count, values: [(0..<item.count).map { $0 % 2 == 0 ? day : nil }], failures: 0)
    }

    func path() -> String { FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)").path }

    /// A journal of `header` with its first two items.
    func written(_ header: SweepHeader, shard: Shard? = nil) throws -> String {
        let path = path()
        let journal = SweepJournal(path: path, header: header, shard: shard)
        try journal.open(keeping: false)
        for item in header.items.prefix(2) { try journal.append(Self.result(item)) }
        return path
    }

    func refusal(_ path: String, _ header: SweepHeader, shard: Shard? = nil) -> String {
        do {
            _ = try SweepJournal(path: path, header: header, shard: shard).finished()
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test func itsOwnJournalIsReadBack() throws {
        let header = try header()
        let path = try written(header)
        #expect(try SweepJournal(path: path, header: header).finished().map(\.item) == Array(header.items.prefix(2)))
    }

    @Test func otherSettingsAreRefusedByName() throws {
        let path = try written(try header(seed: 4))
        #expect(refusal(path, try header()) == "\(path): written with seed 4, but this sweep has 3; run without --resume to start again")
        let runs = try written(try header(runs: 1000))
        #expect(refusal(runs, try header()).contains("written with runs 1000, but this sweep has 600"))
        let shard = try written(try header(), shard: try Shard(index: 1, count: 2))
        #expect(refusal(shard, try header(), shard: try Shard(index: 2, count: 2))
            .contains("written for shard 1/2, but this run is shard 2/2"))
    }

    @Test func editedOrCorruptedLinesAreRefusedByLine() throws {
        let header = try header()
        let path = try written(header)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "12.5", with: "13.5")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path, header) == "\(path):3: variant 0, replications 250..<500: its values do not match its SHA-256 (edited or corrupted)")
        lines[2] = "{\"garbage"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path, header).hasPrefix("\(path):3: not a journal line (corrupted)"))
        try "{\"kind\":\"something else\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(refusal(path, header).hasPrefix("\(path):1: not the journal of a sweep of format 3"))
    }

    @Test func aTornLastLineIsIgnoredAndCutOff() throws {
        let header = try header()
        let path = try written(header)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"settingsSHA256\":\"ab".utf8))
        try handle.close()
        let journal = SweepJournal(path: path, header: header)
        #expect(try journal.finished().count == 2)
        try journal.open(keeping: true)
        try journal.append(Self.result(header.items[2]))
        #expect(try SweepJournal(path: path, header: header).finished().count == 3)
    }
}
