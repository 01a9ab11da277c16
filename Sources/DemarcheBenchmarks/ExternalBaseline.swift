import Foundation

/// A benchmark implementation outside Demarche, run as a child process that
/// prints one JSON line (the programs in `shared/bench/`).
public struct ExternalBaseline: Hashable, Sendable {
    /// The name its JSON reports (`c-gsl`, `simpy`).
    public let implementation: String
    /// Executable and leading arguments; the benchmark name, seed and sizes follow.
    public let command: [String]

    /// The C + GSL baseline, built from `des_gsl.c`.
    public static func c(executable: String) -> ExternalBaseline {
        ExternalBaseline(implementation: "c-gsl", command: [executable])
    }

    /// SimPy, run by `python` (a virtualenv with simpy) on `simpy_bench.py`.
    public static func simpy(python: String, script: String) -> ExternalBaseline {
        ExternalBaseline(implementation: "simpy", command: [python, script])
    }

    /// A scenario written by hand in SimPy (`Benchmarks/simpy_huawei.py`), run by `python`.
    public static func simpyScenario(python: String, script: String) -> ExternalBaseline {
        ExternalBaseline(implementation: "simpy", command: [python, script])
    }

    /// Runs `benchmark` once with `seed` and reads its JSON line.
    public func run(_ benchmark: KernelBenchmark, seed: UInt64) throws(BenchmarkError) -> BenchmarkMeasurement {
        try run(arguments: command + [benchmark.name, String(seed)] + benchmark.baselineArguments, seed: seed)
    }

    /// Runs `replications` replications of a scenario model once with `seed`.
    public func run(scenarioReplications replications: Int, seed: UInt64) throws(BenchmarkError) -> BenchmarkMeasurement {
        try run(arguments: command + ["scenario", String(seed), String(replications)], seed: seed)
    }

    func run(arguments: [String], seed: UInt64) throws(BenchmarkError) -> BenchmarkMeasurement {
        let output: Data
        do {
            output = try Self.capture(arguments)
        } catch {
            throw .baselineFailed(implementation, arguments.joined(separator: " "), "\(error)")
        }
        guard let line = String(decoding: output, as: UTF8.self).split(separator: "\n").last,
            let report = try? JSONDecoder().decode(BaselineReport.self, from: Data(line.utf8))
        else {
            throw .baselineFailed(implementation, arguments.joined(separator: " "), "did not print a JSON report")
        }
        return BenchmarkMeasurement(
            implementation: report.impl, benchmark: report.bench, seed: seed, wallSeconds: report.wall_s,
            engineEvents: report.engine_events, modelUnits: report.model_units, unit: report.unit,
            meanWait: report.mean_wait, analyticWait: report.analytic_wait)
    }

    private static func capture(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError.exitStatus(process.terminationStatus)
        }
        return data
    }
}

/// The JSON line both baselines print.
private struct BaselineReport: Decodable {
    var impl: String
    var bench: String
    var wall_s: Double
    var engine_events: Int
    var model_units: Int
    var unit: String
    var mean_wait: Double?
    var analytic_wait: Double?
}

/// What can go wrong while benchmarking.
public enum BenchmarkError: Error, CustomStringConvertible {
    case baselineFailed(String, String, String)
    case exitStatus(Int32)

    public var description: String {
        switch self {
        case .baselineFailed(let name, let command, let reason):
            "baseline \(name) failed (\(command)): \(reason)"
        case .exitStatus(let status):
            "exited with status \(status)"
        }
    }
}
