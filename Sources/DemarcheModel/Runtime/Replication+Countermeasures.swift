import DemarcheKernel

extension Replication {
    /// Decision `index` was taken at `time` with a complying option: each
    /// countermeasure punishing it draws its formal measure and, if it has
    /// any, its rhetoric, independently, each after its own delay.
    mutating func provokeCountermeasures(_ index: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let subject = Int32(hazardTerms[index].actor)
        for entry in plan.countermeasuresByDecision.range(index) {
            let position = plan.countermeasuresByDecision.index(entry)
            react(position, borrowing(model.countermeasures, position, { $0.formal }),
                  .countermeasure(countermeasure: Int32(position), subject: subject), at: time, &simulation)
            if let rhetoric = borrowing(model.countermeasures, position, { $0.rhetoric }) {
                react(position, rhetoric, .rhetoric(countermeasure: Int32(position), subject: subject), at: time, &simulation)
            }
        }
    }

    /// One reaction of countermeasure `index` happens with its probability,
    /// after its delay (drawn from the countermeasure's own stream).
    mutating func react(_ index: Int, _ reaction: Countermeasure.Reaction, _ event: ModelEvent, at time: Double,
                        _ simulation: inout Simulation<ModelEvent>) {
        guard streams.countermeasures[index].uniform() < values[reaction.probability.index] else { return }
        let wait = drawWait(reaction.delay, streams.countermeasures[index], from: time)
        simulation.schedule(event, at: max(time + wait, simulation.now))
    }

    /// The formal measure hits `subject`: severity is added to the cost of
    /// every decision of the subject (its further compliance comes dearer),
    /// the measure is recorded and its effects apply.
    mutating func retaliate(_ index: Int, against subject: Int, _ simulation: inout Simulation<ModelEvent>) {
        let severity = values[borrowing(model.countermeasures, index, { $0.severity.index })]
        retaliations[subject] += 1
        for position in plan.decisionsByActor.range(subject) { hazardTerms[plan.decisionsByActor.index(position)].cost += severity }
        let by = borrowing(model.countermeasures, index, { $0.by })
        record(borrowing(model.countermeasures, index, { $0.formal.event }), at: simulation.now, actor: subject,
               detail: tracing ? "by \(model.actors[by].id), cost +\(format(severity))" : "", &simulation)
        apply(borrowing(model.countermeasures, index, { $0.effects }), &simulation)
        if severity != 0 { redrawDecisions(of: subject, &simulation) }
    }

    /// The patron's rhetoric against `subject`: recorded, nothing else.
    mutating func denounce(_ index: Int, _ subject: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard let event = borrowing(model.countermeasures, index, { $0.rhetoric?.event }) else { return }
        record(event, at: simulation.now, actor: subject,
               detail: tracing ? "by \(model.actors[borrowing(model.countermeasures, index, { $0.by })].id)" : "", &simulation)
    }
}
