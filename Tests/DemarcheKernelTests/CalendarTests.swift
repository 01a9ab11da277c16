import DemarcheKernel
import Testing

@Suite struct CalendarTests {
    func date(_ text: String) throws -> CalendarDate { try CalendarDate(iso: text) }

    @Test func dayNumbersMatchKnownDates() throws {
        #expect(try date("1970-01-01").dayNumber == 0)
        #expect(try date("2000-03-01").dayNumber == 11_017)
        #expect(try date("1969-12-31").dayNumber == -1)
        #expect(try date("0001-01-01").dayNumber == -719_162)
        #expect(try date("9999-12-31").dayNumber == 2_932_896)
    }

    /// Every day from year 1 to 9999 survives day number → date → ISO → date → day number.
    @Test func roundTripsEveryDay() throws {
        var previous = CalendarDate(dayNumber: -719_163)
        for day in -719_162...2_932_896 {
            let current = CalendarDate(dayNumber: day)
            #expect(current.dayNumber == day)
            #expect(previous < current)
            previous = current
            if day % 997 == 0 { #expect(try CalendarDate(iso: current.description) == current) }
        }
    }

    @Test func leapYears() throws {
        #expect(CalendarDate.isLeapYear(2000) && CalendarDate.isLeapYear(2020))
        #expect(!CalendarDate.isLeapYear(1900) && !CalendarDate.isLeapYear(2019))
        #expect(try date("2020-02-29").adding(days: 1) == date("2020-03-01"))
        #expect(throws: CalendarError.self) { try CalendarDate(iso: "2019-02-29") }
        #expect(throws: CalendarError.self) { try CalendarDate(iso: "1900-02-29") }
        #expect(try date("2020-12-31").dayNumber - date("2020-01-01").dayNumber == 365)
    }

    @Test func monthArithmeticClampsToMonthEnds() throws {
        #expect(try date("2020-01-31").adding(months: 1) == date("2020-02-29"))
        #expect(try date("2019-01-31").adding(months: 1) == date("2019-02-28"))
        #expect(try date("2020-03-31").adding(months: 1) == date("2020-04-30"))
        #expect(try date("2020-02-29").adding(months: 12) == date("2021-02-28"))
        #expect(try date("2020-11-30").adding(months: 3) == date("2021-02-28"))
        #expect(try date("2020-05-31").adding(months: -3) == date("2020-02-29"))
    }

    /// The order dates of the 2020 scenario (SOURCES.md Q2, Q3).
    @Test func sourceDatesAddUp() throws {
        #expect(try CalendarDuration(parsing: "45d").after(date("2020-08-06")) == date("2020-09-20"))
        #expect(try CalendarDuration(parsing: "90d").after(date("2020-08-14")) == date("2020-11-12"))
        #expect(try CalendarDuration(parsing: "30d").after(date("2020-11-12")) == date("2020-12-12"))
    }

    @Test func malformedDatesAreRefused() {
        for text in ["", "2020-1-01", "20-01-01", "2020/01/01", "2020-13-01", "2020-00-10", "2020-04-31",
                     "0000-01-01", "2020-01-01T00:00", "２０２０-01-01", "+020-01-01", " 2020-01-01"] {
            #expect(throws: CalendarError.self, "\(text)") { try CalendarDate(iso: text) }
        }
        #expect(CalendarError.malformedDate("x").description == "expected a date as YYYY-MM-DD (e.g. 2020-09-20), found 'x'")
    }

    @Test func simulationClockMapsToDates() throws {
        let calendar = SimulationCalendar(start: try date("2020-08-16"))
        #expect(calendar.time(of: try date("2020-09-20")) == 35)
        #expect(calendar.date(at: 35.99) == (try date("2020-09-20")))
        #expect(calendar.date(at: -0.5) == (try date("2020-08-15")))
        #expect(calendar.time(.months(1), after: 15.25) == 15.25 + 30, "2020-08-31 + 1mo = 2020-09-30")
        #expect(calendar.time(.days(90), after: 2) == 92)
    }

    /// Any clock time converts to a date without trapping: beyond the
    /// supported years (a huge drawn delay, ±∞, NaN) it gives the nearest end.
    @Test func dateConversionIsTotal() throws {
        let calendar = SimulationCalendar(start: try date("2020-08-16"))
        let last = try date("9999-12-31")
        #expect(CalendarDate(dayNumber: CalendarDate.supportedDayNumbers.lowerBound) == (try date("0001-01-01")))
        #expect(CalendarDate(dayNumber: CalendarDate.supportedDayNumbers.upperBound) == last)
        for time in [1e300, 1e19, Double(Int.max), .infinity, .nan, .greatestFiniteMagnitude] {
            #expect(calendar.date(at: time) == last, "\(time)")
        }
        for time in [-1e300, -.infinity, -1e19] {
            #expect(calendar.date(at: time) == (try date("0001-01-01")), "\(time)")
        }
        #expect(calendar.date(endingAt: .infinity) == last)
        #expect(calendar.time(.months(3), after: 1e300) == 1e300, "months count from the last supported date")
    }
}
