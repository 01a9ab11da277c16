import ArgumentParser
import DemarcheExperiment
import DemarcheReport
import DemarcheScenario
import Foundation

/// Writes a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Where `--out` and `--format` send the output (OutputTarget): a
/// contradiction between them is a usage error.
func outputTarget<Format: OutputFormat>(out: String?, format: Format?) throws -> OutputTarget<Format> {
    do { return try OutputTarget(out: out, format: format) } catch { throw ValidationError(error.description) }
}

/// The help of `--format` for commands whose `--out` names a file.
func formatHelp(_ formats: String) -> ArgumentHelp {
    ArgumentHelp("Output format: \(formats) (default: what --out's extension means, else md).")
}

/// Writes a scenario's warnings (numbers without a source) to standard error.
func printWarnings(_ scenario: Scenario) {
    for warning in scenario.warnings { printError(warning.description) }
}

extension ReportFormat: ExpressibleByArgument {}
