import Foundation
import Testing

/// `demarche schema --for FORMAT [--out FILE]` end to end.
@Suite struct SchemaCommandTests {
    @Test(arguments: ["scenario", "sweep", "resolutions", "reference"])
    func eachFormatHasADraft07Schema(format: String) throws {
        let result = try CommandRunner.run(["schema", "--for", format])
        #expect(result.status == 0, "\(result.standardError)")
        let schema = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let version = format == "scenario" ? "demarche" : "demarche_\(format)"
        #expect((schema?["required"] as? [String])?.contains(version) == true)
    }

    @Test func outWritesTheFileAndTheWordStillWorks() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-schema-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let written = try CommandRunner.run(["schema", "--for", "sweep", "-o", file.path])
        #expect(written.status == 0 && written.standardOutput == "", "\(written.standardError)")
        let printed = try CommandRunner.run(["schema", "sweep"])
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.standardOutput)
    }

    @Test func conflictingFormatsAreRefused() throws {
        let result = try CommandRunner.run(["schema", "--for", "sweep", "scenario"])
        #expect(result.exitedNormally && result.status != 0)
        #expect(result.standardError.contains("--for sweep and 'scenario' name different formats"))
        let unknown = try CommandRunner.run(["schema", "--for", "sweeps"])
        #expect(unknown.status != 0 && unknown.standardError.contains("sweeps"))
    }
}
