/// What the drivers and attribution sections add to the briefing page: the
/// drivers the bottom line names, and a section of their own right after the
/// chart of all outcomes. A report with neither section has no panel, and
/// its page and bottom line say nothing about drivers.
struct DriversPanel {
    /// Named in the bottom line, grouped by outcome in this order.
    var bottomLine: [BottomLine.Driver]
    /// A complete `<section>…</section>` (headings, charts, tables).
    var html: String

    /// Drivers the bottom line names at most, so that it stays a paragraph.
    static let namedAtMost = 6
}

extension Report {
    /// The panel of this report's drivers and attribution sections, or nil.
    /// The bottom line names, outcome by outcome in the report's order, the
    /// drawn parameter with the largest |SRRC| and the mechanic with the
    /// largest change in probability, each only where its interval excludes
    /// 0: what the analysis shows, not what it cannot tell from noise.
    var driversPanel: DriversPanel? {
        guard drivers != nil || attribution != nil else { return nil }
        func excludesZero(_ estimate: Estimate) -> Bool { estimate.low > 0 || estimate.high < 0 }
        var named: [BottomLine.Driver] = []
        for outcome in outcomes {
            if let ranked = drivers?.outcomes.first(where: { $0.id == outcome.id }), let top = ranked.drivers.first,
               let srrc = top.srrc, excludesZero(srrc) {
                named.append(BottomLine.Driver(outcome: outcome.label, input: top.path, measure: .srrc, estimate: srrc))
            }
            let changes = (attribution?.mechanics ?? []).compactMap { mechanic in
                mechanic.changes.first { $0.id == outcome.id && $0.measure == "probability" }.map { (mechanic.mechanic, $0) }
            }
            if let (mechanic, change) = changes.max(by: { abs($0.1.contribution.value) < abs($1.1.contribution.value) }),
               excludesZero(change.contribution) {
                named.append(BottomLine.Driver(outcome: outcome.label, input: mechanic, measure: .probabilityChange,
                                               estimate: change.contribution))
            }
        }
        return DriversPanel(bottomLine: Array(named.prefix(DriversPanel.namedAtMost)),
                            html: "<section class=\"drivers\">" + driversHTML() + "</section>")
    }
}
