import DemarcheRandom
import DemarcheScenario
import Foundation
import Testing

/// Random and truncated YAML never crashes or hangs the loader: every input
/// either loads or is refused with at least one located diagnostic.
@Suite struct FuzzTests {
    static let sources: [String] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap {
            try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        } + [KitchenSink.text]
    }()

    func check(_ text: String) {
        do {
            _ = try ScenarioLoader.load(text: text, file: "fuzz.yaml")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty && $0.file == "fuzz.yaml" })
        }
    }

    @Test func truncatedFiles() {
        for source in Self.sources {
            let scalars = Array(source.unicodeScalars)
            for cut in stride(from: 0, to: scalars.count, by: max(1, scalars.count / 300)) {
                check(String(String.UnicodeScalarView(scalars[..<cut])))
            }
        }
    }

    @Test(arguments: UInt64(1)...8)
    func mutatedFiles(seed: UInt64) {
        let random = RandomStream(seed: seed)
        let alphabet = Array("{}[]:,-&*!|>'\"#%@`\n \t0123456789.eE+dwmoyabcxyz~?".unicodeScalars)
        for source in Self.sources {
            for _ in 0..<60 {
                var scalars = Array(source.unicodeScalars)
                for _ in 0..<(1 + random.uniformInteger(below: 8)) {
                    let position = random.uniformInteger(below: scalars.count)
                    switch random.uniformInteger(below: 3) {
                    case 0: scalars[position] = alphabet[random.uniformInteger(below: alphabet.count)]
                    case 1: scalars.insert(alphabet[random.uniformInteger(below: alphabet.count)], at: position)
                    default: scalars.remove(at: position)
                    }
                }
                check(String(String.UnicodeScalarView(scalars)))
            }
        }
    }

    @Test func randomBytes() {
        let random = RandomStream(seed: 77)
        for length in [0, 1, 2, 10, 100, 1000] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8(random.uniformInteger(below: 256)) }
                check(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    @Test func absurdInputsAreRefusedQuickly() {
        check(String(repeating: "[", count: 100_000))
        check(String(repeating: "- ", count: 50_000) + "x")
        check("demarche: 1\n" + String(repeating: "#", count: 5 << 20))
        check("a: " + String(repeating: "9", count: 10_000))
        check("demarche: 1\nactors: { x: { kind: state, alignment: 1e308 } }")
        check("demarche: 1\nmax_events: 99999999999999999999999")
    }
}
