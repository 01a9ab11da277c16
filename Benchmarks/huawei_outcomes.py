"""The Huawei 5G scenario's calendar and outcomes (Scenarios/huawei-5g-europe-2019.yaml, `outcomes`),
for simpy_huawei.py: each run's values as Demarche's JSON report gives them, and their summary."""
import math
from datetime import date

START = date(2019, 5, 31)


def day(y, m, d):
    """Days from the start to the first instant of a date (`by` dates mean the end of their day: +1)."""
    return (date(y, m, d) - START).days


HORIZON = day(2022, 1, 1)  # horizon: 2021-12-31, to the end of its day
TARGETS = ["germany", "uk", "france", "netherlands", "switzerland"]

# The scenario's outcomes: (id, events, kind, dates at whose end it is read)
CHECK = [day(2020, 1, 1), day(2021, 1, 1), HORIZON]
OUTCOMES = [
    ("germany-2020", ["decision.germany-5g.exclude", "decision.germany-5g.partial"], "event",
     [day(2021, 1, 1), day(2020, 1, 1), day(2020, 7, 1), HORIZON]),
    ("germany-full-2021", ["decision.germany-5g.exclude", "decision.germany-5g-ban.exclude"], "event", CHECK),
] + [(f"{c}-2020", [f"decision.{c}-5g.exclude", f"decision.{c}-5g.partial"], "event", CHECK)
     for c in ("uk", "france", "netherlands", "switzerland")] + [
    ("europeans-2020", [f"decision.{c}-5g.{o}" for c in TARGETS for o in ("exclude", "partial")], "count", [day(2021, 1, 1)]),
    ("europeans-2021", [f"decision.{c}-5g.{o}" for c in TARGETS for o in ("exclude", "partial")], "count", [HORIZON]),
    ("china-retaliates", ["countermeasure.china-retaliation.formal"], "event", CHECK),
] + [(f"{c}-full-2021", [f"decision.{c}-5g.exclude", f"decision.{c}-5g-ban.exclude"], "event", CHECK)
     for c in ("uk", "france", "netherlands", "switzerland")] + [
    ("canada-2020", ["decision.canada-5g.exclude"], "event", CHECK),
    ("intel-cut", ["campaign.us-huawei-5g.intel-cut.carried_out"], "event", CHECK),
    ("intel-threat-dropped", ["campaign.us-huawei-5g.intel-cut.dropped"], "event", [HORIZON]),
    ("china-rhetoric", ["countermeasure.china-retaliation.rhetoric"], "event", [HORIZON]),
    ("us-backs-down", [f"decision.{c}-5g.sender-backs-down" for c in TARGETS], "count", [HORIZON]),
    ("staged-bans-2021", [f"decision.{c}-5g-ban.exclude" for c in TARGETS], "count", [HORIZON]),
    ("huawei-germany-share", [], "share", [HORIZON]),
]


def outcome_values(first, share):
    """Each outcome's per-run value, as Demarche's JSON report gives it: a time (None if not by the
    horizon), a count by the outcome's date, or a share; from the first time of each event."""
    values = {}
    for name, events, kind, dates in OUTCOMES:
        times = [first[e] for e in events if e in first]
        if kind == "event":
            values[name] = min(times) if times else None
        elif kind == "count":
            values[name] = sum(t < dates[0] for t in times)
        else:
            values[name] = share
    return values


def summary(values):
    """Probability by each date (events) or mean (counts, shares), with standard errors."""
    result = {}
    n = len(values)
    for name, _, kind, dates in OUTCOMES:
        column = [v[name] for v in values]
        if kind == "event":
            for at in dates:
                p = sum(t is not None and t < at for t in column) / n
                result[f"{name}@{at}"] = (p, math.sqrt(p * (1 - p) / n))
        else:
            mean = sum(column) / n
            var = sum((x - mean) ** 2 for x in column) / (n - 1)
            result[name] = (mean, math.sqrt(var / n))
    return result
