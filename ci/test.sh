#!/usr/bin/env bash
# Set up, then run every check of the project: lint, the data layer, the grader, and the
# harness invariants on every chapter (release in sync, no secrets, solutions run headless,
# autograde full/zero, mutants, example class), then nbval over the solutions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 COURSE_FAST=1 MPLBACKEND=Agg PYTHONHASHSEED=0
export TIMING_REPORT=${TIMING_REPORT:-$PWD/.course-cache/timing.txt}
mkdir -p "$(dirname "$TIMING_REPORT")" && : > "$TIMING_REPORT"
start=$(date +%s)

echo "==> ruff"
.venv/bin/ruff check .

echo "==> pytest, independent tests (2 workers)"
.venv/bin/python -m pytest -n 2 -q -m "not batch" --durations=15 tests

echo "==> pytest, autograde batches (each grades in parallel itself)"
.venv/bin/python -m pytest -q -m batch --durations=15 tests

echo "==> nbval over the solutions (fast mode)"
.venv/bin/python -m pytest -n 2 --dist loadfile -q --nbval-lax -p no:cacheprovider -p tests.timing_plugin solutions

echo "==> timing report (seconds of one core, per chapter and stage)"
.venv/bin/python ci/timing_report.py "$TIMING_REPORT" || echo "WARNING: a chapter is over its CI budget"
echo "total test time: $(( $(date +%s) - start )) s"
