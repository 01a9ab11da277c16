#!/usr/bin/env python3
"""The Huawei 5G scenario (Scenarios/huawei-5g-europe-2019.yaml) written by hand in SimPy 4,
as a user would without Demarche: the baseline `demarche bench --scenario` is measured against.

usage: simpy_huawei.py scenario SEED RUNS [--values FILE]
Prints one JSON line like shared/bench/simpy_bench.py (wall_s, engine_events, model_units =
replications) plus every outcome of the scenario as a summary (probability by each date, or the
mean, with its standard error); --values also writes each run's outcome values (JSON) for
compare_outcomes.py. Timing covers the replications only (not imports).

The mechanics are Demarche's (README, Sources/DemarcheModel/README.md) for what this file uses:
Weibull compliance hazards drawn by thinning and redrawn (an Interrupt) whenever a covariate
changes, competing ends drawn once on activation, pressure decaying with half-lives, a threat's
follow-through drawn given that it was unresolved at the start, staged bans, peers, a
countermeasure (formal measure and rhetoric), a trigger and market shares. Every number is the
scenario file's, cited by its path. Draws come from one Python `random.Random` per run of
RUNS, so the outcomes agree with Demarche's in distribution, not draw by draw.
"""
import json
import math
import random
import sys
import time
from datetime import date

import simpy

from huawei_outcomes import HORIZON, START, TARGETS, day, outcome_values, summary
ALIGNMENT = {"germany": 0.6, "uk": 0.85, "france": 0.55, "netherlands": 0.7, "switzerland": 0.4, "canada": 0.9}
OPPOSITION = {"germany": (5, 5), "uk": (4, 6), "france": (6, 4), "netherlands": (4, 6), "switzerland": (6, 4)}  # beta
LEVERAGE = {"germany": 1 + 0.5, "uk": 1 + 0.8, "netherlands": 1 + 0.3, "france": 1 + 0.3, "switzerland": 1.0}  # relations
COST = {"germany": 0.5, "uk": 0.4, "france": 0.6, "netherlands": 0.4, "switzerland": 0.6, "canada": 0.4}
PHASE_OUT_MONTHS = {"germany": 24, "uk": 36, "france": 36, "netherlands": 24, "switzerland": 24}
SHARES = [0.35, 0.35, 0.30]  # germany-5g: huawei, ericsson, nokia
HALF_LIFE = 90.0  # campaigns.us-huawei-5g.half_life
BETA = dict(pressure=0.5, alignment=1.0, cost=-1.0, peers=1.5, opposition=-1.0, retaliation=-0.5)
GIVES_IN = ("weibull", 0.630176, 4413.0)  # the decisions' baseline (TIES, US threats)
ENDS = [("sender-backs-down", ("weibull", 0.684722, 3600.28)), ("settlement", ("weibull", 0.8023, 9294.16)),
        ("stalemate", ("constant", 0.000983404 / 30, 1.0))]
SINCE = -float((START - date(2018, 11, 30)).days)
PEERS = {
    "germany-5g": ["uk-5g", "france-5g", "netherlands-5g", "switzerland-5g"],
    "uk-5g": ["australia-5g", "new-zealand-5g", "canada-5g", "germany-5g", "france-5g", "netherlands-5g"],
    "france-5g": ["germany-5g", "uk-5g", "netherlands-5g", "switzerland-5g"],
    "netherlands-5g": ["germany-5g", "uk-5g", "france-5g", "switzerland-5g"],
    "switzerland-5g": ["germany-5g", "uk-5g", "france-5g", "netherlands-5g"],
    "canada-5g": ["australia-5g", "new-zealand-5g", "uk-5g"],
}
RETALIATION_P, RETALIATION_SEVERITY = 0.4, 1.0  # countermeasures.china-retaliation.formal, .severity


def add_months(d, months):
    """Calendar months from a date, clamped to the month's end (Demarche's `2y`, `3y`)."""
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    for last in (31, 30, 29, 28):
        try:
            return date(y, m, min(d.day, last))
        except ValueError:
            continue


class Baseline:
    """h0(a) = rate·(k/λ)(a/λ)^(k−1); `wait` inverts the cumulative hazard from an age."""

    def __init__(self, spec):
        kind, a, b = spec
        self.rate, self.shape, self.scale = (1.0, a, b) if kind == "weibull" else (a, 1.0, 1.0)

    def wait(self, age, increment):
        if age < 0:
            return -age + self.wait(0.0, increment)
        if self.shape == 1:
            return self.scale * increment
        cumulative = (age / self.scale) ** self.shape if age > 0 else 0.0
        return max(self.scale * (cumulative + increment) ** (1 / self.shape) - age, 0.0)


class Decision:
    def __init__(self, name, actor, options, since, active, retaliation):
        self.name, self.actor, self.options, self.since, self.active_at_start = name, actor, options, since, active
        self.peers = PEERS.get(name.removesuffix("-ban"), [])
        self.retaliation = retaliation
        self.cost = COST.get(actor, 0.0)
        self.active = self.decided = self.ended = False
        self.complied = False
        self.origin = 0.0
        self.process = None


class Run:
    """One replication."""

    def __init__(self, rng):
        self.rng = rng
        self.env = simpy.Environment()
        self.first = {}  # event name -> first time
        self.pressure = {actor: [] for actor in TARGETS}  # [level, since, half-life]
        self.opposition = {a: rng.betavariate(*OPPOSITION[a]) for a in TARGETS}
        self.shares = list(SHARES)
        self.trigger_fired = False
        self.decisions = {}
        for country in TARGETS:
            self.decisions[f"{country}-5g"] = Decision(
                f"{country}-5g", country, [("exclude", 0.72, "full"), ("partial", 0.28, "core")], SINCE, True, RETALIATION_P)
            self.decisions[f"{country}-5g-ban"] = Decision(
                f"{country}-5g-ban", country, [("exclude", 1.0, "full")], None, False, RETALIATION_P)
        self.decisions["canada-5g"] = Decision("canada-5g", "canada", [("exclude", 1.0, None)], SINCE, True, 0.0)
        for name, decided in (("australia-5g", day(2018, 8, 23)), ("new-zealand-5g", day(2018, 11, 28))):
            prior = Decision(name, name.removesuffix("-5g"), [("exclude", 1.0, None)], None, False, 0.0)
            prior.decided = prior.complied = True
            self.record(f"decision.{name}.exclude", decided)
            self.decisions[name] = prior

    # Bookkeeping -------------------------------------------------------------------------------
    def record(self, event, at=None):
        self.first.setdefault(event, self.env.now if at is None else at)
        if event in ("decision.uk-5g.exclude", "decision.uk-5g.partial") and not self.trigger_fired:
            self.trigger_fired = True  # triggers.uk-leads-europe (max one firing)
            self.env.process(self.uk_leads_europe())

    def add_pressure(self, actor, magnitude, at, half_life):
        for component in self.pressure[actor]:
            if component[2] == half_life:
                component[0] = component[0] * 2 ** (-(at - component[1]) / half_life) + magnitude
                component[1] = at
                return
        self.pressure[actor].append([magnitude, at, half_life])

    def reading(self, actor, t):
        values = [level * 2 ** (-(t - since) / half_life) for level, since, half_life in self.pressure.get(actor, [])]
        return sum(values), sum(v for v in values if v <= 0), sum(v for v in values if v > 0)

    def redraw(self, actor):
        for decision in self.decisions.values():
            if decision.actor == actor and decision.process is not None and decision.process.is_alive \
                    and decision.process is not self.env.active_process:
                decision.process.interrupt()

    # Decisions ---------------------------------------------------------------------------------
    def intensity(self, d, pressure):
        peers = sum(self.decisions[p].complied for p in d.peers) / len(d.peers) if d.peers else 0.0
        x = (BETA["pressure"] * pressure + BETA["alignment"] * ALIGNMENT.get(d.actor, 0.5) + BETA["cost"] * d.cost
             + BETA["peers"] * peers + BETA["opposition"] * self.opposition.get(d.actor, 0.0)
             + BETA["retaliation"] * d.retaliation)
        return math.exp(min(max(x, -700), 700))

    def open(self, d):
        return d.active and not d.decided and not d.ended

    def activate(self, d):
        if d.active:
            return
        d.active = True
        d.origin = d.since if d.since is not None else self.env.now
        age = self.env.now - d.origin
        waits = [(Baseline(spec).wait(age, -math.log(1 - self.rng.random()) / Baseline(spec).rate), cause)
                 for cause, spec in ENDS]
        wait, cause = min(waits)
        if self.env.now + wait < HORIZON:
            self.env.process(self.end(d, wait, cause))
        d.process = self.env.process(self.hazard(d))

    def hazard(self, d):
        """Thinning (Lewis & Shedler): a candidate under a bound valid until the next covariate change."""
        baseline = Baseline(GIVES_IN)
        while self.open(d):
            now = self.env.now
            pressure, low, high = self.reading(d.actor, now)
            current = self.intensity(d, pressure)
            worst = max(BETA["pressure"] * low, BETA["pressure"] * high)
            bound = current * math.exp(min(max(worst - BETA["pressure"] * pressure, -700), 700))
            wait = baseline.wait(now - d.origin, -math.log(1 - self.rng.random()) / bound)
            try:
                if now + wait >= HORIZON:
                    yield self.env.event()  # nothing before the horizon unless a covariate changes
                yield self.env.timeout(wait)
                if self.rng.random() < self.intensity(d, self.reading(d.actor, self.env.now)[0]) / bound:
                    self.decide(d)
                    return
            except simpy.Interrupt:
                pass  # a covariate changed (or the case ended): draw again from now

    def end(self, d, wait, cause):
        yield self.env.timeout(wait)
        if self.open(d):
            d.ended = True
            self.record(f"decision.{d.name}.{cause}")
            if d.process.is_alive:
                d.process.interrupt()

    def decide(self, d):
        u = self.rng.random() * sum(weight for _, weight, _ in d.options)
        option = d.options[-1]
        for candidate in d.options:
            if u < candidate[1]:
                option = candidate
                break
            u -= candidate[1]
        name, _, exclusion = option
        d.decided = d.complied = True
        self.record(f"decision.{d.name}.{name}")
        if exclusion is not None:
            today = date.fromordinal(START.toordinal() + math.floor(self.env.now))
            months = PHASE_OUT_MONTHS[d.actor] if exclusion == "full" else 0
            self.env.process(self.exclude(d.actor, exclusion, (add_months(today, months) - today).days))
        if name == "partial":
            self.activate(self.decisions[f"{d.actor}-5g-ban"])
        for other in self.decisions.values():  # peers changed
            if d.name in other.peers and other.process is not None and other.process.is_alive:
                other.process.interrupt()
        if d.retaliation:  # countermeasures.china-retaliation punishes this decision
            if self.rng.random() < RETALIATION_P:
                self.env.process(self.retaliate(d.actor, self.rng.expovariate(1 / 60)))
            if self.rng.random() < 0.9:
                self.env.process(self.rhetoric(self.rng.expovariate(1 / 7)))

    def exclude(self, country, kind, wait):
        yield self.env.timeout(wait)
        if country != "germany":
            return  # only the German market is an outcome
        before = self.shares[0]
        after = 0.0 if kind == "full" else before * (1 - 0.3)
        others = 1 - before
        self.shares[0] = after
        for vendor in (1, 2):
            self.shares[vendor] += (before - after) * self.shares[vendor] / others if others > 0 else 0

    # Countermeasure and trigger ----------------------------------------------------------------
    def retaliate(self, subject, wait):
        yield self.env.timeout(wait)
        for d in self.decisions.values():
            if d.actor == subject:
                d.cost += RETALIATION_SEVERITY
        self.record("countermeasure.china-retaliation.formal")
        for actor in TARGETS:  # countermeasures.china-retaliation.pressure
            self.add_pressure(actor, -0.4, self.env.now, 120.0)
            self.redraw(actor)
        self.redraw(subject)

    def rhetoric(self, wait):
        yield self.env.timeout(wait)
        self.record("countermeasure.china-retaliation.rhetoric")

    def uk_leads_europe(self):
        yield self.env.timeout(14)
        for actor in ("germany", "france", "netherlands", "switzerland"):
            self.add_pressure(actor, 0.5, self.env.now, 120.0)
            self.redraw(actor)

    # Campaign ----------------------------------------------------------------------------------
    def press(self, targets, magnitude, at):
        for target in targets:
            self.add_pressure(target, magnitude * LEVERAGE[target], at, HALF_LIFE)
        for target in targets:
            self.redraw(target)

    def dated(self, at, targets, magnitude):
        yield self.env.timeout(at)
        self.press(targets, magnitude, self.env.now)

    def demarches(self):
        while self.env.now + 60 < HORIZON:  # instruments.4: every 60 days, magnitude 0.3, all targets
            yield self.env.timeout(60)
            self.press(TARGETS, 0.3, self.env.now)

    def intel_cut(self):
        """instruments.0: threatened on 2019-03-11; carried out (0.46, Exp 255 d) or dropped (0.229, Exp 297 d),
        drawn given that it was unresolved at the start; not if Germany has decided."""
        made = day(2019, 3, 11)
        self.add_pressure("germany", 1.0 * LEVERAGE["germany"], made, HALF_LIFE)
        for _ in range(1000):
            u = self.rng.random()
            if u < 0.46:
                step, wait = "carried_out", self.rng.expovariate(1 / 255)
            elif u < 0.46 + 0.229:
                step, wait = "dropped", self.rng.expovariate(1 / 297)
            else:
                return
            if wait >= -made:
                break
        else:
            return
        yield self.env.timeout(made + wait)
        if self.decisions["germany-5g"].decided:
            return
        if step == "carried_out":
            self.press(["germany"], 1.0, self.env.now)
        self.record(f"campaign.us-huawei-5g.intel-cut.{step}")

    def start(self):
        self.env.process(self.intel_cut())
        self.env.process(self.dated(0, ["germany"], 0.5))
        self.env.process(self.dated(1, ["switzerland", "netherlands"], 0.4))
        self.env.process(self.dated(3, ["uk"], 0.5))
        self.env.process(self.demarches())
        for d in list(self.decisions.values()):
            if d.active_at_start:
                self.activate(d)


def main():
    if len(sys.argv) < 4 or sys.argv[1] != "scenario":
        sys.exit(__doc__)
    seed, runs = int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    values, events = [], 0
    t0 = time.perf_counter()
    for _ in range(runs):
        run = Run(rng)
        run.start()
        run.env.run(until=HORIZON)
        events += next(run.env._eid) - len(run.env._queue)  # events popped from the heap
        values.append(outcome_values(run.first, run.shares[0]))
    wall = time.perf_counter() - t0
    if "--values" in sys.argv:
        with open(sys.argv[sys.argv.index("--values") + 1], "w") as out:
            json.dump(values, out)
    print(json.dumps(dict(impl="simpy", bench="scenario huawei-5g-europe-2019", seed=seed, wall_s=wall,
                          engine_events=events, model_units=runs, unit="replications", version=simpy.__version__,
                          outcomes=summary(values))))


if __name__ == "__main__":
    main()
