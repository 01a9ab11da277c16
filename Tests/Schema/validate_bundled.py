#!/usr/bin/env python3
"""Checks `demarche schema --for ...` the way an editor uses it.

Every Demarche YAML file of the repository (Scenarios/, Reports/, Tests/Slurm/:
scenarios, sweeps, resolutions, reference classes, told apart by their first
key) is read as VS Code's YAML language server reads it -- YAML 1.2 core
scalars (an unquoted date is a string, `on` is a string, `1e9` a number),
merge keys resolved -- and validated with jsonschema's Draft7Validator
against the schema the demarche binary prints: every file must pass. Then
mutated copies (a typo'd key, text where a number goes, a probability of 1.5,
a negative duration, an unknown distribution, a distribution missing a
parameter, ...) must each be rejected, and correct variants (parameter
objects, distributions, durations) accepted.

Run by .ci/run in the CI virtualenv (.ci/python-venv; needs jsonschema and
PyYAML):
    .ci/python-venv Tests/Schema/validate_bundled.py .build/debug/demarche
"""
import copy
import pathlib
import re
import subprocess
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOLDERS = ["Scenarios", "Reports", "Tests/Slurm"]
KINDS = {"demarche": "scenario", "demarche_sweep": "sweep", "demarche_resolutions": "resolutions",
         "demarche_reference": "reference"}


class EditorLoader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's implicit types."""


EditorLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    EditorLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=EditorLoader)


def schemas(demarche):
    result = {}
    for kind in KINDS.values():
        text = subprocess.run([demarche, "schema", "--for", kind], check=True, capture_output=True, text=True).stdout
        schema = yaml.safe_load(text)  # JSON is YAML
        jsonschema.Draft7Validator.check_schema(schema)
        result[kind] = jsonschema.Draft7Validator(schema)
    return result


def bundled_files():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            document = load(path)
            if isinstance(document, dict) and document and next(iter(document)) in KINDS:
                yield path, KINDS[next(iter(document))], document


def errors(validator, document):
    return sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))


def first(mapping):
    return next(iter(mapping.values()))


# Each mutation takes a copy of a document and breaks one thing the reader refuses.
def scenario_mutants(doc):
    actor = lambda d: first(d["actors"])  # noqa: E731
    campaign = lambda d: first(d["campaigns"])  # noqa: E731

    def put(path, value):
        def mutate(d):
            target = d
            for key in path[:-1]:
                target = key(target) if callable(key) else target[key]
            target[path[-1]] = value
        return mutate

    def rename(getter, old, new):
        def mutate(d):
            target = getter(d)
            target[new] = target.pop(old)
        return mutate

    mutants = {
        "typo'd top-level key (horizn)": rename(lambda d: d, "horizon", "horizn"),
        "typo'd key in an actor (knd)": rename(actor, "kind", "knd"),
        "unknown key in a parameter object": put([actor, "alignment"], {"value": 0.5, "sorce": "assumption"}),
        "text where a number goes": put([actor, "alignment"], "high"),
        "text where a number goes, in a parameter object": put([actor, "alignment"], {"value": "high"}),
        "probability 1.5": put([actor, "alignment"], 1.5),
        "negative probability in a parameter object": put([actor, "alignment"], {"value": -0.1, "source": "assumption"}),
        "uniform beyond the key's range": put([actor, "alignment"], {"dist": "uniform", "low": 0.5, "high": 1.2}),
        "discrete value beyond the key's range": put([actor, "alignment"], {"dist": "discrete", "values": [0.5, 2], "weights": [1, 1]}),
        "unknown distribution": put([actor, "alignment"], {"dist": "betta", "alpha": 2, "beta": 5}),
        "distribution missing a parameter": put([actor, "alignment"], {"dist": "beta", "alpha": 2}),
        "parameter of another distribution": put([actor, "alignment"], {"dist": "beta", "alpha": 2, "beta": 5, "mean": 1}),
        "distribution parameter out of its range": put([actor, "alignment"], {"dist": "beta", "alpha": 0, "beta": 5}),
        "both value and dist": put([actor, "alignment"], {"value": 0.5, "dist": "beta", "alpha": 2, "beta": 5}),
        "dist: fixed": put([actor, "alignment"], {"dist": "fixed", "value": 0.5}),
        "negative duration": put([campaign, "half_life"], -5),
        "zero duration": put([campaign, "half_life"], 0),
        "duration with an unknown unit": put([campaign, "half_life"], "3m"),
        "Bernoulli where 0 is refused": put([campaign, "half_life"], {"dist": "bernoulli", "p": 0.5}),
        "months in a waiting-time distribution": put(
            [lambda d: first(d["escalations"]), "after"], {"dist": "uniform", "low": "1mo", "high": "2mo"}),
        "malformed date": put(["as_of"], "2019-13"),
        "unknown actor kind": put([actor, "kind"], "empire"),
        "format version 2": put(["demarche"], 2),
        "whole number out of range": put(["max_events"], 0),
    }
    accepted = {
        "{value, source}": put([actor, "alignment"], {"value": 0.5, "source": "assumption"}),
        "beta": put([actor, "alignment"], {"dist": "beta", "alpha": 2, "beta": 5, "source": "assumption"}),
        "uniform on [0, 1]": put([actor, "alignment"], {"dist": "uniform", "low": 0, "high": 1}),
        "discrete": put([actor, "alignment"], {"dist": "discrete", "values": [0.2, 0.8], "weights": [3, 1]}),
        "duration 90d": put([campaign, "half_life"], "90d"),
        "duration 3mo": put([campaign, "half_life"], "3mo"),
        "gamma in days": put([campaign, "half_life"], {"dist": "gamma", "shape": 2, "scale": "30d"}),
        "{value: 2w}": put([campaign, "half_life"], {"value": "2w", "source": "assumption"}),
        "exponential wait in weeks": put([lambda d: first(d["escalations"]), "after"], {"dist": "exponential", "mean": "2w"}),
        "wait of 3mo": put([lambda d: first(d["escalations"]), "after"], {"value": "3mo", "source": "assumption"}),
    }
    return mutants, accepted


def sweep_mutants(doc):
    factor = lambda d: first(d["factors"])  # noqa: E731

    def put(getter, key, value):
        def mutate(d):
            getter(d)[key] = value
        return mutate
    return {
        "typo'd key (desing)": lambda d: d.update(desing=d.pop("design")),
        "unknown design": put(lambda d: d, "design", "grid2"),
        "zero runs": put(lambda d: d, "runs", 0),
        "text where a number goes": put(factor, "low", "low"),
        "unknown key in a factor": put(factor, "lo", 0),
    }, {
        "durations in a factor": put(factor, "values", ["30d", "60d"]),
    }


def resolutions_mutants(doc):
    question = lambda d: first(d["questions"])  # noqa: E731

    def put(key, value):
        def mutate(d):
            question(d)[key] = value
        return mutate
    return {
        "typo'd key (resolvd)": lambda d: question(d).update(resolvd=question(d).pop("resolved")),
        "text where a boolean goes": put("resolved", "maybe"),
        "base rate 1.5": put("base_rate", 1.5),
        "at_least 0": put("at_least", 0),
    }, {
        "base rate 0.3": put("base_rate", 0.3),
    }


def reference_mutants(doc):
    def put(getter, key, value):
        def mutate(d):
            getter(d)[key] = value
        return mutate
    top = lambda d: d  # noqa: E731
    return {
        "typo'd key (citaton)": lambda d: d.update(citaton=d.pop("citation")),
        "unknown form": put(top, "forms", ["gamma"]),
        "unknown coarse-date rule": put(lambda d: d["dates"], "coarse", "middle"),
        "malformed checkpoint": put(top, "checkpoints", ["90 days"]),
        "text where a number goes": put(top, "select", [{"column": "x", "min": "low"}]),
    }, {
        "checkpoints": put(top, "checkpoints", ["90d", 180, "1y"]),
    }


# Whether a file has the sections its kind's mutations change.
MUTABLE = {"scenario": lambda d: all(d.get(key) for key in ["actors", "campaigns", "escalations"]),
           "sweep": lambda d: True, "resolutions": lambda d: True, "reference": lambda d: True}

# Merge keys, as in a scenario's actors: resolved before checking, so merged
# keys count and a typo in a merged mapping is caught.
MERGED_ACTORS = """
demarche: 1
name: merge keys
as_of: 2024-01-01
start: 2024-01-01
horizon: 2024-12-31
actors:
  us: &state { kind: state, alignment: 0.5 }
  uk: { <<: *state, opposition: 0.2 }
  de: { <<: [*state, { dependence: 0.3 }] }
outcomes: { de-share: { attribute: { actor: de, attribute: dependence } } }
"""


def merge_key_checks(validator):
    """(rejected, accepted, failures) of the merge-key documents."""
    good = yaml.load(MERGED_ACTORS, Loader=EditorLoader)
    bad = yaml.load(MERGED_ACTORS.replace("dependence: 0.3", "dependance: 0.3"), Loader=EditorLoader)
    accepted, rejected = not errors(validator, good), bool(errors(validator, bad))
    for ok, what in [(accepted, "merge keys rejected"), (rejected, "a typo in a merged mapping accepted")]:
        if not ok:
            print(f"FAIL  scenario: {what}")
    return int(rejected), int(accepted), int(not accepted) + int(not rejected)


MUTANTS = {"scenario": scenario_mutants, "sweep": sweep_mutants, "resolutions": resolutions_mutants,
           "reference": reference_mutants}


def main():
    demarche = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/debug/demarche")
    validators = schemas(demarche)
    files, failures, rejected, accepted = 0, 0, 0, 0
    mutated_kinds = set()
    for path, kind, document in bundled_files():
        files += 1
        found = errors(validators[kind], document)
        for error in found:
            location = ".".join(str(part) for part in error.absolute_path)
            print(f"{path.relative_to(ROOT)}: {location}: {error.message[:200]}")
        failures += len(found)
        print(f"{'ok' if not found else 'FAIL'}  {kind:11} {path.relative_to(ROOT)}" + (f" ({len(found)} errors)" if found else ""))
        if found or kind in mutated_kinds or not MUTABLE[kind](document):
            continue
        mutated_kinds.add(kind)
        breaking, fine = MUTANTS[kind](document)
        for name, mutate in breaking.items():
            mutant = copy.deepcopy(document)
            mutate(mutant)
            if errors(validators[kind], mutant):
                rejected += 1
            else:
                failures += 1
                print(f"FAIL  {kind} mutant accepted: {name} (from {path.relative_to(ROOT)})")
        for name, mutate in fine.items():
            variant = copy.deepcopy(document)
            mutate(variant)
            found = errors(validators[kind], variant)
            if found:
                failures += 1
                print(f"FAIL  {kind} variant rejected: {name}: {found[0].message[:200]}")
            else:
                accepted += 1
    merged_rejected, merged_accepted, merged_failures = merge_key_checks(validators["scenario"])
    rejected, accepted, failures = rejected + merged_rejected, accepted + merged_accepted, failures + merged_failures
    missing = set(KINDS.values()) - mutated_kinds
    if missing:
        failures += 1
        print(f"FAIL  no valid file to mutate for: {', '.join(sorted(missing))}")
    print(f"schema check: validated {files} files, {failures} errors; {rejected} mutants rejected, "
          f"{accepted} correct variants accepted")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
