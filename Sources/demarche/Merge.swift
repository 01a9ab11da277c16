import ArgumentParser
import DemarcheExperiment
import DemarcheReport
import Foundation

/// `demarche merge`: part files of a sharded sweep into its report, checked.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the part files of a sharded sweep; the report equals the unsharded one byte for byte.",
        discussion: """
            Every part file is checked before anything is merged: its format, the SHA-256 of its settings \
            and of each work item, each item's values (one per replication and outcome, in range, failed \
            runs counted), and that the parts are of one sweep and cover it exactly once.
            """)

    @Argument(help: "Part files written by `demarche sweep --shard`.")
    var parts: [String]

    @Option(name: [.short, .long], help: formatHelp("md, json, html, csv"))
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report here, atomically (DIR/: every table as its own CSV file).")
    var out: String?

    func validate() throws { _ = try outputTarget(out: out, format: format) }

    func run() throws {
        let target = try outputTarget(out: out, format: format)
        try target.checkWritable()
        let (header, results) = try SweepMerge.merge(parts)
        try target.write(try SweepReportBuilder.report(header, results))
    }
}
