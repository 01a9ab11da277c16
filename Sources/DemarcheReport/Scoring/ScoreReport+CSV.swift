extension ScoreReport {
    /// One tidy table, one row per question, snake_case header. `NA` marks
    /// what an unanswered question lacks (probability and scores); an empty
    /// cell marks what does not apply (no `at_least`, `by`, `report`, `runs`,
    /// `resolved_on`, `base_rate` given; `alternative` scores of uncontested
    /// questions; `unanswered` of answered ones). Dates are ISO; numbers are
    /// at full precision; booleans are `true`/`false`.
    public func csv() -> String { questionsTable.csv }

    /// The one table of `--format csv --out DIR/`: DIR/questions.csv.
    public var tables: [DataTable] { [questionsTable] }

    var questionsTable: DataTable {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "NA" }
        let header = ["id", "outcome", "at_least", "by", "report", "runs", "probability", "resolved", "resolved_on", "source",
                      "alternative", "base_rate", "brier", "log_score", "alternative_brier", "alternative_log_score", "unanswered"]
        let lines = rows.map { row -> [String] in
            let q = row.question
            let contested = q.alternative != nil
            let asked: [String] = [q.id, q.outcome, q.atLeast.map { "\($0)" } ?? "", q.by ?? "", q.report ?? "", q.runs.map { "\($0)" } ?? ""]
            let resolved: [String] = [number(q.probability), "\(q.resolved)", q.resolvedOn ?? "", q.source,
                                      q.alternative.map { "\($0)" } ?? "", q.baseRate.map { "\($0)" } ?? ""]
            let scores: [String] = [number(row.brier), number(row.logScore), contested ? number(row.alternativeBrier) : "",
                                    contested ? number(row.alternativeLogScore) : "", q.probability == nil ? q.unanswered ?? "" : ""]
            return asked + resolved + scores
        }
        return DataTable(name: "questions", columns: header, rows: lines)
    }
}
