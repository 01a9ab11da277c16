"""Reference values for AalenJohansenTests (Tests/DemarcheReportTests/AalenJohansenReference.swift).

How it was run (once, on Debian bookworm, Python 3.11, lifelines 0.30.3):

    python3 -m venv /tmp/lifelines-venv && /tmp/lifelines-venv/bin/pip install lifelines
    /tmp/lifelines-venv/bin/python Tests/DemarcheReportTests/Reference/aalen_johansen_reference.py \
        > Tests/DemarcheReportTests/AalenJohansenReference.swift

Two data sets (event codes: 0 = censored, 1..K = cause; Swift's cause index is code - 1):

* `tied`: 18 cases with ties within a cause, ties across causes and censorings at
  event times. lifelines 0.30.3 jitters event times (uniform +-1e-4, see
  `AalenJohansenFitter._jitter`) when events of *different* causes share a time
  (`_check_for_duplicates`); the jittered variance is that of a different, tie-free
  sample. So for this set lifelines' duplicate check is switched off, and lifelines
  computes on the tied event table itself (observed = all events at t, at_risk = all
  with time >= t: events before censorings). Its values are checked here against a
  direct numpy evaluation of Collett's formula (O(m^2), no prefix sums) to 1e-12,
  and the jittered fit is printed as a comment at the end of the Swift file. Both
  incidence and variance differ: a jittered event can move past a censoring at the
  same time (breaking "events before censorings"), and the variance of a tie-free
  sample is not that of the tied one.
* `distinct`: 48 cases, 3 causes, continuous times without any tie: lifelines runs
  unmodified (the script asserts it does not jitter).

Variance: lifelines `_bounds`, "pg 411 of Collett, Modelling Survival Data in Medical
Research, 3rd ed." (the delta-method / Greenwood-type variance, also SAS LIFETEST):
  Var F_c(t) = sum_{t_h<=t} (F_c(t)-F_c(t_h))^2 d_h/(n_h(n_h-d_h))
             + sum S(t_{h-1})^2 d_ch (n_h-d_ch)/n_h^3
             - 2 sum (F_c(t)-F_c(t_h)) S(t_{h-1}) d_ch/n_h^2.
Interval: F^exp(+-z se/(F |log F|)), i.e. log(-log F) transform, z = norm.ppf(0.975).
"""
import warnings

import numpy as np
import pandas as pd
from lifelines import AalenJohansenFitter

TIED = [(1, 1), (2, 1), (2, 2), (2, 0), (3, 1), (3, 1), (4, 0), (5, 2), (5, 2), (5, 1),
        (6, 0), (7, 1), (8, 2), (8, 0), (9, 1), (10, 0), (10, 0), (12, 0)]


def distinct_sample():
    rng = np.random.default_rng(20240607)
    cases = []
    for _ in range(48):
        t = round(float(rng.exponential(300.0)), 3)
        c = round(float(rng.uniform(0, 900)), 3)
        cause = int(rng.integers(1, 4))
        cases.append((t, cause) if t <= c else (c, 0))
    cases.append((950.0, 0))  # the last time is censored, so n_h > d_h everywhere
    times = [t for t, _ in cases]
    assert len(set(times)) == len(times), "distinct must have no ties"
    return cases


def lifelines_fit(cases, code, allow_jitter):
    fitter = AalenJohansenFitter(seed=7)
    if not allow_jitter:
        fitter._check_for_duplicates = lambda durations, events: False
    t = pd.Series([c[0] for c in cases], dtype=float)
    e = pd.Series([c[1] for c in cases], dtype=int)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fitter.fit(t, e, event_of_interest=code)
    jittered = any("jitter" in str(w.message) for w in caught)
    table = fitter.event_table
    ci = fitter.confidence_interval_
    rows = []
    for i, time in enumerate(table.index):
        if table["observed"].iloc[i] == 0:
            continue  # only times with an event of some cause (Swift's steps)
        rows.append(dict(time=float(time), at_risk=int(table["at_risk"].iloc[i]),
                         events=int(table["observed_%d" % code].iloc[i]),
                         incidence=float(fitter.cumulative_density_.iloc[i, 0]),
                         variance=float(fitter.variance_.iloc[i]),
                         lower=float(ci.iloc[i, 0]), upper=float(ci.iloc[i, 1])))
    return rows, jittered


def collett_direct(cases, code):
    """Collett's formula term by term over the distinct event times, no lifelines."""
    times = sorted({t for t, e in cases if e != 0})
    n = [sum(1 for t, _ in cases if t >= u) for u in times]
    d = [sum(1 for t, e in cases if t == u and e != 0) for u in times]
    dc = [sum(1 for t, e in cases if t == u and e == code) for u in times]
    lag_s, s, f, F = [], 1.0, 0.0, []
    for h in range(len(times)):
        lag_s.append(s)
        f += s * dc[h] / n[h]
        s *= 1 - d[h] / n[h]
        F.append(f)
    out = []
    for j in range(len(times)):
        v = 0.0
        for h in range(j + 1):
            v += (F[j] - F[h]) ** 2 * d[h] / (n[h] * (n[h] - d[h]))
            v += lag_s[h] ** 2 * dc[h] * (n[h] - dc[h]) / n[h] ** 3
            v -= 2 * (F[j] - F[h]) * lag_s[h] * dc[h] / n[h] ** 2
        out.append((times[j], F[j], v))
    return out


def swift_double(x):
    return ".nan" if np.isnan(x) else repr(x)  # lifelines' interval is NaN where F = 0


def swift_rows(rows):
    return ",\n".join(
        "        .init(time: %r, atRisk: %d, events: %d, incidence: %r, variance: %r, lower: %s, upper: %s)"
        % (r["time"], r["at_risk"], r["events"], r["incidence"], r["variance"],
           swift_double(r["lower"]), swift_double(r["upper"]))
        for r in rows)


def emit(name, cases, codes, allow_jitter):
    print("    static let %sCases: [SurvivalCase] = [" % name)
    print(",\n".join("        SurvivalCase(time: %r, cause: %s)" % (float(t), "nil" if e == 0 else e - 1)
                     for t, e in cases))
    print("    ]")
    print("    static let %sSteps: [[Row]] = [" % name)
    blocks = []
    for code in codes:
        rows, jittered = lifelines_fit(cases, code, allow_jitter)
        assert not jittered
        for r, (t, F, v) in zip(rows, collett_direct(cases, code)):
            assert r["time"] == t and abs(r["incidence"] - F) < 1e-12 and abs(r["variance"] - v) < 1e-12
        blocks.append("      [\n" + swift_rows(rows) + "\n      ]")
    print(",\n".join(blocks))
    print("    ]")


print("// Generated by Reference/aalen_johansen_reference.py (lifelines 0.30.3); do not edit.")
print("@testable import DemarcheReport\n")
print("enum AalenJohansenReference {")
print("    struct Row { var time: Double; var atRisk: Int; var events: Int")
print("                 var incidence, variance, lower, upper: Double }")
emit("tied", TIED, [1, 2], allow_jitter=False)
emit("distinct", distinct_sample(), [1, 2, 3], allow_jitter=True)
print("}")

# What jitter would have done to the tied set (printed as a comment, not pinned).
for code in [1, 2]:
    tie_aware = collett_direct(TIED, code)
    jittered, was_jittered = lifelines_fit(TIED, code, allow_jitter=True)
    print("// cause %d, lifelines with its default jitter (%s):" % (code - 1, "jittered" if was_jittered else "not jittered"))
    for t, F, v in tie_aware:
        after = [r for r in jittered if r["time"] <= t + 0.5]
        last = after[-1]
        print("//   t=%g  F tie-aware %.12f jittered %.12f  | var tie-aware %.12g jittered %.12g"
              % (t, F, last["incidence"], v, last["variance"]))
