import DemarcheModel

/// A one-line count of what a scenario contains.
struct ScenarioSummary {
    let line: String

    init(_ model: Model) {
        let counts = [
            (model.actors.count, "actor"), (model.campaigns.count, "campaign"), (model.decisions.count, "decision"),
            (model.orders.count, "order"), (model.shocks.count, "shock"), (model.triggers.count, "trigger"),
            (model.outcomes.count, "outcome"), (model.parameters.entries.count, "parameter"),
        ]
        line = counts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
    }
}
