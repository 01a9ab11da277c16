import DemarcheKernel
import Foundation
import Yams

/// Reads resolutions files (`demarche_resolutions: 1`) with the scenario
/// reader's diagnostics: unknown keys with a did-you-mean, every problem at
/// `file:line:col`, all of them at once.
public enum ResolutionsLoader {
    public static func load(contentsOf path: String) throws(ScenarioError) -> Resolutions {
        try load(text: ScenarioLoader.readText(path), file: path, reader: ScenarioReader(file: path))
    }

    /// Whether `path` is a resolutions file (its first key is `demarche_resolutions`).
    public static func isResolutionsFile(_ path: String) -> Bool {
        ScenarioLoader.firstKey(of: path) == "demarche_resolutions"
    }

    /// The `definition.key` fields that reading `text` used (for the format's coverage test).
    static func consumedFields(text: String) -> Set<String> {
        let reader = ScenarioReader(file: "-")
        _ = try? load(text: text, file: "-", reader: reader)
        return reader.consumedFields
    }

    static func load(text: String, file: String, reader: ScenarioReader) throws(ScenarioError) -> Resolutions {
        let root = try YAMLLoader.load(text, file: file)
        guard let fields = reader.object(root, "", as: "resolutions") else { throw ScenarioError(reader.sortedDiagnostics) }
        if let node = fields["demarche_resolutions"], let version = reader.integer(node, "demarche_resolutions", in: 0...Int.max),
            version != 1 {
            reader.error(node, "demarche_resolutions", "this is resolutions format version \(version); this Demarche reads version 1")
        }
        let name = fields["name"].flatMap { reader.text($0, "name") }
        _ = fields["description"].flatMap { reader.text($0, "description") }
        let entries = fields["questions"].map { reader.entries($0, "questions") } ?? []
        if let node = fields.values["questions"], entries.isEmpty, reader.diagnostics.isEmpty {
            reader.error(node, "questions", "name at least one question")
        }
        let questions = entries.compactMap { id, node, keyNode in question(id, node, keyNode, file: file, reader: reader) }
        guard reader.diagnostics.isEmpty else { throw ScenarioError(reader.sortedDiagnostics) }
        return Resolutions(file: file, sha256: SHA256.hex(text.utf8), name: name, questions: questions)
    }

    private static func question(_ id: String, _ node: Node, _ keyNode: Node, file: String, reader: ScenarioReader)
        -> Resolutions.Question? {
        let path = "questions.\(id)"
        guard let fields = reader.object(node, path, as: "question") else { return nil }
        let text = fields["text"].flatMap { reader.text($0, fields.path("text")) }
        let outcome = fields["outcome"].flatMap { reader.identifier($0, fields.path("outcome")) }
        let by = fields["by"].flatMap { reader.date($0, fields.path("by")) }
        let atLeast = fields["at_least"].flatMap { reader.integer($0, fields.path("at_least"), in: fields.integerRange("at_least")) }
        let resolved = fields["resolved"].flatMap { reader.boolean($0, fields.path("resolved")) }
        let on = fields["on"].flatMap { reader.date($0, fields.path("on")) }
        let source = fields["source"].flatMap { reader.text($0, fields.path("source")) }
        let alternative = fields["alternative"].flatMap { reader.boolean($0, fields.path("alternative")) }
        let baseRate = fields["base_rate"].flatMap { node -> Double? in
            guard let value = reader.number(node, fields.path("base_rate")) else { return nil }
            guard fields.constraint("base_rate").violation(value) == nil else {
                reader.error(node, fields.path("base_rate"), "a base rate is a probability in 0…1, found \(value)")
                return nil
            }
            return value
        }
        if let source, source.trimmingCharacters(in: .whitespaces).isEmpty {
            reader.error(fields.values["source"], fields.path("source"), "say where the resolution comes from")
        }
        if let alternative, let resolved, alternative == resolved {
            reader.error(fields.values["alternative"], fields.path("alternative"),
                         "the alternative resolution must differ from 'resolved' (\(resolved)); drop it if the question is not contested")
        }
        if resolved == true, let on, let by, on > by {
            reader.error(fields.values["on"], fields.path("on"),
                         "resolved true on \(on), after the question's date \(by): by \(by) it had not happened")
        }
        guard let outcome, let resolved, let source else { return nil }
        var marks: [String: Resolutions.Mark] = [:]
        for (key, value) in fields.values { marks[key] = Resolutions.Mark(line: value.mark?.line ?? 0, column: value.mark?.column ?? 0) }
        marks[""] = Resolutions.Mark(line: keyNode.mark?.line ?? 0, column: keyNode.mark?.column ?? 0)
        return Resolutions.Question(
            id: id, text: text, outcome: outcome, by: by, atLeast: atLeast, resolved: resolved, on: on, source: source,
            alternative: alternative, baseRate: baseRate, file: file, marks: marks)
    }
}
