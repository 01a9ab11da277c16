import DemarcheKernel
import DemarcheModel
@testable import DemarcheScenario
import Foundation
import Testing

/// The as-of discipline through the real loader: dated sources, ids checked
/// with a did-you-mean, reference classes cited by `reference:` (their
/// publication and their cases' dates against `as_of`), and warnings for
/// numbers that name no source.
@Suite struct AsOfDisciplineTests {
    /// A scenario as of `asOf` whose `sources:` section and Germany's
    /// opposition are given (line 9 holds the opposition).
    static func scenario(asOf: String = "2020-06-30", sources: String = "", opposition: String) -> String {
        """
        demarche: 1
        name: as of
        as_of: \(asOf)
        start: 2020-06-30
        horizon: 2021-12-31
        \(sources.isEmpty ? "# no sources" : "sources: { \(sources) }")
        actors:
          us: { kind: state, alignment: { value: 1, source: assumption } }
          germany: { kind: state, alignment: { value: 0.6, source: assumption }, opposition: \(opposition) }
        decisions:
          d: { actor: germany, monthly_hazard: { value: 0.1, source: assumption }, options: { exclude: {} } }
        outcomes:
          x: { event: decision.d.exclude }
        """
    }

    /// Every error as `file:line:col: error: path: message`, or "loaded".
    static func errors(_ text: String, file: String = "s.yaml") -> String {
        do {
            _ = try ScenarioLoader.load(text: text, file: file)
            return "loaded"
        } catch {
            return error.description
        }
    }

    static let a2 = "A2: { published: 2019-05-31, citation: Article A }"

    @Test func declaredSourcesAreCitedByID() throws {
        let text = Self.scenario(sources: Self.a2 + ", A5: { published: 2019-05-31, citation: x, url: https://example.invalid }",
                                 opposition: "{ value: 0.5, source: \"A2 (Europe reluctant); assumption\" }")
        let model = try ScenarioLoader.load(text: text, file: "s.yaml").model
        #expect(model.provenance.sources.map(\.id) == ["A2", "A5"])
        #expect(model.provenance.sources[1].url == "https://example.invalid")
        let opposition = try #require(model.provenance.entries.first { $0.path == "actors.germany.opposition" })
        #expect(opposition.kind == .parameter)
        #expect(opposition.source?.items == [.init(.source("A2"), note: "Europe reluctant"), .init(.assumption)])
        #expect(opposition.source?.includesAssumption == true)
        #expect(opposition.source?.sourceIDs == ["A2"])
    }

    @Test func aSourcePublishedAfterAsOfIsRefused() {
        let text = Self.scenario(sources: "B1: { published: 2020-08-15, citation: Article B }", opposition: "{ value: 0.5, source: B1 }")
        #expect(Self.errors(text) == """
            s.yaml:6:29: error: sources.B1.published: published 2020-08-15, after as_of (2020-06-30): a forecast as of 2020-06-30 cannot use it
            """)
    }

    @Test func unknownIDsGetADidYouMean() {
        let text = Self.scenario(sources: Self.a2, opposition: "{ value: 0.5, source: \"A22 (typo), Assumption\" }")
        #expect(Self.errors(text) == """
            s.yaml:9:108: error: actors.germany.opposition.source: unknown source 'A22' (did you mean 'A2'?); declare it under 'sources:', or write 'assumption (A22)'
            s.yaml:9:108: error: actors.germany.opposition.source: unknown source 'Assumption' (did you mean 'assumption'?); declare it under 'sources:', or write 'assumption (Assumption)'
            """)
    }

    /// Without a `sources:` section the grammar still holds: `assumption`
    /// and `reference:` need no declaration, ids and free text are refused
    /// with the fix.
    @Test func withoutASourcesSectionIDsAndFreeTextAreRefused() throws {
        #expect(Self.errors(Self.scenario(opposition: "{ value: 0.5, source: \"assumption (as before)\" }")) == "loaded")
        #expect(Self.errors(Self.scenario(opposition: "{ value: 0.5, source: A2 }")) == """
            s.yaml:9:108: error: actors.germany.opposition.source: unknown source 'A2'; this file has no 'sources:' section: declare it there (published date, citation), or write 'assumption (A2)'
            """)
        #expect(Self.errors(Self.scenario(opposition: "{ value: 0.5, source: Europe is reluctant }")) == """
            s.yaml:9:108: error: actors.germany.opposition.source: in source 'Europe is reluctant': 'Europe is reluctant' is not a source id, 'assumption' or 'reference: PATH#cause': declare the source under 'sources:' (published date, citation) and cite its id, or write 'assumption (Europe is reluctant)'
            """)
    }

    @Test func sourcesSectionIsChecked() {
        let text = Self.scenario(sources: "assumption: { published: 2019-01-01, citation: x }, A1: { published: 2019-01-01 }, "
                                 + "A2: { published: 2019-01-01, citation: x, cited: y }", opposition: "0.5")
        #expect(Self.errors(text) == """
            s.yaml:6:12: error: sources.assumption: 'assumption' is a word of the source grammar, not a source id
            s.yaml:6:68: error: sources.A1: missing required key 'citation'
            s.yaml:6:137: error: sources.A2.cited: unknown key 'cited' in declared source
            """)
    }

    /// Numbers without a source are warnings with locations; defaults and
    /// bare durations are not numbers the file gives, so they are not.
    @Test func numbersWithoutASourceAreWarnedAboutAndStillLoad() throws {
        let text = """
            demarche: 1
            name: warnings
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors:
              a: { kind: state, alignment: 0.9, opposition: { dist: beta, alpha: 2, beta: 2 } }
            decisions:
              d: { actor: a, monthly_hazard: { value: 0.1, source: assumption }, options: { exclude: {} } }
            triggers:
              t: { on: [decision.d.exclude], after: 14d, adjust: { actor: a, attribute: opposition, by: { value: 0.1, source: assumption } } }
              u: { on: [decision.d.exclude], after: { dist: exponential, mean: 30d }, adjust: { actor: a, attribute: alignment, by: { value: -0.1, source: assumption } } }
            outcomes:
              x: { event: decision.d.exclude }
            """
        let scenario = try ScenarioLoader.load(text: text, file: "w.yaml")
        #expect(scenario.warnings.map(\.description) == [
            "w.yaml:7:32: warning: actors.a.alignment: no source; name one or write source: assumption",
            "w.yaml:7:49: warning: actors.a.opposition: no source; name one or write source: assumption",
            "w.yaml:12:41: warning: triggers.u.after: no source; name one or write source: assumption",
        ])
        #expect(scenario.warnings.allSatisfy { $0.severity == .warning })
        let numbers = scenario.model.provenance.numbers
        #expect(numbers.map(\.path) == ["actors.a.alignment", "actors.a.opposition", "decisions.d.monthly_hazard",
                                        "triggers.t.adjust.by", "triggers.u.after", "triggers.u.adjust.by"])
        #expect(numbers.count { $0.source == nil } == 3)
    }
}
