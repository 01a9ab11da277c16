import ArgumentParser
import DemarcheBuildInfo
import DemarcheExperiment
import DemarcheModel
import DemarcheRandom
import DemarcheReport
import DemarcheScenario
import Foundation

/// `demarche run`: Monte Carlo replications of a scenario and its report.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run replications of a scenario and print the report tables.",
        discussion: """
            Replications run in parallel; the report is byte-identical for the same \
            seed and runs whatever --jobs is (the wall-time and speed lines aside; \
            --no-timing leaves them out). Reports are written atomically.
            """)

    @Argument(help: "Scenario file.")
    var file: String

    @Option(help: "Replications (default: 10,000). With --until-precision, give --max-runs instead.")
    var runs: Int?

    @Option(help: "Master seed.")
    var seed: UInt64 = 1

    @OptionGroup var jobs: Jobs

    @Option(name: .customLong("set"), help: "Override a numeric parameter, e.g. actors.germany.opposition=0.7.")
    var overrides: [String] = []

    @Option(name: [.short, .long], help: "Output format: md, json, html, csv (default: what --out's extension means, else md; csv to a file or standard output is the outcomes table alone).")
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report here, atomically: r.md, r.json, r.html, r.csv, or DIR/ for every table as its own CSV file (an existing directory too).")
    var out: String?

    @Option(help: """
        Run batches of 4,000 replications until every probability's 95% CI half-width is at most this (e.g. 0.01), \
        or until --max-runs; stopping short of it is reported on standard error and in the report.
        """)
    var untilPrecision: Double?

    @Option(help: "With --until-precision: the most replications to run (default: 100,000); the last batch is cut to fit.")
    var maxRuns: Int?

    @Option(help: "Random number generator of every stream.")
    var generator: RandomGenerator = .replicationDefault

    @Flag(help: "No progress bar.")
    var quiet = false

    @Flag(help: "Leave wall time and speed out of the report (for byte-for-byte comparisons of one build's reports; each names its commit).")
    var noTiming = false

    static let defaultRuns = 10_000
    static let defaultMaxRuns = 100_000

    /// Replications to run: --runs, or with --until-precision the cap --max-runs.
    var plannedRuns: Int { untilPrecision == nil ? runs ?? Self.defaultRuns : maxRuns ?? Self.defaultMaxRuns }

    /// The flag that set ``plannedRuns``, for messages.
    var plannedRunsFlag: String { untilPrecision == nil ? "--runs" : "--max-runs" }

    @Flag(help: ArgumentHelp(
        "Report what drives each outcome: rank regression (SRRC, R-squared) and Spearman's rho of the drawn parameters.",
        discussion: "Keeps each run's drawn values (at most 10 million values, the first runs)."))
    var drivers = false

    @Flag(help: ArgumentHelp(
        "Rerun without each mechanic the scenario has (courts, shocks, countermeasures, triggers, escalations), same seed.",
        discussion: "One extra run per mechanic present; reports each outcome's change with a paired interval."))
    var attribution = false

    func validate() throws {
        if untilPrecision != nil, runs != nil {
            throw ValidationError("--runs and --until-precision exclude each other: give the cap as --max-runs.")
        }
        if untilPrecision == nil, maxRuns != nil { throw ValidationError("--max-runs is the cap of --until-precision; give both, or --runs alone.") }
        guard plannedRuns >= 1 else { throw ValidationError("\(plannedRunsFlag) must be at least 1 (got \(plannedRuns)).") }
        guard plannedRuns <= Int(UInt32.max) else { throw ValidationError("\(plannedRunsFlag) must be at most \(UInt32.max).") }
        if let untilPrecision, !(untilPrecision > 0 && untilPrecision < 0.5) {
            throw ValidationError("--until-precision must be between 0 and 0.5 (got \(untilPrecision)).")
        }
        _ = try outputTarget(out: out, format: format)
    }

    func run() async throws {
        let target = try outputTarget(out: out, format: format)
        try target.checkWritable()
        let parsed = try overrides.map(ParameterOverride.init(parsing:))
        let scenario = try ScenarioLoader.load(contentsOf: file, overrides: parsed)
        printWarnings(scenario)
        let runs = plannedRuns
        // With --attribution a rerun's values are held next to the run's.
        try RunLimits.checkStorage(runs: runs, outcomes: scenario.model.outcomes.count, variants: attribution ? 2 : 1,
                                   what: "\(plannedRunsFlag) \(runs)")
        // One independently loaded model per worker that has a chunk to run (see MonteCarloRunner).
        let plans = try [ReplicationPlan(scenario.model)]
            + (1..<RunConfiguration.workers(jobs: jobs.count, runs: runs)).map { _ in
                ReplicationPlan(try ScenarioLoader.load(contentsOf: file, overrides: parsed).model)
            }
        var configuration = RunConfiguration(
            runs: runs, seed: seed, jobs: jobs.count, untilPrecision: untilPrecision, generator: generator)
        if drivers { configuration.inputRuns = DriversBuilder.inputRuns(plans[0], runs: runs) }
        let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let result = try await MonteCarloRunner.run(plans, configuration) { done, total in
            bar.update(done: done, total: total)
        }
        bar.finish()
        var report = ReportBuilder(scenario: scenario, result: result, toolVersion: BuildInfo.version,
                                   timing: !noTiming).report()
        if drivers { report.drivers = DriversBuilder.drivers(result) }
        if attribution {
            let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            report.attribution = try await AttributionRunner.run(plans, base: result) { done, total in
                bar.update(done: done, total: total)
            }
            bar.finish()
        }
        if let shortfall = report.precisionShortfall { printError("warning: " + shortfall) }
        try target.write(report)
    }
}

extension RandomGenerator: ExpressibleByArgument {}
