import CDemarcheGSL

/// The Sobol low-discrepancy sequence in [0, 1)^d (Sobol 1967; Antonov &
/// Saleev 1979), as GSL generates it (`gsl_qrng_sobol`, d ≤ 40). Points are
/// deterministic: the same d gives the same sequence.
public struct SobolSequence: Sendable {
    public static let maximumDimension = 40
    public let dimension: Int

    public init(dimension: Int) throws(DistributionError) {
        guard (1...Self.maximumDimension).contains(dimension) else {
            throw DistributionError(parameter: "dimension", expected: "1…\(Self.maximumDimension) (GSL's Sobol generator)",
                                    found: "\(dimension)")
        }
        self.dimension = dimension
    }

    /// The first `count` points (GSL's sequence starts at (½, …, ½): the
    /// all-zero point is never produced).
    public func points(_ count: Int) -> [[Double]] {
        GSLErrorHandling.disableAbort()
        // gsl_qrng_alloc fails only on malloc failure for a valid dimension.
        guard let generator = gsl_qrng_alloc(demarche_gsl_qrng_sobol(), UInt32(dimension)) else {
            preconditionFailure("gsl_qrng_alloc failed: out of memory")
        }
        defer { gsl_qrng_free(generator) }
        var point = [Double](repeating: 0, count: dimension)
        return (0..<count).map { _ in
            _ = point.withUnsafeMutableBufferPointer { gsl_qrng_get(generator, $0.baseAddress) }
            return point
        }
    }
}
