import DemarcheKernel

/// Applying a ``ReferenceSpec`` to the rows of a case file: selection, dates,
/// causes and covariates, with every problem located at its cell.
extension ReferenceSpec {
    struct Cases {
        var cases: [ReferenceClass.Case] = []
        var selected = 0
        var censoredAtEnd = 0
        var exclusions: [String: Int] = [:]
    }

    /// At most this many cell problems are reported (the rest would repeat them).
    static let maximumRowDiagnostics = 20

    /// The cases of `table` this spec selects. Rows with no usable date are
    /// tallied in `exclusions`; a case is:
    /// - an event of its cause at its end date when its outcome code names a
    ///   cause and it has an end date;
    /// - otherwise censored at its censoring date, if it has one;
    /// - otherwise censored at its end date (it ended in a way that is none
    ///   of the causes, or its outcome is blank);
    /// - otherwise excluded: nothing says how long it ran.
    func cases(in table: CaseTable, reader: ScenarioReader) -> Cases {
        var result = Cases()
        var problems = 0
        func problem(_ row: CaseTable.Row, _ column: Int, _ message: String) {
            problems += 1
            guard problems <= Self.maximumRowDiagnostics else { return }
            reader.error(ScenarioDiagnostic(
                file: table.file, line: row.line, column: table.position(row, column),
                path: table.header[column], message: message))
        }
        for row in table.rows {
            guard selects(row, in: table, problem: problem) else { continue }
            result.selected += 1
            func date(_ columns: DateColumns) -> (date: CoarseDate?, column: Int)? {
                self.date(columns, row, in: table, problem: problem) {
                    result.exclusions["kept, an impossible day read as unknown (impossible_day: unknown)", default: 0] += 1
                }
            }
            guard let startDate = date(start) else { continue }
            guard let start = startDate.date else {
                result.exclusions["no start date", default: 0] += 1
                continue
            }
            guard let end = date(end), let censoring = censored.map(date) ?? .some((date: nil, column: 0))
            else { continue }
            let code = table.cell(row, outcomeColumn)
            let cause = cause(of: code)
            let later: (date: CoarseDate, cause: Int?, column: Int, label: String)
            switch (cause, end.date, censoring.date) {
            case (let cause?, let endDate?, _): later = (endDate, cause, end.column, "end")
            case (_, _, let censorDate?): later = (censorDate, nil, censoring.column, "censoring")
            case (_, let endDate?, nil):
                later = (endDate, nil, end.column, "end")
                result.censoredAtEnd += 1
            default:
                result.exclusions["no end or censoring date", default: 0] += 1
                continue
            }
            let coarse = !start.isExact || !later.date.isExact
            if coarse && !imputeCoarse {
                result.exclusions["a coarse date (coarse: drop)", default: 0] += 1
                continue
            }
            guard let (startDay, laterDay) = CoarseDate.impute(start: start, later: later.date) else {
                problem(row, later.column, "the \(later.label) date comes before the start")
                continue
            }
            guard let values = covariateValues(row, in: table, problem: problem) else {
                result.exclusions["a blank covariate", default: 0] += 1
                continue
            }
            result.cases.append(ReferenceClass.Case(
                id: table.cell(row, 0), line: row.line, start: startDay, time: max(laterDay - startDay, 0.5),
                cause: later.cause, covariates: values, imputed: coarse, lastDay: later.date.latest))
        }
        if problems > Self.maximumRowDiagnostics {
            reader.error(ScenarioDiagnostic(
                file: table.file, line: 0, column: 0, path: "",
                message: "\(problems - Self.maximumRowDiagnostics) more problems in the case file not shown"))
        }
        return result
    }

    private func selects(_ row: CaseTable.Row, in table: CaseTable, problem: (CaseTable.Row, Int, String) -> Void) -> Bool {
        for condition in conditions {
            let cell = table.cell(row, condition.column)
            if let blank = condition.blank, cell.isEmpty != blank { return false }
            if !condition.equals.isEmpty, !condition.equals.contains(where: { $0.matches(cell) }) { return false }
            guard condition.minimum != nil || condition.maximum != nil else { continue }
            guard !cell.isEmpty else { return false }
            guard let value = Double(cell), value.isFinite else {
                problem(row, condition.column, "the selection compares this cell with a number, found '\(cell)'")
                return false
            }
            if let minimum = condition.minimum, value < minimum { return false }
            if let maximum = condition.maximum, value > maximum { return false }
        }
        return true
    }

    /// A date cell's interval (nil inside when the year is blank), or nil
    /// when a cell is unreadable (reported).
    private func date(_ columns: DateColumns, _ row: CaseTable.Row, in table: CaseTable,
                      problem: (CaseTable.Row, Int, String) -> Void, unknownDay: () -> Void) -> (date: CoarseDate?, column: Int)? {
        func whole(_ column: Int?) -> (value: Int?, ok: Bool) {
            guard let column else { return (nil, true) }
            let cell = table.cell(row, column)
            guard !cell.isEmpty else { return (nil, true) }
            guard let value = Double(cell), value == value.rounded(), abs(value) < 1e6 else {
                problem(row, column, "expected a whole number, found '\(cell)'")
                return (nil, false)
            }
            return (Int(value), true)
        }
        var made: Result<CoarseDate, CalendarError>
        let column: Int
        var parts: (year: Int, month: Int?)?
        switch columns {
        case .parts(let yearColumn, let monthColumn, let dayColumn):
            column = yearColumn
            let (year, month, day) = (whole(yearColumn), whole(monthColumn), whole(dayColumn))
            guard year.ok, month.ok, day.ok else { return nil }
            guard let yearValue = year.value else { return (nil, column) }
            made = CoarseDate.make(year: yearValue, month: month.value, day: day.value)
            parts = day.value == nil ? nil : (yearValue, month.value)
        case .iso(let isoColumn):
            column = isoColumn
            let cell = table.cell(row, isoColumn)
            guard !cell.isEmpty else { return (nil, column) }
            let fields = cell.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard (1...3).contains(fields.count), fields.allSatisfy({ $0 != nil }), cell.utf8.count <= 10 else {
                problem(row, isoColumn, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found '\(cell)'")
                return nil
            }
            let values = fields.compactMap { $0 }
            made = CoarseDate.make(year: values[0], month: values.count > 1 ? values[1] : nil, day: values.count > 2 ? values[2] : nil)
            parts = values.count > 2 ? (values[0], values[1]) : nil
        }
        // A day that does not exist in its month (or has no month), read as blank.
        if case .failure = made, impossibleDayUnknown, let parts,
            case .success(let coarse) = CoarseDate.make(year: parts.year, month: parts.month, day: nil) {
            unknownDay()
            made = .success(coarse)
        }
        switch made {
        case .success(let date): return (date, column)
        case .failure(let error):
            problem(row, column, "not a date: \(error.description)")
            return nil
        }
    }

    /// The row's covariate values; nil when one is blank. A cell that is not
    /// a number is reported.
    private func covariateValues(_ row: CaseTable.Row, in table: CaseTable,
                                 problem: (CaseTable.Row, Int, String) -> Void) -> [Double]? {
        var values: [Double] = []
        for covariate in covariates {
            let cell = table.cell(row, covariate.column)
            if let equals = covariate.equals {
                values.append(equals.matches(cell) ? 1 : 0)
                continue
            }
            if let blank = covariate.blank {
                values.append(cell.isEmpty == blank ? 1 : 0)
                continue
            }
            guard !cell.isEmpty else { return nil }
            guard let value = Double(cell), value.isFinite else {
                problem(row, covariate.column, "covariate '\(covariate.name)' needs a number, found '\(cell)'")
                return nil
            }
            values.append(value)
        }
        return values
    }
}
