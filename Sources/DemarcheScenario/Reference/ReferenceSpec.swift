/// What a reference-class file asks for, with columns resolved to indices of
/// the case file's header; ``ReferenceSpec/cases(in:reader:)`` applies it to
/// the rows.
struct ReferenceSpec {
    /// A cell value as the file gives it, compared numerically when both
    /// sides are numbers (`2` matches `2.0`).
    struct Value: Equatable {
        let text: String

        func matches(_ cell: String) -> Bool {
            if let a = Double(text), let b = Double(cell) { return a == b }
            return text == cell
        }
    }

    /// One selection condition; a row is selected when all hold.
    struct Condition {
        let column: Int
        let equals: [Value]
        let minimum: Double?
        let maximum: Double?
        let blank: Bool?
    }

    /// Where a date's parts are: three columns, or one ISO-like column.
    enum DateColumns {
        case parts(year: Int, month: Int?, day: Int?)
        case iso(Int)
    }

    struct Covariate {
        let name: String
        let column: Int
        /// Makes an indicator (1 when the cell equals it).
        let equals: Value?
        /// Makes an indicator (1 when the cell is empty, or not empty).
        let blank: Bool?
    }

    let conditions: [Condition]
    let start: DateColumns
    let end: DateColumns
    let censored: DateColumns?
    /// `midpoint` (true) or `drop` (false).
    let imputeCoarse: Bool
    /// `impossible_day: unknown`: a day that does not exist is read as blank.
    let impossibleDayUnknown: Bool
    let outcomeColumn: Int
    /// Codes of each cause, in the file's order.
    let causeCodes: [[Value]]
    let covariates: [Covariate]
    var causeNames: [String] = []
    /// Index of the compliance cause.
    var compliance = 0

    /// The cause a code means, if any.
    func cause(of code: String) -> Int? {
        guard !code.isEmpty else { return nil }
        return causeCodes.firstIndex { codes in codes.contains { $0.matches(code) } }
    }
}
