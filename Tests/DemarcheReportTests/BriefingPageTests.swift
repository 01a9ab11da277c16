@testable import DemarcheReport
import Foundation
import Testing

/// The run page reads as a briefing: bottom line, then every probability on
/// one chart, then the detail; its tags balance; the sources appendix gives
/// each parameter's value or distribution, source and date; it prints on A4.
@Suite struct BriefingPageTests {
    /// The first problem with the page's tags, or nil: every element closed
    /// in order (void elements and `/>` aside), no unescaped `<` in text,
    /// nothing after `</html>`.
    static func unbalanced(_ html: String) -> String? {
        // Styles hold `>` in selectors: keep the tags, drop what is between.
        var text = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            text += rest[..<open.upperBound]
            rest = rest[close.lowerBound...]
        }
        text += rest
        guard text.hasPrefix("<!doctype html>") else { return "no doctype" }
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]
        // A literal pattern, valid by inspection.
        let tag = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"]|\"[^\"]*\")*)>")
        var stack: [String] = []
        let ns = text as NSString
        var last = 0
        for match in tag.matches(in: text, range: NSRange(location: 15, length: ns.length - 15)) {
            let between = ns.substring(with: NSRange(location: last, length: match.range.location - last))
            if last > 0, between.contains("<") { return "a stray < before \(ns.substring(with: match.range))" }
            last = match.range.location + match.range.length
            let name = ns.substring(with: match.range(at: 2)).lowercased()
            let attributes = ns.substring(with: match.range(at: 3))
            if ns.substring(with: match.range(at: 1)) == "/" {
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else if !void.contains(name) && !attributes.hasSuffix("/") {
                stack.append(name)
            }
        }
        guard stack.isEmpty else { return "unclosed \(stack)" }
        return ns.substring(from: last).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : "text after </html>"
    }

    static let panel = DriversPanel(
        bottomLine: [.init(outcome: "Canada restricts Huawei", input: "actors.canada.alignment", measure: .srrc,
                           estimate: Estimate(value: 0.45, low: 0.41, high: 0.49))],
        html: "<section class=\"drivers\"><h2>What drives each outcome</h2><svg viewBox=\"0 0 10 10\"><rect width=\"1\" height=\"1\"/></svg></section>")

    @Test func tagsBalance() {
        #expect(Self.unbalanced(BriefingFixture.briefing.html()) == nil)
        #expect(Self.unbalanced(BriefingFixture.briefing.html(drivers: Self.panel)) == nil)
        #expect(Self.unbalanced(BriefingFixture.report([]).html()) == nil)
        // The checker itself catches what it should.
        #expect(Self.unbalanced("<!doctype html><html><body><p>x</body></html>") != nil)
        #expect(Self.unbalanced("<!doctype html><html><body>a < b</body></html>") == "a stray < before </body>", "text is escaped")
        #expect(Self.unbalanced("<!doctype html><html><body><b>x</b></html>") == "</html> closes <body>")
    }

    @Test func briefingFirstThenDetail() throws {
        let html = BriefingFixture.briefing.html()
        #expect(html.contains("<h1>Fixture &lt;&amp;&gt; page</h1>"))
        let order = ["<h2>Bottom line</h2>", "<li><b>Most likely:</b> China condemns a complier by 2021-12-31: 68% (66–70%);",
                     "<h2>All outcomes</h2>", "<svg class=\"overview\"", "<h2>Outcomes</h2>", "<h2>Cumulative incidence</h2>",
                     "<h2>Sources</h2>", "<h2>Manifest</h2>", "<summary>Source of each parameter (3)</summary>"]
        let positions = try order.map { try #require(html.range(of: $0), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(!html.lowercased().contains("driver"), "no drivers panel, no word of drivers")
        #expect(!html.contains("<script"))
    }

    /// One row per probability, most likely first; a ring only where the
    /// horizon's probability is higher than the headline's.
    @Test func overviewChartHasEveryProbability() throws {
        let report = BriefingFixture.briefing
        let svg = OutcomeOverviewChart(report).svg()
        #expect(svg.components(separatedBy: "class=\"dot\"").count - 1 == 8, "seven events and a state in force; the count is not a probability")
        #expect(svg.components(separatedBy: "class=\"ring\"").count - 1 == 1)
        let labels = ["China condemns a complier by 2021-12-31", "Canada restricts Huawei by 2020-12-31",
                      "The ban is in force on 2020-09-20", "China retaliates formally by 2021-12-31", "The UK restricts Huawei by 2020-12-31",
                      "Germany restricts Huawei by 2020-12-31", "France restricts Huawei by 2020-12-31",
                      "Switzerland restricts Huawei by 2020-12-31"]
        let positions = try labels.map { try #require(svg.range(of: ">\($0)</text>"), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(svg.contains("<title>Germany restricts Huawei by 2020-12-31: 17.4% (95% CI 15.4–19.4%), 24.0% by the horizon</title>"))
        #expect(OutcomeOverviewChart(BriefingFixture.report([])).svg().isEmpty)
    }

    @Test func longLabelsWrapOnceThenCut() {
        let short = "Canada restricts Huawei by 2020-12-31"
        #expect(OutcomeOverviewChart.lines(short) == [short])
        let long = "China responds formally to a ban in force or an enforced order by 2021-12-31"
        let lines = OutcomeOverviewChart.lines(long)
        #expect(lines.count == 2 && lines.joined(separator: " ") == long)
        #expect(lines.allSatisfy { $0.count <= OutcomeOverviewChart.lineLength })
        let huge = String(repeating: "word ", count: 60)
        let cut = OutcomeOverviewChart.lines(huge)
        #expect(cut.count == 2 && cut[1].hasSuffix("…") && cut.allSatisfy { $0.count <= OutcomeOverviewChart.lineLength })
        let unspaced = String(repeating: "x", count: 100)
        #expect(OutcomeOverviewChart.lines(unspaced).map(\.count) == [OutcomeOverviewChart.lineLength, 100 - OutcomeOverviewChart.lineLength])
    }

    /// Parameters grouped by construct, with the distribution and the dates of the sources cited.
    @Test func sourcesAppendix() throws {
        let html = BriefingFixture.briefing.html()
        let appendix = try #require(html.range(of: "<details class=\"print-open\">")).lowerBound
        let rest = String(html[appendix...])
        #expect(rest.contains("<tr class=\"group\"><th colspan=\"4\">actors.germany</th></tr>"
            + "<tr><td>alignment</td><td>0.6</td><td>assumption</td><td>—</td></tr>"
            + "<tr><td>opposition</td><td>beta(alpha 5, beta 5)</td><td>A2 (Europe reluctant); assumption</td>"
            + "<td><span class=\"d\">2019-05-31</span></td></tr>"))
        #expect(rest.contains("<tr class=\"group\"><th colspan=\"4\">orders.ban</th></tr><tr><td>(dates and facts)</td><td>—</td>"
            + "<td>A2; P3</td><td><span class=\"d\">2019-05-31</span>, <span class=\"d\">2018-11-28</span></td></tr>"))
        #expect(Report.construct(of: "decisions.uk-5g.ends.settlement.weibull.shape") == ("decisions.uk-5g", "ends.settlement.weibull.shape"))
        #expect(Report.construct(of: "shocks.vote") == ("shocks.vote", ""))
    }

    @Test func printsOnA4() {
        let html = BriefingFixture.briefing.html()
        for rule in ["@page{size:A4;", "@media print{", "break-inside:avoid", "thead{display:table-header-group}",
                     "details.print-open::details-content{content-visibility:visible", "details.screen,.screen{display:none}"] {
            #expect(html.contains(rule), "\(rule)")
        }
        #expect(html.contains("<details class=\"screen\"><summary>When it happened"), "the monthly histograms are for the screen")
    }

    /// The drivers panel slots in after the chart of all outcomes, and the bottom line names its drivers.
    @Test func driversPanelSlotsIn() throws {
        let html = BriefingFixture.briefing.html(drivers: Self.panel)
        let chart = try #require(html.range(of: "<svg class=\"overview\"")).lowerBound
        let drivers = try #require(html.range(of: "<section class=\"drivers\">")).lowerBound
        let outcomes = try #require(html.range(of: "<h2>Outcomes</h2>")).lowerBound
        #expect(chart < drivers && drivers < outcomes)
        #expect(html.contains("<li><b>Main drivers:</b> Canada restricts Huawei: actors.canada.alignment (SRRC +0.45, 0.41 to 0.49).</li>"))
    }
}
