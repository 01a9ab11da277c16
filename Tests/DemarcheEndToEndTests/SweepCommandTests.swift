import Foundation
import Testing

/// `demarche sweep`, `merge` and `emit` end to end.
@Suite(.serialized) struct SweepCommandTests {
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-sweep-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// An OAT sweep of the tutorial: 5 variants × 600 runs = 15 work items.
    static let sweep: String = {
        let path = directory.appendingPathComponent("oat.yaml").path
        try? """
            demarche_sweep: 1
            scenario: \(ScenarioCommandTests.path("Scenarios/tutorial.yaml"))
            design: oat
            runs: 600
            seed: 3
            factors:
              actors.freedonia.opposition: { low: 0.1, high: 0.9 }
              decisions.ruritania-5g.monthly_hazard: { low: 0.01, high: 0.1 }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    func file(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitedNormally)
        return result
    }

    @Test func shardsMergeToTheUnshardedBytes() throws {
        let whole = try run(["sweep", Self.sweep, "--quiet", "--format", "json"])
        #expect(whole.status == 0, "\(whole.standardError)")
        #expect(whole.standardOutput.contains("\"method\" : \"tornado\""))
        for count in [1, 2, 3, 7, 20] {
            let parts = (1...count).map { file("n\(count)-part\($0).json") }
            for (index, part) in parts.enumerated() {
                let result = try run(["sweep", Self.sweep, "--quiet", "--shard", "\(index + 1)/\(count)", "--out", part])
                #expect(result.status == 0, "\(result.standardError)")
            }
            let merged = try run(["merge"] + parts.reversed() + ["--format", "json"])
            #expect(merged.status == 0, "\(merged.standardError)")
            #expect(merged.standardOutput == whole.standardOutput, "\(count) shards")
        }
        let markdown = try run(["sweep", Self.sweep, "--quiet"])
        let mergedMarkdown = try run(["merge", file("n3-part1.json"), file("n3-part2.json"), file("n3-part3.json")])
        #expect(mergedMarkdown.standardOutput == markdown.standardOutput)
        #expect(markdown.standardOutput.contains("## Sensitivity") && markdown.standardOutput.contains("| factor"))
    }

    @Test func mismatchedPartsAreRefused() throws {
        let parts = (1...3).map { file("m\($0).json") }
        for (index, part) in parts.enumerated() {
            _ = try run(["sweep", Self.sweep, "--quiet", "--shard", "\(index + 1)/3", "--out", part])
        }
        let missing = try run(["merge", parts[0], parts[2]])
        #expect(missing.status != 0 && missing.standardError.contains("work items are missing") && missing.standardError.contains("from shard 2/3"))
        let duplicate = try run(["merge", parts[0], parts[1], parts[1], parts[2]])
        #expect(duplicate.status != 0 && duplicate.standardError.contains("shard 2/3 is given twice"))
        let other = file("other-seed.json")
        _ = try run(["sweep", Self.sweep, "--quiet", "--seed", "4", "--shard", "2/3", "--out", other])
        let differentSettings = try run(["merge", parts[0], other, parts[2]])
        #expect(differentSettings.status != 0 && differentSettings.standardError.contains("sweep settings (runs, seed, design) differ"))
        let mt19937 = file("mt19937.json")
        _ = try run(["sweep", Self.sweep, "--quiet", "--generator", "mt19937", "--shard", "2/3", "--out", mt19937])
        let otherGenerator = try run(["merge", parts[0], mt19937, parts[2]])
        #expect(otherGenerator.status != 0 && otherGenerator.standardError.contains("random generator mt19937, not philox4x32"),
                "\(otherGenerator.standardError)")
        let otherSweep = file("other.yaml")
        try String(contentsOfFile: Self.sweep, encoding: .utf8).replacingOccurrences(of: "high: 0.9", with: "high: 0.8")
            .write(toFile: otherSweep, atomically: true, encoding: .utf8)
        let foreign = file("foreign.json")
        _ = try run(["sweep", otherSweep, "--quiet", "--shard", "2/3", "--out", foreign])
        let differentHash = try run(["merge", parts[0], foreign, parts[2]])
        #expect(differentHash.status != 0 && differentHash.standardError.contains("from a different sweep or scenario"))
        let truncated = file("truncated.json")
        let text = try String(contentsOfFile: parts[1], encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(toFile: truncated, atomically: true, encoding: .utf8)
        let corrupt = try run(["merge", parts[0], truncated, parts[2]])
        #expect(corrupt.status != 0 && corrupt.standardError.contains("truncated or corrupted"))
        #expect(try String(contentsOfFile: parts[1], encoding: .utf8) == text, "part files are never modified")
    }

    /// Kill a sweep mid-way, resume it: nothing finished is redone, and the
    /// report is the uninterrupted one.
    @Test func resumeAfterKillGivesTheSameBytes() throws {
        let big = file("big.yaml")
        try String(contentsOfFile: Self.sweep, encoding: .utf8).replacingOccurrences(of: "runs: 600", with: "runs: 5000")
            .write(toFile: big, atomically: true, encoding: .utf8)
        let report = file("resumed.md")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["sweep", big, "--quiet", "--jobs", "1", "--out", report]
        try process.run()
        let journal = report + ".journal"
        // The journal's first line holds the settings; each further line one finished item.
        func items() -> Int { ((try? String(contentsOfFile: journal, encoding: .utf8))?.split(separator: "\n").count ?? 1) - 1 }
        for _ in 0..<200 {
            Thread.sleep(forTimeInterval: 0.05)
            if items() >= 5 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let logged = items()
        #expect(logged >= 5 && logged < 100, "killed mid-way with \(logged) of 100 items logged")
        #expect(!FileManager.default.fileExists(atPath: report))
        let resumed = try run(["sweep", big, "--jobs", "2", "--out", report, "--resume"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("(\(logged) resumed items)"))
        #expect(!FileManager.default.fileExists(atPath: journal))
        let straight = try run(["sweep", big, "--quiet"])
        #expect(try String(contentsOfFile: report, encoding: .utf8) == straight.standardOutput)
    }

    /// A journal written with another seed is refused (exit 2, naming the
    /// seed) rather than mixed into the report, and left as it was.
    @Test func resumeRefusesAJournalOfOtherSettings() throws {
        let big = file("big-seed.yaml")
        try String(contentsOfFile: Self.sweep, encoding: .utf8).replacingOccurrences(of: "runs: 600", with: "runs: 5000")
            .write(toFile: big, atomically: true, encoding: .utf8)
        let report = file("other-seed.md")
        let journal = report + ".journal"
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["sweep", big, "--quiet", "--jobs", "1", "--seed", "4", "--out", report]
        try process.run()
        for _ in 0..<200 {
            Thread.sleep(forTimeInterval: 0.05)
            if let text = try? String(contentsOfFile: journal, encoding: .utf8), text.split(separator: "\n").count >= 2 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let before = try String(contentsOfFile: journal, encoding: .utf8)
        let resumed = try run(["sweep", big, "--quiet", "--out", report, "--resume"])
        #expect(resumed.status == 2, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("\(journal): written with seed 4, but this sweep has 3"), "\(resumed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: report))
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == before, "the journal is left as it was")
    }

    @Test func validateCountsTheWork() throws {
        let result = try run(["validate", Self.sweep, ScenarioCommandTests.path("Scenarios/huawei-sweep.yaml")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("valid sweep — oat design, 2 factors, 5 variants × 600 runs = 3000 replications"))
        #expect(result.standardOutput.contains("valid sweep — lhs design, 4 factors, 64 variants × 2000 runs = 128000 replications"))
    }

    @Test func badShardsAndFlagsAreClearErrors() throws {
        for (arguments, message) in [
            (["sweep", Self.sweep, "--shard", "4/3", "--out", file("x.json")], "expected K/N with 1 ≤ K ≤ N"),
            (["sweep", Self.sweep, "--shard", "two", "--out", file("x.json")], "expected K/N (e.g. 3/8) or auto"),
            (["sweep", Self.sweep, "--shard", "auto", "--out", file("x.json")], "set SLURM_ARRAY_TASK_ID"),
            (["sweep", Self.sweep, "--shard", "1/2"], "--shard needs --out"),
            (["sweep", Self.sweep, "--resume"], "--resume needs --out"),
            (["merge"], "Missing expected argument"),
        ] {
            let result = try run(arguments)
            #expect(result.status != 0 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
        }
    }

    @Test func emittedTemplatesNameTheSweepAndShards() throws {
        let slurm = try run(["emit", "slurm", "--sweep", "Scenarios/huawei-sweep.yaml", "--shards", "4"]).standardOutput
        #expect(slurm.contains("#SBATCH --array=1-4") && slurm.contains("demarche sweep Scenarios/huawei-sweep.yaml --shard auto"))
        let k8s = try run(["emit", "k8s", "--sweep", "s.yaml", "--shards", "6"]).standardOutput
        #expect(k8s.contains("completionMode: Indexed") && k8s.contains("completions: 6") && k8s.contains("value: \"6\""))
        let github = try run(["emit", "github", "--sweep", "s.yaml", "--shards", "3"]).standardOutput
        #expect(github.contains("shard: [1, 2, 3]") && github.contains("--shard ${{ matrix.shard }}/3") && github.contains("demarche merge"))
    }
}
