import DemarcheModel
import DemarcheRandom
import Foundation
import Testing

/// Weibull baselines in the case's age, and competing ends without
/// compliance, against closed forms and independent numerical integrals.
@Suite struct CompetingHazardTests {
    static let runs = 20_000

    /// A cause-specific hazard of the age in days.
    struct Cause {
        var hazard: (Double) -> Double
        var cumulative: (Double) -> Double

        static func weibull(shape k: Double, scale λ: Double, times factor: Double = 1) -> Cause {
            Cause(hazard: { factor * k / λ * pow($0 / λ, k - 1) }, cumulative: { factor * pow($0 / λ, k) })
        }

        static func monthly(_ rate: Double) -> Cause {
            Cause(hazard: { _ in rate / 30 }, cumulative: { rate / 30 * $0 })
        }
    }

    /// ∫ₐ^(a+t) f(u) du by Simpson's rule on u = a + t·v⁴, which smooths the
    /// u^(k−1) singularity of a Weibull hazard with k < 1 at u = 0 (the
    /// integrand becomes ∝ v^(4k−1), finite for k ≥ ¼).
    static func integral(from a: Double, over t: Double, intervals: Int = 4_000, _ f: (Double) -> Double) -> Double {
        let h = 1.0 / Double(intervals)
        var sum = 0.0
        for i in 1...intervals {
            let v = Double(i) * h
            let weight = i == intervals ? 1.0 : i % 2 == 1 ? 4.0 : 2.0
            sum += weight * f(a + t * pow(v, 4)) * 4 * t * pow(v, 3)
        }
        return sum * h / 3
    }

    /// Cumulative incidence of `cause` by t days after the start, for a case
    /// aged `age` at the start: ∫ h_c(u) S(u)/S(age) du over [age, age + t].
    static func incidence(_ cause: Int, of causes: [Cause], by t: Double, age: Double = 0) -> Double {
        let survivalAtAge = exp(-causes.reduce(0) { $0 + $1.cumulative(age) })
        return integral(from: age, over: t) { u in
            causes[cause].hazard(u) * exp(-causes.reduce(0) { $0 + $1.cumulative(u) }) / survivalAtAge
        }
    }

    func scenario(_ decision: String, extra: String = "", outcomes: String = "  decided: { event: decision.d.exclude }") -> String {
        ScenarioRunner.scenario("""
            actors: { target: { kind: state } }
            decisions:
              d:
            \(decision)
                options: { exclude: {} }
            \(extra)
            outcomes:
            \(outcomes)
            """)
    }

    /// The integrator itself: the Weibull CDF 1 − exp(−(t/λ)^k) as ∫ h S, k < 1.
    @Test func integratorReproducesTheWeibullCDF() {
        let causes = [Cause.weibull(shape: 0.6, scale: 200)]
        for t in [1.0, 50, 365] {
            #expect(abs(Self.incidence(0, of: causes, by: t) - (1 - exp(-pow(t / 200, 0.6)))) < 1e-6)
        }
    }

    /// Weibull compliance alone from age 0: P(by D) = 1 − exp(−(D/λ)^k).
    @Test(arguments: [0.6, 1.8])
    func weibullComplianceFollowsItsCDF(shape: Double) throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                since: 2024-01-01
                weibull: { shape: \(shape), scale: 200d }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [20, 100, 250, 365], { 1 - exp(-pow($0 / 200, shape)) }, "k = \(shape)")
    }

    /// A case that began 400 days before the start (2022-11-27):
    /// P(by D) = 1 − exp(−((a+D)/λ)^k + (a/λ)^k) with a = 400.
    @Test(arguments: [0.6, 1.8])
    func ageCountsFromSince(shape: Double) throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                since: 2022-11-27
                weibull: { shape: \(shape), scale: 300d }
            """), runs: Self.runs)
        let (a, λ) = (400.0, 300.0)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [30, 150, 365], { 1 - exp(-pow((a + $0) / λ, shape) + pow(a / λ, shape)) }, "k = \(shape)")
    }

    /// Age 0 on day 100, either without `since` for a decision a trigger
    /// activates then, or with `since` on that day (2024-04-10; no hazard
    /// before the case begins): P(by 100 + D) = 1 − exp(−(D/λ)^k), and
    /// nothing before day 100.
    @Test(arguments: [true, false])
    func ageStartsOnDay100(byActivation: Bool) throws {
        let rows = try ScenarioRunner.outcomes(scenario(byActivation ? """
                actor: target
                active: false
                weibull: { shape: 0.6, scale: 150d }
            """ : """
                actor: target
                since: 2024-04-10
                weibull: { shape: 0.6, scale: 150d }
            """, extra: !byActivation ? "" : """
            escalations:
              go: { probability: 1, after: 100d, activate: [d] }
            """), runs: Self.runs)
        #expect(ScenarioRunner.probability(rows, byDay: 100) == 0)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [130, 220, 365], { 1 - exp(-pow(($0 - 100) / 150, 0.6)) }, "from day 100")
    }

    /// A Weibull baseline under decaying pressure (thinning with a
    /// changing covariate): λ(t) = h₀(t) · exp(β·m·2^(−t/h)), P = 1 − exp(−∫λ).
    @Test(arguments: [1.5, -1.0])
    func weibullUnderDecayingPressure(beta: Double) throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                weibull: { shape: 0.6, scale: 300d }
                coefficients: { pressure: \(beta) }
            """, extra: """
            campaigns:
              c:
                sender: target
                vendor: acme
                targets: [target]
                half_life: 45d
                instruments: [{ kind: threat, at: 2024-01-01, magnitude: 2 }]
            """), runs: Self.runs)
        let baseline = Cause.weibull(shape: 0.6, scale: 300)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [10, 60, 200], { day in
            1 - exp(-Self.integral(from: 0, over: day) { baseline.hazard($0) * exp(beta * 2 * exp2(-$0 / 45)) })
        }, "β = \(beta)")
    }

    /// Weibull compliance, a Weibull end and a constant end: the share of
    /// cases closed by each cause by each checkpoint is F_c(t) = ∫ h_c S,
    /// from age 0 and for a case that began 120 days before the start
    /// (2023-09-03); no case is closed twice.
    @Test(arguments: [nil, "2023-09-03"])
    func competingEndsSplitTheCases(since: String?) throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                \(since.map { "since: \($0)" } ?? "")
                weibull: { shape: 1.4, scale: 250d }
                ends:
                  backs-down: { weibull: { shape: 0.7, scale: 600d } }
                  settlement: { monthly_hazard: 0.02 }
            """, outcomes: """
              complied: { event: decision.d.exclude }
              backed-down: { event: decision.d.backs-down }
              settled: { event: decision.d.settlement }
            """), runs: Self.runs)
        let causes = [Cause.weibull(shape: 1.4, scale: 250), .weibull(shape: 0.7, scale: 600), .monthly(0.02)]
        let age = since == nil ? 0.0 : 120
        for cause in causes.indices {
            ScenarioRunner.expectShares(rows, outcome: cause, days: [60, 180, 365], { Self.incidence(cause, of: causes, by: $0, age: age) },
                         "cause \(cause), age \(age)")
        }
        #expect(rows.allSatisfy { row in row.count(where: \.isFinite) <= 1 })
    }

    /// A covariate (cost 1, coefficient ln 3) triples the compliance hazard
    /// and leaves the end's alone; a model that scaled both is rejected.
    @Test func covariatesScaleComplianceOnly() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                weibull: { shape: 1.8, scale: 400d }
                cost: 1
                coefficients: { cost: \(log(3.0)) }
                ends: { settlement: { monthly_hazard: 0.06 } }
            """, outcomes: """
              complied: { event: decision.d.exclude }
              settled: { event: decision.d.settlement }
            """), runs: Self.runs)
        let right = [Cause.weibull(shape: 1.8, scale: 400, times: 3), .monthly(0.06)]
        let wrong = [Cause.weibull(shape: 1.8, scale: 400, times: 3), .monthly(0.18)]
        for cause in 0..<2 {
            ScenarioRunner.expectShares(rows, outcome: cause, days: [120, 365], { Self.incidence(cause, of: right, by: $0) }, "cause \(cause)")
        }
        let settled = ScenarioRunner.probability(rows, outcome: 1, byDay: 365)
        #expect(!ScenarioRunner.within4SE(settled, Self.incidence(1, of: wrong, by: 365), runs: Self.runs))
    }

    /// An ended decision stays closed: later pressure on the target (from a
    /// trigger on the end's event, 5 days later) redraws nothing, so it never
    /// complies; the end's event drives the trigger and the outcome, and the
    /// end shows in the trace under the decider.
    @Test func anEndedDecisionNeverComplies() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                monthly_hazard: 0.3
                coefficients: { pressure: 3 }
                ends: { settlement: { monthly_hazard: 0.3 } }
            """, extra: """
            triggers:
              push: { on: [decision.d.settlement], after: 5d, pressure: { on: [target], magnitude: 5 } }
            """, outcomes: """
              complied: { event: decision.d.exclude }
              settled: { event: decision.d.settlement }
              pushed: { event: trigger.push }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { !($0[0].isFinite && $0[1].isFinite) })
        #expect(rows.allSatisfy { $0[2] == ($0[1] + 5 <= 365 ? $0[1] + 5 : .infinity) })
        ScenarioRunner.expectShares(rows, outcome: 1, days: [365], { 0.5 * (1 - exp(-0.6 * $0 / 30)) }, "settled")
        let pushed = rows.count { $0[2].isFinite }
        #expect(pushed > Self.runs / 3, "the trigger fired in \(pushed) runs")

        let plan = ReplicationPlan(try ScenarioRunner.load(scenario("""
                actor: target
                monthly_hazard: 0.3
                ends: { settlement: { monthly_hazard: 0.3 } }
            """)))
        let streams = ReplicationStreams(masterSeed: 3, replication: 0)
        var ended = 0
        for replication in 0..<200 {
            streams.reset(toReplication: UInt32(replication))
            var run = Replication(plan: plan, streams: streams, trace: true)
            let closing = try run.run().trace.filter { $0.event.hasPrefix("decision.d.") }
            #expect(closing.count <= 1)
            if let entry = closing.first, entry.event == "decision.d.settlement" {
                ended += 1
                #expect(entry.actor == "target")
            }
        }
        #expect(ended > 50)
    }

    /// Compliance cancels the pending end and an end cancels the pending
    /// candidate: with a constant hazard (every candidate accepted), each run
    /// processes exactly one kernel event, whichever comes first.
    @Test func theFirstToComeCancelsTheOther() throws {
        let plan = ReplicationPlan(try ScenarioRunner.load(scenario("""
                actor: target
                monthly_hazard: 3
                ends: { stalemate: { weibull: { shape: 0.8, scale: 20d } } }
            """)))
        let streams = ReplicationStreams(masterSeed: 5, replication: 0)
        var complied = 0
        for replication in 0..<2_000 {
            streams.reset(toReplication: UInt32(replication))
            var run = Replication(plan: plan, streams: streams)
            let result = try run.run()
            #expect(result.events == 1)
            if result.outcomes[0].isFinite { complied += 1 }
        }
        #expect(complied > 200 && complied < 1_800, "complied first in \(complied) of 2,000 runs")
    }

    /// A decision taken before the start (`decided:`) draws no ends.
    @Test func aPriorDecisionDrawsNoEnds() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                actor: target
                monthly_hazard: 0
                decided: { option: exclude, on: 2024-01-01 }
                ends: { settlement: { monthly_hazard: 30 } }
            """, outcomes: """
              complied: { event: decision.d.exclude }
              settled: { event: decision.d.settlement }
            """), runs: 500)
        #expect(rows.allSatisfy { $0[0] == 0 && $0[1] == .infinity })
    }
}
