/// The two kernel benchmarks of `shared/bench/` (des_gsl.c, simpy_bench.py),
/// with the same parameters and the same draws, so that figures can be
/// compared across implementations on one machine in one sitting.
public enum KernelBenchmark: Hashable, Sendable {
    /// Pure scheduling: `processes` processes each waiting exponential(1)
    /// timeouts, until clock time `until` (≈ processes × until events).
    case scheduling(processes: Int, until: Double)
    /// An M/M/1 queue with λ = 0.9 and μ = 1 serving `customers` customers;
    /// the mean wait in queue should approach λ / (μ(μ − λ)) = 9.
    case mm1(customers: Int)

    /// The name used on the command line and by the baselines (`sched`, `mm1`).
    public var name: String {
        switch self {
        case .scheduling: "sched"
        case .mm1: "mm1"
        }
    }

    /// Arguments after the seed, as the baselines take them.
    var baselineArguments: [String] {
        switch self {
        case .scheduling(let processes, let until): [String(processes), String(until)]
        case .mm1(let customers): [String(customers)]
        }
    }
}
