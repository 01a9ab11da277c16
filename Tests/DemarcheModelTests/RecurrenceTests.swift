import DemarcheModel
import DemarcheRandom
import Testing

/// Recurring instruments: `every` is exactly periodic, `poisson` a Poisson
/// process, through the real loader and model.
@Suite struct RecurrenceTests {
    static let runs = 20_000

    /// A campaign on `uk` with one demarche timed by `timing`, and `extra` sections.
    func scenario(_ timing: String, active: Bool = true, extra: String = "") -> String {
        ScenarioRunner.scenario("""
            actors: { us: { kind: state }, uk: { kind: state } }
            campaigns:
              c: { sender: us, vendor: acme, targets: [uk], active: \(active), instruments: [{ kind: demarche, \(timing) }] }
            \(extra)
            outcomes:
              first: { event: campaign.c.demarche }
            """)
    }

    /// For each of `runs` replications, the times of the demarches.
    func firings(_ text: String, runs: Int) throws -> [[Double]] {
        let plan = ReplicationPlan(try ScenarioRunner.load(text))
        let streams = ReplicationStreams(masterSeed: 1, replication: 0)
        return try (0..<runs).map { replication in
            streams.reset(toReplication: UInt32(replication))
            var run = Replication(plan: plan, streams: streams, trace: true)
            return try run.run().trace.filter { $0.event == "campaign.c.demarche" }.map(\.time)
        }
    }

    /// `every: 30d` lands on days 30, 60, …, 360 (the horizon is the end of
    /// day 365): the count by t is exactly ⌊t/30⌋ firings before it, the
    /// same in every run. A campaign started on day 45 counts from then:
    /// 75, 105, …, 345.
    @Test func periodicCountsAreExact() throws {
        for times in try firings(scenario("every: 30d"), runs: 200) {
            #expect(times == (1...12).map { Double($0 * 30) })
            #expect([29.9, 30.1, 100, 366].map { t in times.count { $0 < t } } == [0, 1, 3, 12])
        }
        let activated = scenario("every: 30d", active: false, extra: """
            escalations:
              go: { probability: 1, after: 45d, activate: [c] }
            """)
        for times in try firings(activated, runs: 200) {
            #expect(times == (1...10).map { 45 + Double($0 * 30) })
        }
    }

    /// `poisson: { mean: 30d }`: the count N by t = 366 (the end of the
    /// horizon's day) and by t = 100 is Poisson with mean and variance t/30.
    /// Mean within 4 standard errors √(μ/n); sample variance within 4
    /// standard errors √((μ + 2μ²)/n) (Poisson fourth central moment μ + 3μ²).
    @Test func poissonCountsHaveMeanAndVarianceTOverM() throws {
        let all = try firings(scenario("poisson: { mean: 30d }"), runs: Self.runs)
        let n = Double(Self.runs)
        for t in [100.0, 366.0] {
            let counts = all.map { Double($0.count { $0 < t }) }
            let μ = t / 30
            let mean = counts.reduce(0, +) / n
            let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            #expect(abs(mean - μ) <= 4 * (μ / n).squareRoot(), "t = \(t): mean \(mean) vs \(μ)")
            #expect(abs(variance - μ) <= 4 * ((μ + 2 * μ * μ) / n).squareRoot(), "t = \(t): variance \(variance) vs \(μ)")
        }
    }

    /// Stopping a campaign cancels its next firing, so stopping it on day 100
    /// and starting it again on day 110 leaves one periodic chain: 30, 60,
    /// 90, then 140, 170, …, 350.
    @Test func stoppingCancelsThePendingFiring() throws {
        let text = scenario("every: 30d", extra: """
            escalations:
              halt: { probability: 1, after: 100d, stop: [c] }
              resume: { probability: 1, after: 110d, activate: [c] }
            """)
        let expected = [30.0, 60, 90] + (0..<8).map { 140 + Double($0 * 30) }
        #expect(try firings(text, runs: 5).allSatisfy { $0 == expected })
    }
}
