/// Exclude-one attribution, the schedule-risk tools' tornado: the scenario
/// is run again with one mechanic switched off (courts, shocks, …), the same
/// seed and runs, each construct drawing from its own streams (common random
/// numbers), and each outcome's change is measured run by run. A mechanic
/// that cannot reach an outcome leaves it exactly unchanged in every run.
public struct AttributionSummary: Codable, Sendable {
    public struct Change: Codable, Sendable {
        public var id: String
        public var label: String
        /// "probability" (event by its date, in force on its day) or "mean".
        public var measure: String
        /// The outcome with every mechanic, and with this one switched off.
        public var with: Double
        public var without: Double
        /// with − without: what the mechanic adds, with a paired 95% interval.
        public var contribution: Estimate
        /// Runs whose value differs between the two.
        public var changedRuns: Int

        public init(id: String, label: String, measure: String, with: Double, without: Double, contribution: Estimate,
                    changedRuns: Int) {
            self.id = id
            self.label = label
            self.measure = measure
            self.with = with
            self.without = without
            self.contribution = contribution
            self.changedRuns = changedRuns
        }

        /// The change of one outcome from its per-run values with and without
        /// the mechanic (run r of both from the same streams): `binary`
        /// values (1 or 0) by Newcombe's paired interval, others by the
        /// normal interval of the paired differences.
        public static func paired(id: String, label: String, binary: Bool, with: [Double], without: [Double]) -> Change {
            let changed = zip(with, without).count { $0 != $1 && !($0.isNaN && $1.isNaN) }
            let contribution = binary ? PairedDifference.proportions(with, without) : PairedDifference.means(with, without)
            func mean(_ values: [Double]) -> Double {
                binary ? Double(values.count { $0 == 1 }) / Double(max(values.count, 1))
                    : SampleQuantiles.mean(values).value
            }
            return Change(id: id, label: label, measure: binary ? "probability" : "mean", with: mean(with),
                          without: mean(without), contribution: contribution, changedRuns: changed)
        }
    }

    public struct MechanicChanges: Codable, Sendable {
        /// The scenario key switched off (`courts`, `shocks`, …) and its name.
        public var mechanic: String
        public var title: String
        public var changes: [Change]

        public init(mechanic: String, title: String, changes: [Change]) {
            self.mechanic = mechanic
            self.title = title
            self.changes = changes
        }
    }

    /// Runs of each simulation (the same replications with and without).
    public var runs: Int
    /// One entry per mechanic the scenario has, in a fixed order.
    public var mechanics: [MechanicChanges]
    /// Mechanics the scenario does not have: not rerun.
    public var absent: [String]

    public init(runs: Int, mechanics: [MechanicChanges], absent: [String]) {
        self.runs = runs
        self.mechanics = mechanics
        self.absent = absent
    }
}
