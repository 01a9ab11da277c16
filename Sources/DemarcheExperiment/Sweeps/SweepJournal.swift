import DemarcheRandom
import DemarcheReport
import Foundation

/// An append-only log of finished work items next to the output file
/// (`<out>.journal`), one JSON line each, written as soon as an item
/// finishes: after a crash, Ctrl-C or `kill -9`, `--resume` reads it back and
/// redoes only the rest. A torn last line is ignored.
public final class SweepJournal {
    public let path: String
    private let header: SweepHeader
    private var handle: FileHandle?

    struct Line: Codable {
        var sweepSHA256: String
        var scenarioSHA256: String
        /// Absent in journals written before generators were recorded (mt19937).
        var generator: RandomGenerator?
        var result: WorkItemResult
    }

    public init(path: String, header: SweepHeader) {
        self.path = path
        self.header = header
    }

    /// Results already in the journal for this very sweep (same hashes).
    public func finished() -> [WorkItemResult] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let entry = try? ReportJSON.decode(Line.self, from: Data(line.utf8)),
                entry.sweepSHA256 == header.sweepSHA256, entry.scenarioSHA256 == header.scenarioSHA256,
                (entry.generator ?? .mt19937) == header.generator
            else { return nil }
            return entry.result
        }
    }

    /// Starts appending; without `keeping`, any earlier journal is discarded.
    public func open(keeping: Bool) throws {
        if !keeping || !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle?.seekToEnd()
    }

    public func append(_ result: WorkItemResult) throws {
        let line = ReportJSON.encode(Line(sweepSHA256: header.sweepSHA256, scenarioSHA256: header.scenarioSHA256, generator: header.generator, result: result), pretty: false)
        try handle?.write(contentsOf: Data(line.utf8))
    }

    /// Closes and deletes the journal once the output is safely written.
    public func finish() {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
