import Foundation

/// Runs done and time left, redrawn in place on standard error when it is a
/// terminal; silent otherwise (CI logs, pipes).
final class ProgressBar {
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int) {
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = Date()
        let fraction = Double(done) / Double(max(total, 1))
        let width = 30
        let filled = Int(fraction * Double(width))
        let elapsed = Date().timeIntervalSince(started)
        let remaining = fraction > 0 ? elapsed / fraction - elapsed : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data(String(format: "\r%@ %d/%d runs · ETA %.0f s  ", bar, done, total, remaining).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
