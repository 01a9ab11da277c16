import Foundation

/// Strictly proper scores of a probability forecast of a yes/no question
/// (Gneiting & Raftery 2007): lower is better for both.
public enum ProperScores {
    /// Probabilities are clipped to [ε, 1 − ε] for the log score, so a
    /// confident miss costs −ln ε ≈ 13.8 instead of infinity.
    public static let logEpsilon = 1e-6

    /// Brier (1950): (p − o)².
    public static func brier(_ probability: Double, _ outcome: Bool) -> Double {
        let difference = probability - (outcome ? 1 : 0)
        return difference * difference
    }

    /// The probability the log score uses: clipped to [ε, 1 − ε].
    public static func clipped(_ probability: Double) -> Double { min(max(probability, logEpsilon), 1 - logEpsilon) }

    /// Logarithmic (ignorance) score in nats: −ln p if it happened, −ln(1 − p) if not.
    public static func logScore(_ probability: Double, _ outcome: Bool) -> Double {
        let p = clipped(probability)
        return -log(outcome ? p : 1 - p)
    }

    /// Skill against a reference forecast's mean score: 1 − score ÷ reference
    /// (1 perfect, 0 no better, negative worse).
    public static func skill(_ score: Double, reference: Double) -> Double {
        reference > 0 ? 1 - score / reference : (score == 0 ? 0 : -.infinity)
    }
}
