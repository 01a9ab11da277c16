import ArgumentParser
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

    @Option(help: "Replications (the maximum with --until-precision).")
    var runs: Int = 10_000

    @Option(help: "Master seed.")
    var seed: UInt64 = 1

    @Option(help: "Parallel workers (default: all cores; at most 4 × the cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("set"), help: "Override a numeric parameter, e.g. actors.germany.opposition=0.7.")
    var overrides: [String] = []

    @Option(help: "Output format.")
    var format: ReportFormat = .md

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var out: String?

    @Option(help: "Stop once every probability's 95% CI half-width is at most this (e.g. 0.01).")
    var untilPrecision: Double?

    @Option(help: "Random number generator of every stream.")
    var generator: RandomGenerator = .replicationDefault

    @Flag(help: "No progress bar.")
    var quiet = false

    @Flag(help: "Leave wall time and speed out of the report (for byte-for-byte comparisons).")
    var noTiming = false

    @Flag(help: ArgumentHelp(
        "Report what drives each outcome: rank regression (SRRC, R²) and Spearman's ρ of the drawn parameters.",
        discussion: "Keeps each run's drawn values (at most 10 million values, the first runs)."))
    var drivers = false

    @Flag(help: ArgumentHelp(
        "Rerun without each mechanic the scenario has (courts, shocks, countermeasures, triggers, escalations), same seed.",
        discussion: "One extra run per mechanic present; reports each outcome's change with a paired interval."))
    var attribution = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1 (got \(runs)).") }
        guard runs <= Int(UInt32.max) else { throw ValidationError("--runs must be at most \(UInt32.max).") }
        do { try RunLimits.checkJobs(jobs) } catch { throw ValidationError(error.description) }
        if let untilPrecision, !(untilPrecision > 0 && untilPrecision < 0.5) {
            throw ValidationError("--until-precision must be between 0 and 0.5 (got \(untilPrecision)).")
        }
    }

    func run() async throws {
        if let out { try AtomicFile.checkWritable(out) }
        let parsed = try overrides.map(ParameterOverride.init(parsing:))
        let scenario = try ScenarioLoader.load(contentsOf: file, overrides: parsed)
        printWarnings(scenario)
        // With --attribution a rerun's values are held next to the run's.
        try RunLimits.checkStorage(runs: runs, outcomes: scenario.model.outcomes.count, variants: attribution ? 2 : 1,
                                   what: "--runs \(runs)")
        // One independently loaded model per worker that has a chunk to run (see MonteCarloRunner).
        let plans = try [ReplicationPlan(scenario.model)]
            + (1..<RunConfiguration.workers(jobs: jobs, runs: runs)).map { _ in
                ReplicationPlan(try ScenarioLoader.load(contentsOf: file, overrides: parsed).model)
            }
        var configuration = RunConfiguration(
            runs: runs, seed: seed, jobs: jobs, untilPrecision: untilPrecision, generator: generator)
        if drivers { configuration.inputRuns = DriversBuilder.inputRuns(plans[0], runs: runs) }
        let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let result = try await MonteCarloRunner.run(plans, configuration) { done, total in
            bar.update(done: done, total: total)
        }
        bar.finish()
        var report = ReportBuilder(scenario: scenario, result: result, toolVersion: Demarche.configuration.version,
                                   timing: !noTiming).report()
        if drivers { report.drivers = DriversBuilder.drivers(result) }
        if attribution {
            let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            report.attribution = try await AttributionRunner.run(plans, base: result) { done, total in
                bar.update(done: done, total: total)
            }
            bar.finish()
        }
        try emit(format.render(report), to: out)
    }
}

extension RandomGenerator: ExpressibleByArgument {}
