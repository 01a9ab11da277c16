/// A sweep: a scenario, factors named by the paths `--set` uses, and a design
/// that chooses their values for each variant.
public struct SweepSpec: Sendable {
    public enum Design: String, Sendable, CaseIterable {
        /// Every combination of the factors' values.
        case grid
        /// Explicit rows (in the file, or a CSV made with SALib or pyDOE).
        case rows
        /// Latin hypercube (McKay, Beckman & Conover 1979): each factor's range
        /// cut into `samples` strata, each stratum used exactly once.
        case lhs
        /// The Sobol quasi-random sequence (GSL).
        case sobol
        /// Saltelli's design for Sobol indices: matrices A, B and each A_B^(i).
        case saltelli
        /// One factor at a time, low and high around a base (tornado charts).
        case oat
    }

    public struct Factor: Sendable, Equatable {
        public var path: String
        public var low: Double
        public var high: Double
        public var base: Double
        public var values: [Double]
        /// What reports call the factor instead of its path (`label:`), if given.
        public var label: String? = nil

        /// The label, or the path when there is none.
        public var name: String { label ?? path }
    }

    public var file: String
    public var sha256: String
    /// The scenario, loaded (its path resolved against the sweep file).
    public var scenario: Scenario
    public var design: Design
    public var samples: Int
    public var rows: [[Double]]
    public var factors: [Factor]
    public var runs: Int
    public var seed: UInt64
}
