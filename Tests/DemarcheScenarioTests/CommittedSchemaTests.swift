@testable import DemarcheScenario
import Foundation
import Testing

/// The schemas committed under Scenarios/schemas/ (which the bundled files'
/// modelines and editors' settings point to) are what `demarche schema`
/// prints today, byte for byte, so they cannot go stale.
@Suite struct CommittedSchemaTests {
    @Test(arguments: ScenarioSchema.Document.allCases)
    func committedSchemaIsCurrent(_ document: ScenarioSchema.Document) throws {
        let name = "schemas/\(document.rawValue).schema.json"
        let committed = try String(contentsOf: SchemaAgreementTests.scenarios.appendingPathComponent(name), encoding: .utf8)
        #expect(committed == ScenarioSchema.json(document),
                "Scenarios/\(name) is stale: demarche schema --for \(document.rawValue) --out Scenarios/\(name)")
    }
}
