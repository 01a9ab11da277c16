import Foundation
import Testing

/// Factor labels from the sweep file reach every sweep report: the Markdown
/// tables, the JSON manifest, the HTML tables and charts (no raw paths in
/// the charts), and the report merged from part files.
@Suite struct SweepLabelCommandTests {
    static let sweep: String = {
        let path = SweepCommandTests.directory.appendingPathComponent("labelled.yaml").path
        try? String(contentsOfFile: SweepCommandTests.sweep, encoding: .utf8)
            .replacingOccurrences(of: "{ low: 0.1, high: 0.9 }", with: "{ low: 0.1, high: 0.9, label: Freedonian opposition }")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    func report(_ format: String) throws -> String {
        let result = try CommandRunner.run(["sweep", Self.sweep, "--runs", "250", "--quiet", "--format", format])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test func labelsReachEveryFormat() throws {
        let markdown = try report("md")
        #expect(markdown.contains("- factors: Freedonian opposition (`actors.freedonia.opposition`); "
                                  + "decisions.ruritania-5g.monthly_hazard (`decisions.ruritania-5g.monthly_hazard`)"))
        #expect(markdown.contains("|   # | Freedonian opposition | decisions.ruritania-5g.monthly_hazard |"))
        #expect(markdown.contains("\n| Freedonian opposition "))
        let manifest = try #require(try ScoreCommandTests.json(try report("json"))["manifest"] as? [String: Any])
        #expect(manifest["factor_labels"] as? [String] == ["Freedonian opposition", "decisions.ruritania-5g.monthly_hazard"])
        #expect(manifest["factors"] as? [String] == ["actors.freedonia.opposition", "decisions.ruritania-5g.monthly_hazard"])
        let html = try report("html")
        #expect(html.contains("text-anchor=\"end\">Freedonian opposition</text>"))
        #expect(!html.contains("text-anchor=\"end\">actors.freedonia.opposition</text>"))
        #expect(html.contains("<table class=\"variants\">") && html.contains("<th class=\"f n\">Freedonian opposition</th>"))
        #expect(html.contains("<td>Freedonian opposition</td><td>actors.freedonia.opposition</td>"))
        #expect(!html.contains("<pre>"))
    }

    @Test func anUnlabelledSweepKeepsItsJSON() throws {
        let json = try CommandRunner.run(["sweep", SweepCommandTests.sweep, "--runs", "250", "--quiet", "--format", "json"]).standardOutput
        #expect(!json.contains("factorLabels"))
    }
}
