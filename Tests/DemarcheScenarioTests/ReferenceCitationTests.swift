import DemarcheKernel
import DemarcheModel
@testable import DemarcheScenario
import Foundation
import Testing

/// `source: "reference: PATH#cause"`: the reference class is loaded relative
/// to the scenario file with the real loader, its cause checked, and it is
/// refused if it was published after `as_of` or uses a case that was not
/// over by then.
@Suite struct ReferenceCitationTests {
    /// Four cases for ``ReferenceLoaderTests/reference(_:)`` (published
    /// 2010-01-01); the last ends in March 2012, known only to the month.
    static let cases = """
        id,start,end,ongoing,outcome
        a,2000-01-10,2000-03-10,,1
        b,2001-02-01,2001-05-01,,2
        c,2005-06-01,,2006-01-01,
        d,2011-04-01,2012-03,,1
        """

    /// A scenario as of `asOf` whose decision's hazard cites `source`.
    static func text(asOf: String, source: String) -> String {
        """
        demarche: 1
        name: cites a reference class
        as_of: \(asOf)
        start: \(asOf)
        horizon: 2030-12-31
        actors: { t: { kind: state } }
        decisions:
          d: { actor: t, monthly_hazard: { value: 0.05, source: "\(source)" }, options: { give-in: {} } }
        outcomes: { x: { event: decision.d.give-in } }
        """
    }

    /// Writes the class under `classes/` and the scenario next to it; returns the scenario's path.
    static func scenario(asOf: String, source: String) throws -> String {
        let folder = try ReferenceLoaderTests.folder([:])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("classes"), withIntermediateDirectories: true)
        try ReferenceLoaderTests.reference().write(to: folder.appendingPathComponent("classes/tiny.yaml"), atomically: true, encoding: .utf8)
        try cases.write(to: folder.appendingPathComponent("classes/cases.csv"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("scenario.yaml").path
        try text(asOf: asOf, source: source).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The error text with the folder's path cut to the file names.
    static func errors(asOf: String, source: String) throws -> String {
        let path = try scenario(asOf: asOf, source: source)
        let folder = (path as NSString).deletingLastPathComponent + "/"
        do {
            _ = try ScenarioLoader.load(contentsOf: path)
            return "loaded"
        } catch {
            return error.description.replacingOccurrences(of: folder, with: "")
        }
    }

    @Test func aReferenceClassIsLoadedRelativeToTheScenario() throws {
        let path = try Self.scenario(asOf: "2012-04-01", source: "reference: classes/tiny.yaml#gives-in (exponential MLE, 2 events)")
        let scenario = try ScenarioLoader.load(contentsOf: path)
        #expect(scenario.warnings.isEmpty)
        let provenance = scenario.model.provenance
        #expect(provenance.sources == [Provenance.Source(
            id: "reference: classes/tiny.yaml", published: try CalendarDate(iso: "2010-01-01"), citation: "made up for a test", url: nil)])
        #expect(provenance.entries.first?.source?.items
                == [.init(.reference(file: "classes/tiny.yaml", cause: "gives-in"), note: "exponential MLE, 2 events")])
        #expect(provenance.entries.first?.source?.sourceIDs == ["reference: classes/tiny.yaml"])
    }

    @Test func aMissingFileIsRefused() throws {
        #expect(try Self.errors(asOf: "2012-04-01", source: "reference: classes/nope.yaml#gives-in") == """
            scenario.yaml:8:57: error: decisions.d.monthly_hazard.source: reference class 'classes/nope.yaml' does not load:
            classes/nope.yaml: error: no such file
            """)
    }

    @Test func anUnknownCauseGetsADidYouMean() throws {
        #expect(try Self.errors(asOf: "2012-04-01", source: "reference: classes/tiny.yaml#give-in") == """
            scenario.yaml:8:57: error: decisions.d.monthly_hazard.source: reference class 'classes/tiny.yaml' has no cause 'give-in' (did you mean 'gives-in'?) (its causes: gives-in, backs-down)
            """)
    }

    @Test func aClassPublishedAfterAsOfIsRefused() throws {
        #expect(try Self.errors(asOf: "2009-12-31", source: "reference: classes/tiny.yaml#gives-in") == """
            scenario.yaml:8:57: error: decisions.d.monthly_hazard.source: reference class 'classes/tiny.yaml' was published on 2010-01-01, after as_of (2009-12-31)
            """)
    }

    /// Case d ends in March 2012, known only to the month: it is over for
    /// certain only after 31 March, so a forecast as of 15 March may not use it.
    @Test func aClassWithACaseNotOverByAsOfIsRefused() throws {
        #expect(try Self.errors(asOf: "2012-03-15", source: "assumption; reference: classes/tiny.yaml#gives-in") == """
            scenario.yaml:8:57: error: decisions.d.monthly_hazard.source: reference class 'classes/tiny.yaml' has 1 selected case not over by as_of (2012-03-15); the first, 'd' (line 5 of cases.csv), ended or was last seen as late as 2012-03-31: select only cases over by then
            """)
        #expect(try Self.errors(asOf: "2012-03-31", source: "assumption; reference: classes/tiny.yaml#gives-in") == "loaded")
    }

    /// The bundled TIES classes (published 2014-11-01; cases last seen in
    /// 2013) may be cited from their publication on.
    @Test func bundledTIESCanBeCitedFromItsPublication() throws {
        let ties = ReferenceLoaderTests.directory.appendingPathComponent("ties-threats.yaml").path
        func text(_ asOf: String) -> String { Self.text(asOf: asOf, source: "reference: \(ties)#gives-in") }
        let scenario = try ScenarioLoader.load(text: text("2014-11-01"), file: "ties.yaml")
        #expect(scenario.model.provenance.sources.map(\.citation).first?.hasPrefix("T. Clifton Morgan") == true)
        #expect {
            try ScenarioLoader.load(text: text("2014-10-31"), file: "ties.yaml")
        } throws: { error in
            (error as? ScenarioError)?.description.hasSuffix("was published on 2014-11-01, after as_of (2014-10-31)") == true
        }
    }
}
