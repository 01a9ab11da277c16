@testable import DemarcheScenario
import Foundation
import Testing

/// The schema's ranges are the reader's: at each kind of key, and for each
/// distribution's own parameters, a value the reader accepts passes the
/// schema and a value it refuses fails it.
@Suite struct SchemaRangeTests {
    /// A small scenario whose keys of each constraint are placeholders.
    static func scenario(_ values: [String: String]) -> String {
        let value = { (key: String, fallback: String) in values[key] ?? fallback }
        return """
            demarche: 1
            name: ranges
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors: { us: { kind: state, alignment: \(value("alignment", "0.5")) }, uk: { kind: state } }
            relations: [{ from: us, to: uk, kind: alliance, weight: \(value("weight", "1")) }]
            markets: { uk-5g: { country: uk, sector: 5G, shares: { acme: 0.5, other: 0.5 } } }
            campaigns:
              c: { sender: us, vendor: acme, targets: uk, half_life: \(value("half_life", "60d")), instruments: [{ kind: visit, every: 20d }] }
            decisions:
              uk-5g:
                actor: uk
                weibull: { shape: \(value("shape", "1.5")), scale: 100 }
                cost: \(value("cost", "0"))
                options: { exclude: { exclusion: { market: uk-5g, vendor: acme, kind: full } } }
            escalations: { e: { probability: 0.5, after: \(value("after", "10d")), stop: c } }
            outcomes: { excluded: { event: decision.uk-5g.exclude } }
            """
    }

    /// Whether the reader and the schema accept `value` at `key`.
    static func verdicts(_ key: String, _ value: String) throws -> (reader: Bool, schema: Bool) {
        let text = scenario([key: value])
        let reader = (try? ScenarioLoader.load(text: text, file: "ranges.yaml")) != nil
        let schema = try SchemaCheck.problems(text, against: ScenarioSchema.json(.scenario)).isEmpty
        return (reader, schema)
    }

    @Test func theTemplateIsValid() throws {
        #expect(try Self.verdicts("cost", "0") == (true, true))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let key: String, value: String, accepted: Bool
        var testDescription: String { "\(key): \(value) \(accepted ? "accepted" : "refused")" }
    }

    static let agreements: [Case] = [
        ("alignment", "0", true), ("alignment", "1", true), ("alignment", "1.01", false), ("alignment", "-0.01", false),
        ("alignment", "{ value: 0.5, source: assumption }", true), ("alignment", "{ value: 1.5 }", false),
        ("alignment", "{ dist: beta, alpha: 2, beta: 5, source: assumption }", true),
        ("alignment", "{ dist: uniform, low: 0, high: 1 }", true), ("alignment", "{ dist: uniform, low: 0.5, high: 1.2 }", false),
        ("alignment", "{ dist: discrete, values: [0, 1], weights: [1, 1] }", true),
        ("alignment", "{ dist: discrete, values: [0, 2], weights: [1, 1] }", false),
        ("alignment", "{ dist: betta, alpha: 2, beta: 5 }", false), ("alignment", "{ dist: beta, alpha: 2 }", false),
        ("alignment", "{ dist: beta, alpha: 2, beta: 5, mean: 1 }", false), ("alignment", "{ dist: fixed, value: 0.5 }", false),
        ("alignment", "{ value: 0.5, dist: beta, alpha: 2, beta: 5 }", false), ("alignment", "{ source: assumption }", false),
        ("alignment", "high", false), ("alignment", "{ value: 0.5, sorce: assumption }", false),
        ("weight", "0", true), ("weight", "1e9", true), ("weight", "1000000001", false), ("weight", "-1", false),
        ("shape", "0.5", true), ("shape", "0", false), ("shape", "-1", false),
        ("shape", "{ dist: bernoulli, p: 0.5 }", false), ("shape", "{ dist: poisson, mean: 3 }", false),
        ("shape", "{ dist: uniform, low: 0, high: 2 }", true), ("shape", "{ dist: discrete, values: [0, 2], weights: [1, 1] }", false),
        ("half_life", "90d", true), ("half_life", "3mo", true), ("half_life", "1000y", true), ("half_life", "365250", true),
        ("half_life", "365251", false), ("half_life", "0", false), ("half_life", "-5", false), ("half_life", "3m", false),
        ("half_life", "{ dist: gamma, shape: 2, scale: 30d }", true), ("half_life", "{ value: 2w, source: assumption }", true),
        ("half_life", "{ dist: uniform, low: 0, high: 2mo }", true),
        ("cost", "-1e9", true), ("cost", "-1000000001", false), ("cost", "90d", false),
        ("after", "0", true), ("after", "14d", true), ("after", "3mo", true), ("after", "-1", false),
        ("after", "{ dist: exponential, mean: 2w }", true), ("after", "{ value: 3mo, source: assumption }", true),
        ("after", "{ dist: uniform, low: 1mo, high: 2mo }", false), ("after", "{ dist: uniform, low: -1, high: 2 }", false),
    ].map { Case(key: $0.0, value: $0.1, accepted: $0.2) }

    @Test(arguments: agreements)
    func readerAndSchemaAgree(_ example: Case) throws {
        let verdicts = try Self.verdicts(example.key, example.value)
        #expect(verdicts.reader == example.accepted, "reader")
        #expect(verdicts.schema == example.accepted, "schema")
    }

    /// Merge keys are resolved before checking, by the reader and the schema
    /// alike: merged keys count, a typo in a merged mapping is refused.
    @Test func mergeKeysAreResolvedAlike() throws {
        let merged = "{ kind: state, <<: { alignment: 0.5, opposition: 0.2 } }"
        #expect(try Self.verdicts("alignment", "0.5 }, de: { <<: { kind: state, alignment: 0.5 } }, fr: \(merged), it: { kind: bloc")
                == (true, true))
        #expect(try Self.verdicts("alignment", "0.5 }, de: { <<: { kind: state, alignmnt: 0.5 } }, it: { kind: bloc") == (false, false))
        #expect(try Self.verdicts("alignment", "0.5 }, de: { <<: { kind: state, alignment: 1.5 } }, it: { kind: bloc") == (false, false))
    }

    /// Beyond the schema: an unbounded distribution's tail quantiles, which
    /// the reader checks against the key's range, are not a schema's matter.
    @Test func tailQuantilesAreLeftToTheReader() throws {
        #expect(try Self.verdicts("after", "{ dist: normal, mean: 10, sd: 5 }") == (false, true))
    }

    /// Valid parameters of each distribution, on a key that takes any number.
    static let valid: [String: [String: String]] = [
        "uniform": ["low": "0", "high": "1"], "triangular": ["low": "0", "mode": "0.5", "high": "1"],
        "normal": ["mean": "0", "sd": "1"], "truncated_normal": ["mean": "0", "sd": "1", "low": "-1", "high": "1"],
        "lognormal": ["mu": "0", "sigma": "1"], "gamma": ["shape": "2", "scale": "1"], "beta": ["alpha": "2", "beta": "5"],
        "weibull": ["scale": "1", "shape": "2"], "exponential": ["mean": "1"], "bernoulli": ["p": "0.5"], "poisson": ["mean": "3"],
        "discrete": ["values": "[1, 2]", "weights": "[1, 1]"], "empirical": ["values": "[1, 2]"],
    ]

    static func distribution(_ name: String, _ parameters: [String: String]) -> String {
        "{ dist: \(name), " + parameters.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + " }"
    }

    /// Each bound the distribution table declares is the one the
    /// distribution's initialiser checks: just past it both refuse.
    @Test(arguments: ScenarioFormat.distributions.map(\.name))
    func distributionBoundsAreTheInitialisers(_ name: String) throws {
        let format = try #require(ScenarioFormat.distribution(named: name))
        let parameters = try #require(Self.valid[name])
        #expect(Set(parameters.keys) == Set(format.keys))
        #expect(try Self.verdicts("cost", Self.distribution(name, parameters)) == (true, true), "\(name)")
        for parameter in format.parameters {
            var outside: [String] = []
            if let lower = parameter.range.lower { outside.append(String(parameter.range.lowerExcluded ? lower : lower - 1)) }
            if let upper = parameter.range.upper { outside.append(String(upper + 1)) }
            for value in outside {
                var broken = parameters
                broken[parameter.key] = parameter.isList ? "[\(value), 1]" : value
                #expect(try Self.verdicts("cost", Self.distribution(name, broken)) == (false, false), "\(name).\(parameter.key) = \(value)")
            }
        }
    }

    /// The parameter object's keys are the distribution table's.
    @Test func parameterKeysAreTheDistributionTables() {
        let declared = ScenarioFormat.fields(of: "parameter").map(\.name)
        #expect(Set(declared) == Set(["value", "dist", "source"] + ScenarioFormat.distributionKeys))
        #expect(ScenarioFormat.distributionNames == ["fixed"] + ScenarioFormat.distributions.map(\.name))
    }
}
