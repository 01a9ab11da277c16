/// The largest sizes `demarche bench` accepts. Memory grows with processes
/// (one queued event each, ids are 32-bit) and customers (their arrival
/// times are kept); time grows with processes × until, customers,
/// replications and rounds. Each bound is far above the defaults and what
/// `shared/bench` uses, and keeps a run within memory and a working day.
public enum BenchmarkLimits {
    public static let processes = 1_000_000
    public static let until = 1_000_000.0
    public static let customers = 10_000_000
    public static let replications = 10_000_000
    public static let rounds = 1_000

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Refuses a size outside 1…`maximum`, naming `flag`.
    public static func check(_ value: Int, _ flag: String, maximum: Int) throws(Failure) {
        guard value >= 1 else { throw Failure(description: "\(flag) must be at least 1 (got \(value)).") }
        guard value <= maximum else { throw Failure(description: "\(flag) must be at most \(maximum) (got \(value)).") }
    }

    /// Refuses a simulated time that is not in (0, ``until``].
    public static func check(until value: Double) throws(Failure) {
        guard value.isFinite, value > 0 else { throw Failure(description: "--until must be a positive number (got \(value)).") }
        guard value <= until else { throw Failure(description: "--until must be at most \(Int(until)) (got \(value)).") }
    }
}
