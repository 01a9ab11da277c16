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

    /// Sweep files that, with the bundled LHS sweep, use every sweep key.
    func sweepFiles() throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-coverage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let scenario = Self.tutorial.path
        try "actors.freedonia.opposition,decisions.ruritania-5g.monthly_hazard\n0.2,0.05\n0.4,0.02\n"
            .write(to: directory.appendingPathComponent("design.csv"), atomically: true, encoding: .utf8)
        let fromCSV = directory.appendingPathComponent("csv.yaml")
        try """
            demarche_sweep: 1
            scenario: \(scenario)
            design: rows
            from: design.csv
            factors:
              actors.freedonia.opposition: {}
              decisions.ruritania-5g.monthly_hazard: {}
            """.write(to: fromCSV, atomically: true, encoding: .utf8)
        let inline = directory.appendingPathComponent("rows.yaml")
        try """
            demarche_sweep: 1
            scenario: \(scenario)
            design: rows
            rows: [[0.3]]
            factors:
              actors.freedonia.opposition: { values: [0.3], base: 0.3 }
            """.write(to: inline, atomically: true, encoding: .utf8)
        return [fromCSV.path, inline.path, Self.tutorial.deletingLastPathComponent().appendingPathComponent("huawei-sweep.yaml").path]
    }

    @Test func csvDesignsAreRead() throws {
        let spec = try SweepLoader.load(contentsOf: try sweepFiles()[0])
        #expect(spec.rows == [[0.2, 0.05], [0.4, 0.02]])
    }

    @Test func everyDeclaredKeyIsRead() throws {
        let tutorial = try String(contentsOf: Self.tutorial, encoding: .utf8)
        var consumed = ScenarioLoader.consumedFields(text: tutorial).union(ScenarioLoader.consumedFields(text: KitchenSink.text))
        for file in try sweepFiles() { consumed.formUnion(SweepLoader.consumedFields(contentsOf: file)) }
        let declared = Set(ScenarioFormat.definitions.flatMap { name, fields in fields.map { "\(name).\($0.name)" } })
        #expect(declared.subtracting(consumed).sorted() == [])
    }

    @Test func everyDeclaredReferenceKeyIsRead() throws {
        let folder = try ReferenceLoaderTests.folder([
            "cases.csv": "id,y,m,d,start,end,kind,size\na,2000,1,10,2000-01-10,2000-03-10,x,1\nb,2000,2,,2000-02,2000-02-20,y,2\n",
            "kitchen-sink.yaml": """
                demarche_reference: 1
                name: Every key
                description: A reference file that uses every key once.
                cases: cases.csv
                citation: none
                published: 2001-01-01
                select:
                  - { column: kind, in: [x, y] }
                  - { column: size, min: 0, max: 5 }
                  - { column: id, equals: a, blank: false }
                dates:
                  start: { year: y, month: m, day: d }
                  end: { date: end }
                  censored: { date: start }
                  coarse: drop
                  impossible_day: error
                outcome: { column: kind, causes: { gives-in: [x], other: [y] }, compliance: gives-in }
                covariates:
                  size: { column: size }
                  kind-x: { column: kind, equals: x }
                  has-end: { column: end, blank: false }
                checkpoints: [30d, 2mo]
                forms: [weibull]
                """,
        ])
        let consumed = ReferenceLoader.consumedFields(contentsOf: folder.appendingPathComponent("kitchen-sink.yaml").path)
        let declared = Set(ScenarioFormat.referenceDefinitions.flatMap { name, fields in fields.map { "\(name).\($0.name)" } })
        #expect(declared.subtracting(consumed).sorted() == [])
    }

    @Test(arguments: ScenarioSchema.Document.allCases)
    func schemaDescribesEveryDefinition(_ document: ScenarioSchema.Document) throws {
        let data = Data(ScenarioSchema.json(document).utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let definitions = try #require(schema["definitions"] as? [String: [String: Any]])
        let table = document.definitions
        for name in [document.rawValue] + definitions.keys.filter({ table[$0] != nil }) {
            let fields = try #require(table[name])
            let object = name == document.rawValue ? schema : try #require(definitions[name], "missing definitions/\(name)")
            let properties = try #require(object["properties"] as? [String: [String: Any]])
            #expect(Set(properties.keys) == Set(fields.map(\.name)), "\(name)")
            #expect(properties.values.allSatisfy { ($0["description"] as? String)?.isEmpty == false }, "\(name)")
            #expect(Set(object["required"] as? [String] ?? []) == Set(fields.filter(\.required).map(\.name)), "\(name)")
            #expect(object["additionalProperties"] as? Bool == false)
        }
    }

    /// Every definition of the tables is in some document's schema; the
    /// parameter object is rendered once per constraint.
    @Test func everyDefinitionIsInASchema() throws {
        var rendered: Set<String> = []
        for document in ScenarioSchema.Document.allCases {
            let schema = ScenarioSchema.schema(document)
            rendered.insert(document.rawValue)
            rendered.formUnion((schema["definitions"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        let declared = Set(ScenarioFormat.definitions.keys).union(ScenarioFormat.referenceDefinitions.keys)
            .union(ScenarioFormat.resolutionsDefinitions.keys)
        #expect(declared.subtracting(rendered) == ["parameter"])
        #expect(rendered.isSuperset(of: ["parameter_unit_interval", "parameter_real", "parameter_non_negative", "parameter_positive",
                                         "parameter_duration", "delay"]))
    }
}
