import DemarcheReport

/// The one line a progress bar redraws: a bar, the replications done of
/// those planned, and the time left, fitted to the terminal's width.
public struct ProgressLine: Sendable {
    public var done: Int
    public var total: Int
    /// Estimated seconds left; nil before anything is done.
    public var secondsLeft: Double?

    public init(done: Int, total: Int, secondsLeft: Double?) {
        self.done = done
        self.total = total
        self.secondsLeft = secondsLeft
    }

    /// The narrowest bar worth drawing; below it the bar is left out.
    static let minimumBar = 10
    /// The widest bar drawn, however wide the terminal.
    static let maximumBar = 40

    /// The line in at most `columns - 1` characters (writing the last column
    /// makes some terminals wrap): the bar shrinks, then goes, then the text
    /// is cut.
    public func rendered(columns: Int) -> String {
        let room = max(columns - 1, 0)
        let counts = "/\(ReportFormatting.grouped(total)) runs"
        let text = ReportFormatting.grouped(done) + counts + (secondsLeft.map { " · ETA \(Self.duration($0))" } ?? "")
        // Sized for the widest text to come ("12 min 05 s" left), so the bar keeps its width.
        let widest = ReportFormatting.grouped(total).count + counts.count + " · ETA 00 min 00 s".count
        let barWidth = min(room - max(widest, text.count) - 1, Self.maximumBar)
        guard barWidth >= Self.minimumBar else { return String(text.prefix(room)) }
        let fraction = total > 0 ? min(max(Double(done) / Double(total), 0), 1) : 0
        let filled = Int(fraction * Double(barWidth))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + " " + text
    }

    /// "45 s", "12 min 05 s", "3 h 20 min".
    static func duration(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(max(seconds, 0).rounded()) : 0
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60 < 10 ? "0" : "")\(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }
}
