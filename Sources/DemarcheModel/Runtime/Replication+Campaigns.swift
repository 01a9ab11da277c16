import DemarcheKernel
import Foundation

extension Replication {
    /// Starts a campaign: instruments dated before now that have not landed
    /// count as past pressure, later ones are scheduled, recurring ones get
    /// their first firing.
    mutating func startCampaign(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let campaign = model.campaigns[index]
        for (position, instrument) in campaign.instruments.enumerated() {
            switch instrument.timing {
            case .at where instrumentLanded[index][position]:
                continue
            case .at(let time) where time < simulation.now:
                applyInstrument(index, position, at: time, &simulation)
            case .at(let time):
                instrumentEvents[index][position] = simulation.schedule(
                    .instrument(campaign: Int32(index), instrument: Int32(position)), at: time)
            case .periodic, .poisson:
                scheduleRecurrence(index, position, &simulation)
            }
        }
    }

    /// Schedules a recurring instrument's next firing: one period from now
    /// (periodic), or an exponential gap of the mean (Poisson).
    mutating func scheduleRecurrence(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        let gap: Double
        switch model.campaigns[campaign].instruments[instrument].timing {
        case .at: return
        case .periodic(let period): gap = values[period.index]
        case .poisson(let mean):
            let mean = values[mean.index]
            guard mean > 0, mean.isFinite else { return }
            gap = -mean * log(streams.campaigns.uniformPositive())
        }
        guard gap > 0, simulation.now + gap < model.horizon else { return }
        instrumentEvents[campaign][instrument] = simulation.schedule(
            .instrument(campaign: Int32(campaign), instrument: Int32(instrument)), after: gap)
    }

    /// A scheduled instrument lands, and a recurring one is scheduled again
    /// (stopping the campaign, or carrying out or dropping the threat,
    /// cancels the pending firing).
    mutating func fireInstrument(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        instrumentEvents[campaign][instrument] = nil
        applyInstrument(campaign, instrument, at: simulation.now, &simulation)
        scheduleRecurrence(campaign, instrument, &simulation)
    }

    /// Adds the instrument's pressure, records it, redraws the targets'
    /// decisions, and on a threat's first landing draws its follow-through.
    mutating func applyInstrument(_ campaign: Int, _ instrument: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let tool = model.campaigns[campaign].instruments[instrument]
        press(campaign, tool.targets, magnitude: values[tool.magnitude.index], at: time)
        let detail = tracing ? instrumentDetail(tool, at: time) : ""
        record(tool.event, at: time, actor: tool.targets.count == 1 ? tool.targets[0] : nil, detail: detail, &simulation)
        for target in tool.targets { redrawDecisions(of: target, &simulation) }
        if !instrumentLanded[campaign][instrument] {
            instrumentLanded[campaign][instrument] = true
            drawFollowThrough(campaign, instrument, madeAt: time, &simulation)
        }
    }

    /// Adds `magnitude` × the sender's leverage over each target to its
    /// pressure at `time`, decaying with the campaign's half-life.
    mutating func press(_ campaign: Int, _ targets: [Int], magnitude: Double, at time: Double) {
        let halfLife = values[model.campaigns[campaign].halfLife.index]
        for target in targets {
            pressure.add(magnitude * leverage(campaign: campaign, target: target), to: target, at: time, halfLife: halfLife)
        }
    }

    /// Stops a campaign: its pending instruments and threats' follow-through
    /// are cancelled (pressure already applied keeps decaying).
    mutating func stopCampaign(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        campaignActive[index] = false
        for position in model.campaigns[index].instruments.indices {
            for handle in [instrumentEvents[index][position], followThroughEvents[index][position]].compactMap({ $0 }) {
                simulation.cancel(handle)
            }
            instrumentEvents[index][position] = nil
            followThroughEvents[index][position] = nil
        }
    }

    /// 1 + Σ weights of the relations from the campaign's sender to `target`.
    func leverage(campaign: Int, target: Int) -> Double {
        (plan.leverageRelations[campaign][target] ?? []).reduce(1.0) { $0 + values[model.relations[$1].weight.index] }
    }

    func instrumentDetail(_ tool: Instrument, at time: Double) -> String {
        tool.targets.map { target in
            "\(model.actors[target].id) pressure \(format(pressure.pressure(on: target, at: time)))"
        }.joined(separator: ", ")
    }

    func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}
