#!/usr/bin/env bash
# The main job: set up, release the student notebooks, autograde the bundled example class
# (examples/class/submitted) in parallel and sandboxed, write feedback, print the gradebook.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 MPLBACKEND=Agg
export COURSE_GRADEBOOK_URL=${COURSE_GRADEBOOK_URL:-sqlite:///$PWD/.course-cache/example-gradebook.db}
mkdir -p .course-cache
rm -f "${COURSE_GRADEBOOK_URL#sqlite:///}"

echo "==> grader release"
.venv/bin/grader release
echo "==> grader autograde examples/class/submitted -j 2"
.venv/bin/grader autograde examples/class/submitted b02_segmentation -j 2
echo "==> grader feedback"
.venv/bin/grader feedback b02_segmentation | tail -1
echo "==> grader report --by-exercise"
.venv/bin/grader report b02_segmentation --by-exercise
