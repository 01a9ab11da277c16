"""Checks Demarche's tidy output with pandas, as an analyst would read it.

Every CSV table of `--format csv --out DIR/` must read with a plain
`pandas.read_csv`, its date columns must parse as ISO dates (apart from
`not_reached`), and every value must equal the JSON report's value of the
same name: a CSV column is a JSON key, nested keys joined with `_`; a row of
a nested list carries its parent's id (`outcome`, `decision`, `order`,
`variant`). Run by Tests/Tidy/run.sh (see .ci/run):

    python check_tables.py run RUN_DIR RUN.json
    python check_tables.py sweep SWEEP_DIR SWEEP.json
"""
import json
import math
import pathlib
import sys

import pandas as pd

NOT_REACHED = "not_reached"
DATE_COLUMNS = ("date", "by", "published", "manifest_as_of", "manifest_start", "manifest_horizon")
DATE_PREFIXES = ("when_it_happened_", "time_to_event_")


def flatten(value, prefix=""):
    """Scalars of a JSON object by their CSV names; lists are tables of their own."""
    out = {}
    for key, item in value.items():
        name = prefix + key
        if isinstance(item, dict):
            out.update(flatten(item, name + "_"))
        elif not isinstance(item, list):
            out[name] = item
    return out


def same(json_value, csv_text):
    if json_value is None:
        return csv_text == ""
    if isinstance(json_value, bool):
        return csv_text == ("true" if json_value else "false")
    if isinstance(json_value, (int, float)):
        return csv_text != "" and float(csv_text) == float(json_value)
    return csv_text == json_value


def agree(table, path, expected_rows):
    """The CSV's rows equal the JSON's flattened rows, in order, column by column."""
    rows = pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records")
    assert len(rows) == len(expected_rows), f"{path}: {len(rows)} rows, JSON has {len(expected_rows)}"
    for number, (row, expected) in enumerate(zip(rows, expected_rows)):
        for key, item in expected.items():
            assert item is None or key in row, f"{path}: no column {key} for JSON's {item!r}"
        for column, text in row.items():
            assert same(expected.get(column), text), f"{path} row {number} {column}: CSV {text!r}, JSON {expected.get(column)!r}"
    return len(rows)


def read_plainly(directory):
    """Every table reads with a plain read_csv; dates parse."""
    tables = {}
    for path in sorted(pathlib.Path(directory).glob("*.csv")):
        frame = pd.read_csv(path)
        assert len(frame.columns) == len(set(frame.columns)), f"{path}: repeated column"
        for column in frame.columns:
            if column in DATE_COLUMNS or column.endswith("_date") or column.startswith(DATE_PREFIXES):
                dates = frame[column].dropna()
                dates = dates[dates != NOT_REACHED]
                pd.to_datetime(dates, format="%Y-%m-%d")
        tables[path.stem] = frame
    return tables


def check_run(directory, report):
    tables = read_plainly(directory)
    outcomes = report["outcomes"]
    sections = ("drivers", "attribution")  # tables of their own (run --drivers, --attribution)
    top = {key: value for key, value in report.items() if not isinstance(value, list) and key not in sections}
    top = flatten(top)
    top["manifest_overrides"] = " ".join(report["manifest"]["overrides"])
    counts = {
        "manifest": agree("manifest", f"{directory}/manifest.csv", [top]),
        "outcomes": agree("outcomes", f"{directory}/outcomes.csv", [flatten(o) for o in outcomes]),
        "checkpoints": agree("checkpoints", f"{directory}/checkpoints.csv",
                             [{"outcome": o["id"], **flatten(c)} for o in outcomes for c in o["checkpoints"]]),
        "curves": agree("curves", f"{directory}/curves.csv",
                        [{"outcome": o["id"], **flatten(p)} for o in outcomes for p in o["curve"]]),
        "values": agree("values", f"{directory}/values.csv",
                        [{"outcome": o["id"], "run": run, "value": v} for o in outcomes for run, v in enumerate(o["values"])]),
        "actors": agree("actors", f"{directory}/actors.csv", [flatten(a) for a in report["actors"]]),
        "actor_options": agree("actor_options", f"{directory}/actor_options.csv",
                               [{"decision": a["decision"], "actor": a["actor"], **flatten(p)}
                                for a in report["actors"] for p in a["options"]]),
        "orders": agree("orders", f"{directory}/orders.csv",
                        [{"order": r["order"], "target": r["target"], **flatten(s)} for r in report["orders"] for s in r["statuses"]]),
        "markets": agree("markets", f"{directory}/markets.csv", [flatten(m) for m in report["markets"]]),
        "sources": agree("sources", f"{directory}/sources.csv",
                         [{**flatten(s), "source_ids": None if s["source_ids"] is None else " ".join(s["source_ids"])}
                          for s in report["sources"]]),
        "cited_sources": agree("cited_sources", f"{directory}/cited_sources.csv", [flatten(s) for s in report["cited_sources"]]),
    }
    drivers, attribution = report["drivers"], report["attribution"]
    if drivers is not None:
        counts["drivers"] = agree("drivers", f"{directory}/drivers.csv",
                                  [{"outcome": o["id"], "input": d["path"], "coefficient": name, **flatten(d[name], "estimate_")}
                                   for o in drivers["outcomes"] for d in o["drivers"] for name in ("srrc", "spearman")
                                   if d[name] is not None])
        counts["drivers_fit"] = agree("drivers_fit", f"{directory}/drivers_fit.csv",
                                      [{"outcome": o["id"], "response": o["response"], "r_squared": o["r_squared"],
                                        "runs": drivers["runs"], "z": drivers["z"], "note": o["note"]} for o in drivers["outcomes"]])
    if attribution is not None:
        counts["attribution"] = agree("attribution", f"{directory}/attribution.csv",
                                      [{"mechanic": m["mechanic"], "outcome": c["id"], "measure": c["measure"], "with": c["with"],
                                        "without": c["without"], **flatten(c["contribution"], "contribution_"),
                                        "changed_runs": c["changed_runs"], "runs": attribution["runs"]}
                                       for m in attribution["mechanics"] for c in m["changes"]])
    assert set(counts) == set(tables), f"tables {sorted(tables)} but checked {sorted(counts)}"
    # The numbers pandas reads are the JSON's.
    values = tables["values"]
    assert values["value"].dtype == float and values["run"].dtype == int
    assert tables["outcomes"]["probability_value"].dtype == float
    events = [o for o in outcomes if o["kind"] == "event"]
    assert all(len(o["curve"]) > 0 for o in events) and counts["curves"] > 0
    assert all(set(o) >= {"when_it_happened", "time_to_event", "mean", "probability", "by"} for o in outcomes), "a key left out"
    return counts


def check_sweep(directory, report):
    read_plainly(directory)
    factors = report["manifest"]["factors"]
    top = flatten({key: value for key, value in report.items() if not isinstance(value, list)})
    top["manifest_factors"] = " ".join(factors)
    cells = []
    for variant in report["variants"]:
        assert [c["outcome"] for c in variant["cells"]] == [o["id"] for o in report["outcomes"]], "cells name their outcomes"
        for cell in variant["cells"]:
            cells.append({"variant": variant["variant"], "failed_runs": variant["failed_runs"],
                          **dict(zip(factors, variant["factors"])), **flatten(cell)})
    return {
        "manifest": agree("manifest", f"{directory}/manifest.csv", [top]),
        "cells": agree("cells", f"{directory}/cells.csv", cells),
        "sensitivity": agree("sensitivity", f"{directory}/sensitivity.csv",
                             [{"outcome": s["outcome"], "method": s["method"], **flatten(e)}
                              for s in report["sensitivity"] for e in s["entries"]]),
    }


if __name__ == "__main__":
    kind, directory, json_path = sys.argv[1:4]
    with open(json_path) as handle:
        report = json.load(handle)
    counts = (check_run if kind == "run" else check_sweep)(directory, report)
    print(f"{kind} {directory}: every table reads with pandas.read_csv and agrees with {json_path}: "
          + ", ".join(f"{name} {rows}" for name, rows in counts.items()))
