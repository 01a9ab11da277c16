@testable import DemarcheReport
import Testing

/// Numbers in reports never print as a negative zero.
@Suite struct ReportFormattingTests {
    @Test(arguments: [
        ("%.1f", -0.04, "0.0"), ("%+.0f d", -0.3, "+0 d"), ("%+.1f pp", -0.001, "+0.0 pp"), ("%.3f", -0.0, "0.000"),
        ("%.2f", -0.01, "-0.01"), ("%.0f", -10.0, "-10"), ("%+.3f", -0.5, "-0.500"), ("%g", 1e-05, "1e-05"),
        ("%.1f%%", -0.0004 * 100, "0.0%"),
    ])
    func negativeZerosAreZeros(format: String, value: Double, expected: String) {
        #expect(ReportFormatting.text(format, value) == expected)
    }

    @Test func severalNumbersInOneFormat() {
        #expect(ReportFormatting.text("%.1f–%.1f%%", -0.01, -0.04) == "0.0–0.0%")
        #expect(ReportFormatting.text("%+.0f d to %+.0f d", -0.2, -3.0) == "+0 d to -3 d")
    }
}
