import DemarcheKernel
import DemarcheModel

extension Outcome {
    /// Whether ``response(_:)`` is 1 or 0: an event by its date, an order in force.
    var isBinary: Bool {
        switch measure {
        case .firstEvent, .inForce: true
        case .count, .share, .attribute: false
        }
    }

    /// The per-run value that drivers and attribution analyse, the one the
    /// report's headline summarises: 1 if the event happened by its date
    /// (its time is before `by`, as the report counts), else 0; 1 or 0 for
    /// an order in force; the count, share or attribute itself.
    func response(_ value: Double) -> Double {
        switch measure {
        case .firstEvent(_, let by, _): value < by ? 1 : 0
        case .inForce, .count, .share, .attribute: value
        }
    }

    /// What ``response(_:)`` is, in words.
    func responseDescription(_ calendar: SimulationCalendar) -> String {
        func endDate(_ end: Double) -> String { calendar.date(endingAt: end).description }
        return switch measure {
        case .firstEvent(_, let by, _): "1 if it happened by \(endDate(by)), else 0"
        case .inForce(_, let on): "1 if in force at the end of \(endDate(on)), else 0"
        case .count(_, let by): "the count by \(endDate(by))"
        case .share, .attribute: "the value at the horizon"
        }
    }
}

