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

/// swift-argument-parser's man-page plugin drops non-ASCII characters
/// (`.ci/manual`), so every command's help is ASCII.
@Suite struct HelpTextASCIITests {
    @Test func everyCommandsHelpIsASCII() throws {
        let top = try CommandRunner.run(["--help"]).standardOutput
        let commands = top.components(separatedBy: "\n").drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(commands.count >= 10, "\(top)")
        for arguments in [["--help"]] + commands.map { [$0, "--help"] } {
            let help = try CommandRunner.run(arguments).standardOutput
            let foreign = help.unicodeScalars.filter { !$0.isASCII }.map { String($0) }
            #expect(foreign.isEmpty, "\(arguments.joined(separator: " ")): \(Set(foreign).sorted())")
        }
    }
}
