/// A part file or journal that does not add up, naming the file and, for a
/// work item, which one: `merge` and `sweep --resume` refuse it.
public struct SweepInputError: Error, CustomStringConvertible {
    public let file: String
    public let item: WorkItem?
    let problem: SweepProblem

    init(file: String, item: WorkItem? = nil, _ problem: SweepProblem) {
        self.file = file
        self.item = item
        self.problem = problem
    }

    public var description: String { "\(file): " + (item.map { "\($0.label): " } ?? "") + problem.description }
}

/// What is wrong with a sweep's settings or one of its work items.
enum SweepProblem: Error, CustomStringConvertible {
    /// The settings are inconsistent or out of range.
    case header(String)
    /// The settings do not match the digest written with them.
    case settingsDigest
    /// An item is not one of the sweep's, or its values do not add up.
    case item(String)
    /// An item's contents do not match the digest written with them.
    case itemDigest
    /// Not readable as what it claims to be.
    case unreadable(String)
    /// At odds with another file or with this run's settings.
    case conflict(String)

    var description: String {
        switch self {
        case .header(let reason): "sweep settings: \(reason)"
        case .settingsDigest: "the sweep settings do not match their SHA-256 (edited or corrupted)"
        case .item(let reason): reason
        case .itemDigest: "its values do not match its SHA-256 (edited or corrupted)"
        case .unreadable(let reason), .conflict(let reason): reason
        }
    }
}

extension WorkItem {
    /// "variant 2, replications 250..<500" (an end past Int.max spelled as a count).
    public var label: String {
        let (end, overflow) = start.addingReportingOverflow(count)
        return "variant \(variant), replications " + (overflow ? "from \(start) (count \(count))" : "\(start)..<\(end)")
    }
}
