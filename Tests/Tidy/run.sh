#!/usr/bin/env bash
# Reads Demarche's CSV tables with pandas and checks them against the JSON
# reports (check_tables.py), for a run and a sweep. Usage:
#   Tests/Tidy/run.sh [path/to/demarche]     (default .build/debug/demarche)
# Python comes from .ci/python-venv (pandas pinned in .ci/python-requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
demarche="${1:-.build/debug/demarche}"
python=.ci/python-venv   # runs a script in the CI's one virtualenv
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$demarche" run Scenarios/tutorial.yaml --runs 2000 --quiet --no-timing --drivers --attribution -o "$work/run/"
"$demarche" run Scenarios/tutorial.yaml --runs 2000 --quiet --no-timing --drivers --attribution -o "$work/run.json"
"$python" Tests/Tidy/check_tables.py run "$work/run" "$work/run.json"
"$demarche" run Scenarios/clean-network-2020.yaml --runs 500 --quiet --no-timing -o "$work/cn/"
"$demarche" run Scenarios/clean-network-2020.yaml --runs 500 --quiet --no-timing -o "$work/cn.json"
"$python" Tests/Tidy/check_tables.py run "$work/cn" "$work/cn.json"
"$demarche" sweep Scenarios/huawei-sweep.yaml --runs 20 --quiet -o "$work/sweep/"
"$demarche" sweep Scenarios/huawei-sweep.yaml --runs 20 --quiet -o "$work/sweep.json"
"$python" Tests/Tidy/check_tables.py sweep "$work/sweep" "$work/sweep.json"
