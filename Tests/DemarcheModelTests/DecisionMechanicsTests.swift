import CDemarcheGSL
import Foundation
import Testing

/// Decisions as proportional hazards, peers, exclusions and countermeasures.
@Suite struct DecisionMechanicsTests {
    static let runs = 20_000
    static let horizon = 365.0

    func scenario(_ decisions: String, extra: String = "") -> String {
        ScenarioRunner.scenario("""
            actors:
              us: { kind: state }
              target: { kind: state, alignment: 0.5 }
              peer: { kind: state }
              patron: { kind: state }
            markets:
              m: { country: target, sector: 5G, shares: { acme: 0.4, other: 0.6 } }
            decisions:
            \(decisions)
            \(extra)
            outcomes:
              decided: { event: decision.d.exclude }
            """)
    }

    /// P(T ≤ day) = 1 − exp(−∫₀^day λ(t) dt), by the midpoint rule with 10,000 steps.
    func probabilityByDay(_ day: Double, hazard: (Double) -> Double) -> Double {
        let steps = 10_000
        let width = day / Double(steps)
        let cumulative = (0..<steps).reduce(0.0) { $0 + hazard((Double($1) + 0.5) * width) * width }
        return 1 - exp(-cumulative)
    }

    /// A constant monthly hazard h: P(decide by T) = 1 − exp(−h·T/30).
    @Test func constantHazard() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
              d: { actor: target, monthly_hazard: 0.1, options: { exclude: {} } }
            """), runs: Self.runs)
        let expected = 1 - exp(-0.1 * 180 / 30)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 180), expected, runs: Self.runs))
    }

    /// Covariates multiply the hazard: alignment 0.5 with β = 2 ln 2 doubles it.
    @Test func covariateMultipliesHazard() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
              d: { actor: target, monthly_hazard: 0.1, coefficients: { alignment: \(2 * log(2.0)) }, options: { exclude: {} } }
            """), runs: Self.runs)
        let expected = 1 - exp(-0.2 * 180 / 30)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 180), expected, runs: Self.runs))
    }

    /// Decaying pressure (thinning): λ(t) = λ₀ · exp(β · m · 2^(−t/h)) from a
    /// threat at day 0; P(T ≤ t) = 1 − exp(−∫λ), integrated numerically.
    @Test(arguments: [1.5, -1.0])
    func decayingPressureByThinning(beta: Double) throws {
        let (base, magnitude, halfLife) = (0.1 / 30, 2.0, 45.0)
        let rows = try ScenarioRunner.outcomes(scenario("""
              d: { actor: target, monthly_hazard: 0.1, coefficients: { pressure: \(beta) }, options: { exclude: {} } }
            """, extra: """
            campaigns:
              c:
                sender: us
                vendor: acme
                targets: [target]
                half_life: \(halfLife)d
                instruments: [{ kind: threat, at: 2024-01-01, magnitude: \(magnitude) }]
            """), runs: Self.runs)
        for day in [30.0, 90.0, 180.0] {
            let expected = probabilityByDay(day) { t in base * exp(beta * magnitude * exp2(-t / halfLife)) }
            let observed = ScenarioRunner.probability(rows, byDay: day)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "day \(day): \(observed) vs \(expected)")
        }
    }

    /// Pressure of mixed signs and half-lives is not monotone between events
    /// (+2 halving every 90 days, −1.5 every 20: it rises, then falls); the
    /// thinning bound must still hold: P(T ≤ t) = 1 − exp(−∫λ).
    @Test func nonMonotonePressureByThinning() throws {
        let (base, beta) = (0.1 / 30, 1.2)
        let rows = try ScenarioRunner.outcomes(scenario("""
              d: { actor: target, monthly_hazard: 0.1, coefficients: { pressure: \(beta) }, options: { exclude: {} } }
            """, extra: """
            campaigns:
              c:
                sender: us
                vendor: acme
                targets: [target]
                half_life: 90d
                instruments: [{ kind: threat, at: 2024-01-01, magnitude: 2 }]
            escalations:
              counter: { probability: 1, after: 0d, pressure: { on: [target], magnitude: -1.5, half_life: 20d } }
            """), runs: Self.runs)
        for day in [20.0, 60.0, 150.0] {
            let expected = probabilityByDay(day) { t in base * exp(beta * (2 * exp2(-t / 90) - 1.5 * exp2(-t / 20))) }
            let observed = ScenarioRunner.probability(rows, byDay: day)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "day \(day): \(observed) vs \(expected)")
        }
    }

    /// A peer that has already complied raises the hazard by exp(β_peers).
    @Test func compliedPeerRaisesTheHazard() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
              d: { actor: target, monthly_hazard: 0.05, peers: [p], coefficients: { peers: \(log(3.0)) }, options: { exclude: {} } }
              p:
                actor: peer
                monthly_hazard: 0
                options: { exclude: { exclusion: { market: m, vendor: acme, kind: full } } }
                decided: { option: exclude, on: 2024-01-01 }
            """), runs: Self.runs)
        let expected = 1 - exp(-0.15 * 120 / 30)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 120), expected, runs: Self.runs))
    }

    /// Options are chosen with their weights once the hazard fires.
    @Test func optionsFollowTheirWeights() throws {
        let text = ScenarioRunner.scenario("""
            actors: { t: { kind: state } }
            decisions:
              d: { actor: t, monthly_hazard: 30, options: { exclude: { weight: 3 }, refuse: { weight: 1 } } }
            outcomes:
              excluded: { event: decision.d.exclude }
              refused: { event: decision.d.refuse }
            """)
        let rows = try ScenarioRunner.outcomes(text, runs: Self.runs)
        #expect(rows.allSatisfy { $0[0].isFinite != $0[1].isFinite })
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 366), 0.75, runs: Self.runs))
    }

    /// Exclusions move shares after their phase-out; others absorb the loss.
    @Test(arguments: [("full", "", 0.0), ("cap", ", cap: 0.25", 0.25), ("core_only", ", core_fraction: 0.5", 0.2)])
    func exclusionsMoveShares(kind: String, extra: String, expected: Double) throws {
        let text = ScenarioRunner.scenario("""
            actors: { t: { kind: state } }
            markets:
              m: { country: t, sector: 5G, shares: { acme: 2, other: 3 } }
            decisions:
              d:
                actor: t
                monthly_hazard: 0
                options: { exclude: { exclusion: { market: m, vendor: acme, kind: \(kind)\(extra), phase_out: 100d } } }
                decided: { option: exclude, on: 2024-01-01 }
            outcomes:
              acme: { share: { market: m, vendor: acme } }
              other: { share: { market: m, vendor: other } }
            """)
        let rows = try ScenarioRunner.outcomes(text, runs: 3)
        #expect(rows.allSatisfy { abs($0[0] - expected) < 1e-12 && abs($0[0] + $0[1] - 1) < 1e-12 })
        let before = try ScenarioRunner.outcomes(text.replacingOccurrences(of: "phase_out: 100d", with: "phase_out: 400d"), runs: 1)
        #expect(abs(before[0][0] - 0.4) < 1e-12, "normalised share before the phase-out ends")
    }

    /// A countermeasure against compliers fires with its probability after its delay.
    @Test func countermeasureFiresWithItsProbability() throws {
        let text = ScenarioRunner.scenario("""
            actors: { t: { kind: state }, patron: { kind: state } }
            markets:
              m: { country: t, sector: 5G, shares: { acme: 1 } }
            decisions:
              d:
                actor: t
                monthly_hazard: 0
                options: { exclude: { exclusion: { market: m, vendor: acme, kind: full } } }
                decided: { option: exclude, on: 2024-01-01 }
            countermeasures:
              punish: { by: patron, decisions: [d], probability: 0.35, after: 20d }
            outcomes:
              punished: { event: countermeasure.punish }
            """)
        let rows = try ScenarioRunner.outcomes(text, runs: Self.runs)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 366), 0.35, runs: Self.runs))
        #expect(rows.allSatisfy { !$0[0].isFinite || $0[0] == 20 })
    }
}
