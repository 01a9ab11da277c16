/// Two reports compared outcome by outcome.
public struct Comparison: Codable, Sendable {
    public enum Verdict: String, Codable, Sendable {
        /// The 95% CI of the difference lies within ±margin: equivalent.
        case pass = "PASS"
        /// The difference exceeds the margin: they differ.
        case fail = "FAIL"
        /// Neither can be shown yet: more runs needed.
        case inconclusive = "INCONCLUSIVE"
    }

    public struct Row: Codable, Sendable {
        public var id: String
        public var label: String
        /// What is compared: "probability", "median date", "mean".
        public var measure: String
        public var a: String
        public var b: String
        /// B − A with its 95% CI, in the measure's unit (probability, days, value).
        public var difference: Estimate
        public var margin: Double
        /// Holm-corrected tests: equivalence (|B − A| < margin) and difference (|B − A| > margin).
        public var pEquivalence: Double
        public var pDifference: Double
        public var verdict: Verdict
    }

    /// An outcome whose kind differs between the reports (e.g. share in A,
    /// attribute in B): not compared, and counted as a difference.
    public struct KindChange: Codable, Sendable {
        public var id: String
        public var a: OutcomeSummary.Kind
        public var b: OutcomeSummary.Kind
    }

    public var a: String
    public var b: String
    public var sameScenario: Bool
    public var notes: [String]
    public var alpha: Double
    public var rows: [Row]
    /// Outcome ids found in only one report.
    public var unmatched: [String]
    public var changedKinds: [KindChange]

    /// 0 when every row passes, 1 when any fails or an outcome changed kind, 2 otherwise.
    public var exitCode: Int32 {
        if rows.contains(where: { $0.verdict == .fail }) || !changedKinds.isEmpty { return 1 }
        return rows.allSatisfy { $0.verdict == .pass } ? 0 : 2
    }
}

/// Reports that cannot be compared.
public enum ComparisonError: Error, Sendable, CustomStringConvertible {
    case formatVersion(file: String, found: Int)
    case differentScenarios(String, String)
    case differentGenerators(String, String)
    case unreadable(file: String, reason: String)
    /// The reports share no outcome id: nothing to compare, which is no PASS.
    case nothingInCommon(a: String, b: String)
    /// A report whose contents do not add up (`item`: where in it).
    case inconsistent(file: String, item: String, reason: String)

    public var description: String {
        switch self {
        case .formatVersion(let file, let found):
            "\(file): report format \(found), but this Demarche reads formats "
                + Report.readableFormats.map(String.init).joined(separator: " and ") + "; regenerate it with this version"
        case .differentScenarios(let a, let b):
            "the reports come from different scenario files (SHA-256 \(a.prefix(12))… vs \(b.prefix(12))…); "
                + "pass --allow-different-scenarios to compare two variants"
        case .differentGenerators(let a, let b):
            "the reports were drawn with different random generators (\(a) vs \(b)): their runs are not "
                + "the same draws; pass --allow-different-generators to compare them as independent samples"
        case .unreadable(let file, let reason):
            "\(file): not a Demarche JSON report (\(reason))"
        case .nothingInCommon(let a, let b):
            "\(a) and \(b) have no outcome in common (outcomes are matched by id); nothing to compare"
        case .inconsistent(let file, let item, let reason):
            "\(file): \(item): \(reason)"
        }
    }
}
