import Foundation
import Testing

/// `demarche bench` end to end. Exact figures were printed by the C baseline
/// (`des_gsl sched 7 100 50`, `des_gsl mm1 3 1000`): same seed, same draws,
/// same event order, so the same counts and mean wait.
@Suite struct BenchCommandTests {
    struct Row: Decodable {
        var implementation: String
        var benchmark: String
        var engineEvents: Int
        var modelUnits: Int
        var meanWait: Double?
        var analyticWait: Double?
        var rounds: Int
        var medianEventsPerSecond: Double
    }

    func rows(_ arguments: [String]) throws -> [Row] {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode([Row].self, from: Data(result.standardOutput.utf8))
    }

    @Test func schedulingMatchesTheCBaseline() throws {
        let first = try rows(["bench", "sched", "--processes", "100", "--until", "50", "--seed", "7", "--format", "json"])
        #expect(first.count == 1)
        #expect(first[0].engineEvents == 5020 && first[0].modelUnits == 5020)
        #expect(first[0].medianEventsPerSecond > 0)
        let again = try rows(["bench", "sched", "--processes", "100", "--until", "50", "--seed", "7", "--format", "json"])
        #expect(again[0].engineEvents == first[0].engineEvents)
    }

    @Test func mm1MatchesTheCBaseline() throws {
        let result = try rows(["bench", "mm1", "--customers", "1000", "--seed", "3", "--format", "json", "--rounds", "3"])
        #expect(result[0].engineEvents == 2000 && result[0].modelUnits == 1000)
        #expect(abs(result[0].meanWait! - 7.277658) < 5e-7)
        #expect(result[0].analyticWait.map { abs($0 - 9) < 1e-9 } == true)
        #expect(result[0].rounds == 3)
    }

    /// The whole text output, cell by cell, with the two timing columns masked.
    @Test func textOutput() throws {
        let result = try CommandRunner.run(["bench", "--processes", "100", "--until", "50", "--seed", "7", "--customers", "1000"])
        #expect(result.status == 0)
        let cells = result.standardOutput.split(separator: "\n").map { line in
            line.split(separator: #/  +/#).enumerated().map { $0.offset == 3 || $0.offset == 4 ? "…" : String($0.element) }
        }
        #expect(cells == [
            ["benchmark", "impl", "events", "…", "…", "vs demarche", "result"],
            ["sched", "demarche", "5020", "…", "…", "1.00×", "5020 timeouts"],
            ["mm1", "demarche", "2000", "…", "…", "1.00×", "1000 customers, mean wait 5.6764 (analytic 9.0)"],
        ])
    }

    @Test(arguments: [
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
        (["bench", "--processes=-5"], "--processes must be at least 1 (got -5)."),
        (["bench", "--processes", "0"], "--processes must be at least 1 (got 0)."),
        (["bench", "--customers", "0"], "--customers must be at least 1 (got 0)."),
        (["bench", "--until", "nan"], "--until must be a positive number (got nan)."),
        (["bench", "--until=-1"], "--until must be a positive number (got -1.0)."),
        (["bench", "--rounds", "0"], "--rounds must be at least 1 (got 0)."),
        (["bench", "--processes", "3000000000"], "--processes must be at most 1000000 (got 3000000000)."),
        (["bench", "--customers", "9223372036854775807"], "--customers must be at most 10000000 (got 9223372036854775807)."),
        (["bench", "--until", "1e300"], "--until must be at most 1000000 (got 1e+300)."),
        (["bench", "--rounds", "1000000000"], "--rounds must be at most 1000 (got 1000000000)."),
        (["bench", "--replications", "100000000000"], "--replications must be at most 10000000 (got 100000000000)."),
        (["bench", "--seed", "abc"], "The value 'abc' is invalid for '--seed <seed>'"),
        (["bench", "--seed=-1"], "The value '-1' is invalid for '--seed <seed>'"),
        (["bench", "--seed", "99999999999999999999999"], "is invalid for '--seed <seed>'"),
        (["bench", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'"),
        (["bench", "queue"], "The value 'queue' is invalid for '<benchmark>'"),
        (["bench", "--simpy-scenario", "model.py"], "--simpy-scenario needs --simpy (the Python to run it) and the --scenario"),
        (["bench", "--simpy-replications", "0"], "--simpy-replications must be at least 1 (got 0)."),
        (["bench", "--generator", "lcg"], "The value 'lcg' is invalid for '--generator <generator>'"),
    ])
    func badInputIsAClearError(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitedNormally, "must not crash")
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func missingBaselineIsAClearError() throws {
        let result = try CommandRunner.run(["bench", "sched", "--processes", "10", "--until", "5",
                                            "--c-baseline", "/nonexistent/des_gsl"])
        #expect(result.exitedNormally && result.status == 1)
        #expect(result.standardError.contains("baseline c-gsl failed (/nonexistent/des_gsl sched 1 10 5.0)"))
    }

    /// Scenario rows give the time per replication, and a hand-written model
    /// of the scenario (here a stand-in script printing SimPy's JSON line)
    /// runs in the same rounds, compared per replication.
    @Test func scenarioRowsComparePerReplication() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("fake-simpy-\(UUID().uuidString).sh").path
        try """
            echo '{"impl": "simpy", "bench": "scenario tutorial", "wall_s": 50, "engine_events": 100, "model_units": 1000, "unit": "replications"}'
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let tutorial = ScenarioCommandTests.path("Scenarios/tutorial.yaml")
        let result = try CommandRunner.run(["bench", "--scenario", tutorial, "--replications", "200", "--generator", "mt19937",
                                            "--simpy", "/bin/sh", "--simpy-scenario", script, "--rounds", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("demarche") && lines[1].contains("1.00×") && lines[1].contains("200 replications, ")
                && lines[1].hasSuffix(" µs each"))
        #expect(lines[2].contains("simpy") && lines[2].hasSuffix("1000 replications, 50000.00 µs each"))
        #expect(lines[2].contains("1/"), "SimPy is slower than Demarche: \(lines[2])")
    }
}
