import ArgumentParser
import DemarcheBuildInfo
import DemarcheExperiment
import DemarcheReport
import DemarcheScenario

/// `demarche score`: how good were the forecasts, now that we know?
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score reports' forecasts against resolved questions; exit 0 (pass), 1 (a gate fails) or 2 (unanswered or unreadable).",
        discussion: """
            Reads a resolutions file (demarche_resolutions: 1) and JSON reports; for each question \
            the forecast is the share of runs in which the outcome happened before the end of its \
            day (or, for counts, reached at_least). Prints per-question Brier and log scores, their \
            means, skill against a 0.5 coin, the questions' base rates and climatology (in-sample), \
            the Murphy decomposition with its within-bin terms, and a reliability table. \
            Contested questions are also scored the other way, side by side.
            """)

    @Argument(help: "Resolutions file.")
    var resolutions: String

    @Argument(help: "JSON reports (from `demarche run --format json`) whose outcomes the questions name.")
    var reports: [String]

    @Option(help: "Equal-width forecast bins for the decomposition and the reliability table.")
    var bins: Int = 10

    @Option(help: "Gate: fail when the mean Brier score is above this.")
    var maxBrier: Double?

    @Option(help: "Gate: a committed score (JSON from `demarche score --format json`) to compare with.")
    var baseline: String?

    @Option(help: "Gate with --baseline: fail when the mean Brier score is worse by more than this (paired one-sided t-test).")
    var margin: Double = 0

    @Option(help: "Gate with --baseline: the test's level.")
    var alpha: Double = 0.05

    @Option(name: [.short, .long], help: formatHelp("md, json, html, csv"))
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the score here (atomically) instead of standard output (DIR/: questions.csv).")
    var out: String?

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("name at least one report") }
        guard baseline != nil || margin == 0 else { throw ValidationError("--margin needs --baseline") }
        _ = try outputTarget(out: out, format: format)
    }

    func run() throws {
        let scoring = ForecastScoring(
            resolutionsFile: resolutions, reportFiles: reports, bins: bins, maxBrier: maxBrier, baselineFile: baseline,
            margin: margin, alpha: alpha, toolVersion: BuildInfo.version)
        let target = try outputTarget(out: out, format: format)
        let result: (report: ScoreReport, diagnostics: [ScenarioDiagnostic])
        do {
            try target.checkWritable()
            result = try scoring.score()
        } catch {
            // Files that cannot be scored leave the gate undecided: 2, never 1 (a failure).
            printError("\(error)")
            throw ExitCode(2)
        }
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        let report = result.report
        try target.write(report)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
