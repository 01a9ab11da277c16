import DemarcheExperiment
import DemarcheModel
import DemarcheReport
import DemarcheScenario
import Testing

/// Exclude-one attribution through the real loader and runner. Day 0 is
/// 2024-01-01. A ban (with a court that enjoins it, and postponements drawn
/// from the ban's own stream) and an unrelated divestiture order; decision
/// `alpha` hears of neither, decision `beta` feels pressure when the ban is
/// enjoined (the trigger). So:
/// - courts can reach `beta` (through the trigger) and the ban, nothing else:
///   without them no injunction, no pressure on beta, and the ban, once in
///   force, stays so — the courts' contribution (with − without) is > 0 for
///   beta and the count, < 0 for the ban in force, exactly 0 for alpha and
///   the divestiture in every run;
/// - the trigger can reach `beta` only: > 0 there, exactly 0 elsewhere.
/// Had the orders shared one stream, the ban's postponement draws, cut short
/// by an injunction, would shift the divestiture's draws and change it.
@Suite struct AttributionTests {
    static let scenario = """
        demarche: 1
        name: attribution
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: 2024-12-31
        actors:
          us: { kind: state }
          firm: { kind: firm }
          other: { kind: firm }
          alpha: { kind: state }
          beta: { kind: state }
        decisions:
          alpha-5g: { actor: alpha, monthly_hazard: 0.1, options: { exclude: { complies: true } } }
          beta-5g: { actor: beta, monthly_hazard: 0.03, coefficients: { pressure: 2 }, options: { exclude: { complies: true } } }
        orders:
          ban:
            issuer: us
            target: firm
            issued: 2024-01-01
            deadline: 60d
            postponement: { probability: 0.4, length: 14d, max: 2, notice: 2d }
            court: { probability: 0.7, filed_after: 10d, from: issue, ruling_after: { dist: exponential, mean: 20d }, enjoin_probability: 0.6 }
          divest:
            kind: divestiture
            issuer: us
            target: other
            issued: 2024-01-01
            deadline: 90d
            compliance: { dist: exponential, mean: 120d }
            extension: { probability: 0.5, length: 30d, max: 1 }
        triggers:
          injunction-angers:
            on: [order.ban.enjoined]
            pressure: { on: [beta], magnitude: 1.5 }
        outcomes:
          alpha-excludes: { event: decision.alpha-5g.exclude, by: 2024-06-30 }
          beta-excludes: { event: decision.beta-5g.exclude, by: 2024-06-30 }
          ban-in-force: { in_force: ban, on: 2024-06-30 }
          divested: { event: order.divest.divested, by: 2024-06-30 }
          excluding: { count: [decision.alpha-5g.exclude, decision.beta-5g.exclude] }
        """

    static func attribution(seed: UInt64, runs: Int = 3000, jobs: Int = 2) async throws -> AttributionSummary {
        let scenario = try ScenarioLoader.load(text: Self.scenario, file: "attribution.yaml")
        let plans = (0..<jobs).map { _ in ReplicationPlan(scenario.model) }
        let base = try await MonteCarloRunner.run(plans, RunConfiguration(runs: runs, seed: seed, jobs: jobs))
        return try await AttributionRunner.run(plans, base: base)
    }

    static func change(_ summary: AttributionSummary, _ mechanic: Mechanic, _ outcome: String) throws -> AttributionSummary.Change {
        let entry = try #require(summary.mechanics.first { $0.mechanic == mechanic.rawValue })
        return try #require(entry.changes.first { $0.id == outcome })
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func unreachableOutcomesAreExactlyUnchangedAndReachableOnesMoveWithTheDerivedSign(seed: UInt64) async throws {
        let summary = try await Self.attribution(seed: seed)
        #expect(summary.mechanics.map(\.mechanic) == ["courts", "triggers"])
        #expect(summary.absent == ["shocks", "countermeasures", "escalations"])
        for (mechanic, outcome) in [(Mechanic.courts, "alpha-excludes"), (.courts, "divested"), (.triggers, "alpha-excludes"),
                                    (.triggers, "divested"), (.triggers, "ban-in-force")] {
            let change = try Self.change(summary, mechanic, outcome)
            #expect(change.changedRuns == 0, "\(mechanic) \(outcome): \(change.changedRuns) runs changed")
            #expect(change.contribution.value == 0 && change.with == change.without, "\(mechanic) \(outcome)")
            #expect(change.contribution.low <= 0 && change.contribution.high >= 0)
        }
        for (mechanic, outcome, sign) in [(Mechanic.courts, "beta-excludes", 1.0), (.courts, "excluding", 1), (.courts, "ban-in-force", -1),
                                          (.triggers, "beta-excludes", 1), (.triggers, "excluding", 1)] {
            let change = try Self.change(summary, mechanic, outcome)
            #expect(change.changedRuns > 0, "\(mechanic) \(outcome)")
            #expect(sign * change.contribution.low > 0, "\(mechanic) \(outcome): \(change.contribution)")
            #expect(abs(change.contribution.value - (change.with - change.without)) < 1e-12)
        }
        // The ban in force: without courts it is in force on June 30 unless
        // postponed past it (it cannot be: two 14-day postponements at most).
        #expect(try Self.change(summary, .courts, "ban-in-force").without == 1)
    }

    /// The comparison is run by run: the same result whatever the number of workers.
    @Test func attributionDoesNotDependOnJobs() async throws {
        let one = try await Self.attribution(seed: 9, runs: 1000, jobs: 1)
        let three = try await Self.attribution(seed: 9, runs: 1000, jobs: 3)
        #expect(ReportJSON.encode(one) == ReportJSON.encode(three))
    }

    @Test func withoutRemovesOnlyItsMechanic() throws {
        let model = try ScenarioLoader.load(text: Self.scenario, file: "attribution.yaml").model
        #expect(Mechanic.allCases.filter(model.has) == [.courts, .triggers])
        let noCourts = model.without(.courts)
        #expect(!noCourts.has(.courts) && noCourts.has(.triggers))
        #expect(noCourts.orders.map(\.id) == model.orders.map(\.id) && noCourts.orders[0].postponement != nil)
        let noTriggers = model.without(.triggers)
        #expect(noTriggers.triggers.isEmpty && noTriggers.has(.courts))
        #expect(noTriggers.parameters.paths == model.parameters.paths, "the parameter table (and its draws) stays")
    }
}
