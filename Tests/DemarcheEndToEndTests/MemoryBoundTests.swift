import Foundation
import Testing

/// Memory is bounded by design: a long horizon costs nothing per day, and
/// requests whose kept values cannot fit are refused before any work with
/// what they would need.
@Suite struct MemoryBoundTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A 7 KB valid file: 50 decisions over a horizon from year 1 to 9999.
    /// A dense table of days per event needed ~1 GB per chunk (6.7 GB for
    /// four runs); compliance days are now kept only where they occur, so
    /// four runs fit in a 300 MB data segment.
    @Test func aLongHorizonNeedsNoMemoryPerDay() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("long.yaml").path
        var text = "demarche: 1\nname: long\nas_of: 0001-01-01\nstart: 0001-01-01\nhorizon: 9999-12-31\nactors:\n"
        for i in 0..<50 { text += "  a\(i): { kind: state }\n" }
        text += "decisions:\n"
        for i in 0..<50 {
            text += "  d\(i): { actor: a\(i), monthly_hazard: { value: 0.0001, source: assumption }, options: { exclude: {} } }\n"
        }
        text += "outcomes:\n  x: { event: decision.d0.exclude }\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -d 300000 && exec \"$0\" run \"$1\" --runs 4 --jobs 2 --quiet --no-timing",
                             CommandRunner.executable.path, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "ran within 300 MB")
        #expect(report.contains("## Actors") && report.contains("| d0 "), "\(report.prefix(400))")
    }

    func sweep(_ body: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("sweep.yaml").path
        try ("demarche_sweep: 1\nscenario: \(ScenarioCommandTests.path("Scenarios/tutorial.yaml"))\n" + body)
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// 10 factors × 100 values overflow Int when multiplied; 3 × 101 exceed the limit.
    @Test func gridsTooLargeAreRefusedBeforeAnyWork() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let values = "[" + (0..<100).map { String(format: "%.2f", Double($0) / 100) }.joined(separator: ", ") + "]"
        let paths = ["washington", "ruritania", "freedonia", "patron"].flatMap { actor in
            ["alignment", "opposition", "dependence"].map { "actors.\(actor).\($0)" }
        }
        let overflowing = try sweep("design: grid\nruns: 10\nfactors:\n"
                                    + paths.prefix(10).map { "  \($0): { values: \(values) }\n" }.joined(), in: directory)
        for command in ["validate", "sweep"] {
            let result = try CommandRunner.run([command, overflowing])
            #expect(result.exitedNormally && result.status != 0)
            #expect(result.standardError.contains("the grid design has more than 1000000 variants (100 × 100 × 100"), "\(result.standardError)")
        }
        let large = try sweep("design: grid\nruns: 10\nfactors:\n" + paths.prefix(3).map { "  \($0): { values: \(values.dropLast()), 1.0] }\n" }.joined(),
                              in: directory)
        let result = try CommandRunner.run(["sweep", large, "--quiet"])
        #expect(result.exitedNormally && result.status != 0)
        #expect(result.standardError.contains("more than 1000000 variants (101 × 101 × 101)"), "\(result.standardError)")
    }

    @Test func sweepsWhoseValuesCannotFitAreRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let oat = try sweep("design: oat\nruns: 100\nfactors:\n  actors.freedonia.opposition: { low: 0.1, high: 0.9 }\n", in: directory)
        let tooMany = try CommandRunner.run(["sweep", oat, "--runs", "100000000000", "--quiet"])
        #expect(tooMany.exitedNormally && tooMany.status != 0)
        #expect(tooMany.standardError.contains("3 variants × 100000000000 runs × 8 outcomes would need up to about"), "\(tooMany.standardError)")
        let jobs = try CommandRunner.run(["sweep", oat, "--jobs", "100000"])
        #expect(jobs.status == 64 && jobs.standardError.contains("--jobs must be at most"), "\(jobs.standardError)")
    }
}
