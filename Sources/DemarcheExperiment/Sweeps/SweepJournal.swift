import DemarcheRandom
import DemarcheReport
import Foundation

/// An append-only log of finished work items next to the output file
/// (`<out>.journal`), one JSON line each, written as soon as an item
/// finishes: after a crash, Ctrl-C or `kill -9`, `--resume` reads it back and
/// redoes only the rest. The first line holds the sweep's settings (and
/// shard), with their SHA-256; each item line carries that digest and the
/// item's own. A journal of other settings is refused, naming the first
/// setting that differs, and so is a corrupted line; a torn last line (no
/// newline: the process died while writing it) is ignored and cut off.
public final class SweepJournal {
    public let path: String
    private let header: SweepHeader
    private let shard: Shard?
    private let settingsSHA256: String
    private var handle: FileHandle?

    struct Opening: Codable {
        static let kindName = "demarche-sweep-journal"
        var kind = Self.kindName
        var header: SweepHeader
        var settingsSHA256: String
        var shard: Shard?
    }

    struct Line: Codable {
        var settingsSHA256: String
        var result: WorkItemResult
    }

    public init(path: String, header: SweepHeader, shard: Shard? = nil) {
        self.path = path
        self.header = header
        self.shard = shard
        settingsSHA256 = header.sha256
    }

    /// Results already in the journal for this very sweep, every one checked.
    public func finished() throws(SweepInputError) -> [WorkItemResult] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = completeLines(data)
        guard let first = lines.first else { return [] }
        guard let opening = try? ReportJSON.decode(Opening.self, from: first), opening.kind == Opening.kindName else {
            throw SweepInputError(file: "\(path):1", .unreadable(
                "not the journal of a sweep of format \(SweepHeader.formatVersion) (corrupted, or from another Demarche); "
                + "delete it or run without --resume"))
        }
        guard opening.settingsSHA256 == opening.header.sha256 else { throw SweepInputError(file: "\(path):1", .settingsDigest) }
        if let (setting, found, expected) = header.firstDifference(from: opening.header) {
            throw SweepInputError(file: path, .conflict(
                "written with \(setting) \(found), but this sweep has \(expected); run without --resume to start again"))
        }
        guard opening.shard == shard else {
            throw SweepInputError(file: path, .conflict("written for \(opening.shard.map { "shard \($0)" } ?? "the whole sweep"), "
                + "but this run is \(shard.map { "shard \($0)" } ?? "the whole sweep"); run without --resume to start again"))
        }
        let checker: WorkItemChecker
        do { checker = try header.checked() } catch { throw SweepInputError(file: path, error) }
        let index = ItemIndex(header)
        var results: [WorkItemResult] = []
        var lineOf: [WorkItem: Int] = [:]
        for (offset, text) in lines.enumerated().dropFirst() {
            let file = "\(path):\(offset + 1)"
            guard let line = try? ReportJSON.decode(Line.self, from: text) else {
                throw SweepInputError(file: file, .unreadable("not a journal line (corrupted); delete the journal or run without --resume"))
            }
            guard line.settingsSHA256 == opening.settingsSHA256 else {
                throw SweepInputError(file: file, .conflict("a line of a sweep with other settings"))
            }
            do { try checker.check(line.result) } catch { throw SweepInputError(file: file, item: line.result.item, error) }
            if let earlier = lineOf[line.result.item] {
                throw SweepInputError(file: file, item: line.result.item, .conflict("also on line \(earlier)"))
            }
            if let shard, !shard.owns(index.position(of: line.result.item)) {
                throw SweepInputError(file: file, item: line.result.item, .conflict("not a work item of shard \(shard)"))
            }
            lineOf[line.result.item] = offset + 1
            results.append(line.result)
        }
        return results
    }

    /// The lines that end in a newline (a torn last one is left out).
    private func completeLines(_ data: Data) -> [Data] {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        lines.removeLast()  // after the last newline: empty, or a torn line
        return lines
    }

    /// Starts appending; without `keeping`, any earlier journal is discarded.
    /// With it, a torn last line is cut off first.
    public func open(keeping: Bool) throws {
        let existing = keeping ? FileManager.default.contents(atPath: path) : nil
        if existing == nil { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.handle = handle
        let kept = existing.map { data in data.lastIndex(of: UInt8(ascii: "\n")).map { data.distance(from: data.startIndex, to: $0) + 1 } ?? 0 } ?? 0
        try handle.truncate(atOffset: UInt64(kept))
        try handle.seekToEnd()
        if kept == 0 {
            let opening = Opening(header: header, settingsSHA256: settingsSHA256, shard: shard)
            try handle.write(contentsOf: Data(ReportJSON.encode(opening, pretty: false).utf8))
        }
    }

    public func append(_ result: WorkItemResult) throws {
        let line = ReportJSON.encode(Line(settingsSHA256: settingsSHA256, result: result), pretty: false)
        try handle?.write(contentsOf: Data(line.utf8))
    }

    /// Closes and deletes the journal once the output is safely written.
    public func finish() {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
