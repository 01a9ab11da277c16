import Foundation
import Testing

/// Help states each default once, in words.
@Suite struct HelpTextTests {
    /// The help of one option: its lines up to the next option.
    static func help(of option: String, in text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(option) ") }) else { return "" }
        let rest = lines[(start + 1)...].prefix { !$0.hasPrefix("  -") }
        return ([lines[start]] + rest).joined(separator: "\n")
    }

    @Test(arguments: ["run", "sweep"])
    func jobsStatesOneDefault(command: String) throws {
        let help = Self.help(of: "--jobs", in: try CommandRunner.run([command, "--help"]).standardOutput)
        #expect(help.contains("default: all cores"), "\(help)")
        #expect(help.components(separatedBy: "default").count == 2, "\(help)")
    }
}
