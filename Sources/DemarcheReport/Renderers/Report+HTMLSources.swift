extension Report {
    /// The Sources section of the HTML page: the dated sources cited, and
    /// how the numbers are sourced.
    func sourcesHTML() -> String {
        guard !sources.isEmpty || sourcing != nil else { return "" }
        let e = HTMLText.escape
        var html = "<h2>Sources</h2>"
        if !citedSourceRows.isEmpty {
            html += "<p class=\"note\">\(e(citedSourcesNote))</p><div class=\"sources\">"
                + HTMLText.table(Self.citedSourceHeader, citedSourceRows, numeric: [3, 4]) + "</div>"
        }
        if let sourcing { html += "<p>\(e(sourcing.sentence))</p>" }
        return html
    }

    /// The page's appendix: every parameter with its value (or its
    /// distribution and parameters), its source and that source's date,
    /// grouped by construct, in small type, folded on screen and printed open.
    func parameterSourcesHTML() -> String {
        guard !sources.isEmpty else { return "" }
        let e = HTMLText.escape
        var html = ""
        let published = Dictionary((citedSources ?? []).map { ($0.id, $0.published) }, uniquingKeysWith: { first, _ in first })
        html += "<details class=\"print-open\"><summary>Source of each parameter (\(sources.count))</summary>"
        html += "<table class=\"params\"><thead><tr><th>parameter</th><th>value</th><th>source</th><th>published</th></tr></thead><tbody>"
        var group: String?
        for row in sources {
            let (construct, name) = Self.construct(of: row.path)
            if construct != group {
                html += "<tr class=\"group\"><th colspan=\"4\">\(e(construct))</th></tr>"
                group = construct
            }
            var dates: [String] = []
            for id in row.sourceIDs ?? [] {
                if let date = published[id], !dates.contains(date) { dates.append(date) }
            }
            let dated = dates.isEmpty ? "—" : dates.map { "<span class=\"d\">\(e($0))</span>" }.joined(separator: ", ")
            html += "<tr><td>\(e(name.isEmpty ? "(dates and facts)" : name))</td><td>\(e(row.value.isEmpty ? "—" : row.value))</td>"
                + "<td>\(e(row.source))</td><td>\(dated)</td></tr>"
        }
        return html + "</tbody></table></details>"
    }

    /// A parameter path split into the construct it belongs to and the rest:
    /// `decisions.uk-5g` and `weibull.shape`; a construct's own path (its
    /// dates and facts) has no rest.
    static func construct(of path: String) -> (construct: String, name: String) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        return (parts.prefix(2).joined(separator: "."), parts.dropFirst(2).joined(separator: "."))
    }
}
