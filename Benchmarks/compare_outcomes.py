#!/usr/bin/env python3
"""Do Demarche and the SimPy model give the same outcomes? Every statistic simpy_huawei.py reports
(an event's probability by a date, a count's or a share's mean) is computed from the per-run values
of a Demarche JSON report the same way, and the two are compared in standard errors of their
difference (independent samples).

usage: compare_outcomes.py DEMARCHE_REPORT.json SIMPY_OUTPUT.json [--max-z 4]
SIMPY_OUTPUT.json is the JSON line simpy_huawei.py prints. Exit status 1 if any |z| > max-z.
"""
import json
import math
import sys


def demarche_statistics(report, keys):
    outcomes = {o["id"]: o for o in report["outcomes"]}
    result = {}
    for key in keys:
        name, _, at = key.partition("@")
        values = outcomes[name]["values"]
        n = len(values)
        if at:
            p = sum(v is not None and v < float(at) for v in values) / n
            result[key] = (p, math.sqrt(p * (1 - p) / n))
        else:
            mean = sum(values) / n
            var = sum((v - mean) ** 2 for v in values) / (n - 1)
            result[key] = (mean, math.sqrt(var / n))
    return result


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    limit = float(sys.argv[sys.argv.index("--max-z") + 1]) if "--max-z" in sys.argv else 4.0
    report = json.load(open(sys.argv[1]))
    simpy = json.load(open(sys.argv[2]))["outcomes"]
    ours = demarche_statistics(report, simpy.keys())
    worst = 0.0
    print(f"{'statistic':34} {'demarche':>10} {'simpy':>10} {'z':>7}")
    for key, (value, se) in simpy.items():
        mine, my_se = ours[key]
        spread = math.hypot(se, my_se)
        z = (mine - value) / spread if spread > 0 else (0.0 if mine == value else math.inf)
        worst = max(worst, abs(z))
        print(f"{key:34} {mine:10.4f} {value:10.4f} {z:7.2f}")
    print(f"largest |z| = {worst:.2f} over {len(simpy)} statistics (limit {limit})")
    sys.exit(0 if worst <= limit else 1)


if __name__ == "__main__":
    main()
