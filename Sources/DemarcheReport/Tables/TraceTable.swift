import DemarcheModel

/// One replication's timeline as a Markdown table: date, actor, event, detail.
public enum TraceTable {
    public static func markdown(_ entries: [TraceEntry], model: Model) -> String {
        let rows = entries.map { entry -> [String] in
            let date = model.calendar.date(at: entry.time).description
            return [entry.time < 0 ? "\(date) (before start)" : date, entry.actor, entry.event, entry.detail]
        }
        return MarkdownTable(header: ["date", "actor", "event", "detail"], rows: rows).rendered
    }

    /// The outcome values of the replication, one line each.
    public static func outcomeLines(_ values: [Double], model: Model) -> String {
        zip(model.outcomes, values).map { outcome, value in
            let shown: String = switch outcome.measure {
            case .firstEvent:
                value.isFinite ? model.calendar.date(at: value).description : "did not happen by \(model.calendar.date(endingAt: model.horizon))"
            case .count: String(Int(value))
            case .inForce(_, let on): "\(value == 1 ? "in force" : "not in force") at the end of \(model.calendar.date(endingAt: on))"
            case .share, .attribute: ReportFormatting.text("%.3f", value)
            }
            return "- \(outcome.id) (\(outcome.label)): \(shown)"
        }.joined(separator: "\n") + "\n"
    }
}

import Foundation
