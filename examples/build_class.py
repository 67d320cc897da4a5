"""Build the example class in examples/class/ from the b02 solution and release.

    python examples/build_class.py          # rewrite examples/class/
    python examples/build_class.py --check  # exit 1 if examples/class/ is out of date

Six students hand in b02_segmentation; expected.json says what each should score and why.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.course import grade_id, is_graded_test, read_notebook, write_notebook  # noqa: E402

CHAPTER = "b02_segmentation"
NB = f"{CHAPTER}.ipynb"
PARTIAL = ["span_prf1", "forward_max_match", "backward_max_match", "bidirectional_max_match"]


MARKER = re.compile(r"^([ \t]*)### (BEGIN|END) SOLUTION[ \t]*\n?", re.M)


def as_student_wrote_it(source: str, prelude: str = "") -> str:
    """A solution cell's code without nbgrader's markers, PRELUDE (indented) at the start."""
    def swap(match):
        if match.group(2) == "END" or not prelude:
            return ""
        return "".join(match.group(1) + line + "\n" for line in prelude.splitlines())
    return MARKER.sub(swap, source)


def with_solutions(release, solution, gids, preludes=None):
    """The release with the solution cells named by GIDS filled in from SOLUTION."""
    nb = copy.deepcopy(release)
    preludes = preludes or {}
    answers = {
        grade_id(c): as_student_wrote_it(c.source, preludes.get(grade_id(c), ""))
        for c in solution.cells if grade_id(c)
    }
    for cell in nb.cells:
        if grade_id(cell) in gids:
            cell.source = answers[grade_id(cell)]
    return nb


def test_points(nb) -> dict[str, float]:
    return {grade_id(c): float(c.metadata["nbgrader"]["points"]) for c in nb.cells if is_graded_test(c)}


def build(out: Path) -> None:
    solution = read_notebook(ROOT / "solutions" / CHAPTER / NB)
    release = read_notebook(ROOT / "notebooks" / CHAPTER / NB)
    all_gids = [grade_id(c) for c in solution.cells if c.metadata.get("nbgrader", {}).get("solution")]
    points = test_points(solution)
    full = dict(points)
    zero = {k: 0.0 for k in points}
    students = {}

    def hand_in(student, nb, scores, status, why):
        if nb is not None:
            write_notebook(nb, out / "submitted" / student / CHAPTER / NB)
        students[student] = {"scores": scores, "status": status, "why": why}

    hand_in("alice", with_solutions(release, solution, all_gids), full, "graded",
            "every exercise solved: full marks")
    hand_in("bob", release, zero, "graded", "handed in the untouched release: zero")
    hand_in("carol", with_solutions(release, solution, PARTIAL),
            {k: (v if k.removeprefix("test_") in PARTIAL else 0.0) for k, v in points.items()},
            "graded", "dictionary matching and P/R/F1 done, HMM and BPE left as stubs")
    looping = with_solutions(release, solution, all_gids,
                             {"bpe_encode": "while True:  # forgot the exit condition\n    pass"})
    hand_in("dave", looping, {**full, "test_bpe_encode": 0.0}, "graded",
            "bpe_encode never returns: its test times out, the rest is graded")
    corrupt = nbformat.writes(with_solutions(release, solution, all_gids))
    path = out / "submitted" / "erin" / CHAPTER / NB
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corrupt[: len(corrupt) // 2], encoding="utf-8")
    hand_in("erin", None, zero, "invalid", "the file is cut off half way (not valid JSON): zero, flagged")
    deleted = with_solutions(release, solution, all_gids)
    deleted.cells = [c for c in deleted.cells if grade_id(c) != "test_bpe_train"]
    hand_in("frank", deleted, full, "graded",
            "deleted the test cell of bpe_train: the test is restored from the source and noted")
    expected = {"chapter": CHAPTER, "students": students}
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    target = ROOT / "examples" / "class"
    if not args.check:
        build(target)
        print(f"wrote {target}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        fresh = sorted(p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.is_file())
        stale = [str(p) for p in fresh
                 if not (target / p).is_file() or (target / p).read_bytes() != (Path(tmp) / p).read_bytes()]
    if stale:
        print("examples/class is out of date: " + ", ".join(stale))
        return 1
    print("examples/class is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
