import DemarcheKernel

extension Replication {
    /// Decision `index` was taken at `time` with a complying option: each
    /// countermeasure punishing it draws its formal measure and, if it has
    /// any, its rhetoric, independently, each after its own delay.
    mutating func provokeCountermeasures(_ index: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let subject = Int32(model.decisions[index].actor)
        for position in plan.countermeasuresByDecision[index] {
            let countermeasure = model.countermeasures[position]
            let reactions: [(Countermeasure.Reaction, ModelEvent)] = [
                (countermeasure.formal, .countermeasure(countermeasure: Int32(position), subject: subject)),
            ] + (countermeasure.rhetoric.map { [($0, .rhetoric(countermeasure: Int32(position), subject: subject))] } ?? [])
            for (reaction, event) in reactions where streams.countermeasures.uniform() < values[reaction.probability.index] {
                let wait = drawWait(reaction.delay, streams.countermeasures, from: time)
                simulation.schedule(event, at: max(time + wait, simulation.now))
            }
        }
    }

    /// The formal measure hits `subject`: severity is added to the cost of
    /// every decision of the subject (its further compliance comes dearer),
    /// the measure is recorded and its effects apply.
    mutating func retaliate(_ index: Int, against subject: Int, _ simulation: inout Simulation<ModelEvent>) {
        let countermeasure = model.countermeasures[index]
        let severity = values[countermeasure.severity.index]
        retaliations[subject] += 1
        for decision in plan.decisionsByActor[subject] { hazardTerms[decision].cost += severity }
        record(countermeasure.formal.event, at: simulation.now, actor: subject,
               detail: tracing ? "by \(model.actors[countermeasure.by].id), cost +\(format(severity))" : "", &simulation)
        apply(countermeasure.effects, &simulation)
        if severity != 0 { redrawDecisions(of: subject, &simulation) }
    }

    /// The patron's rhetoric against `subject`: recorded, nothing else.
    mutating func denounce(_ index: Int, _ subject: Int, _ simulation: inout Simulation<ModelEvent>) {
        let countermeasure = model.countermeasures[index]
        guard let rhetoric = countermeasure.rhetoric else { return }
        record(rhetoric.event, at: simulation.now, actor: subject,
               detail: tracing ? "by \(model.actors[countermeasure.by].id)" : "", &simulation)
    }
}
