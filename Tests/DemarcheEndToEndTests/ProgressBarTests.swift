import Foundation
import Testing

/// The progress bar as a terminal shows it: `run` and `sweep` under a
/// pseudo-terminal (util-linux `script`) of a given width.
@Suite struct ProgressBarTests {
    /// Every line the bar drew on a terminal `columns` wide, escape codes removed.
    static func redraws(_ arguments: [String], columns: Int) throws -> [String] {
        let command = ([CommandRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "stty cols \(columns) rows 24; exec \(command)", "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{1B}[K", with: "")
            .components(separatedBy: "\r").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
    }

    func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-bar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test(arguments: [40, 100])
    func runFitsTheTerminalAndCountsRuns(columns: Int) throws {
        let lines = try Self.redraws(["run", RunCommandTests.tutorial, "--runs", "2000", "--jobs", "1",
                                      "--out", try directory() + "/r.md"], columns: columns)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.count < columns && line.contains("/2,000 runs"), "\(columns) columns: \(line)")
        }
        #expect(lines.contains { $0.contains("2,000/2,000 runs") })
        #expect(lines.allSatisfy { $0.contains("█") || $0.contains("░") } == (columns == 100), "a bar only where it fits")
    }

    @Test func sweepCountsRunsNotWorkItems() throws {
        // 5 variants × 600 runs: 15 work items of up to 250 runs, 3,000 runs.
        let lines = try Self.redraws(["sweep", SweepCommandTests.sweep, "--jobs", "1", "--out", try directory() + "/s.md"], columns: 80)
        let counts = lines.filter { $0.contains(" runs") && $0.contains("/") }
        #expect(!counts.isEmpty && counts.allSatisfy { $0.contains("/3,000 runs") }, "\(lines)")
        #expect(counts.contains { $0.contains("3,000/3,000 runs") })
    }
}
