import DemarcheModel

/// What the tables need from many replications, in memory that does not
/// grow with the number of runs: per event, how many runs saw it and on
/// which day first; per market and vendor, a histogram of shares at the
/// horizon; per actor, how many runs saw it retaliated against.
///
/// Aggregates of consecutive chunks are merged in chunk order, so sums of
/// doubles are the same whatever the number of workers.
public struct RunAggregate: Sendable {
    /// Bin 0: before the start (as-of facts); bin d + 1: day d of the run.
    public private(set) var eventDays: [[Int]]
    public private(set) var eventRuns: [Int]
    /// Shares in bins of 0.001: bin k holds shares in [k/1000, (k+1)/1000).
    public private(set) var shareBins: [[[Int]]]
    public private(set) var shareSums: [[Double]]
    public private(set) var retaliatedRuns: [Int]
    public private(set) var runs = 0
    public private(set) var events = 0

    public static let shareResolution = 1000

    init(model: Model) {
        let days = Int(model.horizon.rounded(.down)) + 2
        eventDays = Array(repeating: Array(repeating: 0, count: days), count: model.events.count)
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
            let bin = time < 0 ? 0 : Int(time.rounded(.down)) + 1
            eventDays[event][min(bin, eventDays[event].count - 1)] += 1
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
        for event in eventRuns.indices where other.eventRuns[event] > 0 {  // a row of zeros adds nothing
            eventRuns[event] += other.eventRuns[event]
            for day in eventDays[event].indices { eventDays[event][day] += other.eventDays[event][day] }
        }
        for market in shareSums.indices {
            for vendor in shareSums[market].indices {
                shareSums[market][vendor] += other.shareSums[market][vendor]
                for bin in shareBins[market][vendor].indices { shareBins[market][vendor][bin] += other.shareBins[market][vendor][bin] }
            }
        }
        for actor in retaliatedRuns.indices { retaliatedRuns[actor] += other.retaliatedRuns[actor] }
    }
}
