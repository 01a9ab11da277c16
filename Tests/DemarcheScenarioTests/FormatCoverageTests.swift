@testable import DemarcheScenario
import Foundation
import Testing

/// The format table, the reader and the JSON Schema stay in sync: the schema
/// is rendered from the table, the reader refuses keys the table lacks, and
/// this test checks the reader reads every key the table declares.
@Suite struct FormatCoverageTests {
    static let tutorial = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Scenarios/tutorial.yaml").standardized

    @Test func kitchenSinkIsValid() throws {
        let scenario = try ScenarioLoader.load(text: KitchenSink.text, file: "kitchen-sink.yaml")
        #expect(scenario.model.actors.count == 6)
    }

    @Test func everyDeclaredKeyIsRead() throws {
        let tutorial = try String(contentsOf: Self.tutorial, encoding: .utf8)
        let consumed = ScenarioLoader.consumedFields(text: tutorial).union(ScenarioLoader.consumedFields(text: KitchenSink.text))
        let declared = Set(ScenarioFormat.definitions.flatMap { name, fields in fields.map { "\(name).\($0.name)" } })
        #expect(declared.subtracting(consumed).sorted() == [])
    }

    @Test func schemaDescribesEveryDefinition() throws {
        let data = Data(ScenarioSchema.json().utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        for (name, fields) in ScenarioFormat.definitions {
            let object = name == "scenario" ? schema : try #require(definitions[name], "missing $defs/\(name)")
            let properties = try #require(object["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(fields.map(\.name)), "\(name)")
            #expect(Set(object["required"] as? [String] ?? []) == Set(fields.filter(\.required).map(\.name)), "\(name)")
            #expect(object["additionalProperties"] as? Bool == false)
        }
    }
}
