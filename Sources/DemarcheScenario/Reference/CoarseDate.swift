import DemarcheKernel

/// A date that may be known only to the month or the year: the interval of
/// days it allows, as day numbers (days since 1970-01-01).
struct CoarseDate: Equatable {
    let earliest: Int
    let latest: Int

    var isExact: Bool { earliest == latest }

    /// `year` with an optional `month` and `day`; nil with a reason when the
    /// parts do not make a date (a day without a month, 31 June, month 13).
    static func make(year: Int, month: Int?, day: Int?) -> Result<CoarseDate, CalendarError> {
        do {
            switch (month, day) {
            case (let month?, let day?):
                let date = try CalendarDate(year: year, month: month, day: day).dayNumber
                return .success(CoarseDate(earliest: date, latest: date))
            case (let month?, nil):
                let first = try CalendarDate(year: year, month: month, day: 1)
                let last = first.adding(days: CalendarDate.daysInMonth(year: year, month: month) - 1)
                return .success(CoarseDate(earliest: first.dayNumber, latest: last.dayNumber))
            case (nil, nil):
                let first = try CalendarDate(year: year, month: 1, day: 1)
                let last = try CalendarDate(year: year, month: 12, day: 31)
                return .success(CoarseDate(earliest: first.dayNumber, latest: last.dayNumber))
            case (nil, .some):
                return .failure(.invalidDate("a day is given without a month"))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The `midpoint` rule for a case's dates: the start is the middle of the
    /// days it allows that are not after the latest possible `later` date (an
    /// end or censoring date); the later date is the middle of the days it
    /// allows that are not before that start. Nil when the later date's
    /// latest day comes before the start's earliest (impossible dates).
    static func impute(start: CoarseDate, later: CoarseDate) -> (start: Double, later: Double)? {
        guard later.latest >= start.earliest else { return nil }
        let startValue = (Double(start.earliest) + Double(min(start.latest, later.latest))) / 2
        let laterValue = (max(Double(later.earliest), startValue) + Double(later.latest)) / 2
        return (startValue, max(laterValue, startValue))
    }
}
