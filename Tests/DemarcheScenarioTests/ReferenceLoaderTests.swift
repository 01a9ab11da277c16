@testable import DemarcheScenario
import Foundation
import Testing

/// Reference-class files and case files: the bundled TIES classes load with
/// the counts their rules imply, and every broken input gives a located
/// error, never a trap.
@Suite struct ReferenceLoaderTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Scenarios/reference").standardized

    /// Writes `files` (name → text) to a fresh folder; returns its path.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    static let cases = """
        id,start,end,ongoing,outcome,kind,size,text
        a,2000-01-10,2000-03-10,,1,x,1.5,"quoted, with a comma"
        b,2000-02-01,2000-02-01,,2,y,2,"a ""doubled"" quote"
        c,2000-05,2000-07-04,,2,x,0,
        d,2001,,2002-06-30,,y,3,
        e,2001-04-01,,,1,x,1,"no end, no censoring date"
        f,1999-01-01,2001-01-01,,9,x,1,
        """

    static func reference(_ body: String = "") -> String {
        """
        demarche_reference: 1
        name: Test class
        cases: cases.csv
        citation: made up for a test
        published: 2010-01-01
        dates:
          start: { date: start }
          end: { date: end }
          censored: { date: ongoing }
          coarse: midpoint
        outcome:
          column: outcome
          causes: { gives-in: [1], backs-down: [2] }
          compliance: gives-in
        \(body)
        """
    }

    /// Loads a reference file written with the test case file; returns the class or the error text.
    static func load(_ reference: String, cases: String = Self.cases) throws -> Result<ReferenceClass, ScenarioError> {
        let folder = try folder(["reference.yaml": reference, "cases.csv": cases])
        return Result { () throws(ScenarioError) in try ReferenceLoader.load(contentsOf: folder.appendingPathComponent("reference.yaml").path) }
    }

    static func errors(_ reference: String, cases: String = Self.cases) throws -> String {
        switch try load(reference, cases: cases) {
        case .success: return "loaded"
        case .failure(let error):
            return error.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column): \($0.path): \($0.message)" }
                .joined(separator: "\n")
        }
    }

    @Test func rulesGiveTimesCausesAndCensoring() throws {
        let reference = try Self.load(Self.reference()).get()
        let byID = Dictionary(uniqueKeysWithValues: reference.cases.map { ($0.id, $0) })
        #expect(byID["a"]?.time == 60)
        #expect(byID["a"]?.cause == 0)
        // Ends the day it began: half a day.
        #expect(byID["b"]?.time == 0.5)
        #expect(byID["b"]?.cause == 1)
        // Start known to the month (May 2000): its middle, 16 May; end 4 July.
        #expect(byID["c"]?.time == 49)
        #expect(byID["c"]?.imputed == true)
        // Start known to the year: the middle of 2001 (day 182 of 365 → 2 July at noon); censored 2002-06-30.
        #expect(byID["d"]?.cause == nil)
        #expect(byID["d"]?.time == 363.0)
        // Outcome 9 is none of the causes: censored at its end date.
        #expect(byID["f"]?.cause == nil)
        #expect(byID["f"]?.time == 731)
        #expect(byID["e"] == nil)
        #expect(reference.exclusions.contains { $0.reason == "no end or censoring date" && $0.count == 1 })
        #expect(reference.exclusions.contains { $0.reason.hasPrefix("kept, censored at the end date") && $0.count == 1 })
        #expect(reference.eventCounts == [1, 2])
        #expect(reference.censoredCount == 2)
    }

    @Test func coarseStartIsKeptBeforeAPreciseEnd() {
        // Known to 1977; ended 16 May 1977: the start is midway between 1 January and 16 May.
        let start = CoarseDate(earliest: 0, latest: 364)
        let end = CoarseDate(earliest: 135, latest: 135)
        let imputed = CoarseDate.impute(start: start, later: end)
        #expect(imputed?.start == 67.5)
        #expect(imputed?.later == 135)
        #expect(CoarseDate.impute(start: CoarseDate(earliest: 10, latest: 10), later: CoarseDate(earliest: 5, latest: 5)) == nil)
        // A coarse end after a precise start: the middle of its days not before the start.
        let later = CoarseDate.impute(start: CoarseDate(earliest: 20, latest: 20), later: CoarseDate(earliest: 0, latest: 30))
        #expect(later?.later == 25)
    }

    @Test func selectionAndCovariates() throws {
        let reference = try Self.load(Self.reference("""
            select:
              - { column: kind, equals: x }
              - { column: size, min: 0.5, max: 2 }
            covariates:
              size: { column: size }
              is-quoted: { column: text, blank: false }
              a-kind: { column: kind, equals: x }
            """)).get()
        #expect(reference.cases.map(\.id) == ["a", "f"])
        #expect(reference.cases.first?.covariates == [1.5, 1, 1])
        #expect(reference.selectedCount == 3)
    }

    @Test func bundledTIESClassesLoad() throws {
        let threatOnly = try ReferenceLoader.load(contentsOf: Self.directory.appendingPathComponent("ties-threat-only.yaml").path)
        #expect(threatOnly.rowCount == 1412)
        #expect(threatOnly.selectedCount == 567)
        #expect(threatOnly.cases.count == 499)
        #expect(threatOnly.causes == ["gives-in", "sender-backs-down", "settlement", "stalemate"])
        #expect(threatOnly.eventCounts == [201, 178, 63, 5])
        #expect(threatOnly.censoredCount == 52)
        let threats = try ReferenceLoader.load(contentsOf: Self.directory.appendingPathComponent("ties-threats.yaml").path)
        #expect(threats.selectedCount == 1053)
        #expect(threats.eventCounts == [306, 263, 138, 25])
        let us = try ReferenceLoader.load(contentsOf: Self.directory.appendingPathComponent("ties-us-threats.yaml").path)
        #expect(us.covariates == ["institution"])
        #expect(us.cases.allSatisfy { $0.covariates.count == 1 })
    }

    @Test func brokenReferenceFiles() throws {
        #expect(try Self.errors(Self.reference().replacingOccurrences(of: "column: outcome", with: "column: outcom"))
            == "reference.yaml:12:11: outcome.column: the case file has no column 'outcom' (did you mean 'outcome'?)")
        #expect(try Self.errors(Self.reference("select: [{ column: kindd, equals: x }]"))
            == "reference.yaml:15:20: select.0.column: the case file has no column 'kindd' (did you mean 'kind'?)")
        #expect(try Self.errors(Self.reference("select: [{ column: kind, equals: z }]"))
            == "reference.yaml:15:9: select: no usable case: 0 of 6 rows meet the selection")
        #expect(try Self.errors(Self.reference("selct: []"))
            == "reference.yaml:15:1: selct: unknown key 'selct' in reference (did you mean 'select'?)")
        #expect(try Self.errors(Self.reference("covariates: { k: { column: kind } }")).hasPrefix(
            "cases.csv:2:28: kind: covariate 'k' needs a number, found 'x'\ncases.csv:3:28: kind: covariate 'k' needs a number, found 'y'"))
        #expect(try Self.errors(Self.reference().replacingOccurrences(of: "compliance: gives-in", with: "compliance: give-in"))
            == "reference.yaml:14:15: outcome.compliance: unknown cause 'give-in' (did you mean 'gives-in'?)")
        #expect(try Self.errors(Self.reference().replacingOccurrences(of: "backs-down: [2]", with: "backs-down: [2, 1]"))
            == "reference.yaml:13:44: outcome.causes.backs-down: code '1' already belongs to another cause")
        #expect(try Self.errors(Self.reference("forms: [gamma]"))
            == "reference.yaml:15:9: forms.0: expected one of exponential, weibull, found 'gamma'")
        #expect(try Self.errors(Self.reference("checkpoints: [90d, -5]"))
            == "reference.yaml:15:20: checkpoints.1: a checkpoint must be a positive duration, found '-5'")
        #expect(try Self.errors(Self.reference().replacingOccurrences(of: "cases: cases.csv", with: "cases: nowhere.csv"))
            .hasPrefix("reference.yaml:3:8: cases: the case file does not load:\n"))
    }

    @Test func brokenCaseFiles() throws {
        let reference = Self.reference()
        let header = "id,start,end,ongoing,outcome,kind,size,text\n"
        #expect(try Self.errors(reference, cases: header + "a,2000-13-01,2000-03-10,,1,x,1,\n")
            == "cases.csv:2:3: start: not a date: invalid date: month 13 is not in 1…12")
        #expect(try Self.errors(reference, cases: header + "a,2000-01-10,1999-03-10,,1,x,1,\n")
            == "cases.csv:2:14: end: the end date comes before the start")
        #expect(try Self.errors(reference, cases: header + "a,2000-01-10,yesterday,,1,x,1,\n")
            == "cases.csv:2:14: end: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found 'yesterday'")
        #expect(try Self.errors(reference, cases: header + "a,2000-06-31,2000-07-10,,1,x,1,\n")
            == "cases.csv:2:3: start: not a date: invalid date: day 31 is not in 1…30 for 2000-06")
        #expect(try Self.errors(reference.replacingOccurrences(of: "coarse: midpoint", with: "coarse: midpoint\n  impossible_day: unknown"),
                                cases: header + "a,2000-06-31,2000-07-10,,1,x,1,\n") == "loaded")
        let unloadable = "reference.yaml:3:8: cases: the case file does not load:\n"
        // The nested diagnostic names the case file by its full path.
        #expect(try Self.errors(reference, cases: header + "a,2000-01-10,2000-03-10,,1,x,1,\"open\n").nestedContains(unloadable, "/cases.csv:2:32: error: a quoted field is never closed"))
        #expect(try Self.errors(reference, cases: header + "a,2000-01-10,2000-03-10,,1,x,1,\"x\"y\n").nestedContains(unloadable, "/cases.csv:2:35: error: unexpected text after a closing quote"))
        #expect(try Self.errors(reference, cases: header + "a,2000-01-10,2000-03-10,,1,x,1,t,extra\n").nestedContains(unloadable, "/cases.csv:2:34: error: row has 9 cells but the header names 8 columns"))
        #expect(try Self.errors(reference, cases: "id,start,start\n").nestedContains(unloadable, "/cases.csv:1:10: error: duplicate column 'start' in the header"))
        #expect(try Self.errors(reference, cases: "").contains("the case file is empty"))
        // Year/month/day columns: a day without a month, a month that is not a whole number.
        let parts = reference.replacingOccurrences(of: "start: { date: start }", with: "start: { year: y, month: m, day: d }")
        let partsHeader = "id,y,m,d,end,ongoing,outcome\n"
        #expect(try Self.errors(parts, cases: partsHeader + "a,2000,,5,2000-03-10,,1\n")
            == "cases.csv:2:3: y: not a date: invalid date: a day is given without a month")
        #expect(try Self.errors(parts, cases: partsHeader + "a,2000,1.5,5,2000-03-10,,1\n")
            == "cases.csv:2:8: m: expected a whole number, found '1.5'")
    }
}

extension String {
    /// Whether both texts occur (a diagnostic and the nested one it wraps).
    func nestedContains(_ outer: String, _ inner: String) -> Bool { contains(outer) && contains(inner) }
}
