import ArgumentParser
import DemarcheBuildInfo
import DemarcheExperiment
import DemarcheKernel
import DemarcheScenario

/// `demarche backtest`: score a reference class's forecasts out of sample.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Fit a reference class on cases begun before a date and score its forecasts for the cases begun after it.")

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case md, json
        static let fallback = Format.md
    }

    @Argument(help: "Reference-class file.")
    var file: String

    @Option(help: "Cases begun before this date are the training set (YYYY-MM-DD).")
    var split: String

    @Option(help: "Cases begun from --split to the end of this date are scored.")
    var until: String

    @Option(help: "Horizon of the question 'gives in within ...' (repeatable; default 365d and 730d).")
    var within: [String] = []

    @Option(name: [.short, .long], help: formatHelp("md, json"))
    var format: Format?

    @Option(name: [.short, .long], help: "Write the report to this file (atomically) instead of standard output.")
    var out: String?

    @Option(name: .customLong("emit"), help: ArgumentHelp(
        "Also write DIR/backtest-scenario.yaml and DIR/backtest-resolutions.yaml: the training fit as a scenario, and the test cases as questions.",
        discussion: "Then: demarche run DIR/backtest-scenario.yaml --format json --out DIR/forecast.json; demarche score DIR/backtest-resolutions.yaml DIR/forecast.json.",
        valueName: "DIR"))
    var emitDirectory: String?

    func validate() throws { _ = try outputTarget(out: out, format: format) }

    func run() throws {
        let target = try outputTarget(out: out, format: format)
        try target.checkWritable()
        func date(_ option: String, _ text: String) throws(ValidationError) -> CalendarDate {
            do { return try CalendarDate(iso: text) } catch { throw ValidationError("--\(option) \(text): \(error)") }
        }
        let splitDate = try date("split", split)
        let untilDate = try date("until", until)
        let horizons = try (within.isEmpty ? ["365d", "730d"] : within).map { text throws(ValidationError) -> Double in
            if let days = Double(text), days.isFinite { return days }
            do { return try CalendarDuration(parsing: text).days(from: splitDate) } catch {
                throw ValidationError("--within \(text): \(error)")
            }
        }
        let reference = try ReferenceLoader.load(contentsOf: file)
        let backtest = try Backtest(reference: reference, split: splitDate, until: untilDate, horizons: horizons,
                                    toolVersion: BuildInfo.version)
        let report = try backtest.report()
        let text = target.format == .md ? report.markdown() : report.json()
        if let emitDirectory { try backtest.emit(into: emitDirectory) }
        try target.write(text)
    }
}
