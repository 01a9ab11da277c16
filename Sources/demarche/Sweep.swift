import ArgumentParser
import DemarcheBuildInfo
import DemarcheExperiment
import DemarcheRandom
import DemarcheReport
import DemarcheScenario
import Foundation

/// `demarche sweep`: a table of variants and a sensitivity ranking; with
/// --shard, one slice of the work written as a part file for `merge`.
struct Sweep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a parameter sweep (grid, rows, lhs, sobol, saltelli, oat), whole or one shard of it.",
        discussion: """
            Every variant runs replications 0..<runs with the same streams (common random numbers). \
            With --shard K/N (or auto, from Slurm or Kubernetes variables) only every N-th work item \
            runs and a part file is written for `demarche merge`. Finished work items are logged in \
            OUT.journal as they complete; --resume redoes only the rest after a crash.
            """)

    @Argument(help: "Sweep file.")
    var file: String

    @Option(help: "Replications per variant (default: the sweep file's).")
    var runs: Int?

    @Option(help: "Master seed (default: the sweep file's).")
    var seed: UInt64?

    @OptionGroup var jobs: Jobs

    @Option(name: [.short, .long], help: formatHelp("md, json, html, csv"))
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report (DIR/: every table as its own CSV file) or, with --shard, the part file (JSON) here, atomically.")
    var out: String?

    @Option(help: "K/N: run shard K of N and write a part file; 'auto' reads SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX/SHARD_COUNT.")
    var shard: String?

    @Option(help: "Random number generator of every stream (as `run --generator`).")
    var generator: RandomGenerator = .replicationDefault

    @Flag(help: "Reuse the finished work items logged in OUT.journal.")
    var resume = false

    @Flag(help: "No progress bar or summary line.")
    var quiet = false

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1 (got \(runs)).") }
        if shard != nil, out == nil { throw ValidationError("--shard needs --out for the part file.") }
        if resume, out == nil { throw ValidationError("--resume needs --out (the journal is OUT.journal).") }
        if resume, let out, !AtomicFile.replacesFile(out) {
            throw ValidationError("--resume needs --out to name a regular file (the journal is OUT.journal), not \(out).")
        }
        if shard == nil { _ = try outputTarget(out: out, format: format) }
    }

    func run() async throws {
        let shard = try self.shard.map { try Shard(parsing: $0) }
        // A part file is JSON whatever --format says, and always a file.
        let target = try shard == nil ? outputTarget(out: out, format: format) : OutputTarget(out: out, format: .json)
        if shard != nil, case .directory(let path) = target.destination { throw AtomicFile.Failure.isDirectory(path) }
        try target.checkWritable()
        var spec = try SweepLoader.load(contentsOf: file)
        printWarnings(spec.scenario)
        if let runs { spec.runs = runs }
        if let seed { spec.seed = seed }
        _ = try SweepDesign.checkSize(spec)
        let design = try SweepDesign(spec)
        let header = SweepHeader(spec: spec, design: design, toolVersion: BuildInfo.version, generator: generator)
        // A journal lives next to a regular file (not /dev/null.journal) or a directory of tables (DIR.journal).
        let journalPath: String? = switch target.destination {
        case .file(let path): AtomicFile.replacesFile(path) ? path + ".journal" : nil
        case .directory(let path): String(path.reversed().drop { $0 == "/" }.reversed()) + ".journal"
        case .standardOutput: nil
        }
        let journal = journalPath.map { SweepJournal(path: $0, header: header, shard: shard) }
        let done: [WorkItemResult]
        do {
            done = resume ? try journal?.finished() ?? [] : []
        } catch {
            // A journal of other settings is refused, as compare refuses reports it cannot compare: 2.
            printError("Error: \(error)")
            throw ExitCode(2)
        }
        try journal?.open(keeping: resume)
        let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let clock = ContinuousClock()
        let started = clock.now
        let results = try await SweepRunner.run(spec, design, header: header, shard: shard, jobs: jobs.count, journal: journal, done: done) {
            bar.update(done: $0, total: $1)
        }
        bar.finish()
        if let shard {
            try target.write(SweepPart(header: header, shard: shard, results: results.sorted { ($0.item.variant, $0.item.start) < ($1.item.variant, $1.item.start) }).json())
        } else {
            let complete = try SweepReportBuilder.complete(header, results, origins: results.map { _ in "this run" })
            try target.write(try SweepReportBuilder.report(header, complete))
        }
        journal?.finish()
        if !quiet {
            let seconds = Double((clock.now - started).components.seconds) + Double((clock.now - started).components.attoseconds) * 1e-18
            let events = results.reduce(0) { $0 + $1.events }
            let replications = results.reduce(0) { $0 + $1.item.count }
            printError(String(format: "%d variants%@: %d replications (%d resumed items), %d events in %.2f s, %.0f events/s",
                              design.rows.count, shard.map { " (shard \($0))" } ?? "", replications, done.count, events, seconds,
                              Double(events) / max(seconds, 1e-9)))
        }
    }
}
