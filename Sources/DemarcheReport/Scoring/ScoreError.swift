/// Why questions cannot be scored, or a file cannot serve as a baseline.
public enum ScoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidQuestion(file: String, id: String, reason: String)
    case duplicateQuestion(file: String, id: String)
    case invalidBins(Int)
    case invalidGate(String)
    /// A JSON file that is not `demarche score` output; `found` says what it is.
    case notAScoreReport(file: String, found: String)
    case formatVersion(file: String, found: Int)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .invalidQuestion(let file, let id, let reason): "\(file): question '\(id)': \(reason)"
        case .duplicateQuestion(let file, let id): "\(file): question '\(id)' appears more than once"
        case .invalidBins(let bins): "bins must be from 1 to \(ScoreReport.maximumBins), not \(bins)"
        case .invalidGate(let reason): "score gate: \(reason)"
        case .notAScoreReport(let file, let found):
            "\(file): not a Demarche score report (\(found)); a baseline is the JSON output of `demarche score --format json`"
        case .formatVersion(let file, let found):
            "\(file): score report format \(found), but this Demarche reads format \(ScoreReport.formatVersion); score again with this version"
        case .unreadable(let file, let reason): "\(file): not a Demarche score report (\(reason))"
        }
    }
}
