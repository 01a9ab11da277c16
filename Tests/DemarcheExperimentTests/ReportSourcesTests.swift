import DemarcheExperiment
import DemarcheModel
import DemarcheReport
import DemarcheScenario
import Foundation
import Testing

/// Reports list the dated sources a scenario cites, how often, and how many
/// of its parameters rest on an assumption or name none; older reports,
/// without those fields, still decode.
@Suite struct ReportSourcesTests {
    /// Four parameters and a waiting time: S1 cited by two numbers and a
    /// fact, S2 declared but never cited, two assumptions, one unsourced.
    static let text = """
        demarche: 1
        name: sourced
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: 2024-12-31
        sources:
          S1: { published: 2023-06-01, citation: "Gazette, 1 June 2023", url: "https://example.invalid/s1" }
          S2: { published: 2023-07-01, citation: Never cited }
        actors:
          a: { kind: state, alignment: { value: 0.7, source: S1 }, opposition: 0.2 }
        decisions:
          d: { actor: a, monthly_hazard: { value: 0.2, source: "S1 (as reported); assumption" }, options: { exclude: {} } }
        shocks:
          vote:
            at: 2024-06-01
            source: S1
            outcomes:
              yes: { probability: { value: 0.5, source: assumption }, then: [{ after: { dist: exponential, mean: 10d, source: S1 } }] }
              no: { probability: { value: 0.5, source: assumption } }
        outcomes:
          x: { event: decision.d.exclude }
        """

    static func report(overrides: [ParameterOverride] = []) async throws -> Report {
        let scenario = try ScenarioLoader.load(text: text, file: "sourced.yaml", overrides: overrides)
        let result = try await MonteCarloRunner.run([ReplicationPlan(scenario.model)], RunConfiguration(runs: 50, seed: 3, jobs: 1)) { _, _ in }
        return ReportBuilder(scenario: scenario, result: result, toolVersion: "test", timing: false).report()
    }

    @Test func reportsListCitedSourcesAndCountAssumptions() async throws {
        let report = try await Self.report()
        let cited = try #require(report.citedSources)
        #expect(cited.map(\.id) == ["S1"], "S2 is declared but cited by nothing")
        #expect(cited[0].published == "2023-06-01" && cited[0].parameters == 3 && cited[0].facts == 1)
        #expect(cited[0].url == "https://example.invalid/s1")
        // alignment, opposition, monthly_hazard, two probabilities, the waiting time.
        #expect(report.sourcing == SourcingSummary(parameters: 6, assumption: 3, unsourced: 1))
        #expect(report.sources.map(\.path) == ["actors.a.alignment", "decisions.d.monthly_hazard", "shocks.vote",
                                               "shocks.vote.outcomes.yes.probability", "shocks.vote.outcomes.yes.then.0.after",
                                               "shocks.vote.outcomes.no.probability"])

        let markdown = report.markdown()
        #expect(markdown.contains("| S1     | 2023-06-01 | Gazette, 1 June 2023 <https://example.invalid/s1> |          3 |     1 |"))
        #expect(markdown.contains("3 of the 6 parameters the file gives rest at least in part on an assumption; 1 names no source."))
        let html = report.html()
        let list = try #require(html.range(of: "<td>Gazette, 1 June 2023 &lt;https://example.invalid/s1&gt;</td>"))
        let folded = try #require(html.range(of: "<details class=\"print-open\"><summary>Source of each parameter (6)</summary>"))
        #expect(list.upperBound < folded.lowerBound, "the dated list comes before the folded per-parameter table")
        #expect(report.sources.map(\.sourceIDs) == [["S1"], ["S1"], ["S1"], [], ["S1"], []])
        #expect(html.contains("<tr><td>alignment</td><td>0.7</td><td>S1</td><td><span class=\"d\">2023-06-01</span></td></tr>"))
        let tables = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.name, $0.csv.split(separator: "\n").map(String.init)) })
        #expect(tables["cited_sources"] == ["id,published,citation,url,parameters,facts",
                                            "S1,2023-06-01,\"Gazette, 1 June 2023\",https://example.invalid/s1,3,1"])
        let manifest = try #require(tables["manifest"])
        #expect(manifest.count == 2 && manifest[0].contains(",sourcing_parameters,sourcing_assumption,sourcing_unsourced,"))
        #expect(manifest.count == 2 && manifest[1].contains(",6,3,1,"))
    }

    /// A parameter given as a distribution is listed with its parameters, and
    /// the page gives the date of the source it cites.
    @Test func distributionsAreListedWithTheirParameters() async throws {
        let text = Self.text.replacingOccurrences(of: "opposition: 0.2", with: "opposition: { dist: beta, alpha: 2, beta: 5, source: S1 }")
        let scenario = try ScenarioLoader.load(text: text, file: "sourced.yaml")
        let result = try await MonteCarloRunner.run([ReplicationPlan(scenario.model)], RunConfiguration(runs: 20, seed: 3, jobs: 1)) { _, _ in }
        let report = ReportBuilder(scenario: scenario, result: result, toolVersion: "test", timing: false).report()
        let row = try #require(report.sources.first { $0.path == "actors.a.opposition" })
        #expect(row.value == "beta(alpha 2, beta 5)" && row.sourceIDs == ["S1"])
        #expect(report.html().contains("<tr><td>opposition</td><td>beta(alpha 2, beta 5)</td><td>S1</td><td><span class=\"d\">2023-06-01</span></td></tr>"))
        let markdownRow = report.markdown().split(separator: "\n").first { $0.hasPrefix("| actors.a.opposition ") }
        #expect(markdownRow?.hasSuffix(" | beta(alpha 2, beta 5) |") == true)
    }

    /// A parameter replaced by `--set` no longer counts as citing its source.
    @Test func overridesNoLongerCiteTheSource() async throws {
        let report = try await Self.report(overrides: [ParameterOverride(path: "actors.a.alignment", value: 0.1)])
        #expect(report.citedSources?.first?.parameters == 2)
        #expect(report.sources.first { $0.path == "actors.a.alignment" }?.source == "override (--set)")
    }

    /// `compare` reads committed reports: one written before sources were
    /// dated (no cited_sources, no sourcing) still decodes and renders.
    @Test func reportsWithoutTheNewFieldsDecode() async throws {
        let report = try await Self.report()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["cited_sources"] != nil && object["sourcing"] != nil)
        object["cited_sources"] = nil
        object["sourcing"] = nil
        let old = try ReportJSON.decode(Report.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.citedSources == nil && old.sourcing == nil && old.format == Report.formatVersion)
        #expect(old.markdown().contains("## Sources\n\n### Source of each parameter"))
    }
}
