import DemarcheModel

/// What the tables need from many replications, in memory set by the model,
/// never by horizon × events (a 6 KB file with a 10,000-year horizon would
/// need gigabytes for a dense table of days): per event,
/// how many runs saw it; per decision, how many runs complied on each day
/// that some run complied on; per market and vendor, a histogram of shares
/// at the horizon; per actor, how many runs saw it retaliated against.
///
/// Aggregates of consecutive chunks are merged in chunk order, so sums of
/// doubles are the same whatever the number of workers.
public struct RunAggregate: Sendable {
    /// Per decision, runs that complied (took an option that complies) by
    /// day: key 0 before the start (as-of facts), key d + 1 day d of the run.
    /// Only days on which some run complied are kept: per decision at most
    /// min(runs, days of the horizon) entries.
    public private(set) var complianceDays: [[Int: Int]]
    /// For each event, the decisions it is a complying option of.
    private let complyingDecisions: [[Int]]
    /// The last day key: the horizon's day.
    private let lastDayKey: Int
    public private(set) var eventRuns: [Int]
    /// Shares in bins of 0.001: bin k holds shares in [k/1000, (k+1)/1000).
    public private(set) var shareBins: [[[Int]]]
    public private(set) var shareSums: [[Double]]
    public private(set) var retaliatedRuns: [Int]
    public private(set) var runs = 0
    public private(set) var events = 0

    public static let shareResolution = 1000

    init(model: Model) {
        lastDayKey = Int(model.horizon.rounded(.down)) + 1
        var decisionsOf = Array(repeating: [Int](), count: model.events.count)
        for (index, decision) in model.decisions.enumerated() {
            for option in decision.options where option.complies { decisionsOf[option.event.index].append(index) }
        }
        complyingDecisions = decisionsOf
        complianceDays = Array(repeating: [:], count: model.decisions.count)
        eventRuns = Array(repeating: 0, count: model.events.count)
        shareBins = model.markets.map { market in
            Array(repeating: Array(repeating: 0, count: Self.shareResolution + 1), count: market.vendors.count)
        }
        shareSums = model.markets.map { Array(repeating: 0, count: $0.vendors.count) }
        retaliatedRuns = Array(repeating: 0, count: model.actors.count)
    }

    mutating func add(_ result: ReplicationResult) {
        runs += 1
        events += result.events
        for (event, time) in result.eventTimes.enumerated() where time.isFinite {
            eventRuns[event] += 1
            guard !complyingDecisions[event].isEmpty else { continue }
            let day = time < 0 ? 0 : min(Int(time.rounded(.down)) + 1, lastDayKey)
            for decision in complyingDecisions[event] { complianceDays[decision][day, default: 0] += 1 }
        }
        var position = 0
        for market in shareSums.indices {
            for vendor in shareSums[market].indices {
                let share = result.shares[position]
                position += 1
                shareSums[market][vendor] += share
                shareBins[market][vendor][min(max(Int(share * Double(Self.shareResolution)), 0), Self.shareResolution)] += 1
            }
        }
        for (actor, count) in result.retaliations.enumerated() where count > 0 { retaliatedRuns[actor] += 1 }
    }

    mutating func merge(_ other: RunAggregate) {
        runs += other.runs
        events += other.events
        for event in eventRuns.indices {
            eventRuns[event] += other.eventRuns[event]
        }
        for decision in complianceDays.indices { complianceDays[decision].merge(other.complianceDays[decision], uniquingKeysWith: +) }
        for market in shareSums.indices {
            for vendor in shareSums[market].indices {
                shareSums[market][vendor] += other.shareSums[market][vendor]
                for bin in shareBins[market][vendor].indices { shareBins[market][vendor][bin] += other.shareBins[market][vendor][bin] }
            }
        }
        for actor in retaliatedRuns.indices { retaliatedRuns[actor] += other.retaliatedRuns[actor] }
    }
}
