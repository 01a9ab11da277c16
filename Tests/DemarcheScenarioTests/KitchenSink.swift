/// A valid scenario that uses every key of the format at least once (with
/// the tutorial), so that `FormatCoverageTests` can check that every key the
/// schema declares is actually read.
enum KitchenSink {
    static let text = """
        demarche: 1
        name: Kitchen sink
        description: Every key once.
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: 2025-12-31
        max_events: 50000
        sources:
          S1: { published: 2023-12-01, citation: Made up for the kitchen sink, url: "https://example.invalid/s1" }
        actors:
          s: { kind: state, name: Sender, alignment: 0.5, dependence: { value: 0.2, source: "S1 (a note, with a comma); assumption" }, opposition: 0.1 }
          t: { kind: operator, dependence: { dist: triangular, low: 0, mode: 0.2, high: 0.5 } }
          f: { kind: firm, alignment: { dist: truncated_normal, mean: 0.5, sd: 0.2, low: 0, high: 1 } }
          c: { kind: court, opposition: { dist: uniform, low: 0, high: 0.3 } }
          r: { kind: regulator, alignment: { dist: discrete, values: [0.2, 0.8], weights: [1, 3] } }
          b: { kind: bloc, alignment: { dist: empirical, values: [0.1, 0.4, 0.6] } }
        relations:
          - { from: s, to: t, kind: alliance, weight: { dist: gamma, shape: 2, scale: 0.1 } }
        markets:
          m: { country: t, sector: cloud, shares: { v: { dist: beta, alpha: 5, beta: 5, source: assumption }, w: 0.5 } }
        campaigns:
          quiet:
            sender: s
            vendor: v
            targets: t
            active: false
            half_life: { dist: lognormal, mu: 4, sigma: 0.2 }
            instruments:
              - { kind: warning, every: { dist: weibull, scale: 60, shape: 2 }, magnitude: { dist: beta, alpha: 2, beta: 2 } }
              - id: cut
                kind: threat
                poisson: { mean: { value: 45d, source: assumption } }
                carried_out: { probability: 0.3, after: 60d, magnitude: 2, unless: [decision.t-cloud.cap], adjust: { actor: t, attribute: alignment, by: -0.2 } }
                dropped: { probability: 0.2, after: { dist: exponential, mean: 90d }, unless: trigger.tr, stop: quiet }
        decisions:
          t-cloud:
            actor: t
            monthly_hazard: { dist: exponential, mean: 0.05 }
            cost: 0.3
            coefficients: { alignment: { dist: normal, mean: 1, sd: 0.2 }, cost: -1, retaliation: -0.5 }
            active: false
            options:
              cap: { complies: true, opens: [t-ban], exclusion: { market: m, vendor: v, kind: core_only, core_fraction: 0.4 } }
              wait: ~
          t-ban:
            actor: t
            monthly_hazard: 0.1
            active: false
            requires: [campaign.quiet.cut.carried_out, shock.vote.a]
            options: { ban: { exclusion: { market: m, vendor: v, kind: full } } }
          f-prior:
            actor: f
            monthly_hazard: 0
            options: { yes: { weight: { dist: poisson, mean: 3 } } }
            decided: { option: yes, on: 2024-01-01, source: assumption }
          s-case:
            actor: s
            since: 2023-06-01
            weibull: { shape: { value: 0.7, source: assumption }, scale: 400d }
            options: { give-in: {} }
            ends:
              backs-down: { weibull: { shape: 1.2, scale: { dist: uniform, low: 500, high: 900 } } }
              settles: { monthly_hazard: { value: 0.01, source: assumption } }
        orders:
          o:
            issuer: s
            target: f
            issued: 2024-02-01
            deadline: 2024-05-01
            source: S1
            compliance: { dist: gamma, shape: 2, scale: 30d }
            enforcement: { probability: { dist: bernoulli, p: 0.5 } }
          l:
            kind: licence_revocation
            issuer: r
            target: t
            issued: 2024-03-01
            proceeding: { decision_after: { dist: exponential, mean: 120d }, probability: 0.6 }
            postponement: { probability: 0.3, length: 30d, max: 2, notice: 7d }
            court:
              probability: 0.5
              filed_after: 10d
              from: effect
              ruling_after: 20d
              enjoin_probability: 0.3
              appeal: { probability: 0.8, after: 60d, reinstate_probability: 0.5 }
          x: { kind: exchange_delisting, issuer: b, target: f, issued: 2024-03-01, deadline: 2024-06-01, compliance: 60d }
        shocks:
          vote:
            at: 2024-06-01
            source: assumption
            outcomes:
              a: { probability: 0.5, then: [{ probability: 0.5, after: 10d, activate: [quiet, t-cloud], adjust: { actor: t, attribute: opposition, by: 0.1 } }] }
              b: { probability: 0.5, then: [{ stop: quiet, pressure: { on: [t], magnitude: 1, half_life: 30d } }] }
        escalations:
          e: { probability: 0.2, after: 100d, source: assumption, revoke: o }
        triggers:
          tr:
            on: [shock.vote.a]
            if:
              - { occurred: [shock.vote.a], at_least: 1 }
              - { actor: t, attribute: opposition, below: 0.9 }
              - { actor: s, attribute: alignment, above: 0.1 }
            probability: 0.5
            after: 5d
            max_firings: 2
            stop: [quiet]
        countermeasures:
          cm: { by: b, decisions: [t-cloud], probability: 0.3, severity: 2, after: 30d, source: assumption, adjust: { actor: t, attribute: dependence, by: -0.1 } }
          cm2: { by: b, decisions: [t-ban], formal: { probability: 0.2, after: 60d }, rhetoric: { probability: 0.9, after: 2d } }
        outcomes:
          n: { label: count, count: [decision.t-cloud.cap, trigger.tr, decision.s-case.backs-down, order.l.licence_revoked, order.x.cured], by: 2025-06-30 }
          reactions: { count: [countermeasure.cm, countermeasure.cm2.formal, countermeasure.cm2.rhetoric, campaign.quiet.cut.dropped] }
          sh: { share: { market: m, vendor: v } }
          at: { attribute: { actor: t, attribute: opposition } }
          ev: { event: order.o.enforced, checkpoints: [2024-12-31] }
        """
}
