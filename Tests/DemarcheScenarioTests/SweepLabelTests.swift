@testable import DemarcheScenario
import Foundation
import Testing

/// `label:` on sweep factors: read, trimmed, and refused (with the line and
/// column of the label) when empty, multi-line, too long, or not unique.
@Suite struct SweepLabelTests {
    /// Loads a sweep of the tutorial whose factors are `factors` (YAML lines, indented two spaces).
    func load(_ factors: String) throws(ScenarioError) -> SweepSpec {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-labels-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("sweep.yaml").path
        try? """
            demarche_sweep: 1
            scenario: \(FormatCoverageTests.tutorial.path)
            design: lhs
            samples: 4
            factors:
            \(factors)
            """.write(toFile: file, atomically: true, encoding: .utf8)
        return try SweepLoader.load(contentsOf: file)
    }

    func diagnostics(_ factors: String) -> [ScenarioDiagnostic] {
        do {
            _ = try load(factors)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func labelsAreReadAndUnlabelledFactorsKeepTheirPath() throws {
        let spec = try load("""
              actors.freedonia.opposition: { low: 0.1, high: 0.9, label: "  Freedonian opposition " }
              decisions.ruritania-5g.monthly_hazard: { low: 0.01, high: 0.1 }
            """)
        #expect(spec.factors.map(\.label) == ["Freedonian opposition", nil])
        #expect(spec.factors.map(\.name) == ["Freedonian opposition", "decisions.ruritania-5g.monthly_hazard"])
    }

    @Test(arguments: [
        ("label: \"\"", "must not be empty"),
        ("label: \"two\\nlines\"", "must be one line"),
        ("label: \(String(repeating: "x", count: 81))", "at most 80 characters (found 81)"),
        ("label: [a, b]", "expected text"),
    ])
    func badLabelsAreLocated(label: String, message: String) throws {
        let found = diagnostics("  actors.freedonia.opposition: { low: 0.1, high: 0.9, \(label) }")
        let diagnostic = try #require(found.first, "no error for \(label)")
        #expect(found.count == 1 && diagnostic.message.contains(message), "\(found)")
        #expect(diagnostic.path == "factors.actors.freedonia.opposition.label")
        // Line 6 of the file; the label's value starts after "label: ".
        #expect(diagnostic.line == 6 && diagnostic.column == 62, "\(diagnostic)")
    }

    @Test func twoFactorsMayNotShareAName() throws {
        let same = diagnostics("""
              actors.freedonia.opposition: { low: 0.1, high: 0.9, label: Opposition }
              actors.ruritania.opposition: { low: 0.1, high: 0.9, label: Opposition }
            """)
        #expect(same.count == 1 && same.first?.message.contains("'Opposition' already names factor 'actors.freedonia.opposition'") == true,
                "\(same)")
        #expect(same.first?.line == 7 && same.first?.column == 62, "\(same)")
        let path = diagnostics("""
              actors.freedonia.opposition: { low: 0.1, high: 0.9 }
              actors.ruritania.opposition: { low: 0.1, high: 0.9, label: actors.freedonia.opposition }
            """)
        #expect(path.count == 1 && path.first?.message.contains("already names factor") == true, "\(path)")
    }
}
