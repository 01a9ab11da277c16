/// Maps the simulation clock (days since the scenario's start, a `Double`) to
/// calendar dates and back. Day `t` belongs to the date `start + ⌊t⌋`.
public struct SimulationCalendar: Hashable, Sendable {
    public let start: CalendarDate

    public init(start: CalendarDate) { self.start = start }

    /// The clock time at the first instant of `date`.
    public func time(of date: CalendarDate) -> Double {
        Double(date.dayNumber - start.dayNumber)
    }

    /// The clock time at the end of `date`: the first instant of the next day.
    /// `by: D` and `horizon: D` mean "before this instant", so events during
    /// day D count.
    public func end(of date: CalendarDate) -> Double {
        time(of: date) + 1
    }

    /// The date whose end is clock time `end` (the inverse of ``end(of:)``).
    public func date(endingAt end: Double) -> CalendarDate {
        date(at: end.nextDown)
    }

    /// The calendar date that contains clock time `time`. Total: a time
    /// before 0001-01-01 gives that day, one after 9999-12-31 (+∞, a drawn
    /// delay of 10³⁰⁰ days, or NaN) gives 9999-12-31, so converting any time
    /// (for a trace, or to count calendar months from it) never traps.
    public func date(at time: Double) -> CalendarDate {
        let days = CalendarDate.supportedDayNumbers
        let first = Double(days.lowerBound - start.dayNumber)
        let last = Double(days.upperBound - start.dayNumber)
        let offset = time.isNaN ? last : min(max(time.rounded(.down), first), last)
        return start.adding(days: Int(offset))
    }

    /// The clock time `duration` after `time`: calendar months are counted
    /// from the date that contains `time`, keeping the fraction of the day.
    public func time(_ duration: CalendarDuration, after time: Double) -> Double {
        time + duration.days(from: date(at: time))
    }
}
