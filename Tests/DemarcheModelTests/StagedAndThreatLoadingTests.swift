import DemarcheScenario
import Testing

/// How the loader refuses bad threats, recurrences, stages and
/// countermeasures: each with `file:line:col`, the path and a fix.
@Suite struct StagedAndThreatLoadingTests {
    /// Every diagnostic of `body` (after the common head), as printed.
    func problems(_ body: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: ScenarioRunner.scenario(body), file: "t.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A campaign whose one instrument is `instrument` (line 9, column 7 onwards).
    func campaign(_ instrument: String, extra: String = "") -> String {
        """
        actors: { us: { kind: state }, uk: { kind: state } }
        campaigns:
          c:
            sender: us
            vendor: acme
            targets: [uk]
            instruments:
              - \(instrument)
        \(extra)
        outcomes:
          x: { attribute: { actor: uk, attribute: alignment } }
        """
    }

    @Test func refusesAmbiguousRecurrence() {
        #expect(problems(campaign("{ kind: threat, at: 2024-02-01, every: 30d }")) == [
            "t.yaml:13:9: error: campaigns.c.instruments.0: an instrument takes one of 'at', 'every' and 'poisson', not 'at' and 'every'",
        ])
        #expect(problems(campaign("{ kind: threat }")) == [
            "t.yaml:13:9: error: campaigns.c.instruments.0: an instrument needs one of 'at' (a date), 'every' (an exact period) "
                + "or 'poisson' ({ mean: … }: random gaps)",
        ])
        #expect(problems(campaign("{ kind: threat, every: { mean: 60d } }")) == [
            "t.yaml:13:40: error: campaigns.c.instruments.0.every: 'every' is an exact period (a number of days, { value: … } or a "
                + "distribution); for random gaps of a mean (a Poisson process) write 'poisson: { mean: … }'",
        ])
        #expect(problems(campaign("{ kind: threat, every: { dist: exponential, mean: 60d } }")) == [
            "t.yaml:13:40: error: campaigns.c.instruments.0.every.dist: 'every' is an exact period, drawn once per replication, "
                + "not a gap drawn at each firing; for random gaps of a mean (a Poisson process) write 'poisson: { mean: … }'",
        ])
        #expect(problems(campaign("{ kind: threat, poisson: { men: 60d } }")) == [
            "t.yaml:13:34: error: campaigns.c.instruments.0.poisson: missing required key 'mean'",
            "t.yaml:13:36: error: campaigns.c.instruments.0.poisson.men: unknown key 'men' in poisson recurrence (did you mean 'mean'?)",
        ])
    }

    @Test func refusesBadFollowThrough() {
        #expect(problems(campaign("{ kind: warning, at: 2024-02-01, carried_out: { probability: 0.5 } }")) == [
            "t.yaml:13:55: error: campaigns.c.instruments.0.carried_out: only a threat can be carried out or dropped; this is a warning",
        ])
        #expect(problems(campaign("{ kind: threat, at: 2024-02-01, dropped: { probability: 0.5 } }")) == [
            "t.yaml:13:9: error: campaigns.c.instruments.0: a threat with 'carried_out' or 'dropped' needs an 'id', which names their events",
        ])
        #expect(problems(campaign("""
            { id: cut, kind: threat, at: 2024-02-01, carried_out: { probability: 0.7, unless: [decision.d.exlude] }, dropped: { probability: { dist: uniform, low: 0.2, high: 0.4 } } }
            """, extra: """
            decisions:
              d: { actor: uk, monthly_hazard: 0.1, options: { exclude: {} } }
            """)) == [
            "t.yaml:13:92: error: campaigns.c.instruments.0.carried_out.unless.0: unknown event 'decision.d.exlude' (did you mean 'decision.d.exclude'?)",
            "t.yaml:13:138: error: campaigns.c.instruments.0.dropped.probability: carried_out and dropped are exclusive: "
                + "their probabilities can sum to 1.1, more than 1",
        ])
        let valid = ScenarioRunner.scenario(campaign("{ id: cut, kind: threat, at: 2024-02-01, carried_out: { probability: 0.5 }, dropped: { probability: 0.5 } }"))
        #expect(throws: ScenarioError([ScenarioDiagnostic(
            file: "t.yaml", line: 0, column: 0, path: "campaigns.c.instruments.0.dropped.probability",
            message: "--set: carried_out and dropped are exclusive: their probabilities can sum to 1.25, more than 1")])) {
            try ScenarioLoader.load(text: valid, file: "t.yaml", overrides: [ParameterOverride(path: "campaigns.c.instruments.0.carried_out.probability", value: 0.75)])
        }
        #expect(problems(campaign("{ id: cut, kind: threat, at: 2024-02-01 }\n      - { id: cut, kind: threat, at: 2024-03-01 }")) == [
            "t.yaml:14:15: error: campaigns.c.instruments.1.id: duplicate instrument id 'cut' in campaign 'c'",
        ])
    }

    @Test func refusesBadStages() {
        let decisions = """
            actors: { uk: { kind: state } }
            decisions:
              cap:
                actor: uk
                monthly_hazard: 0.1
                options: { cap: { opens: [ban, cap, bann] } }
              ban: { actor: uk, monthly_hazard: 0.1, requires: [decision.cap.capp], options: { ban: {} } }
            outcomes:
              x: { event: decision.ban.ban }
            """
        #expect(problems(decisions) == [
            "t.yaml:11:30: error: decisions.cap.options.cap.opens: an option cannot open its own decision 'cap'",
            "t.yaml:11:41: error: decisions.cap.options.cap.opens.2: unknown decision 'bann' (did you mean 'ban'?)",
            "t.yaml:12:3: error: decisions.ban: decisions.cap.options.cap.opens opens this decision, so it must wait to be opened: "
                + "write 'active: false'",
            "t.yaml:12:53: error: decisions.ban.requires.0: unknown event 'decision.cap.capp' (did you mean 'decision.cap.cap'?)",
        ])
    }

    @Test func refusesAmbiguousCountermeasures() {
        let head = """
            actors: { uk: { kind: state }, cn: { kind: state } }
            decisions:
              d: { actor: uk, monthly_hazard: 0.1, options: { exclude: { complies: true } } }
            outcomes:
              x: { event: countermeasure.p }
            countermeasures:
            """
        #expect(problems(head + "\n  p: { by: cn, decisions: d, probability: 0.5, after: 9d, formal: { probability: 0.5 } }") == [
            "t.yaml:12:43: error: countermeasures.p.probability: 'probability' is the older spelling of 'formal.probability'; give one or the other, not both",
            "t.yaml:12:55: error: countermeasures.p.after: 'after' is the older spelling of 'formal.after'; give one or the other, not both",
        ])
        #expect(problems(head + "\n  p: { by: cn, decisions: d, severity: 2 }") == [
            "t.yaml:12:6: error: countermeasures.p: a countermeasure needs 'formal' or 'rhetoric' "
                + "(or 'probability', the older spelling of formal.probability)",
        ])
        #expect(problems(head + "\n  p: { by: cn, decisions: d, rhetoric: { probabilty: 0.5 } }") == [
            "t.yaml:12:40: error: countermeasures.p.rhetoric: missing required key 'probability'",
            "t.yaml:12:42: error: countermeasures.p.rhetoric.probabilty: unknown key 'probabilty' in countermeasure reaction "
                + "(did you mean 'probability'?)",
        ])
    }
}
