import DemarcheRandom

/// First-order and total Sobol indices from a Saltelli design (Saltelli et
/// al. 2010, "Variance based sensitivity analysis of model output",
/// Computer Physics Communications 181:259): with f_A, f_B and f_AB(i) the
/// outputs on the rows of A, B and A with column i from B, and V the
/// variance of f_A ∪ f_B,
///
///     S1ᵢ = mean(f_B · (f_AB(i) − f_A)) / V          (Saltelli 2010)
///     STᵢ = mean((f_A − f_AB(i))²) / (2V)             (Jansen 1999)
///
/// with 95% percentile-bootstrap intervals over the N base rows.
public enum SobolIndices {
    public struct Result: Codable, Sendable {
        public var firstOrder: [Estimate]
        public var total: [Estimate]
    }

    public static func estimate(
        a: [Double], b: [Double], ab: [[Double]], resamples: Int = 1000, seed: UInt64 = 1979
    ) -> Result {
        let n = a.count
        let rows = Array(0..<n)
        let point = indices(a: a, b: b, ab: ab, rows: rows)
        let stream = RandomStream(seed: seed)
        var draws = Array(repeating: (first: [Double](), total: [Double]()), count: ab.count)
        var sample = rows
        for _ in 0..<resamples {
            for j in 0..<n { sample[j] = stream.uniformInteger(below: n) }
            let replicate = indices(a: a, b: b, ab: ab, rows: sample)
            for i in ab.indices {
                draws[i].first.append(replicate.first[i])
                draws[i].total.append(replicate.total[i])
            }
        }
        func interval(_ value: Double, _ draws: [Double]) -> Estimate {
            let finite = draws.filter(\.isFinite)
            let bounds = SampleQuantiles.quantiles(finite, [0.025, 0.975]) ?? [value, value]
            return Estimate(value: value, low: bounds[0], high: bounds[1])
        }
        return Result(
            firstOrder: ab.indices.map { interval(point.first[$0], draws[$0].first) },
            total: ab.indices.map { interval(point.total[$0], draws[$0].total) })
    }

    static func indices(a: [Double], b: [Double], ab: [[Double]], rows: [Int]) -> (first: [Double], total: [Double]) {
        let pooled = rows.map { a[$0] } + rows.map { b[$0] }
        let mean = pooled.reduce(0, +) / Double(pooled.count)
        let variance = pooled.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(pooled.count)
        // An output no factor moves has no variance to apportion: every index is 0.
        guard variance > 0 else { return (ab.map { _ in 0 }, ab.map { _ in 0 }) }
        let n = Double(rows.count)
        let first = ab.map { column in rows.reduce(0) { $0 + b[$1] * (column[$1] - a[$1]) } / n / variance }
        let total = ab.map { column in rows.reduce(0) { $0 + (a[$1] - column[$1]) * (a[$1] - column[$1]) } / (2 * n) / variance }
        return (first, total)
    }
}
