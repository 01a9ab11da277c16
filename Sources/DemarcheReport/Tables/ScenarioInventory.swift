import DemarcheModel
import Foundation

/// What a scenario offers an analyst, without running it: its outcomes, the
/// events triggers, outcomes and resolutions can name, and every parameter
/// path that `--set` and sweeps reach, with its value or distribution and its
/// source. `demarche inspect` prints it. O(parameters + events + outcomes).
public struct ScenarioInventory: Codable, Sendable {
    public struct OutcomeItem: Codable, Sendable {
        public var id: String
        public var kind: String
        public var label: String
        /// The day the headline answer refers to (by, on); nil at the horizon for shares and attributes.
        public var date: String?
    }

    public struct ParameterItem: Codable, Sendable {
        public var path: String
        /// The value, or the distribution as the file writes it.
        public var value: String
        /// As the file gives it, `override (--set)`, `none given` for a
        /// number the file gives without one, `default` for one it leaves out.
        public var source: String
    }

    public var scenario: String
    public var asOf: String
    public var outcomes: [OutcomeItem]
    /// Every event name, aliases included, sorted.
    public var events: [String]
    public var parameters: [ParameterItem]

    public init(_ model: Model) {
        scenario = model.name
        asOf = model.asOf.description
        let end = { (instant: Double) in model.calendar.date(endingAt: instant).description }
        outcomes = model.outcomes.map { outcome in
            let (kind, date): (String, String?) = switch outcome.measure {
            case .firstEvent(_, let by, _): ("event", end(by))
            case .count(_, let by): ("count", end(by))
            case .inForce(_, let on): ("in_force", end(on))
            case .share: ("share", nil)
            case .attribute: ("attribute", nil)
            }
            return OutcomeItem(id: outcome.id, kind: kind, label: outcome.label, date: date)
        }
        events = model.events.allNames.sorted()
        let sources = Dictionary(model.provenance.entries.map { ($0.path, $0.source?.text ?? "none given") }) { first, _ in first }
        parameters = model.parameters.entries.map { entry in
            ParameterItem(path: entry.path, value: entry.distribution.description, source: sources[entry.path] ?? "default")
        }
    }

    public func markdown() -> String {
        var out = "# \(scenario)\n\nForecast as of \(asOf).\n\n## Outcomes\n\n"
        out += MarkdownTable(header: ["id", "kind", "date", "label"],
                             rows: outcomes.map { [$0.id, $0.kind, $0.date ?? "horizon", $0.label] }).rendered
        out += "\n## Parameters\n\nPaths for `--set` and sweep factors; a distribution is drawn once per replication.\n\n"
        out += MarkdownTable(header: ["path", "value", "source"],
                             rows: parameters.map { [$0.path, $0.value, $0.source] }).rendered
        out += "\n## Events\n\nNames for triggers (`on`), outcomes and conditions.\n\n"
        out += events.map { "- `\($0)`\n" }.joined()
        return out
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
