#!/usr/bin/env bash
# Run chapters in full mode (the student's setting) and regenerate RESULTS.md from the
# figures they save. Usage: bash ci/full.sh [chapter ...]   (default: every chapter)
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 MPLBACKEND=Agg
chapters=("$@")
if [ ${#chapters[@]} -eq 0 ]; then
  mapfile -t chapters < <(ls solutions)
fi
out=$(mktemp -d)
for chapter in "${chapters[@]}"; do
  for nb in solutions/"$chapter"/*.ipynb; do
    start=$(date +%s)
    .venv/bin/papermill "$nb" "$out/$(basename "$nb")" -p FAST False --cwd "$(dirname "$nb")" >/dev/null
    echo "$(( $(date +%s) - start )) s  full mode  $nb"
  done
done
.venv/bin/python -m nlpcourse results
