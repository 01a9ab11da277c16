import DemarcheModel
import Yams

extension ScenarioBuilder {
    /// A baseline hazard: exactly one of `monthly_hazard` (constant) or
    /// `weibull` (shape, and scale in days), in a decision or an end.
    func readBaseline(_ fields: Fields, of owner: String) -> Decision.Baseline? {
        switch (fields["monthly_hazard"], fields["weibull"]) {
        case (let monthly?, nil):
            return parameter(monthly, fields.path("monthly_hazard"), fields.constraint("monthly_hazard")).map(Decision.Baseline.constant)
        case (nil, let node?):
            guard let weibull = reader.object(node, fields.path("weibull"), as: "weibull_baseline") else { return nil }
            let shape = parameter(weibull, "shape")
            let scale = parameter(weibull, "scale")
            guard let shape, let scale else { return nil }
            return .weibull(shape: shape, scale: scale)
        default:
            reader.error(fields.node, fields.path,
                         "\(owner) needs exactly one of 'monthly_hazard' (a constant hazard) or 'weibull' (shape and scale)")
            return nil
        }
    }

    /// A decision's competing ends, by cause; each registers the event
    /// `decision.<id>.<cause>`, so a cause may not share an option's name.
    func readEnds(_ node: Node, _ path: String, decision: String, actor: Int?, options: [String]) -> [Decision.End]? {
        let entries = reader.entries(node, path)
        let ends = entries.compactMap { cause, node, keyNode -> Decision.End? in
            let endPath = reader.join(path, cause)
            guard !options.contains(cause) else {
                reader.error(keyNode, endPath, "an end cannot share the name of option '\(cause)': both would be event 'decision.\(decision).\(cause)'")
                return nil
            }
            guard let fields = reader.object(node, endPath, as: "decision_end"), let baseline = readBaseline(fields, of: "an end")
            else { return nil }
            let event = events.register("decision.\(decision).\(cause)", subject: actor)
            return Decision.End(name: cause, baseline: baseline, event: event)
        }
        return ends.count == entries.count ? ends : nil
    }
}
