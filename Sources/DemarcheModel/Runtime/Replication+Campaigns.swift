import DemarcheKernel

extension Replication {
    /// Starts a campaign: instruments dated before now count as past pressure,
    /// later ones are scheduled, recurring ones get their first draw.
    mutating func startCampaign(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let campaign = model.campaigns[index]
        for (position, instrument) in campaign.instruments.enumerated() {
            switch instrument.timing {
            case .at(let time) where time < simulation.now:
                applyInstrument(index, position, at: time, &simulation)
            case .at(let time):
                simulation.schedule(.instrument(campaign: Int32(index), instrument: Int32(position)), at: time)
            case .every(let mean):
                scheduleRecurring(index, position, mean: values[mean.index], &simulation)
            }
        }
    }

    mutating func scheduleRecurring(_ campaign: Int, _ instrument: Int, mean: Double, _ simulation: inout Simulation<ModelEvent>) {
        guard mean > 0, mean.isFinite else { return }
        let gap = -mean * log(streams.campaigns.uniformPositive())
        simulation.schedule(.instrument(campaign: Int32(campaign), instrument: Int32(instrument)), after: gap)
    }

    mutating func fireInstrument(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard campaignActive[campaign] else { return }
        applyInstrument(campaign, instrument, at: simulation.now, &simulation)
        if case .every(let mean) = model.campaigns[campaign].instruments[instrument].timing {
            scheduleRecurring(campaign, instrument, mean: values[mean.index], &simulation)
        }
    }

    /// Adds the instrument's pressure (scaled by the sender's leverage over
    /// each target) and redraws the targets' decisions.
    mutating func applyInstrument(_ campaign: Int, _ instrument: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let spec = model.campaigns[campaign]
        let tool = spec.instruments[instrument]
        let halfLife = values[spec.halfLife.index]
        for target in tool.targets {
            let magnitude = values[tool.magnitude.index] * leverage(campaign: campaign, target: target)
            pressure.add(magnitude, to: target, at: time, halfLife: halfLife)
        }
        let detail = tracing ? instrumentDetail(tool, at: time) : ""
        record(tool.event, at: time, actor: tool.targets.count == 1 ? tool.targets[0] : nil, detail: detail, &simulation)
        for target in tool.targets { redrawDecisions(of: target, &simulation) }
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

import Foundation
