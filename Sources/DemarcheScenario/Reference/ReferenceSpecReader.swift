import Yams

/// Reads the `select`, `dates`, `outcome` and `covariates` sections of a
/// reference-class file into a ``ReferenceSpec``, checking every column name
/// against the case file's header.
struct ReferenceSpecReader {
    let reader: ScenarioReader
    let columns: ColumnResolver

    func spec(_ fields: Fields) -> ReferenceSpec? {
        let conditions = fields["select"].map { node in
            reader.list(node, "select").enumerated().compactMap { position, item in
                condition(item, node.isSequence ? "select.\(position)" : "select")
            }
        } ?? []
        let dates = fields["dates"].flatMap { reader.object($0, "dates", as: "reference_dates") }
        let start = dates?["start"].flatMap { dateColumns($0, "dates.start") }
        let end = dates?["end"].flatMap { dateColumns($0, "dates.end") }
        let censored = dates?["censored"].flatMap { dateColumns($0, "dates.censored") }
        let coarse = dates?["coarse"].flatMap { reader.choice($0, "dates.coarse", ["midpoint", "drop"]) }
        let impossibleDay = dates?["impossible_day"].flatMap { reader.choice($0, "dates.impossible_day", ["error", "unknown"]) } ?? "error"
        let outcome = fields["outcome"].flatMap { reader.object($0, "outcome", as: "reference_outcome") }
        let outcomeColumn = columns.column(outcome?["column"], "outcome.column")
        let causeList = outcome?["causes"].map { causes($0) } ?? []
        if let node = outcome?.values["causes"], causeList.isEmpty { reader.error(node, "outcome.causes", "name at least one cause") }
        let compliance = outcome?["compliance"].flatMap {
            reader.reference($0, "outcome.compliance", to: Dictionary(uniqueKeysWithValues: causeList.enumerated().map { ($1.name, $0) }),
                             kind: "cause")
        }
        let covariates = fields["covariates"].map { node in
            reader.entries(node, "covariates").compactMap { name, item, _ in covariate(item, "covariates.\(name)", name: name) }
        } ?? []
        guard let start, let end, let coarse, let outcomeColumn, !causeList.isEmpty, let compliance else { return nil }
        var spec = ReferenceSpec(
            conditions: conditions, start: start, end: end, censored: censored, imputeCoarse: coarse == "midpoint",
            impossibleDayUnknown: impossibleDay == "unknown",
            outcomeColumn: outcomeColumn, causeCodes: causeList.map(\.codes), covariates: covariates)
        spec.causeNames = causeList.map(\.name)
        spec.compliance = compliance
        return spec
    }

    private func condition(_ node: Node, _ path: String) -> ReferenceSpec.Condition? {
        guard let fields = reader.object(node, path, as: "reference_select") else { return nil }
        let column = columns.column(fields["column"], fields.path("column"))
        var equals = fields["equals"].flatMap { reader.text($0, fields.path("equals")) }.map { [ReferenceSpec.Value(text: $0)] } ?? []
        if let list = fields["in"] {
            equals += reader.list(list, fields.path("in")).compactMap { reader.text($0, fields.path("in")).map(ReferenceSpec.Value.init) }
        }
        let minimum = fields["min"].flatMap { reader.number($0, fields.path("min")) }
        let maximum = fields["max"].flatMap { reader.number($0, fields.path("max")) }
        let blank = fields["blank"].flatMap { reader.boolean($0, fields.path("blank")) }
        if equals.isEmpty, minimum == nil, maximum == nil, blank == nil {
            reader.error(node, path, "a condition needs 'equals', 'in', 'min', 'max' or 'blank'")
        }
        if let minimum, let maximum, minimum > maximum {
            reader.error(fields.values["max"], fields.path("max"), "max (\(maximum)) is below min (\(minimum)): nothing can match")
        }
        return column.map { ReferenceSpec.Condition(column: $0, equals: equals, minimum: minimum, maximum: maximum, blank: blank) }
    }

    private func dateColumns(_ node: Node, _ path: String) -> ReferenceSpec.DateColumns? {
        guard let fields = reader.object(node, path, as: "date_columns") else { return nil }
        if fields.values["date"] != nil {
            if fields.values["year"] != nil || fields.values["month"] != nil || fields.values["day"] != nil {
                reader.error(node, path, "give either 'date' or 'year' (with 'month' and 'day'), not both")
            }
            return columns.column(fields["date"], fields.path("date")).map(ReferenceSpec.DateColumns.iso)
        }
        guard fields.values["year"] != nil else {
            reader.error(node, path, "a date needs 'year' (with optional 'month' and 'day') or 'date'")
            return nil
        }
        let year = columns.column(fields["year"], fields.path("year"))
        let month = fields.values["month"].map { _ in columns.column(fields["month"], fields.path("month")) }
        let day = fields.values["day"].map { _ in columns.column(fields["day"], fields.path("day")) }
        if day != nil, month == nil { reader.error(node, path, "a day column needs a month column") }
        guard let year, month ?? 0 != nil, day ?? 0 != nil else { return nil }
        return .parts(year: year, month: month ?? nil, day: day ?? nil)
    }

    private func causes(_ node: Node) -> [(name: String, codes: [ReferenceSpec.Value])] {
        var seen: [ReferenceSpec.Value] = []
        return reader.entries(node, "outcome.causes").compactMap { name, item, _ in
            let path = "outcome.causes.\(name)"
            let codes = reader.list(item, path).compactMap { reader.text($0, path).map(ReferenceSpec.Value.init) }
            for (position, code) in codes.enumerated() where seen.contains(where: { $0.matches(code.text) }) {
                reader.error(reader.list(item, path)[position], path, "code '\(code.text)' already belongs to another cause")
            }
            seen += codes
            if codes.isEmpty { reader.error(item, path, "a cause needs at least one code") }
            return (name, codes)
        }
    }

    private func covariate(_ node: Node, _ path: String, name: String) -> ReferenceSpec.Covariate? {
        guard let fields = reader.object(node, path, as: "reference_covariate") else { return nil }
        let column = columns.column(fields["column"], fields.path("column"))
        let equals = fields["equals"].flatMap { reader.text($0, fields.path("equals")) }.map(ReferenceSpec.Value.init)
        let blank = fields["blank"].flatMap { reader.boolean($0, fields.path("blank")) }
        if equals != nil, blank != nil { reader.error(node, path, "give 'equals' or 'blank', not both") }
        return column.map { ReferenceSpec.Covariate(name: name, column: $0, equals: equals, blank: blank) }
    }
}
