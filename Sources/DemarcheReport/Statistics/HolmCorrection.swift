/// Holm's step-down procedure (Holm 1979): which of m hypotheses to reject
/// at family-wise error rate `alpha`, uniformly more powerful than Bonferroni.
public enum HolmCorrection {
    /// Whether each p-value's hypothesis is rejected.
    public static func rejections(_ pValues: [Double], alpha: Double) -> [Bool] {
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var rejected = Array(repeating: false, count: pValues.count)
        for (rank, index) in order.enumerated() {
            guard pValues[index] <= alpha / Double(pValues.count - rank) else { break }
            rejected[index] = true
        }
        return rejected
    }
}
