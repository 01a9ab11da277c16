import DemarcheExperiment
import Foundation

/// Runs done of runs planned and time left (``ProgressLine``), redrawn in
/// place on standard error when it is a terminal, fitted to its width;
/// silent otherwise (CI logs, pipes).
final class ProgressBar {
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int) {
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = Date()
        let elapsed = Date().timeIntervalSince(started)
        let fraction = Double(done) / Double(max(total, 1))
        let line = ProgressLine(done: done, total: total, secondsLeft: fraction > 0 ? elapsed / fraction - elapsed : nil)
        FileHandle.standardError.write(Data(("\r" + line.rendered(columns: Self.columns()) + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The terminal's width: asked of standard error's terminal each time (it
    /// may be resized), else $COLUMNS, else 80.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return 80
    }
}
