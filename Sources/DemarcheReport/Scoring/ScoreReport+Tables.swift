import Foundation

/// A table the Markdown and HTML renderers both print.
struct ScoreTable {
    var header: [String]
    var rows: [[String]]
    var numeric: Set<Int> = []

    var markdown: String { MarkdownTable(header: header, rows: rows, rightAligned: numeric).rendered }
    var html: String { HTMLText.table(header, rows, numeric: numeric) }
}

/// The content of the score report, shared by its Markdown and HTML renderers.
extension ScoreReport {
    static func score(_ value: Double?) -> String { value.map { ReportFormatting.number($0, digits: 4) } ?? "—" }
    /// A bin's forecasts: "[30%, 40%)", "[90%, 100%]".
    static func range(_ bin: BrierDecomposition.Bin) -> String {
        func edge(_ value: Double) -> String { ReportFormatting.text("%g%%", (value * 1000).rounded() / 10) }
        return "[\(edge(bin.low)), \(edge(bin.high))\(bin.high == 1 ? "]" : ")")"
    }
    static func signed(_ value: Double) -> String { value.isFinite ? ReportFormatting.text("%+.3f", value) : value > 0 ? "+∞" : "−∞" }

    /// "count ≥ 3 by 2021-06-30", "outcome-id by 2021-06-30".
    static func question(_ q: ScoredQuestion) -> String {
        (q.atLeast.map { "\(q.outcome) ≥ \($0)" } ?? q.outcome) + (q.by.map { " by \($0)" } ?? "")
    }

    /// What the reader should see first: the mean Brier against a coin's,
    /// per resolution set, the unanswered questions and the gate.
    var bottomLine: [String] {
        var lines: [String] = []
        for set in resolutions {
            let coin = set.skill(.coin).map { " (Brier skill \(Self.signed($0.brierSkill)))" } ?? ""
            lines.append("\(set.resolution == .asResolved ? "Mean Brier" : "With contested questions resolved the other way, mean Brier") "
                + "\(Self.score(set.score.brier)) over \(set.score.count) answered question\(set.score.count == 1 ? "" : "s"); "
                + "a 50% coin scores 0.2500\(coin). Lower is better.")
        }
        if resolutions.isEmpty { lines.append("No question is answered: nothing to score.") }
        if unanswered > 0 { lines.append("\(unanswered) of \(rows.count) questions unanswered: listed, not in the totals.") }
        lines += gateLines
        lines.append("Exit status \(exitCode) (0 pass, 1 a gate fails, 2 unanswered questions or nothing to compare).")
        return lines
    }

    var gateLines: [String] {
        guard let gate else { return [] }
        var lines: [String] = []
        if let check = gate.maxBrier {
            lines.append("Gate \(check.verdict.rawValue): mean Brier \(Self.score(check.meanBrier)) against a maximum of \(Self.score(check.limit)).")
        }
        if let check = gate.baseline {
            var line = "Gate \(check.verdict.rawValue) against the baseline \(check.file): "
            if let test = check.test {
                line += "Brier now − baseline \(Self.signed(test.meanDifference)) over \(test.count) shared question\(test.count == 1 ? "" : "s")"
                if let low = test.low, let high = test.high { line += " (95% CI \(Self.signed(low)) to \(Self.signed(high)))" }
                if let t = test.t, let p = test.p {
                    line += "; one-sided paired t-test of a worsening beyond \(Self.signed(check.margin)): t = \(ReportFormatting.text("%.3f", t)), "
                        + "\(test.count - 1) df, p = \(ReportFormatting.text("%.4g", p)) (α = \(check.alpha))."
                } else {
                    line += "; too few or identical differences for a t-test: it fails iff the mean exceeds the margin \(Self.signed(check.margin))."
                }
            } else {
                line += "no question is answered in both with the same resolution."
            }
            lines.append(line)
            if !check.notPaired.isEmpty {
                lines.append("Not paired with the baseline: " + check.notPaired.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ".")
            }
        }
        return lines
    }

    private var setNames: [String] { resolutions.map { $0.resolution == .asResolved ? "as resolved" : "contested the other way" } }

    var totalsTable: ScoreTable {
        let measures: [(String, (ResolutionSet) -> String)] = [
            ("answered questions", { "\($0.score.count)" }), ("mean forecast", { ReportFormatting.percent($0.score.meanForecast) }),
            ("observed frequency", { ReportFormatting.percent($0.score.observed) }), ("mean Brier", { Self.score($0.score.brier) }),
            ("mean log score (nats)", { Self.score($0.score.logScore) }),
        ]
        return ScoreTable(header: [""] + setNames, rows: measures.map { name, value in [name] + resolutions.map(value) },
                          numeric: Set(1...max(1, resolutions.count)))
    }

    var skillTable: ScoreTable {
        var rows: [[String]] = []
        for (set, name) in zip(resolutions, setNames) {
            rows += set.skills.map { skill in
                [skill.label, name, "\(skill.score.count)", Self.score(skill.score.brier), Self.score(skill.referenceScore.brier),
                 Self.signed(skill.brierSkill), Self.score(skill.score.logScore), Self.score(skill.referenceScore.logScore),
                 Self.signed(skill.logSkill)]
            }
        }
        return ScoreTable(header: ["reference", "resolution", "questions", "Brier", "reference Brier", "Brier skill", "log score",
                                   "reference log score", "log skill"], rows: rows, numeric: Set(2...8))
    }

    var decompositionTable: ScoreTable {
        let terms: [(String, (BrierDecomposition) -> Double)] = [
            ("REL reliability (lower is better)", \.reliability), ("RES resolution (higher is better)", \.resolution),
            ("UNC uncertainty ō(1 − ō)", \.uncertainty), ("WBV within-bin variance", \.withinBinVariance),
            ("WBC within-bin covariance", \.withinBinCovariance),
            ("REL − RES + UNC + WBV − WBC", { $0.reliability - $0.resolution + $0.uncertainty + $0.withinBinVariance - $0.withinBinCovariance }),
            ("mean Brier", \.brier),
        ]
        var rows = terms.map { name, term in [name] + resolutions.map { ReportFormatting.text("%.6f", term($0.decomposition)) } }
        rows.append(["identity error"] + resolutions.map { ReportFormatting.text("%.1e", $0.decomposition.identityError) })
        return ScoreTable(header: ["term"] + setNames, rows: rows, numeric: Set(1...max(1, resolutions.count)))
    }

    func reliabilityTable(_ set: ResolutionSet) -> ScoreTable {
        ScoreTable(header: ["forecast bin", "questions", "mean forecast", "observed", "95% CI (Wilson)"],
                   rows: set.decomposition.bins.map { bin in
                       [Self.range(bin),
                        "\(bin.count)", ReportFormatting.percent(bin.meanForecast), ReportFormatting.percent(bin.observed.value),
                        ReportFormatting.interval(bin.observed)]
                   }, numeric: [1, 2, 3, 4])
    }

    var questionTable: ScoreTable {
        let contestedColumns = contested > 0
        var header = ["id", "question", "report", "P", "runs", "resolved", "Brier", "log score"]
        if contestedColumns { header += ["other way", "Brier, other way", "log score, other way"] }
        header += ["base rate", "source"]
        let rows = self.rows.map { row in
            let q = row.question
            var cells = [q.id, Self.question(q), q.report ?? "—", q.probability.map(ReportFormatting.percent) ?? "unanswered",
                         q.runs.map { "\($0)" } ?? "—", (q.resolved ? "yes" : "no") + (q.resolvedOn.map { " (\($0))" } ?? ""),
                         Self.score(row.brier), Self.score(row.logScore)]
            if contestedColumns {
                cells += [q.alternative.map { $0 ? "yes" : "no" } ?? "", q.alternative == nil ? "" : Self.score(row.alternativeBrier),
                          q.alternative == nil ? "" : Self.score(row.alternativeLogScore)]
            }
            return cells + [q.baseRate.map(ReportFormatting.percent) ?? "—", q.source]
        }
        let numbers: Set<Int> = contestedColumns ? [3, 4, 6, 7, 9, 10, 11] : [3, 4, 6, 7, 8]
        return ScoreTable(header: header, rows: rows, numeric: numbers)
    }

    var unansweredTable: ScoreTable {
        ScoreTable(header: ["id", "question", "report", "why"], rows: rows.filter { $0.brier == nil }.map { row in
            [row.question.id, Self.question(row.question), row.question.report ?? "—", row.question.unanswered ?? "no reason given"]
        })
    }
}
