import DemarcheKernel
import DemarcheReport
import DemarcheScenario

extension SweepHeader {
    /// SHA-256 of the settings (this header as canonical JSON), written with
    /// them into every part file and journal.
    public var sha256: String { SHA256.hex(Array(ReportJSON.encode(self, pretty: false).utf8)) }

    /// Checks that settings read from a file are consistent and within
    /// limits (the design's shape, dates, outcomes, the memory its values
    /// need), and returns the checker of its work items.
    func checked() throws(SweepProblem) -> WorkItemChecker {
        guard format == Self.formatVersion else { throw .header("format \(format), expected \(Self.formatVersion)") }
        guard runs >= 1 else { throw .header("runs is \(runs); expected at least 1") }
        guard !rows.isEmpty, rows.count <= RunLimits.maximumVariants else {
            throw .header("\(rows.count) variants; expected 1 to \(RunLimits.maximumVariants)")
        }
        for (index, row) in rows.enumerated() {
            guard row.count == factors.count else { throw .header("variant \(index) has \(row.count) values for \(factors.count) factors") }
            guard row.allSatisfy(\.isFinite) else { throw .header("variant \(index) has a value that is not a finite number") }
        }
        if let factorLabels, factorLabels.count != factors.count {
            throw .header("\(factorLabels.count) factor labels for \(factors.count) factors")
        }
        let k = factors.count
        let expectedRows: Int? = switch design {
        case "grid", "rows", "lhs", "sobol": baseSize
        case "saltelli": baseSize.multipliedReportingOverflow(by: k + 2).overflow ? nil : baseSize * (k + 2)
        case "oat": baseSize == 1 ? 1 + 2 * k : nil
        default: nil
        }
        guard SweepSpec.Design(rawValue: design) != nil else { throw .header("unknown design '\(design)'") }
        guard baseSize >= 1, expectedRows == rows.count else {
            throw .header("a \(design) design of base size \(baseSize) and \(k) factors cannot have \(rows.count) variants")
        }
        guard Set(outcomes.map(\.id)).count == outcomes.count else { throw .header("an outcome id occurs twice") }
        for outcome in outcomes where outcome.kind == .event {
            guard let by = outcome.byDay, by.isFinite else { throw .header("outcome '\(outcome.id)' has no finite 'by' day") }
        }
        guard let first = try? CalendarDate(iso: start), let last = try? CalendarDate(iso: horizon), first <= last else {
            throw .header("start \(start) and horizon \(horizon) are not two ISO dates in order")
        }
        do {
            try RunLimits.checkStorage(runs: runs, outcomes: outcomes.count, variants: rows.count, what: "runs \(runs)")
        } catch {
            throw .header(error.description)
        }
        // Event days run from the first day of year 1 (as-of facts may precede the start) to the horizon's end.
        let earliest = (try? CalendarDate(year: CalendarDate.supportedYears.lowerBound, month: 1, day: 1))?.dayNumber ?? first.dayNumber
        return WorkItemChecker(header: self, eventDays: Double(earliest - first.dayNumber)...Double(last.dayNumber - first.dayNumber + 1))
    }

    /// The first setting in which `other` differs from this header, as
    /// (setting, other's value, this header's value), or nil if none does.
    func firstDifference(from other: SweepHeader) -> (setting: String, found: String, expected: String)? {
        func text(_ header: SweepHeader) -> [(String, String)] {
            [("format", "\(header.format)"), ("sweep file (SHA-256)", header.sweepSHA256),
             ("scenario file (SHA-256)", header.scenarioSHA256), ("Demarche version", header.toolVersion),
             ("Demarche commit", header.toolCommit ?? "not recorded"),
             ("GSL version", header.gslVersion), ("seed", "\(header.seed)"),
             ("random generator", header.generator.rawValue), ("runs", "\(header.runs)"),
             ("design", header.design), ("factors", header.factors.joined(separator: ", ")),
             ("variants", "\(header.rows.count)"), ("outcomes", header.outcomes.map(\.id).joined(separator: ", ")),
             ("start and horizon", "\(header.start)–\(header.horizon)")]
        }
        for ((setting, found), (_, expected)) in zip(text(other), text(self)) where found != expected {
            return (setting, found, expected)
        }
        if other.rows != rows { return ("factor values of the variants", "other values", "these") }
        return other == self ? nil : ("settings (outcomes, base size or file names)", "other values", "these")
    }
}
