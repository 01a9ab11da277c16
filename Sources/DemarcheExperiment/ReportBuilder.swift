import DemarcheKernel
import DemarcheModel
import DemarcheRandom
import DemarcheReport
import DemarcheScenario

/// Turns a run into a ``Report``: every statistic the tables show.
public struct ReportBuilder {
    public let scenario: Scenario
    public let result: RunResult
    public let toolVersion: String
    /// Include wall time and speed (they depend on the machine and `--jobs`).
    public let timing: Bool

    var model: Model { result.plan.model }
    var calendar: SimulationCalendar { model.calendar }

    public init(scenario: Scenario, result: RunResult, toolVersion: String, timing: Bool) {
        self.scenario = scenario
        self.result = result
        self.toolVersion = toolVersion
        self.timing = timing
    }

    public func report() -> Report {
        let widest = Convergence.widest(result.outcomeValues, model)
        let configuration = result.configuration
        return Report(
            manifest: Manifest(
                toolVersion: toolVersion, gslVersion: gslVersion, scenarioFile: scenario.file, scenarioName: model.name,
                scenarioSHA256: scenario.sha256, asOf: model.asOf.description, start: calendar.start.description,
                horizon: endDate(model.horizon), seed: configuration.seed, runs: result.runs,
                generator: configuration.generator.rawValue, overrides: scenario.overrides.map(\.description),
                untilPrecision: configuration.untilPrecision),
            performance: timing ? Performance(
                wallSeconds: result.wallSeconds, events: result.aggregate.events,
                eventsPerSecond: result.eventsPerSecond, jobs: configuration.jobs) : nil,
            outcomes: model.outcomes.indices.map(outcomeSummary),
            actors: actorRows(), orders: orderRows(), markets: marketRows(), sources: sourceRows(),
            citedSources: citedSources(), sourcing: sourcing(),
            convergence: ConvergenceSummary(widestHalfWidth: widest.halfWidth, outcome: widest.outcome, runs: result.runs))
    }

    func date(_ time: Double) -> String { calendar.date(at: time).description }

    /// The date an end-of-day instant (`by`, a checkpoint, the horizon) closes.
    func endDate(_ end: Double) -> String { calendar.date(endingAt: end).description }

    func outcomeSummary(_ index: Int) -> OutcomeSummary {
        let outcome = model.outcomes[index]
        let values = result.outcomeValues[index]
        let n = values.count
        switch outcome.measure {
        case .firstEvent(_, let by, let checkpoints):
            let happened = values.filter { $0 < model.horizon }
            let km = KaplanMeier(values.map { $0 < model.horizon ? ($0, true) : (model.horizon, false) })
            let conditional = SampleQuantiles.quantiles(happened, [0.1, 0.5, 0.9])
            return OutcomeSummary(
                id: outcome.id, label: outcome.label, kind: .event, by: endDate(by), byDay: by,
                probability: ProportionInterval.wilson(successes: values.count { $0 < by }, trials: n),
                checkpoints: checkpoints.map { day in
                    OutcomeSummary.Checkpoint(date: endDate(day), day: day,
                                              probability: ProportionInterval.wilson(successes: values.count { $0 < day }, trials: n))
                },
                occurred: happened.count,
                whenItHappened: conditional.map { OutcomeSummary.DateQuantiles(p10: date($0[0]), median: date($0[1]), p90: date($0[2])) },
                timeToEvent: OutcomeSummary.DateQuantiles(
                    p10: km.quantile(0.1).map(date), median: km.quantile(0.5).map(date), p90: km.quantile(0.9).map(date)),
                curve: curve(km, runs: n), mean: nil, p10: nil, p90: nil,
                values: values.map { $0.isFinite ? ($0 * 10_000).rounded(.down) / 10_000 : nil })
        case .inForce(_, let on):
            return OutcomeSummary(
                id: outcome.id, label: outcome.label, kind: .inForce, by: endDate(on), byDay: on,
                probability: ProportionInterval.wilson(successes: values.count { $0 == 1 }, trials: n), checkpoints: [],
                occurred: nil, whenItHappened: nil, timeToEvent: nil, curve: [], mean: nil, p10: nil, p90: nil, values: values)
        case .count, .share, .attribute:
            let by: Double? = if case .count(_, let by) = outcome.measure { by } else { nil }
            let kind: OutcomeSummary.Kind = switch outcome.measure {
            case .count: .count
            case .share: .share
            default: .attribute
            }
            let quantiles = SampleQuantiles.quantiles(values, [0.1, 0.9])
            return OutcomeSummary(
                id: outcome.id, label: outcome.label, kind: kind, by: by.map(endDate), byDay: by, probability: nil, checkpoints: [],
                occurred: nil, whenItHappened: nil, timeToEvent: nil, curve: [], mean: SampleQuantiles.mean(values),
                p10: quantiles?[0], p90: quantiles?[1], values: values.map { ($0 * 10_000).rounded() / 10_000 })
        }
    }

    /// The cumulative incidence 1 − S(t) at each event time (thinned to at
    /// most ~200 points), with a pointwise 95% Wilson band.
    func curve(_ km: KaplanMeier, runs: Int) -> [OutcomeSummary.CurvePoint] {
        let stride = max(1, km.steps.count / 200)
        var points = [OutcomeSummary.CurvePoint(day: 0, date: date(0), incidence: 0, low: 0, high: 0)]
        for (position, step) in km.steps.enumerated() where position % stride == 0 || position == km.steps.count - 1 {
            let incidence = 1 - step.survival
            let band = ProportionInterval.wilson(successes: Int((incidence * Double(runs)).rounded()), trials: runs)
            points.append(OutcomeSummary.CurvePoint(day: max(0, step.time), date: date(max(0, step.time)), incidence: incidence,
                                                    low: band.low, high: band.high))
        }
        points.append(OutcomeSummary.CurvePoint(
            day: model.horizon, date: endDate(model.horizon), incidence: points.last?.incidence ?? 0, low: points.last?.low ?? 0, high: points.last?.high ?? 0))
        return points
    }

    func estimate(_ event: EventID) -> Estimate {
        ProportionInterval.wilson(successes: result.aggregate.eventRuns[event.index], trials: result.runs)
    }

    func actorRows() -> [ActorRow] {
        model.decisions.enumerated().map { index, decision in
            let complying = decision.options.filter(\.complies)
            let runs = complying.reduce(0) { $0 + result.aggregate.eventRuns[$1.event.index] }
            let days = result.aggregate.complianceDays[index]
            return ActorRow(
                decision: decision.id, actor: model.actors[decision.actor].id,
                complied: ProportionInterval.wilson(successes: runs, trials: result.runs),
                medianDate: medianBin(days).map { $0 == 0 ? "before start" : calendar.start.adding(days: $0 - 1).description },
                options: decision.options.map { ActorRow.OptionShare(option: $0.name, probability: estimate($0.event)) },
                retaliatedAgainst: ProportionInterval.wilson(successes: result.aggregate.retaliatedRuns[decision.actor], trials: result.runs))
        }
    }

    /// The smallest key at which half of a sparse histogram's mass is reached.
    func medianBin(_ histogram: [Int: Int]) -> Int? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        var running = 0
        for (day, count) in histogram.sorted(by: { $0.key < $1.key }) {
            running += count
            if 2 * running >= total { return day }
        }
        return nil
    }

    func orderRows() -> [OrderRow] {
        model.orders.map { order in
            var statuses: [String: Estimate] = [:]
            for event in Order.Event.allCases { statuses[event.rawValue] = estimate(order.event(event)) }
            return OrderRow(order: order.id, target: model.actors[order.target].id, statuses: statuses)
        }
    }

    func marketRows() -> [MarketRow] {
        model.markets.enumerated().flatMap { index, market in
            market.vendors.enumerated().map { vendor, name in
                let bins = result.aggregate.shareBins[index][vendor]
                let scale = Double(RunAggregate.shareResolution)
                return MarketRow(
                    market: market.id, country: model.actors[market.country].id, vendor: name,
                    mean: result.aggregate.shareSums[index][vendor] / Double(max(result.runs, 1)),
                    p10: Double(quantileBin(bins, 0.1)) / scale, p90: Double(quantileBin(bins, 0.9)) / scale)
            }
        }
    }

    func quantileBin(_ bins: [Int], _ p: Double) -> Int {
        let total = bins.reduce(0, +)
        var running = 0
        for (bin, count) in bins.enumerated() {
            running += count
            if Double(running) >= p * Double(total) && running > 0 { return bin }
        }
        return bins.count - 1
    }

    /// Every annotated place in file order, with the parameter's value or
    /// distribution and the dated sources it cites.
    func sourceRows() -> [SourceRow] {
        model.provenance.entries.compactMap { entry in
            guard let source = entry.source else { return nil }
            let value = entry.kind == .parameter ? model.parameters.id(forPath: entry.path).map { id in
                model.parameters.entries[id.index].distribution.description
            } : nil
            return SourceRow(path: entry.path, source: source.text, value: value ?? "", sourceIDs: source.sourceIDs)
        }
    }

    /// The dated sources that something cites, in the order the file declares them.
    func citedSources() -> [CitedSource] {
        model.provenance.sources.compactMap { source in
            let citing = model.provenance.entries.filter { $0.source?.sourceIDs.contains(source.id) == true }
            guard !citing.isEmpty else { return nil }
            let facts = citing.count { $0.kind == .fact }
            return CitedSource(id: source.id, published: source.published.description, citation: source.citation,
                               url: source.url, parameters: citing.count - facts, facts: facts)
        }
    }

    func sourcing() -> SourcingSummary {
        let numbers = model.provenance.numbers
        return SourcingSummary(parameters: numbers.count, assumption: numbers.count { $0.source?.includesAssumption == true },
                               unsourced: numbers.count { $0.source == nil })
    }
}
