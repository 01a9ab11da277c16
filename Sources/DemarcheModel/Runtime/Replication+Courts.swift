import DemarcheKernel
import DemarcheRandom

/// Courts: at most one challenge per order, filed before or after the order
/// takes effect; a ruling that may enjoin it, pending or in force; the
/// issuer's appeal, which may reinstate it.
extension Replication {
    /// Casts the court's dice, once per order: with the court's probability
    /// a challenge is filed `filed_after` from now (the issue, or the effect).
    mutating func drawChallenge(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard !orders[index].challengeDrawn, let probability = order(index, { $0.court?.probability }) else { return }
        orders[index].challengeDrawn = true
        guard streams.courts[index].uniform() < values[probability.index], let filedAfter = order(index, { $0.court?.filedAfter }) else { return }
        orders[index].courtEvent = simulation.schedule(
            .courtFiling(order: Int32(index)), after: drawWait(filedAfter, streams.courts[index], from: simulation.now))
    }

    /// A challenge is filed against a pending or in-force order; the ruling
    /// comes `ruling_after` the filing.
    mutating func fileChallenge(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].courtEvent = nil
        guard isChallengeable(index), let rulingAfter = order(index, { $0.court?.rulingAfter }) else { return }
        orders[index].courtEvent = simulation.schedule(
            .courtRuling(order: Int32(index)), after: drawWait(rulingAfter, streams.courts[index], from: simulation.now))
        record(orderEvent(index, .challenged), at: simulation.now, &simulation)
    }

    /// The ruling: a preliminary injunction with its probability, otherwise
    /// the injunction is denied and the order goes on.
    mutating func ruleOnChallenge(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].courtEvent = nil
        guard isChallengeable(index), let enjoinProbability = order(index, { $0.court?.enjoinProbability }) else { return }
        if streams.courts[index].uniform() < values[enjoinProbability.index] {
            enjoin(index, appeal: order(index, { $0.court?.appeal }), &simulation)
        } else {
            record(orderEvent(index, .injunctionDenied), at: simulation.now, &simulation)
        }
    }

    @inline(__always)
    func isChallengeable(_ index: Int) -> Bool {
        orders[index].status == .pending || orders[index].status == .inForce
    }

    /// Suspends the order: its deadline keeps its date, its compliance and
    /// enforcement clocks pause (what remains is kept), a postponement it was
    /// due lapses. With the appeal's probability the issuer appeals, ruled
    /// `after` the injunction.
    mutating func enjoin(_ index: Int, appeal: Order.Appeal?, _ simulation: inout Simulation<ModelEvent>) {
        let now = simulation.now
        orders[index].complianceLeft = orders[index].compliance.map { $0.due - now }
        orders[index].enforcementLeft = orders[index].enforcement.map { $0.due - now }
        cancelSteps(index, &simulation)
        orders[index].enjoinedFrom = orders[index].status
        setStatus(index, .enjoined, at: now)
        record(orderEvent(index, .enjoined), at: now, &simulation)
        if let appeal, streams.courts[index].uniform() < values[appeal.probability.index] {
            orders[index].courtEvent = simulation.schedule(
                .appealRuling(order: Int32(index)), after: drawWait(appeal.after, streams.courts[index], from: simulation.now))
        }
    }

    /// The appeal's ruling: the order is reinstated with its probability,
    /// otherwise the injunction is upheld and the order stays suspended.
    mutating func ruleOnAppeal(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].courtEvent = nil
        guard orders[index].status == .enjoined, let appeal = order(index, { $0.court?.appeal }) else { return }
        guard streams.courts[index].uniform() < values[appeal.reinstateProbability.index] else {
            record(orderEvent(index, .injunctionUpheld), at: simulation.now, &simulation)
            return
        }
        reinstate(index, &simulation)
    }

    /// The order resumes as it was enjoined: in force again at once, or
    /// pending with its paused clocks running again and its deadline on its
    /// date; a deadline that passed while enjoined is reached now.
    mutating func reinstate(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let now = simulation.now
        setStatus(index, orders[index].enjoinedFrom, at: now)
        if let left = orders[index].complianceLeft {
            orders[index].compliance = clock(.orderCompliance(order: Int32(index)), after: left, &simulation)
        }
        if let left = orders[index].enforcementLeft {
            orders[index].enforcement = clock(.enforcement(order: Int32(index)), after: left, &simulation)
        }
        orders[index].complianceLeft = nil
        orders[index].enforcementLeft = nil
        let pending = orders[index].status == .pending
        if pending, orders[index].deadline <= now {
            orders[index].deadline = now
            orders[index].deadlineEvent = simulation.schedule(.orderDeadline(order: Int32(index)), at: now)
        } else if pending {
            scheduleDeadline(index, &simulation)
        }
        record(orderEvent(index, .reinstated), at: now,
               detail: tracing && pending ? "deadline \(dateText(orders[index].deadline))" : "", &simulation)
    }
}
