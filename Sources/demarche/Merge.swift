import ArgumentParser
import DemarcheExperiment
import DemarcheReport
import Foundation

/// `demarche merge`: part files of a sharded sweep into its report, checked.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the part files of a sharded sweep; the report equals the unsharded one byte for byte.")

    @Argument(help: "Part files written by `demarche sweep --shard`.")
    var parts: [String]

    @Option(help: "Output format of the report.")
    var format: ReportFormat = .md

    @Option(help: "Write the report here, atomically.")
    var out: String?

    func run() throws {
        if let out { try AtomicFile.checkWritable(out) }
        let loaded = try parts.map { path -> SweepPart in
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { throw MergeError("\(path): cannot be read") }
            do {
                let part = try SweepPart.decode(data)
                guard part.kind == "demarche-sweep-part", part.header.format == SweepHeader.formatVersion else {
                    throw MergeError("\(path): not a part file of sweep format \(SweepHeader.formatVersion)")
                }
                return part
            } catch let error as MergeError {
                throw error
            } catch {
                throw MergeError("\(path): not a Demarche sweep part file (truncated or corrupted?)")
            }
        }
        guard let first = loaded.first else { throw MergeError("no part files given") }
        for (part, path) in zip(loaded, parts) {
            if part.header.sweepSHA256 != first.header.sweepSHA256 || part.header.scenarioSHA256 != first.header.scenarioSHA256 {
                throw MergeError("\(path): from a different sweep or scenario than \(parts[0]) (SHA-256 differs)")
            }
            if part.header.toolVersion != first.header.toolVersion {
                throw MergeError("\(path): written by Demarche \(part.header.toolVersion), \(parts[0]) by \(first.header.toolVersion)")
            }
            if part.header != first.header { throw MergeError("\(path): its sweep settings (runs, seed, generator, design) differ from \(parts[0])'s") }
            if part.shard.count != first.shard.count {
                throw MergeError("\(path): shard \(part.shard) of a \(part.shard.count)-way split, \(parts[0]) is of a \(first.shard.count)-way split")
            }
        }
        var seen: [Int: String] = [:]
        for (part, path) in zip(loaded, parts) {
            if let earlier = seen[part.shard.index] { throw MergeError("shard \(part.shard) is given twice: \(earlier) and \(path)") }
            seen[part.shard.index] = path
        }
        let results = loaded.flatMap(\.results)
        let origins = zip(loaded, parts).flatMap { part, path in part.results.map { _ in path } }
        let complete = try SweepReportBuilder.complete(first.header, results, origins: origins, shardCount: first.shard.count)
        let text = format.render(try SweepReportBuilder.report(first.header, complete))
        try emit(text, to: out)
    }
}

struct MergeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
