extension Report {
    /// Why a run with `--until-precision` stopped short of its target: the
    /// widest 95% CI half-width of its probabilities is still above the
    /// target, so it ran to its cap (`--max-runs`). Nil when it reached the
    /// target, or when no target was set. Shown in Markdown and HTML, and
    /// by `run` on standard error.
    public var precisionShortfall: String? {
        guard let target = manifest.untilPrecision, convergence.widestHalfWidth > target else { return nil }
        // Enough digits that the two numbers read differently.
        let digits = (2...6).first { ReportFormatting.text("%.\($0)f", target * 100) != ReportFormatting.text("%.\($0)f", convergence.widestHalfWidth * 100) } ?? 6
        func percent(_ value: Double) -> String { ReportFormatting.text("%.\(digits)f%%", value * 100) }
        return "stopped short of --until-precision ±\(percent(target)): after the cap of \(ReportFormatting.grouped(convergence.runs)) runs "
            + "(--max-runs) the widest 95% CI half-width is ±\(percent(convergence.widestHalfWidth))"
            + (convergence.outcome.map { " (\($0))" } ?? "") + "."
    }
}
