import DemarcheModel
import DemarcheRandom
import DemarcheReport
import DemarcheScenario
import Foundation
import Testing

/// The property of issue 11 over the bundled scenarios: every scenario in
/// `Scenarios/`, and many mutations of each (numbers replaced by extreme
/// values, NaN and infinity spelled as YAML does, keys dropped, lists and
/// mappings emptied, dates moved to the ends of the calendar), is either
/// refused with diagnostics that each name a line and column, or runs a few
/// replications and renders their traces as `demarche trace` does, with no
/// NaN outcome; a replication may stop only with a `ModelError` that says
/// why. A trap anywhere fails the test by killing it.
@Suite struct HostileScenarioTests {
    /// Scenario files (not sweep files) of `Scenarios/`, by path, so that
    /// reference classes resolve relative to them.
    static let scenarios: [(path: String, text: String)] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
            let path = directory.appendingPathComponent(name).standardizedFileURL.path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("\ndemarche: 1") else { return nil }
            return (path, text)
        }
    }()

    static let extremes = [
        "0", "-1", "1e308", "-1e308", ".nan", ".inf", "-.inf", "NaN", "1e308d", "0d", "1e18y", "99999999999999999999",
        "1e-300", "400000", "0.0000001d",
    ]
    static let dates = ["0001-01-01", "9999-12-31", "1970-01-01", "2019-01-01", "2030-12-31"]
    /// A number (or a duration) on its own: not part of a date, an id or a word.
    static let number = try? NSRegularExpression(pattern: #"(?<![\w.-])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?:mo|d|w|y)?(?![\w.-])"#)
    static let date = try? NSRegularExpression(pattern: #"\d{4}-\d{2}-\d{2}"#)
    static let innerList = try? NSRegularExpression(pattern: #"\[[^\[\]{}]*\]"#)
    static let innerMapping = try? NSRegularExpression(pattern: #"\{[^{}]*\}"#)

    /// `text` with one random mutation.
    static func mutate(_ text: String, _ random: RandomStream) -> String {
        var lines = text.components(separatedBy: "\n")
        let line = random.uniformInteger(below: lines.count)
        switch random.uniformInteger(below: 5) {
        case 0, 1: lines[line] = replace(number, in: lines[line], with: extremes, random)
        case 2: lines[line] = replace(date, in: lines[line], with: dates, random)
        case 3: lines[line] = replace(random.uniformInteger(below: 2) == 0 ? innerList : innerMapping, in: lines[line],
                                      with: random.uniformInteger(below: 2) == 0 ? ["[]"] : ["{}"], random)
        default:
            let keyed = lines.indices.filter { lines[$0].range(of: #"^\s*(- )?[\w-]+:"#, options: .regularExpression) != nil }
            if !keyed.isEmpty { lines.remove(at: keyed[random.uniformInteger(below: keyed.count)]) }
        }
        return lines.joined(separator: "\n")
    }

    /// `line` with one random match of `pattern` replaced by one of `choices`.
    static func replace(_ pattern: NSRegularExpression?, in line: String, with choices: [String], _ random: RandomStream) -> String {
        guard let pattern else { return line }
        let matches = pattern.matches(in: line, range: NSRange(line.startIndex..., in: line))
        guard !matches.isEmpty, let range = Range(matches[random.uniformInteger(below: matches.count)].range, in: line) else { return line }
        return line.replacingCharacters(in: range, with: choices[random.uniformInteger(below: choices.count)])
    }

    /// Loads `text` as the file at `path`: refused with located diagnostics,
    /// or run and traced (`replications` of them) without NaN outcomes.
    static func check(_ text: String, path: String, replications: UInt32 = 3) {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(text: text, file: path)
        } catch {
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                #expect(diagnostic.line >= 1 && diagnostic.column >= 1 && !diagnostic.message.isEmpty, "\(diagnostic)\n\(text)")
            }
            return
        }
        let plan = ReplicationPlan(scenario.model)
        for replication in 0..<replications {
            var run = Replication(plan: plan, streams: ReplicationStreams(masterSeed: 11, replication: replication), trace: true)
            do {
                let result = try run.run()
                #expect(!result.outcomes.contains { $0.isNaN }, "NaN outcome in\n\(text)")
                #expect(!TraceTable.markdown(result.trace, model: scenario.model).isEmpty)
                #expect(!TraceTable.outcomeLines(result.outcomes, model: scenario.model).isEmpty)
            } catch {
                #expect(!error.description.isEmpty)
                return
            }
        }
    }

    @Test func bundledScenariosRunAndTrace() {
        #expect(Self.scenarios.count >= 3)
        #expect([Self.number, Self.date, Self.innerList, Self.innerMapping].allSatisfy { $0 != nil })
        for (path, text) in Self.scenarios { Self.check(text, path: path) }
    }

    @Test(arguments: UInt64(1)...12)
    func mutatedScenariosAreRefusedOrRun(seed: UInt64) {
        let random = RandomStream(seed: seed)
        for (path, text) in Self.scenarios {
            for _ in 0..<25 {
                var mutated = text
                for _ in 0...random.uniformInteger(below: 3) { mutated = Self.mutate(mutated, random) }
                Self.check(mutated, path: path)
            }
        }
    }
}
