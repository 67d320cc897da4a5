#!/usr/bin/env bash
# Set up, then run every check of the project: lint, the data layer, the grader, and the
# harness invariants on every chapter (release in sync, no secrets, solutions run headless,
# autograde full/zero, mutants, example class), the browser tests (screenshots kept in
# .course-cache/browser-screenshots/), then nbval over the solutions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 COURSE_FAST=1 MPLBACKEND=Agg PYTHONHASHSEED=0
export TIMING_REPORT=${TIMING_REPORT:-$PWD/.course-cache/timing.txt}
mkdir -p "$(dirname "$TIMING_REPORT")" && : > "$TIMING_REPORT"
# The course's own notebook runs (the mutants' session, nbval) fork their kernels from a warm
# server that has imported torch, transformers and the rest once (grader/warmkernel.py).
# Grading never does: each submission's kernel starts fresh in its sandbox.
export JUPYTER_PATH="$PWD/.course-cache/jupyter" COURSE_WARM_KERNELS="$PWD/.course-cache/warm-kernels"
export COURSE_HARNESS_KERNEL=course-warm
.venv/bin/python -m grader.warmkernel kernelspec "$JUPYTER_PATH" > /dev/null
start=$(date +%s)

echo "==> ruff"
.venv/bin/ruff check .

echo "==> pytest, independent tests (2 workers)"
.venv/bin/python -m pytest -n 2 -q -m "not batch and not browser" --durations=15 tests

export BROWSER_ARTIFACTS="$PWD/.course-cache/browser-screenshots"
rm -rf "$BROWSER_ARTIFACTS" && mkdir -p "$BROWSER_ARTIFACTS"
echo "==> pytest, browser tests (JupyterLab, feedback and report in headless chromium); screenshots in $BROWSER_ARTIFACTS"
.venv/bin/python -m pytest -q -rs -m browser --durations=5 tests

echo "==> pytest, autograde batches (each grades in parallel itself)"
.venv/bin/python -m pytest -q -m batch --durations=15 tests

echo "==> nbval over the solutions (fast mode)"
.venv/bin/python -m pytest -n 2 --dist loadfile -q --nbval-lax -p no:cacheprovider -p tests.timing_plugin \
  --nbval-kernel-name "$COURSE_HARNESS_KERNEL" solutions

echo "==> timing report (seconds of one core, per chapter and stage)"
.venv/bin/python ci/timing_report.py "$TIMING_REPORT" || echo "WARNING: a chapter is over its CI budget"
echo "total test time: $(( $(date +%s) - start )) s"
