@testable import DemarcheScenario
import Foundation
import Testing

/// Resolutions files: every key is read, and every broken question gives a
/// located error, all of them at once, never a trap.
@Suite struct ResolutionsLoaderTests {
    static let complete = """
        demarche_resolutions: 1
        name: Test questions
        description: every key once
        questions:
          uk-restricts:
            text: Will the UK restrict the vendor by mid-2020?
            outcome: uk-2020
            by: 2020-06-30
            resolved: true
            on: 2020-01-28
            source: a government statement
            alternative: false
            base_rate: 0.418
          two-of-three:
            outcome: excluders
            at_least: 2
            resolved: false
            source: news reports
        """

    func load(_ text: String) -> Result<Resolutions, ScenarioError> {
        Result { () throws(ScenarioError) in try ResolutionsLoader.load(text: text, file: "r.yaml", reader: ScenarioReader(file: "r.yaml")) }
    }

    @Test func everyKeyIsRead() throws {
        let resolutions = try load(Self.complete).get()
        #expect(resolutions.name == "Test questions")
        #expect(resolutions.questions.map(\.id) == ["uk-restricts", "two-of-three"])
        let first = resolutions.questions[0]
        #expect(first.outcome == "uk-2020" && first.by?.description == "2020-06-30" && first.resolved)
        #expect(first.on?.description == "2020-01-28" && first.alternative == false && first.baseRate == 0.418)
        #expect(first.text == "Will the UK restrict the vendor by mid-2020?" && first.source == "a government statement")
        #expect(resolutions.questions[1].atLeast == 2 && resolutions.questions[1].resolved == false)
        let consumed = ResolutionsLoader.consumedFields(text: Self.complete)
        let declared = Set(ScenarioFormat.resolutionsDefinitions.flatMap { name, fields in fields.map { "\(name).\($0.name)" } })
        #expect(declared.subtracting(consumed).sorted() == [])
    }

    @Test func questionsKnowWhereTheyAre() throws {
        let question = try load(Self.complete).get().questions[0]
        let diagnostic = question.diagnostic("outcome", "no such outcome")
        #expect(diagnostic.description == "r.yaml:7:14: error: questions.uk-restricts.outcome: no such outcome")
    }

    @Test(arguments: [
        ("resolved: maybe", "r.yaml:6:15: error: questions.q.resolved: expected true or false, found 'maybe'"),
        ("resolved: true\n    alternative: true", "questions.q.alternative: the alternative resolution must differ from 'resolved' (true)"),
        ("resolved: true\n    by: 2020-01-01\n    on: 2020-02-01", "questions.q.on: resolved true on 2020-02-01, after the question's date 2020-01-01"),
        ("resolved: false\n    base_rate: 1.5", "questions.q.base_rate: a base rate is a probability in 0…1, found 1.5"),
        ("resolved: false\n    at_least: 0", "questions.q.at_least: expected a whole number in 1…1000000000, found '0'"),
        ("resolved: false\n    by: 2020-02-30", "questions.q.by:"),
        ("resolved: false\n    resolvd: true", "questions.q.resolvd: unknown key 'resolvd' in question (did you mean 'resolved'?)"),
    ])
    func brokenQuestionsAreLocated(_ body: String, _ message: String) {
        let text = """
            demarche_resolutions: 1
            questions:
              q:
                outcome: x
                source: s
                \(body)
            """
        switch load(text) {
        case .success: Issue.record("accepted: \(body)")
        case .failure(let error): #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("demarche_resolutions: 2\nquestions: { q: { outcome: x, resolved: true, source: s } }", "this is resolutions format version 2"),
        ("demarche_resolutions: 1\nquestions: {}", "questions: name at least one question"),
        ("demarche_resolutions: 1", "missing required key 'questions'"),
        ("demarche_resolutions: 1\nquestions: { q: { outcome: 'a b', resolved: true, source: s } }", "expected an id"),
        ("demarche_resolutions: 1\nquestions: { q: { resolved: true } }", "missing required key 'outcome'"),
        ("demarche_resolutions: 1\nquestions: { q: { outcome: x, resolved: true, source: ' ' } }",
         "questions.q.source: say where the resolution comes from"),
    ])
    func brokenFilesAreRefused(_ text: String, _ message: String) {
        switch load(text) {
        case .success: Issue.record("accepted: \(text)")
        case .failure(let error): #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
