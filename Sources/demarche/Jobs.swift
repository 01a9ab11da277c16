import ArgumentParser
import DemarcheExperiment
import Foundation

/// `--jobs` of `run` and `sweep`: optional, so that help states the default
/// in words once rather than printing this machine's core count as well.
struct Jobs: ParsableArguments {
    @Option(name: .customLong("jobs"), help: "Parallel workers (default: all cores; at most 4 times the cores).")
    var requested: Int?

    /// The workers to use: as requested, or one per active core.
    var count: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        do { try RunLimits.checkJobs(count) } catch { throw ValidationError(error.description) }
    }
}
