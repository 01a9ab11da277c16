import DemarcheKernel
import Testing

@Suite struct CalendarDurationTests {
    @Test func parsesEachUnit() throws {
        #expect(try CalendarDuration(parsing: "90d") == .days(90))
        #expect(try CalendarDuration(parsing: "0.5d") == .days(0.5))
        #expect(try CalendarDuration(parsing: "6w") == .days(42))
        #expect(try CalendarDuration(parsing: "3mo") == .months(3))
        #expect(try CalendarDuration(parsing: "1y") == .months(12))
        #expect(try CalendarDuration(parsing: " 0d ") == .days(0))
    }

    @Test func printsWhatItParsed() throws {
        for text in ["90d", "6w", "3mo", "1y", "0.5d", "0d", "18mo"] {
            #expect(try CalendarDuration(parsing: text).description == text)
        }
    }

    @Test(arguments: [
        ("", "it is empty"),
        ("90", "the unit is missing"),
        ("d", "the number is missing"),
        ("-5d", "durations cannot be negative"),
        ("1.5mo", "months and years must be whole numbers"),
        ("3m", "'m' is ambiguous; write 'mo' for months"),
        ("3h", "unknown unit 'h' (use d, w, mo or y)"),
        ("3 days", "unknown unit 'days' (use d, w, mo or y)"),
        ("1e9d", "unknown unit 'e9d' (use d, w, mo or y)"),
        ("1.2.3d", "'1.2.3' is not a number"),
        ("400000d", "longer than 1,000 years"),
        ("1001y", "longer than 1,000 years"),
        ("nand", "NaN (not a number) is not a length of time"),
        (".nan", "NaN (not a number) is not a length of time"),
        (".NaNd", "NaN (not a number) is not a length of time"),
        (".inf", "an infinite duration is not a length of time (at most 1,000 years)"),
        ("-.infd", "an infinite duration is not a length of time (at most 1,000 years)"),
        ("1000000000000000000y", "longer than 1,000 years"),
        ("99999999999999999999999999mo", "longer than 1,000 years"),
        ("12001mo", "longer than 1,000 years"),
    ])
    func refusesWithAReason(text: String, reason: String) {
        #expect(throws: CalendarError.malformedDuration(text, reason: reason)) {
            try CalendarDuration(parsing: text)
        }
    }

    @Test func messageShowsExamples() {
        let error = CalendarError.malformedDuration("3h", reason: "unknown unit 'h' (use d, w, mo or y)")
        #expect(error.description == "expected a duration such as 90d, 6w, 3mo or 1y, found '3h': unknown unit 'h' (use d, w, mo or y)")
    }

    @Test func monthLengthsDependOnTheStart() throws {
        #expect(CalendarDuration.months(1).days(from: try CalendarDate(iso: "2020-02-01")) == 29)
        #expect(CalendarDuration.months(1).days(from: try CalendarDate(iso: "2021-02-01")) == 28)
        #expect(CalendarDuration.months(12).days(from: try CalendarDate(iso: "2020-01-01")) == 366)
    }
}
