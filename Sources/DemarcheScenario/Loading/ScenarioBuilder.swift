import DemarcheKernel
import DemarcheModel
import Yams

/// Accumulates the pieces of a ``Model`` while the sections of a scenario
/// file are read: the parameter table, the event registry, the ids of each
/// kind of construct, and the provenance of numbers and facts.
final class ScenarioBuilder {
    let reader: ScenarioReader
    var parameters = ParameterTable()
    var events = EventRegistry()
    var provenance = Provenance()
    /// The scenario's `as_of`, once read: no source may be dated later.
    var asOf: CalendarDate?
    /// Ids of `sources:`, and whether the file has that section at all.
    var declaredSources: Set<String> = []
    var hasSourcesSection = false
    /// Reference classes cited by `reference:`, by resolved path (nil: did not load or was refused).
    var references: [String: ReferenceClass?] = [:]

    var actorIDs: [String: Int] = [:]
    var marketIDs: [String: Int] = [:]
    var marketNames: [String] = []
    var marketVendors: [[String]] = []
    var campaignIDs: [String: Int] = [:]
    var decisionIDs: [String: Int] = [:]
    var orderIDs: [String: Int] = [:]
    /// Where each trigger is declared, to locate cycle diagnostics.
    var triggerKeys: [String: Node] = [:]
    /// Event lists, by path, that may name events of later sections (a
    /// decision's `requires`, a threat's `unless`): resolved once every
    /// event is registered.
    var lateEventLists: [String: Node] = [:]

    var calendar = SimulationCalendar(start: CalendarDate(dayNumber: 0))
    var horizon = 0.0
    var horizonDate = CalendarDate(dayNumber: 0)

    init(reader: ScenarioReader) { self.reader = reader }

    /// Clock time of `date`, refused if it lies after the horizon.
    func time(of date: CalendarDate, _ node: Node, _ path: String) -> Double? {
        guard date <= horizonDate else {
            reader.error(node, path, "date \(date) is after the horizon (\(horizonDate))")
            return nil
        }
        return calendar.time(of: date)
    }

    /// A dated value checked against the horizon.
    func clockTime(_ node: Node?, _ path: String) -> Double? {
        guard let node, let date = reader.date(node, path) else { return nil }
        return time(of: date, node, path)
    }

    /// The end of a date's day (checked against the horizon): what `by: D` means.
    func endOfDay(_ node: Node?, _ path: String) -> Double? {
        clockTime(node, path).map { $0 + 1 }
    }

    /// The `source:` of a construct: where its dates and facts are known from.
    func cite(_ fields: Fields) {
        if let node = fields["source"], let source = attribution(node, fields.path("source")) {
            record(fields.path, .fact, source, at: node)
        }
    }
}
