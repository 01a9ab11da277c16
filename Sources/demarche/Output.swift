import ArgumentParser
import DemarcheExperiment
import DemarcheReport
import DemarcheScenario
import Foundation

/// Writes a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes a report to `out` atomically, or to standard output.
func emit(_ text: String, to out: String?) throws {
    if let out { try AtomicFile.write(text, to: out) } else { print(text, terminator: "") }
}

/// Writes a scenario's warnings (numbers without a source) to standard error.
func printWarnings(_ scenario: Scenario) {
    for warning in scenario.warnings { printError(warning.description) }
}

extension ReportFormat: ExpressibleByArgument {}
