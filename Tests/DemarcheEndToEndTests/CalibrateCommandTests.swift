import Foundation
import Testing

/// `demarche calibrate` and `demarche backtest` run as users run them.
@Suite struct CalibrateCommandTests {
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Scenarios/reference").standardized

    @Test func calibratePrintsEveryFormat() throws {
        let file = Self.reference.appendingPathComponent("ties-threat-only.yaml").path
        let markdown = try CommandRunner.run(["calibrate", file])
        #expect(markdown.status == 0)
        for heading in ["## Cases", "## Cumulative incidence (Aalen–Johansen, 95% CI)", "## Cause-specific hazards",
                        "## Fit check", "## Decision snippet"] {
            #expect(markdown.standardOutput.contains(heading))
        }
        let json = try CommandRunner.run(["calibrate", file, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["format"] as? Int == 1)
        let html = try CommandRunner.run(["calibrate", file, "--format", "html"])
        #expect(html.standardOutput.hasPrefix("<!doctype html>") && html.standardOutput.contains("<svg"))
        #expect(!html.standardOutput.contains("<script"))
    }

    @Test func badInputExitsWithALocatedError() throws {
        let missing = try CommandRunner.run(["calibrate", "/nonexistent/reference.yaml"])
        #expect(missing.status != 0 && missing.exitedNormally)
        #expect(missing.standardError.contains("/nonexistent/reference.yaml: error: no such file"))
        let profile = try CommandRunner.run(["calibrate", Self.reference.appendingPathComponent("ties-threats.yaml").path,
                                             "--at", "institution=1"])
        #expect(profile.status != 0 && profile.standardError.contains("the reference class has no covariate 'institution'"))
        let scenario = try CommandRunner.run(["calibrate", Self.reference.appendingPathComponent("../tutorial.yaml").path])
        #expect(scenario.status != 0 && scenario.standardError.contains("unknown key"))
    }

    @Test func backtestScoresTheHeldOutCases() throws {
        let result = try CommandRunner.run(["backtest", Self.reference.appendingPathComponent("ties-threats.yaml").path,
                                            "--split", "1990-01-01", "--until", "2005-12-31"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("fitted on 390 cases begun before 1990-01-01; scored on 467 cases"))
        #expect(result.standardOutput.contains("| 365 d   | base rate (training share) |"))
        let bad = try CommandRunner.run(["backtest", Self.reference.appendingPathComponent("ties-threats.yaml").path,
                                         "--split", "1990-02-30", "--until", "2005-12-31"])
        #expect(bad.status != 0 && bad.standardError.contains("1990-02-30"))
    }

    @Test func referenceSchemaIsPrinted() throws {
        let result = try CommandRunner.run(["schema", "reference"])
        let schema = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect((schema?["required"] as? [String])?.contains("demarche_reference") == true)
    }
}

extension CalibrateCommandTests {
    @Test func validateChecksReferenceFiles() throws {
        let result = try CommandRunner.run(["validate", Self.reference.appendingPathComponent("ties-threat-only.yaml").path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("valid reference class — 499 cases of 567 selected, gives-in 201, "
                                               + "sender-backs-down 178, settlement 63, stalemate 5, censored 52"))
    }
}
