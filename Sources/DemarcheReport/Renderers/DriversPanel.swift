/// What a drivers analysis (what moves each outcome) adds to the briefing
/// page: the drivers the bottom line names, and a section of its own placed
/// right after the chart of all outcomes. `Report.html(drivers:)` takes one;
/// without it the page has neither, and says nothing about drivers.
struct DriversPanel {
    /// Named in the bottom line, grouped by outcome in this order.
    var bottomLine: [BottomLine.Driver]
    /// A complete `<section>…</section>` (heading, charts, tables).
    var html: String
}
