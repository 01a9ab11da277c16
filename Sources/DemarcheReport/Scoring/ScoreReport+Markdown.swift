extension ScoreReport {
    /// Markdown for the terminal and for pull requests: the bottom line
    /// first, then totals, skill, the Brier decomposition, the reliability
    /// table, every question, and the unanswered ones with the reason.
    public func markdown() -> String {
        var out = "# Forecast scores\n\n"
        out += "- resolutions: \(resolutionsFile)\n"
        out += "- reports: \(reports.isEmpty ? "—" : reports.joined(separator: ", "))\n"
        out += "- questions: \(rows.count) (\(answered) answered, \(unanswered) unanswered, \(contested) contested)\n"
        out += "- scores: Brier (p − o)² and log score −ln p or −ln(1 − p) in nats, p clipped to [\(logEpsilon), 1 − \(logEpsilon)]; "
        out += "lower is better\n"
        out += "- tool: demarche \(toolVersion)\n" + ToolCommit.markdownLine(toolCommit) + "\n"
        out += "## Bottom line\n\n" + bottomLine.map { "- \($0)\n" }.joined() + "\n"
        guard !resolutions.isEmpty else { return out + questionSections }
        out += "## Scores\n\nOver the answered questions; unanswered ones are left out of every total.\n\n" + totalsTable.markdown
        out += "\n## Skill\n\nSkill = 1 − score ÷ the reference's score over the same questions: positive is better than the reference. "
        out += "Climatology forecasts the observed frequency of these very questions for each of them: it uses the answers "
        out += "(in-sample), so beating it is harder than it would be out of sample.\n\n" + skillTable.markdown
        out += "\n## Brier decomposition\n\n"
        out += "Murphy (1973) over \(resolutions[0].decomposition.binCount) equal-width forecast bins, with the within-bin terms of "
        out += "Stephenson, Coelho & Jolliffe (2008) that make it exact: BS = REL − RES + UNC + WBV − WBC.\n\n" + decompositionTable.markdown
        for set in resolutions {
            out += "\n## Reliability (\(set.resolution.rawValue))\n\n" + reliabilityTable(set).markdown
        }
        return out + "\n" + questionSections
    }

    private var questionSections: String {
        var out = "## Questions\n\n" + questionTable.markdown
        if unanswered > 0 { out += "\n## Unanswered (not in the totals)\n\n" + unansweredTable.markdown }
        return out
    }
}
