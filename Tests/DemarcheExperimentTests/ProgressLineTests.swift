import DemarcheExperiment
import Testing

/// The progress line fits any terminal width, keeps its bar's width while
/// the counts grow, and counts runs.
@Suite struct ProgressLineTests {
    @Test(arguments: [0, 1, 5, 20, 30, 45, 60, 80, 132, 400])
    func fitsTheTerminal(columns: Int) {
        for total in [1, 250, 10_000, 2_000_000_000] {
            for done in [0, total / 3, total] {
                for left in [nil, 0, 59.4, 725, 1e7] as [Double?] {
                    let line = ProgressLine(done: done, total: total, secondsLeft: left).rendered(columns: columns)
                    #expect(line.count <= max(columns - 1, 0), "\(columns) columns: \(line)")
                }
            }
        }
    }

    @Test func theBarKeepsItsWidthAndFills() {
        let lines = [0, 1_000, 5_000, 10_000].map {
            ProgressLine(done: $0, total: 10_000, secondsLeft: $0 == 0 ? nil : 3_000).rendered(columns: 60)
        }
        let bars = lines.map { $0.prefix { "█░".contains($0) } }
        #expect(Set(bars.map(\.count)).count == 1 && (bars.first?.count ?? 0) >= 10, "\(lines)")
        #expect(bars.map { $0.count { $0 == "█" } } == [0, (bars[0].count) / 10, bars[0].count / 2, bars[0].count])
        #expect(lines[1].hasSuffix(" 1,000/10,000 runs · ETA 50 min 00 s"), "\(lines[1])")
        #expect(lines[0].hasSuffix(" 0/10,000 runs"))
    }

    @Test func aNarrowTerminalDropsTheBarThenCutsTheText() {
        let line = ProgressLine(done: 1_000, total: 10_000, secondsLeft: 5).rendered(columns: 30)
        #expect(line == "1,000/10,000 runs · ETA 5 s")
        #expect(ProgressLine(done: 1_000, total: 10_000, secondsLeft: 5).rendered(columns: 10) == "1,000/10,")
    }
}
