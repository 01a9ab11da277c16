@testable import DemarcheScenario
import Testing

/// The grammar of `source:` annotations, on its own: items, notes (with
/// separators inside them), reference items, and every syntax error.
@Suite struct SourceGrammarTests {
    typealias Term = SourceGrammar.Term

    func terms(_ text: String) -> [Term]? { try? SourceGrammar.terms(text).get() }

    func error(_ text: String) -> String? {
        if case .failure(let error) = SourceGrammar.terms(text) { return error.message }
        return nil
    }

    @Test func itemsAndNotes() {
        #expect(terms("A2 (Europe reluctant); assumption")
                == [Term(head: .id("A2"), note: "Europe reluctant"), Term(head: .assumption, note: nil)])
        #expect(terms("A5, P5") == [Term(head: .id("A5"), note: nil), Term(head: .id("P5"), note: nil)])
        #expect(terms("assumption (neutral, not in the EU or NATO)")
                == [Term(head: .assumption, note: "neutral, not in the EU or NATO")])
        #expect(terms("TIES-3;TIES-6") == [Term(head: .id("TIES-3"), note: nil), Term(head: .id("TIES-6"), note: nil)])
        #expect(terms("A2 (date not given: taken as the as-of date (31 May))")
                == [Term(head: .id("A2"), note: "date not given: taken as the as-of date (31 May)")])
        #expect(terms("reference: reference/ties threats.yaml#gives-in (weibull MLE, 201 events)")
                == [Term(head: .reference(file: "reference/ties threats.yaml", cause: "gives-in"), note: "weibull MLE, 201 events")])
        #expect(terms("reference: a#b.yaml#gives-in") == [Term(head: .reference(file: "a#b.yaml", cause: "gives-in"), note: nil)])
    }

    @Test(arguments: [
        ("A1,", "an item is empty (two separators in a row, or one at an end)"),
        ("A1;; A2", "an item is empty (two separators in a row, or one at an end)"),
        ("", "an item is empty (two separators in a row, or one at an end)"),
        ("A1 (unfinished", "a '(' is not closed"),
        ("A1) x", "a ')' closes no '('"),
        ("A1 (a note) A2", "'A2' follows the note of 'A1': separate items with ',' or ';'"),
        ("(a note)", "a note '(a note)' names no source before it"),
        ("reference: ties.yaml", "'reference: ties.yaml' names no cause: write reference: PATH#cause"),
        ("reference: #gives-in", "'reference: #gives-in' needs a path and a cause: write reference: PATH#cause"),
        ("Europe is reluctant", "'Europe is reluctant' is not a source id, 'assumption' or 'reference: PATH#cause': "
            + "declare the source under 'sources:' (published date, citation) and cite its id, or write 'assumption (Europe is reluctant)'"),
    ])
    func syntaxErrorsSayWhatIsWrong(text: String, message: String) {
        #expect(error(text) == message)
    }
}
