import ArgumentParser
import DemarcheReport
import Foundation

/// `demarche compare`: is the difference between two reports real or noise?
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two JSON reports outcome by outcome; exit 0 (all PASS), 1 (a FAIL) or 2 (inconclusive, or reports that cannot be compared).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    @Argument(help: "Report A (JSON, from `demarche run --format json`).")
    var a: String

    @Argument(help: "Report B.")
    var b: String

    @Option(help: "Equivalence margin for probabilities and shares (absolute).")
    var margin: Double = 0.05

    @Option(help: "Equivalence margin for median dates, in days.")
    var dateMargin: Double = 30

    @Option(help: "Equivalence margin for counts.")
    var countMargin: Double = 0.25

    @Option(help: "Family-wise error rate (Holm).")
    var alpha: Double = 0.05

    @Flag(help: "Compare reports of different scenario files (two variants).")
    var allowDifferentScenarios = false

    @Flag(help: "Compare reports drawn with different random generators (--generator).")
    var allowDifferentGenerators = false

    @Option(name: [.short, .long], help: "Output format.")
    var format: Format = .md

    func validate() throws {
        guard margin > 0, margin < 1 else { throw ValidationError("--margin must be between 0 and 1 (got \(margin)).") }
        guard dateMargin > 0, countMargin > 0 else { throw ValidationError("--date-margin and --count-margin must be positive.") }
        guard alpha > 0, alpha < 0.5 else { throw ValidationError("--alpha must be between 0 and 0.5 (got \(alpha)).") }
    }

    func run() throws {
        let comparer = ReportComparer(margin: margin, dateMargin: dateMargin, countMargin: countMargin, alpha: alpha,
                                      allowDifferentScenarios: allowDifferentScenarios,
                                      allowDifferentGenerators: allowDifferentGenerators)
        let comparison: Comparison
        do {
            comparison = try comparer.compare(try Report.load(contentsOf: a), named: a, try Report.load(contentsOf: b), named: b)
        } catch {
            // Reports that cannot be compared leave the question open: 2, never 1 (a FAIL).
            printError("Error: \(error)")
            throw ExitCode(2)
        }
        print(format == .md ? comparison.markdown() : comparison.json(), terminator: "")
        if comparison.exitCode != 0 { throw ExitCode(comparison.exitCode) }
    }
}
