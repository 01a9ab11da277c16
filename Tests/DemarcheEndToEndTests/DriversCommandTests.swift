import Foundation
import Testing

/// `demarche run --drivers --attribution` end to end, on a file where
/// alpha's hazard (drawn from a wide range) alone moves whether alpha gives
/// in, the bystander's opposition is drawn and moves nothing, and a court
/// and a trigger reach the ban and beta but not alpha.
@Suite struct DriversCommandTests {
    static let scenario = """
        demarche: 1
        name: drivers end to end
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: 2024-12-31
        actors:
          us: { kind: state }
          firm: { kind: firm }
          alpha: { kind: state }
          beta: { kind: state }
          bystander: { kind: state, opposition: { dist: uniform, low: 0, high: 1 } }
        decisions:
          alpha-5g: { actor: alpha, monthly_hazard: { dist: uniform, low: 0.005, high: 0.4 }, options: { exclude: { complies: true } } }
          beta-5g: { actor: beta, monthly_hazard: 0.03, coefficients: { pressure: 2 }, options: { exclude: { complies: true } } }
        orders:
          ban:
            issuer: us
            target: firm
            issued: 2024-01-01
            deadline: 60d
            court: { probability: 0.7, filed_after: 10d, from: issue, ruling_after: { dist: exponential, mean: 20d }, enjoin_probability: 0.6 }
        triggers:
          injunction-angers: { on: [order.ban.enjoined], pressure: { on: [beta], magnitude: 1.5 } }
        outcomes:
          alpha-excludes: { event: decision.alpha-5g.exclude, by: 2024-03-31 }
          beta-excludes: { event: decision.beta-5g.exclude, by: 2024-06-30 }
          ban-in-force: { in_force: ban, on: 2024-06-30 }
        """

    static func withScenario<T>(_ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-drivers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("drivers.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        return try body(file.path)
    }

    @Test func jsonRanksTheDriverAndAttributesExactly() throws {
        let output = try Self.withScenario { file in
            try CommandRunner.run(["run", file, "--runs", "2000", "--seed", "4", "--drivers", "--attribution", "--format", "json", "--no-timing"])
        }
        #expect(output.status == 0, "\(output.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let drivers = try #require(report["drivers"] as? [String: Any])
        #expect(drivers["inputs"] as? [String] == ["actors.bystander.opposition", "decisions.alpha-5g.monthly_hazard"])
        let outcomes = try #require(drivers["outcomes"] as? [[String: Any]])
        let alpha = try #require(outcomes.first { $0["id"] as? String == "alpha-excludes" })
        let ranked = try #require(alpha["drivers"] as? [[String: Any]])
        #expect(ranked.first?["path"] as? String == "decisions.alpha-5g.monthly_hazard")
        let first = try #require(ranked.first?["srrc"] as? [String: Double])
        #expect(try #require(first["low"]) > 0)
        let null = try #require(ranked.last?["srrc"] as? [String: Double])
        #expect(try #require(null["low"]) <= 0 && (try #require(null["high"])) >= 0)
        #expect(try #require(alpha["r_squared"] as? Double) > 0.1)

        let attribution = try #require(report["attribution"] as? [String: Any])
        #expect(attribution["absent"] as? [String] == ["shocks", "countermeasures", "escalations"])
        let mechanics = try #require(attribution["mechanics"] as? [[String: Any]])
        #expect(mechanics.map { $0["mechanic"] as? String } == ["courts", "triggers"])
        for mechanic in mechanics {
            let changes = try #require(mechanic["changes"] as? [[String: Any]])
            let unreached = try #require(changes.first { $0["id"] as? String == "alpha-excludes" })
            #expect(unreached["changed_runs"] as? Int == 0)
            #expect((unreached["contribution"] as? [String: Double])?["value"] == 0)
            let reached = try #require(changes.first { $0["id"] as? String == "beta-excludes" })
            #expect(try #require((reached["contribution"] as? [String: Double])?["low"]) > 0)
        }
    }

    @Test func everyFormatShowsTheSectionsAndJobsDoNotChangeTheBytes() throws {
        try Self.withScenario { file in
            let arguments = ["run", file, "--runs", "1000", "--drivers", "--attribution", "--no-timing"]
            let one = try CommandRunner.run(arguments + ["--jobs", "1"])
            let two = try CommandRunner.run(arguments + ["--jobs", "2"])
            #expect(one.status == 0 && one.standardOutput == two.standardOutput, "\(one.standardError)")
            // The bottom line names the drawn hazard that drives alpha, with its SRRC interval.
            #expect(one.standardOutput.contains("- **Main drivers:** alpha-excludes: decisions.alpha-5g.monthly_hazard (SRRC +"), "\(one.standardOutput.prefix(1500))")
            #expect(one.standardOutput.contains("decisions.alpha-5g.monthly_hazard (SRRC +"))
            for heading in ["## Drivers", "R² =", "| parameter", "## Attribution by mechanic", "| courts", "| triggers",
                            "Not in this scenario, so not rerun: shocks, countermeasures, escalations."] {
                #expect(one.standardOutput.contains(heading), "\(heading)")
            }
            let tables = file + "-tables/"
            #expect(try CommandRunner.run(["run", file, "--runs", "500", "--drivers", "--attribution", "-o", tables]).status == 0)
            for (table, start) in [
                ("drivers", "outcome,input,coefficient,estimate_value,estimate_low,estimate_high\nalpha-excludes,decisions.alpha-5g.monthly_hazard,srrc,"),
                ("drivers_fit", "outcome,response,r_squared,runs,z,note\n"),
                ("attribution", "mechanic,outcome,measure,with,without,contribution_value,contribution_low,contribution_high,changed_runs,runs\ncourts,alpha-excludes,probability,"),
            ] {
                #expect(try String(contentsOfFile: tables + table + ".csv", encoding: .utf8).hasPrefix(start), "\(table)")
            }
            let html = try CommandRunner.run(["run", file, "--runs", "500", "--drivers", "--attribution", "--format", "html"])
            #expect(html.standardOutput.contains("<h2>Drivers</h2>") && html.standardOutput.contains("<h2>Attribution by mechanic</h2>"))
            #expect(html.standardOutput.contains("aria-label=\"Drivers of alpha-excludes"))
            // Without the flags, no section (null, as every absent value) and no extra work.
            let plain = try CommandRunner.run(["run", file, "--runs", "500", "--format", "json"])
            #expect(plain.standardOutput.contains("\"drivers\" : null") && plain.standardOutput.contains("\"attribution\" : null"))
        }
    }
}
