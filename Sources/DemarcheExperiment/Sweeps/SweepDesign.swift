import DemarcheRandom
import DemarcheScenario

/// The variants of a sweep: one row of factor values per variant, in the
/// order the sensitivity analyses expect.
///
/// - grid: every combination, the first factor varying slowest.
/// - rows: as given.
/// - lhs: `samples` rows; factor j's range is cut into `samples` strata and
///   a random permutation assigns each stratum to exactly one row, with a
///   uniform position inside it (McKay, Beckman & Conover 1979).
/// - sobol: the first `samples` points of GSL's Sobol sequence, scaled.
/// - saltelli: N = `samples` points of a 2k-dimensional Sobol sequence split
///   into A and B; rows A₁…A_N, B₁…B_N, then for each factor i the rows of
///   A with column i taken from B (Saltelli et al. 2010): N·(k + 2) rows.
/// - oat: the base, then for each factor its low and its high.
public struct SweepDesign: Sendable {
    public let kind: SweepSpec.Design
    public let rows: [[Double]]
    /// saltelli: N.
    public let baseSize: Int

    /// Refuses, before building anything, more than ``RunLimits/maximumVariants``
    /// variants (``RunLimits/Failure``); GSL's Sobol sequence may throw a
    /// ``DistributionError``.
    public init(_ spec: SweepSpec) throws {
        _ = try Self.count(spec)
        kind = spec.design
        let factors = spec.factors
        func scale(_ unit: Double, _ factor: SweepSpec.Factor) -> Double { factor.low + (factor.high - factor.low) * unit }
        switch spec.design {
        case .grid:
            rows = factors.reduce([[]]) { partial, factor in partial.flatMap { row in factor.values.map { row + [$0] } } }
            baseSize = rows.count
        case .rows:
            rows = spec.rows
            baseSize = rows.count
        case .lhs:
            let stream = RandomStream(StreamSeed(master: spec.seed, replication: 0, stream: StreamID("design-lhs")))
            let n = spec.samples
            let columns = factors.map { factor -> [Double] in
                var strata = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) { strata.swapAt(i, stream.uniformInteger(below: i + 1)) }
                return strata.map { scale((Double($0) + stream.uniform()) / Double(n), factor) }
            }
            rows = (0..<n).map { i in columns.map { $0[i] } }
            baseSize = n
        case .sobol:
            rows = try SobolSequence(dimension: factors.count).points(spec.samples).map { point in
                zip(point, factors).map { scale($0, $1) }
            }
            baseSize = rows.count
        case .saltelli:
            let k = factors.count
            let points = try SobolSequence(dimension: 2 * k).points(spec.samples)
            let a = points.map { point in (0..<k).map { scale(point[$0], factors[$0]) } }
            let b = points.map { point in (0..<k).map { scale(point[k + $0], factors[$0]) } }
            var all = a + b
            for i in 0..<k {
                all += zip(a, b).map { rowA, rowB in
                    var mixed = rowA
                    mixed[i] = rowB[i]
                    return mixed
                }
            }
            rows = all
            baseSize = spec.samples
        case .oat:
            let base = factors.map(\.base)
            rows = [base] + factors.indices.flatMap { i -> [[Double]] in
                var low = base
                var high = base
                low[i] = factors[i].low
                high[i] = factors[i].high
                return [low, high]
            }
            baseSize = 1
        }
    }

    /// How many variants a design of `spec` has, without building it;
    /// refuses more than ``RunLimits/maximumVariants`` (a grid's product of
    /// value counts is multiplied with overflow checks).
    public static func count(_ spec: SweepSpec) throws(RunLimits.Failure) -> Int {
        let k = spec.factors.count
        var count: Int? = switch spec.design {
        case .grid: spec.factors.reduce(1) { product, factor in
                product.flatMap { product in
                    let (next, overflow) = product.multipliedReportingOverflow(by: factor.values.count)
                    return overflow ? nil : next
                }
            }
        case .rows: spec.rows.count
        case .lhs, .sobol: spec.samples
        case .saltelli: spec.samples.multipliedReportingOverflow(by: k + 2).overflow ? nil : spec.samples * (k + 2)
        case .oat: 1 + 2 * k
        }
        if let variants = count, variants > RunLimits.maximumVariants { count = nil }
        guard let count else {
            let sizes = spec.design == .grid ? " (" + spec.factors.map { "\($0.values.count)" }.joined(separator: " × ") + ")" : ""
            throw RunLimits.Failure(description: "\(spec.file): the \(spec.design.rawValue) design has more than "
                                    + "\(RunLimits.maximumVariants) variants\(sizes); use fewer values, or an lhs or sobol design")
        }
        return count
    }

    /// The variants of `spec` after checking, before any work, that they
    /// and every run's kept values fit (``RunLimits``).
    public static func checkSize(_ spec: SweepSpec) throws(RunLimits.Failure) -> Int {
        let variants = try count(spec)
        try RunLimits.checkStorage(runs: spec.runs, outcomes: spec.scenario.model.outcomes.count, variants: variants,
                                   what: spec.file)
        return variants
    }
}
