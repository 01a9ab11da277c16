import DemarcheKernel
import DemarcheModel
import Foundation
import Yams

/// A scenario file, loaded and resolved into a ``Model``.
public struct Scenario: Sendable {
    /// The file it was read from, as given.
    public let file: String
    public let model: Model
    /// Overrides applied after loading (`--set`).
    public let overrides: [ParameterOverride]
    /// SHA-256 of the file's bytes (hex), for report manifests.
    public let sha256: String
    /// Numbers the file gives without a source (`file:line:col: warning: …`).
    public let warnings: [ScenarioDiagnostic]
}

/// Reads scenario files (`demarche: 1`).
public enum ScenarioLoader {
    /// Loads `path`, applying `overrides`; throws every problem found.
    public static func load(contentsOf path: String, overrides: [ParameterOverride] = []) throws(ScenarioError) -> Scenario {
        try load(text: readText(path), file: path, overrides: overrides)
    }

    /// The UTF-8 text of a file, or a diagnostic saying why not.
    static func readText(_ path: String) throws(ScenarioError) -> String {
        func fail(_ message: String) -> ScenarioError {
            ScenarioError([ScenarioDiagnostic(file: path, line: 0, column: 0, path: "", message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a scenario file") }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { throw fail("cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not UTF-8 text") }
        return text
    }

    /// The key of a file's first line that is neither blank nor a comment
    /// (`demarche_sweep` for a sweep file), which tells the file kinds apart.
    static func firstKey(of path: String) -> String? {
        guard let text = try? readText(path) else { return nil }
        let line = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return line?.split(separator: ":", maxSplits: 1).first.map(String.init)
    }

    /// Loads scenario text; `file` names it in diagnostics.
    public static func load(text: String, file: String, overrides: [ParameterOverride] = []) throws(ScenarioError) -> Scenario {
        let root = try YAMLLoader.load(text, file: file)
        let reader = ScenarioReader(file: file)
        let builder = ScenarioBuilder(reader: reader)
        let model = builder.model(from: root)
        if let model, reader.diagnostics.isEmpty {
            let warnings = reader.warnings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            let scenario = Scenario(file: file, model: model, overrides: [], sha256: SHA256.hex(text.utf8), warnings: warnings)
            return try scenario.applying(overrides)
        }
        throw ScenarioError(reader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }

    /// The `definition.key` fields a successful load of `text` read (for the
    /// format's coverage test).
    static func consumedFields(text: String) -> Set<String> {
        guard let root = try? YAMLLoader.load(text, file: "-") else { return [] }
        let reader = ScenarioReader(file: "-")
        _ = ScenarioBuilder(reader: reader).model(from: root)
        return reader.consumedFields
    }
}

extension ScenarioBuilder {
    /// The whole model, or nil if a section could not be read at all (the
    /// problems are in the reader's diagnostics either way).
    func model(from root: Node) -> Model? {
        guard let top = reader.object(root, "", as: "scenario") else { return nil }
        if let node = top["demarche"], let version = reader.integer(node, "demarche", in: 0...Int.max), version != 1 {
            reader.error(node, "demarche", "this is format version \(version); this Demarche reads version 1")
        }
        let name = top["name"].flatMap { reader.text($0, "name") } ?? ""
        _ = top["description"].flatMap { reader.text($0, "description") }
        // Unreadable dates are reported; reading goes on with placeholders so
        // that the rest of the file is checked too (the model is discarded).
        let asOf = top["as_of"].flatMap { reader.date($0, "as_of") }
        self.asOf = asOf
        let start = top["start"].flatMap { reader.date($0, "start") }
        let horizonDate = top["horizon"].flatMap { reader.date($0, "horizon") }
        if let start, let horizonDate, start >= horizonDate {
            reader.error(top.values["horizon"], "horizon", "the horizon (\(horizonDate)) must come after the start (\(start))")
        }
        if let asOf, let horizonDate, asOf > horizonDate {
            reader.error(top.values["as_of"], "as_of", "as_of (\(asOf)) is after the horizon (\(horizonDate))")
        }
        let placeholderStart = CalendarDate(dayNumber: 0)
        reader.start = start ?? placeholderStart
        calendar = SimulationCalendar(start: start ?? placeholderStart)
        self.horizonDate = horizonDate.flatMap { $0 > calendar.start ? $0 : nil }
            ?? CalendarDate(dayNumber: CalendarDate.supportedDayNumbers.upperBound)
        horizon = calendar.end(of: self.horizonDate)
        let maxEvents = top["max_events"].flatMap { reader.integer($0, "max_events", in: top.integerRange("max_events")) } ?? 1_000_000

        readSources(top["sources"])
        let actors = readActors(top["actors"])
        let markets = readMarkets(top["markets"])
        let relations = readRelations(top["relations"])
        collectIDs(top)
        var campaigns = readCampaigns(top["campaigns"])
        var decisions = readDecisions(top["decisions"])
        let orders = readOrders(top["orders"])
        registerConstructEvents(top)
        let shocks = readShocks(top["shocks"])
        let escalations = readEscalations(top["escalations"])
        let countermeasures = readCountermeasures(top["countermeasures"])
        resolveLateEventLists(&campaigns, &decisions)
        let triggers = readTriggers(top["triggers"])
        checkInstantCycles(triggers)
        let outcomes = readOutcomes(top["outcomes"])
        guard let asOf, start != nil, horizonDate != nil else { return nil }
        return Model(
            name: name, asOf: asOf, calendar: calendar, horizon: horizon, parameters: parameters, events: events,
            actors: actors, relations: relations, markets: markets, campaigns: campaigns, decisions: decisions,
            orders: orders, shocks: shocks, escalations: escalations, triggers: triggers,
            countermeasures: countermeasures, outcomes: outcomes, maxEvents: maxEvents, provenance: provenance)
    }

    /// Ids of campaigns, decisions and orders, so any section can refer to
    /// any of them whatever the order of sections in the file.
    func collectIDs(_ top: Fields) {
        func ids(_ key: String) -> [String: Int] {
            guard case .mapping(let mapping)? = top.values[key] else { return [:] }
            var result: [String: Int] = [:]
            for (index, (keyNode, _)) in mapping.enumerated() {
                if case .scalar(let scalar) = keyNode, result[scalar.string] == nil { result[scalar.string] = index }
            }
            return result
        }
        campaignIDs = ids("campaigns")
        decisionIDs = ids("decisions")
        orderIDs = ids("orders")
    }

    /// Events of triggers, countermeasures (formal, also named
    /// `countermeasure.<id>` as before reactions were told apart, and
    /// rhetoric), escalations and shock outcomes, registered before any
    /// trigger or outcome refers to them.
    func registerConstructEvents(_ top: Fields) {
        for (section, prefix) in [("shocks", "shock"), ("escalations", "escalation"), ("countermeasures", "countermeasure"), ("triggers", "trigger")] {
            guard case .mapping(let mapping)? = top.values[section] else { continue }
            for (keyNode, value) in mapping {
                guard case .scalar(let id) = keyNode else { continue }
                if section == "shocks" {
                    guard case .mapping(let shock) = value, case .mapping(let outcomes)? = reader.value("outcomes", in: shock)
                    else { continue }
                    for (outcomeKey, _) in outcomes {
                        if case .scalar(let outcome) = outcomeKey {
                            _ = events.register("shock.\(id.string).\(outcome.string)", subject: nil)
                        }
                    }
                } else if section == "countermeasures" {
                    events.alias("countermeasure.\(id.string)", of: events.register("countermeasure.\(id.string).formal", subject: nil))
                    _ = events.register("countermeasure.\(id.string).rhetoric", subject: nil)
                } else {
                    _ = events.register("\(prefix).\(id.string)", subject: nil)
                }
            }
        }
    }
}
