/// A mechanic that exclude-one attribution can switch off as a whole
/// (``Model/without(_:)``): what the model would do if the scenario had
/// none of it. Raw values are the scenario keys they remove.
public enum Mechanic: String, CaseIterable, Codable, Sendable {
    /// Every order's `court` (challenges, injunctions, appeals).
    case courts
    /// Shocks: elections and other scheduled events with uncertain outcomes.
    case shocks
    /// Countermeasures: patrons' retaliation against those who comply, and
    /// the threatened retaliation in the hazards of the decisions they punish.
    case countermeasures
    /// Triggers (their consequences never fire).
    case triggers
    /// Escalations (they never happen).
    case escalations

    /// What it is, in a report's words.
    public var title: String {
        switch self {
        case .courts: "courts"
        case .shocks: "shocks (elections)"
        case .countermeasures: "countermeasures (retaliation)"
        case .triggers: "triggers"
        case .escalations: "escalations"
        }
    }
}

extension Model {
    /// Whether the scenario has any of `mechanic`.
    public func has(_ mechanic: Mechanic) -> Bool {
        switch mechanic {
        case .courts: orders.contains { $0.court != nil }
        case .shocks: !shocks.isEmpty
        case .countermeasures: !countermeasures.isEmpty
        case .triggers: !triggers.isEmpty
        case .escalations: !escalations.isEmpty
        }
    }

    /// The same model with `mechanic` removed. The parameter table, the
    /// event registry and every other construct stay as they are, and every
    /// construct draws from streams named by its own id (`ModelStreams`), so
    /// under the same seed a run of the result differs from a run of this
    /// model only through what the mechanic did (common random numbers): an
    /// outcome the mechanic cannot reach keeps its value in every run.
    public func without(_ mechanic: Mechanic) -> Model {
        var model = self
        switch mechanic {
        case .courts: for index in model.orders.indices { model.orders[index].court = nil }
        case .shocks: model.shocks = []
        case .countermeasures: model.countermeasures = []
        case .triggers: model.triggers = []
        case .escalations: model.escalations = []
        }
        return model
    }
}
