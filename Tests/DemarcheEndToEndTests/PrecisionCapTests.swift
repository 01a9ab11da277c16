import Foundation
import Testing

/// `run --until-precision` with its cap `--max-runs`: it stops at the
/// target or at the cap, and says so when it stops short.
@Suite struct PrecisionCapTests {
    static let arguments = ["run", RunCommandTests.tutorial, "--quiet", "--no-timing", "--until-precision"]

    @Test func reachingTheTargetStopsEarlyWithoutAWarning() throws {
        let result = try CommandRunner.run(Self.arguments + ["0.02", "--max-runs", "40000", "--format", "json"])
        let json = try ScoreCommandTests.json(result.standardOutput)
        let runs = try #require((json["manifest"] as? [String: Any])?["runs"] as? Int)
        #expect(runs < 40_000 && runs % 4000 == 0)
        #expect(try #require((json["convergence"] as? [String: Any])?["widest_half_width"] as? Double) <= 0.02)
        #expect(!result.standardError.contains("warning"), "\(result.standardError)")
    }

    @Test func theCapStopsShortAndSaysSo() throws {
        // ±0.1% needs about 10^6 runs; the cap allows 5,000 (a batch of 4,000, then one cut to 1,000).
        let result = try CommandRunner.run(Self.arguments + ["0.001", "--max-runs", "5000", "--format", "json"])
        #expect(result.status == 0)
        let json = try ScoreCommandTests.json(result.standardOutput)
        #expect((json["manifest"] as? [String: Any])?["runs"] as? Int == 5000)
        let widest = try #require((json["convergence"] as? [String: Any])?["widest_half_width"] as? Double)
        #expect(widest > 0.001)
        #expect(result.standardError.hasPrefix("warning: stopped short of --until-precision ±0.10%: after the cap of 5,000 runs (--max-runs) "
                                               + "the widest 95% CI half-width is ±"), "\(result.standardError)")
        let markdown = try CommandRunner.run(Self.arguments + ["0.001", "--max-runs", "5000"]).standardOutput
        #expect(markdown.contains("\n**Warning:** this run stopped short of --until-precision ±0.10%: after the cap of 5,000 runs"))
        let html = try CommandRunner.run(Self.arguments + ["0.001", "--max-runs", "5000", "--format", "html"]).standardOutput
        #expect(html.contains("<p class=\"warn\" role=\"note\"><b>Warning:</b> This run stopped short of --until-precision"))
    }

    @Test(arguments: [
        (["--runs", "100", "--until-precision", "0.01"], "--runs and --until-precision exclude each other: give the cap as --max-runs."),
        (["--max-runs", "100"], "--max-runs is the cap of --until-precision; give both, or --runs alone."),
        (["--until-precision", "0.01", "--max-runs", "0"], "--max-runs must be at least 1 (got 0)."),
        (["--until-precision", "0.01", "--max-runs", "4294967296"], "--max-runs must be at most 4294967295."),
        (["--until-precision", "0.01", "--max-runs", "4294967295"], "--max-runs 4294967295: every run's outcome values are kept"),
    ])
    func badCapsAreRefused(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(["run", RunCommandTests.tutorial] + arguments)
        #expect(result.status != 0 && result.standardError.contains(message), "\(result.standardError)")
    }
}
