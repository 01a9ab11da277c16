extension SweepReport.Sensitivity {
    /// The factors that Sobol intervals cannot tell apart from the leading
    /// one: with `entries` ranked by total index ST (largest first), the
    /// leader and every other factor whose 95% ST interval reaches the
    /// leader's (its upper end at or above the leader's lower end). Nil when
    /// none does, so the top of the ranking stands, or when every interval
    /// is 0 (the outcome does not vary: nothing to rank); a sweep whose leader
    /// cannot be told from the runner-up ranks nothing, and needs a larger
    /// base sample (intervals narrow as 1/√N).
    static func overlappingLeader(_ entries: [SweepReport.Entry]) -> [String]? {
        // All indices 0: no factor moves the outcome, and there is nothing to rank.
        guard let leader = entries.first, let lead = leader.total, lead.high > 0 else { return nil }
        let overlapping = entries.dropFirst().filter { ($0.total?.high ?? -.infinity) >= lead.low }
        return overlapping.isEmpty ? nil : [leader.factor] + overlapping.map(\.factor)
    }
}

extension SweepReport {
    /// A factor's label, or its path when it has none.
    func name(ofFactor path: String) -> String {
        guard let labels = manifest.factorLabels, let index = manifest.factors.firstIndex(of: path), index < labels.count else { return path }
        return labels[index]
    }

    /// Every factor's label (its path when it has none), in order.
    var factorNames: [String] { manifest.factors.map(name(ofFactor:)) }

    /// What to tell the reader when an analysis's Sobol intervals are too
    /// wide to rank its factors; nil when they are not.
    public func rankingWarning(_ analysis: Sensitivity) -> String? {
        guard let factors = analysis.overlappingLeader, let leader = factors.first else { return nil }
        let others = factors.dropFirst().map { "'\(name(ofFactor: $0))'" }
        let list = others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + (others.last ?? "")
        return "the Sobol intervals are too wide to rank the factors: the 95% interval of the total index (ST) of '\(name(ofFactor: leader))', "
            + "ranked first, overlaps \(others.count == 1 ? "that" : "those") of \(list). Raise 'samples' (the base size N; intervals narrow as 1/√N) before reading the order."
    }
}
