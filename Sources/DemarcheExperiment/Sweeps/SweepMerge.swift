import DemarcheReport
import Foundation

/// `demarche merge`: part files of a sharded sweep, each checked on its own
/// (format, settings and their digest, every work item's shape, ranges and
/// digest) and against the others (same sweep, same settings, each shard
/// once), then every work item once.
public enum SweepMerge {
    /// The sweep's settings and every work item's result, complete.
    public static func merge(_ paths: [String]) throws -> (SweepHeader, [WorkItem: WorkItemResult]) {
        let parts = try paths.map { path throws(SweepInputError) in try load(path) }
        guard let first = parts.first else { throw SweepInputError(file: "merge", .unreadable("no part files given")) }
        var seen: [Int: String] = [:]
        let index = ItemIndex(first.header)
        for (part, path) in zip(parts, paths) {
            if part.header.sweepSHA256 != first.header.sweepSHA256 || part.header.scenarioSHA256 != first.header.scenarioSHA256 {
                throw SweepInputError(file: path, .conflict("from a different sweep or scenario than \(paths[0]) (SHA-256 differs)"))
            }
            if let (setting, found, expected) = first.header.firstDifference(from: part.header) {
                throw SweepInputError(file: path, .conflict(
                    "its sweep settings (runs, seed, design) differ from \(paths[0])'s: \(setting) \(found), not \(expected)"))
            }
            if part.shard.count != first.shard.count {
                throw SweepInputError(file: path, .conflict(
                    "shard \(part.shard) of a \(part.shard.count)-way split, \(paths[0]) is of a \(first.shard.count)-way split"))
            }
            if let earlier = seen[part.shard.index] {
                throw SweepInputError(file: path, .conflict("shard \(part.shard) is given twice: \(earlier) and \(path)"))
            }
            seen[part.shard.index] = path
            if let stray = part.results.first(where: { !part.shard.owns(index.position(of: $0.item)) }) {
                throw SweepInputError(file: path, item: stray.item, .conflict("not a work item of shard \(part.shard)"))
            }
        }
        let results = parts.flatMap(\.results)
        let origins = zip(parts, paths).flatMap { part, path in part.results.map { _ in path } }
        return (first.header, try SweepReportBuilder.complete(first.header, results, origins: origins, shardCount: first.shard.count))
    }

    /// One part file, checked on its own.
    public static func load(_ path: String) throws(SweepInputError) -> SweepPart {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { throw SweepInputError(file: path, .unreadable("cannot be read")) }
        struct Probe: Decodable {
            struct Header: Decodable { var format: Int? }
            var kind: String?
            var header: Header?
        }
        let corrupted = SweepProblem.unreadable("not a Demarche sweep part file (truncated or corrupted?)")
        guard let probe = try? ReportJSON.decode(Probe.self, from: data), probe.kind == SweepPart.kindName else {
            throw SweepInputError(file: path, corrupted)
        }
        guard let format = probe.header?.format, format == SweepHeader.formatVersion else {
            throw SweepInputError(file: path, .unreadable(
                "part file format \(probe.header?.format.map(String.init) ?? "unknown"), but this Demarche reads format "
                + "\(SweepHeader.formatVersion); run the shard again with this version"))
        }
        let part: SweepPart
        do { part = try SweepPart.decode(data) } catch { throw SweepInputError(file: path, corrupted) }
        guard part.settingsSHA256 == part.header.sha256 else { throw SweepInputError(file: path, .settingsDigest) }
        let checker: WorkItemChecker
        do { checker = try part.header.checked() } catch { throw SweepInputError(file: path, error) }
        for result in part.results {
            do { try checker.check(result) } catch { throw SweepInputError(file: path, item: result.item, error) }
        }
        return part
    }
}

/// The position of a work item in its sweep's canonical order, by arithmetic
/// (a sweep's items need not be listed to place one).
struct ItemIndex {
    let perVariant: Int

    init(_ header: SweepHeader) {
        perVariant = (header.runs + RunConfiguration.chunkSize - 1) / RunConfiguration.chunkSize
    }

    /// For an item that ``WorkItemChecker/checkBelongs(_:)`` accepted.
    func position(of item: WorkItem) -> Int { item.variant * perVariant + item.start / RunConfiguration.chunkSize }
}
