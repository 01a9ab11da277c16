import CDemarcheGSL
@testable import DemarcheModel
import DemarcheRandom
import DemarcheScenario
import Testing

/// Numbers drawn from distributions are input too: a distribution that can
/// draw out of its field's range is refused when the file is read, located;
/// a draw out of range that still comes (a tail, or a model not built by the
/// loader) stops the replication with an error naming the path, never a trap
/// or a silent change of meaning.
@Suite struct DrawnValueTests {
    static let head = """
        actors:
          us: { kind: state }
          de: { kind: state }
        """

    /// A campaign on `de` and a decision of `de`, with `keys` spliced in.
    static func scenario(magnitude: String = "1", weight: String = "1", after: String = "10d", halfLife: String = "60d") -> String {
        ScenarioRunner.scenario("""
            \(head)
            campaigns:
              c:
                sender: us
                vendor: v
                targets: [de]
                half_life: \(halfLife)
                instruments: [{ kind: demarche, at: 2024-01-01, magnitude: \(magnitude) }]
            decisions:
              d:
                actor: de
                monthly_hazard: 0.1
                coefficients: { pressure: 0.5 }
                options: { yes: { weight: \(weight) }, no: { weight: 1 } }
            escalations:
              e: { probability: 1, after: \(after) }
            outcomes:
              yes: { event: decision.d.yes }
            """)
    }

    /// `file:line:col: path: message` of each problem, or [] if the file loads.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: text, file: "t.yaml")
            return []
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.path): \($0.message)" }
        }
    }

    @Test(arguments: [
        (scenario(magnitude: "{ dist: lognormal, mu: 1000, sigma: 1 }"), "15:",
         "campaigns.c.instruments.0.magnitude: expected a distribution whose draws stay at most 1e9, found a distribution over [0.0, inf] whose 1 − 10⁻¹² quantile is inf"),
        (scenario(magnitude: "{ dist: exponential, mean: 1e308 }"), "15:",
         "campaigns.c.instruments.0.magnitude: expected a distribution whose draws stay at most 1e9, found a distribution over [0.0, inf] whose 1 − 10⁻¹² quantile is inf"),
        (scenario(weight: "{ dist: uniform, low: 0, high: 1e308 }"), "21:",
         "decisions.d.options.yes.weight: expected a distribution whose draws stay at most 1e9, found a distribution over [0.0, 1e+308]"),
        (scenario(weight: "{ dist: weibull, scale: 1e300, shape: 1 }"), "21:",
         "decisions.d.options.yes.weight: expected a distribution whose draws stay at most 1e9, found a distribution over [0.0, inf] whose 1 − 10⁻¹² quantile is 2.7631021115928547e+301"),
        (scenario(after: "{ dist: gamma, shape: 2, scale: 1e300 }"), "23:",
         "escalations.e.after: expected a distribution whose draws stay at most 1,000 years (365250 days), found a distribution over [0.0, inf] whose 1 − 10⁻¹² quantile is 3.109987319576915e+301"),
        (scenario(after: "{ dist: exponential, mean: 100000d }"), "23:",
         "escalations.e.after: expected a distribution whose draws stay at most 1,000 years (365250 days), found a distribution over [0.0, inf] whose 1 − 10⁻¹² quantile is 2763102.111592855"),
    ])
    func unboundedDistributionsAreRefusedWhereTheyCanLeaveTheirRange(text: String, line: String, message: String) {
        let found = Self.problems(text)
        #expect(found.count == 1 && found[0].hasPrefix(line) && found[0].hasSuffix(message), "\(found)")
    }

    /// Distributions whose draws stay in range in practice still load.
    @Test func plausibleDistributionsLoad() {
        #expect(Self.problems(Self.scenario(
            magnitude: "{ dist: lognormal, mu: 0, sigma: 1 }", weight: "{ dist: gamma, shape: 2, scale: 1 }",
            after: "{ dist: exponential, mean: 10000d }")) == [])
    }

    /// The reach of every unbounded distribution is computed without trapping
    /// (GSL's aborting handler is off) even at extreme parameters, and a
    /// Poisson's bound is at least its true 1 − 10⁻¹² quantile.
    @Test func likelyRangesAreTotal() throws {
        let extremes: [AnyDistribution] = [
            .normal(try Normal(mean: 1e308, standardDeviation: 1e308)), .normal(try Normal(mean: 0, standardDeviation: 1e-300)),
            .logNormal(try LogNormal(mu: -1e308, sigma: 1e308)), .gamma(try Gamma(shape: 1e-300, scale: 1e-300)),
            .gamma(try Gamma(shape: 1e300, scale: 1e300)), .weibull(try Weibull(scale: 1e-300, shape: 1e-300)),
            .exponential(try Exponential(mean: .greatestFiniteMagnitude)), .poisson(try Poisson(mean: 1e9)),
        ]
        for distribution in extremes {
            let range = distribution.likelyRange
            #expect(range.lowerBound <= range.upperBound && range.lowerBound >= distribution.support.lowerBound)
        }
        for mean in [0.5, 3, 100, 1e6] {
            let bound = try Poisson(mean: mean).upperQuantile(AnyDistribution.negligibleTail)
            #expect(gsl_cdf_poisson_Q(UInt32(bound.rounded(.down)), mean) <= AnyDistribution.negligibleTail, "mean \(mean): \(bound)")
        }
    }

    /// Plain numbers of days have the cap of durations with a unit (1,000 years).
    @Test func plainDaysHaveTheCapOfDurations() {
        #expect(Self.problems(Self.scenario(after: "365250")) == [])
        #expect(Self.problems(Self.scenario(after: "1000y")) == [])
        #expect(Self.problems(Self.scenario(after: "400000")) == [
            "23:31: escalations.e.after: expected a waiting time ≥ 0, at most 1,000 years (365250 days), found 400000.0"])
        #expect(Self.problems(Self.scenario(halfLife: "1e300")) == [
            "14:16: campaigns.c.half_life: expected a length of time > 0, at most 1,000 years (365250 days), found 1e+300"])
        #expect(Self.problems(Self.scenario(halfLife: "1001y")) == [
            "14:16: campaigns.c.half_life: expected a duration such as 90d, 6w, 3mo or 1y, found '1001y': longer than 1,000 years"])
    }

    /// The model with the parameter at `path` drawn from `distribution`,
    /// unchecked: what a model not built by the loader may hold.
    static func replacing(_ path: String, with distribution: AnyDistribution, in model: Model) -> Model {
        var table = ParameterTable()
        for entry in model.parameters.entries {
            _ = table.add(path: entry.path, constraint: entry.constraint, entry.path == path ? distribution : entry.distribution)
        }
        var copy = model
        copy.parameters = table
        return copy
    }

    static func run(_ model: Model, replication: UInt32 = 0) throws(ModelError) -> ReplicationResult {
        var run = Replication(model: model, streams: ReplicationStreams(masterSeed: 1, replication: replication))
        return try run.run()
    }

    @Test func aParameterDrawnOutOfRangeStopsTheRun() throws {
        let model = try ScenarioRunner.load(Self.scenario())
        let infinite = Self.replacing("campaigns.c.instruments.0.magnitude", with: .logNormal(try LogNormal(mu: 1000, sigma: 1)), in: model)
        #expect(throws: ModelError.drawOutOfRange(path: "campaigns.c.instruments.0.magnitude", value: .infinity,
                                                  expected: "a number ≥ 0 (at most 1e9)")) { try Self.run(infinite) }
        let huge = Self.replacing("decisions.d.coefficients.pressure", with: .uniform(try Uniform(low: 2e9, high: 3e9)), in: model)
        let failure = try #require(Self.failure(huge))
        #expect("\(failure)".hasPrefix("decisions.d.coefficients.pressure drew 2"), "\(failure)")
        #expect("\(failure)".contains("expected a finite number between -1e9 and 1e9"), "\(failure)")
    }

    static func failure(_ model: Model) -> ModelError? {
        do {
            _ = try run(model)
            return nil
        } catch {
            return error
        }
    }

    /// A waiting time drawn out of 0 … 1,000 years (here ∞) stops the run
    /// rather than silently never happening.
    @Test func aWaitDrawnOutOfRangeStopsTheRun() throws {
        var model = try ScenarioRunner.load(Self.scenario())
        model.escalations[0].delay = Delay(length: .days(.logNormal(try LogNormal(mu: 1000, sigma: 1))), path: "escalations.e.after")
        #expect(Self.failure(model) == .drawOutOfRange(path: "escalations.e.after", value: .infinity,
                                                       expected: "a waiting time ≥ 0, at most 1,000 years (365250 days)"))
    }

    /// Options whose drawn weights are all 0 cannot be chosen: the run stops
    /// (before, the last option was always taken).
    @Test func optionWeightsDrawnAllZeroStopTheRun() throws {
        let model = try ScenarioRunner.load(ScenarioRunner.scenario("""
            \(Self.head)
            decisions:
              d:
                actor: de
                monthly_hazard: 0.1
                options: { yes: { weight: { dist: bernoulli, p: 0.5 } }, no: { weight: { dist: bernoulli, p: 0.5 } } }
            outcomes:
              yes: { event: decision.d.yes }
            """))
        let failures = (0..<40).map { try? Self.run(model, replication: UInt32($0)) }.count { $0 == nil }
        #expect(failures > 0 && failures < 40)
        let zero = Self.replacing("decisions.d.options.no.weight", with: .fixed(try Fixed(0)),
                                  in: Self.replacing("decisions.d.options.yes.weight", with: .fixed(try Fixed(0)), in: model))
        #expect(Self.failure(zero) == .noOptionWeight(path: "decisions.d.options"))
    }

    /// Shock probabilities drawn to more than 1 stop the run.
    @Test func shockProbabilitiesDrawnPastOneStopTheRun() throws {
        let model = try ScenarioRunner.load(ScenarioRunner.scenario("""
            \(Self.head)
            shocks:
              s: { at: 2024-06-01, outcomes: { a: { probability: 0.5 }, b: { probability: 0.5 } } }
            outcomes:
              a: { event: shock.s.a }
            """))
        let drawn = Self.replacing("shocks.s.outcomes.b.probability", with: .uniform(try Uniform(low: 0.6, high: 1)), in: model)
        guard case .probabilitiesExceedOne(let path, let total)? = Self.failure(drawn) else {
            Issue.record("expected probabilitiesExceedOne")
            return
        }
        #expect(path == "shocks.s.outcomes" && total > 1.1)
    }

    /// A hazard so large that rate × exp(Σβx) overflows is taken at once;
    /// before, the infinite bound meant the decision was never taken.
    @Test func anOverflowingHazardDecidesAtOnce() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors:
              de: { kind: state, opposition: 1 }
            decisions:
              d: { actor: de, monthly_hazard: 1e5, coefficients: { opposition: 800 }, options: { yes: {} } }
            outcomes:
              yes: { event: decision.d.yes }
            """), runs: 20)
        #expect(rows.allSatisfy { $0[0] < 1e-6 }, "\(rows)")
    }
}
