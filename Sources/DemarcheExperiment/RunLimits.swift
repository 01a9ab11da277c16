import Foundation

/// What a run or a sweep may ask for, checked before any work so that a
/// number typed by accident is refused with its cost rather than exhausting
/// memory half-way: every run's outcome values are kept (for exact
/// quantiles, comparisons and sweeps' part files), so memory grows with
/// runs × outcomes (× variants), and each worker loads its own model.
public enum RunLimits {
    /// Peak bytes per kept value (one outcome of one run), an upper
    /// estimate: `/usr/bin/time -v` on the tutorial with `--format json`
    /// (values, their report copies and their JSON text) measured about 90
    /// bytes in a release build and 160 in a debug build.
    public static let bytesPerValue: UInt64 = 200

    /// Values may use at most half the physical memory.
    public static var memoryCap: UInt64 { ProcessInfo.processInfo.physicalMemory / 2 }

    /// Workers beyond this only load more copies of the model: 4 × the active processors.
    public static var maximumJobs: Int { 4 * max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// Variants of one sweep (its design is built and carried in every part file).
    public static let maximumVariants = 1_000_000

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Refuses `runs` × `outcomes` × `variants` kept values that would not
    /// fit under ``memoryCap``; `what` names the request ("--runs 5000000").
    public static func checkStorage(runs: Int, outcomes: Int, variants: Int = 1, what: String) throws(Failure) {
        guard runs >= 0, outcomes >= 0, variants >= 0 else { throw Failure(description: "\(what): a negative count") }
        let (values, overflow1) = UInt64(runs).multipliedReportingOverflow(by: UInt64(max(outcomes, 1)))
        let (all, overflow2) = values.multipliedReportingOverflow(by: UInt64(variants))
        let (bytes, overflow3) = all.multipliedReportingOverflow(by: bytesPerValue)
        let shape = (variants == 1 ? "" : "\(variants) variants × ") + "\(runs) runs × \(outcomes) outcomes"
        if overflow1 || overflow2 || overflow3 || bytes > memoryCap {
            let need = overflow1 || overflow2 || overflow3 ? "more than 16 EB" : "up to about \(formatBytes(bytes))"
            throw Failure(description: "\(what): every run's outcome values are kept; \(shape) would need \(need) at peak, "
                          + "more than the limit of \(formatBytes(memoryCap)) (half this machine's memory); ask for fewer runs")
        }
    }

    /// Refuses more workers than ``maximumJobs``; `flag` names the option.
    public static func checkJobs(_ jobs: Int, flag: String = "--jobs") throws(Failure) {
        guard jobs >= 1 else { throw Failure(description: "\(flag) must be at least 1 (got \(jobs)).") }
        guard jobs <= maximumJobs else {
            throw Failure(description: "\(flag) must be at most \(maximumJobs), 4 × the \(maximumJobs / 4) active processors (got \(jobs)); "
                          + "more workers only load more copies of the model.")
        }
    }

    /// "1.4 GB", decimal units.
    static func formatBytes(_ bytes: UInt64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB", "EB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f", value) + " " + units[unit]
    }
}
