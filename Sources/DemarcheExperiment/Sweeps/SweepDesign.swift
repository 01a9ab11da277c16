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

    public init(_ spec: SweepSpec) throws(DistributionError) {
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

    /// How many variants a design of `spec` has, without building it.
    public static func count(_ spec: SweepSpec) -> Int {
        switch spec.design {
        case .grid: spec.factors.reduce(1) { $0 * $1.values.count }
        case .rows: spec.rows.count
        case .lhs, .sobol: spec.samples
        case .saltelli: spec.samples * (spec.factors.count + 2)
        case .oat: 1 + 2 * spec.factors.count
        }
    }
}
