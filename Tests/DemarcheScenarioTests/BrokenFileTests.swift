import DemarcheScenario
import Foundation
import Testing

/// Broken scenario files under `Broken/`: each gives exactly these
/// diagnostics, in the `file:line:col: error: path: message` form editors read.
@Suite struct BrokenFileTests {
    static let expected: [(file: String, diagnostics: String)] = [
        ("alias-bomb.yaml", """
            alias-bomb.yaml:6:1: error: a: unknown key 'a' in scenario
            alias-bomb.yaml:7:1: error: b: unknown key 'b' in scenario
            alias-bomb.yaml:8:1: error: c: unknown key 'c' in scenario
            alias-bomb.yaml:9:1: error: d: unknown key 'd' in scenario
            alias-bomb.yaml:10:1: error: e: unknown key 'e' in scenario
            alias-bomb.yaml:11:1: error: f: unknown key 'f' in scenario
            alias-bomb.yaml:11:4: error: decisions.d.peers.0: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.1: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.2: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.3: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.4: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.5: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.6: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.7: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.8: expected text, found a list
            alias-bomb.yaml:11:4: error: decisions.d.peers.9: expected text, found a list
            alias-bomb.yaml:12:1: error: g: unknown key 'g' in scenario
            """),
        ("bad-values.yaml", """
            bad-values.yaml:7:33: error: actors.us.alignment: expected a value in [0, 1], found 1.5
            bad-values.yaml:8:35: error: actors.firm.opposition: expected a finite number, found '.nan' (not a number)
            bad-values.yaml:13:13: error: orders.divest.issued: date 2021-03-01 is after the horizon (2020-12-31)
            bad-values.yaml:14:15: error: orders.divest.deadline: expected a duration such as 90d, 6w, 3mo or 1y, found '-90d': durations cannot be negative
            bad-values.yaml:15:17: error: orders.divest.compliance: expected a delay that cannot be negative (e.g. truncated_normal with low ≥ 0), found a distribution over [-inf, inf] whose 10⁻¹² quantile is -40.34483825301132
            bad-values.yaml:16:31: error: orders.divest.extension.probability: expected a value in [0, 1], found 2.0
            """),
        ("cycle.yaml", """
            cycle.yaml:11:3: error: triggers.a: zero-delay trigger cycle a → b → a: give one of them an 'after' delay
            """),
        ("malformed.yaml", """
            malformed.yaml:5:9: error: malformed YAML: while parsing a flow mapping; did not find expected ',' or '}'
            """),
        ("orders.yaml", """
            orders.yaml:11:17: error: orders.typo.kind: expected one of transaction_ban, investment_ban, divestiture, licence_revocation, exchange_delisting, entity_listing, found 'licence_revokation' (did you mean 'licence_revocation'?)
            orders.yaml:13:5: error: orders.licence: kind licence_revocation needs 'proceeding': the regulator's decision, after a drawn delay
            orders.yaml:17:15: error: orders.licence.deadline: kind licence_revocation is decided by its 'proceeding', not at a deadline; remove 'deadline'
            orders.yaml:18:16: error: orders.licence.extension: kind licence_revocation is decided by the regulator (a 'postponement' delays the decision); remove 'extension'
            orders.yaml:27:18: error: orders.listing.enforcement: kind exchange_delisting delists at its deadline: nothing is enforced; remove 'enforcement'
            orders.yaml:28:17: error: orders.listing.proceeding: kind exchange_delisting has a deadline (a proceeding is for kind licence_revocation); remove 'proceeding'
            orders.yaml:34:34: error: orders.ban.postponement.probability: expected a value in [0, 1], found 1.5
            orders.yaml:34:57: error: orders.ban.postponement.max: expected a whole number in 0…100, found '-1'
            orders.yaml:38:13: error: orders.ban.court.from: expected one of issue, effect, found 'efect' (did you mean 'effect'?)
            orders.yaml:41:15: error: orders.ban.court.appeal: missing required key 'reinstate_probability'
            orders.yaml:41:29: error: orders.ban.court.appeal.reinstate: unknown key 'reinstate' in appeal
            orders.yaml:42:12: error: orders.undated: kind transaction_ban needs 'deadline': the date it takes effect, or a duration from issue
            orders.yaml:44:15: error: outcomes.x.event: unknown event 'order.listing.delistd' (did you mean 'order.listing.delisted'?)
            """),
        ("structure.yaml", """
            structure.yaml:1:11: error: demarche: this is format version 2; this Demarche reads version 1
            structure.yaml:2:7: error: name: expected text, found a list
            structure.yaml:3:8: error: as_of: invalid date: day 30 is not in 1…29 for 2020-02
            structure.yaml:5:10: error: horizon: the horizon (2019-12-31) must come after the start (2020-01-01)
            structure.yaml:6:9: error: actors: expected a mapping of ids to entries, found a list
            structure.yaml:7:11: error: outcomes: a scenario needs at least one outcome
            """),
        ("unknown-keys.yaml", """
            unknown-keys.yaml:8:27: error: actors.germany.opositon: unknown key 'opositon' in actor (did you mean 'opposition'?)
            unknown-keys.yaml:11:12: error: decisions.germany-5g.actor: unknown actor 'germnay' (did you mean 'germany'?)
            unknown-keys.yaml:15:15: error: outcomes.x.event: unknown event 'decision.germany-5g.exclud' (did you mean 'decision.germany-5g.exclude'?)
            """),
    ]

    @Test(arguments: expected.map(\.file))
    func diagnosticsAreExact(file: String) throws {
        let url = try #require(Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Broken"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = try #require(Self.expected.first { $0.file == file }).diagnostics
        #expect {
            _ = try ScenarioLoader.load(text: text, file: file)
        } throws: { error in
            let description = (error as? ScenarioError)?.description ?? "\(error)"
            if description != expected { Issue.record("got:\n\(description)") }
            return description == expected
        }
    }
}
