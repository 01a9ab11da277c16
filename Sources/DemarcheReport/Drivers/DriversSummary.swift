/// What drives each outcome within one simulation — @RISK's tornado without
/// a sweep: every run draws the parameters given as distributions, and the
/// ranks of those draws are set against the ranks of each outcome's per-run
/// value. Standardised rank regression coefficients (SRRC; Saltelli et al.
/// 2004, §3.3) measure each parameter's effect with the others held in the
/// regression, R² how much of the ranked outcome they explain together;
/// Spearman's ρ is each parameter alone. Intervals are simultaneous 95% over
/// an outcome's parameters (Bonferroni), so a parameter that moves nothing
/// has every interval containing 0 in 95% of simulations.
public struct DriversSummary: Codable, Sendable {
    public struct Driver: Codable, Sendable {
        /// The parameter's scenario path.
        public var path: String
        /// SRRC with its interval (normal theory on the least-squares
        /// standard error); nil if the parameter did not vary in these runs.
        public var srrc: Estimate?
        /// Spearman's ρ with its Fisher-z interval (Bonett & Wright 2000).
        public var spearman: Estimate?

        public init(path: String, srrc: Estimate?, spearman: Estimate?) {
            self.path = path
            self.srrc = srrc
            self.spearman = spearman
        }
    }

    public struct OutcomeDrivers: Codable, Sendable {
        public var id: String
        public var label: String
        /// The per-run value analysed: "1 if it happened by 2021-12-31, else 0", …
        public var response: String
        /// R² of the rank regression; nil when there is none (see `note`).
        public var rSquared: Double?
        /// Why there are no coefficients (the outcome did not vary, too few runs).
        public var note: String?
        /// Largest |SRRC| first (then |ρ|, then path).
        public var drivers: [Driver]

        public init(id: String, label: String, response: String, rSquared: Double?, note: String?, drivers: [Driver]) {
            self.id = id
            self.label = label
            self.response = response
            self.rSquared = rSquared
            self.note = note
            self.drivers = drivers
        }
    }

    /// Runs analysed: the first `runs` replications (at most ``maximumCells`` ÷ parameters).
    public var runs: Int
    /// Runs in the simulation.
    public var totalRuns: Int
    /// The parameters drawn per run, in the scenario's order.
    public var inputs: [String]
    /// The normal quantile of every interval (simultaneous 95% over the inputs).
    public var z: Double
    /// Why no outcome is analysed (the scenario draws no parameter).
    public var note: String?
    public var outcomes: [OutcomeDrivers]

    /// Drawn values kept for the analysis at most (parameters × runs): 10⁷
    /// doubles, 80 MB, whatever the number of runs or parameters.
    public static let maximumCells = 10_000_000

    /// Runs whose drawn values are kept when `inputs` parameters are drawn:
    /// all of them up to ``maximumCells`` ÷ `inputs`.
    public static func keptRuns(of runs: Int, inputs: Int) -> Int {
        inputs == 0 ? 0 : min(runs, maximumCells / inputs)
    }

    public init(runs: Int, totalRuns: Int, inputs: [String], z: Double, note: String? = nil, outcomes: [OutcomeDrivers]) {
        self.runs = runs
        self.totalRuns = totalRuns
        self.inputs = inputs
        self.z = z
        self.note = note
        self.outcomes = outcomes
    }
}

extension DriversSummary {
    /// One outcome's per-run values, as the analysis reads them.
    public struct Response: Sendable {
        public var id: String
        public var label: String
        public var description: String
        public var values: [Double]

        public init(id: String, label: String, description: String, values: [Double]) {
            self.id = id
            self.label = label
            self.description = description
            self.values = values
        }
    }

    /// Ranks `columns` (one per input, input-major, each as long as every
    /// response) against each response.
    public static func analyse(inputs: [String], columns: [[Double]], responses: [Response], totalRuns: Int) -> DriversSummary {
        let runs = columns.first?.count ?? 0
        guard !inputs.isEmpty else {
            return DriversSummary(runs: 0, totalRuns: totalRuns, inputs: [], z: SpearmanCorrelation.simultaneousZ(count: 1),
                                  note: "No parameter is given as a distribution: every run uses the same values, "
                                      + "so none can explain why runs differ.", outcomes: [])
        }
        let ranked = columns.map { RankRegression.standardised(RankRegression.ranks($0)) }
        let varying = ranked.indices.filter { ranked[$0].contains { $0 != 0 } }
        let z = SpearmanCorrelation.simultaneousZ(count: varying.count)
        let design = varying.map { ranked[$0] }
        let outcomes = responses.map { response -> OutcomeDrivers in
            func result(_ rSquared: Double?, _ note: String?, _ drivers: [Driver]) -> OutcomeDrivers {
                OutcomeDrivers(id: response.id, label: response.label, response: response.description,
                               rSquared: rSquared, note: note, drivers: drivers)
            }
            let y = RankRegression.standardised(RankRegression.ranks(response.values))
            guard y.contains(where: { $0 != 0 }) else {
                return result(nil, "It takes the same value in every run analysed: nothing to rank.", [])
            }
            let fit = RankRegression.fit(rankedColumns: design, rankedOutput: y)
            var drivers = inputs.indices.map { input in
                let position = varying.firstIndex(of: input)
                let srrc = position.flatMap { p in
                    fit.map { Estimate(value: $0.coefficients[p], low: $0.coefficients[p] - z * $0.standardErrors[p],
                                       high: $0.coefficients[p] + z * $0.standardErrors[p]) }
                }
                return Driver(path: inputs[input], srrc: srrc,
                              spearman: position == nil ? nil : SpearmanCorrelation.estimate(ranked: ranked[input], y, z: z))
            }
            // No coefficient sorts last (−1 is below every |coefficient|).
            func key(_ driver: Driver) -> (Double, Double) {
                (driver.srrc.map { abs($0.value) } ?? -1, driver.spearman.map { abs($0.value) } ?? -1)
            }
            drivers.sort { a, b in key(a) != key(b) ? key(a) > key(b) : a.path < b.path }
            let note = fit == nil ? (varying.isEmpty ? "No drawn parameter varied in the runs analysed."
                                     : "Too few runs for a rank regression of \(varying.count) parameters.") : nil
            return result(fit?.rSquared, note, drivers)
        }
        return DriversSummary(runs: runs, totalRuns: totalRuns, inputs: inputs, z: z, outcomes: outcomes)
    }
}
