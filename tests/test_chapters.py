"""The harness invariants, for every chapter in solutions/ (../shared/CONVENTIONS.md).

1. notebooks/ is exactly what generating the release from solutions/ produces.
2. No solution body, hidden test or mutant text reaches a student (release, feedback).
3. Every solution notebook runs headless in fast mode (papermill's parameters; shared with 5.).
4. Autograding the solutions gives full points on every graded cell; autograding the
   untouched release gives zero on every graded cell.
5. Every mutant loses points on the cell it targets; every exercise has at least three.
6. The example class (bad submissions included) grades to its documented scores.
7. The referee re-runs every test cell, and no test cell reads a notebook variable that student
   code could rewrite (except those listed with a reason in tests/referee_exceptions.txt).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from grader import sandbox
from grader.autograde import Options, autograde, read_verdict
from grader.course import Course, grade_id, is_solution, read_notebook
from grader.feedback import feedback_notebooks
from grader.gradebook import cell_scores, sqlite_url
from grader.mutants import chapter_mutants, run_chapter
from grader.release import stale_files
from tests.conftest import REPO

COURSE = Course(REPO)
# COURSE_ONLY_CHAPTERS=b13_textcnn,b15_text_matching checks those chapters alone (the batch too)
ONLY = [c for c in os.environ.get("COURSE_ONLY_CHAPTERS", "").split(",") if c]
CHAPTERS = [c for c in COURSE.chapters() if not ONLY or c in ONLY]
EXAMPLES = REPO / "examples" / "class"
MIN_MUTANTS = 3
REFEREE_EXCEPTIONS = Path(__file__).with_name("referee_exceptions.txt")

SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)


def sources(path: Path) -> str:
    return "\n".join(cell.source for cell in read_notebook(path).cells)


def lines_of(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def secret_lines(chapter: str, kinds: tuple[str, ...] = ("solution", "hidden", "mutant")) -> set[str]:
    """Lines of CHAPTER's solution bodies, hidden tests and/or mutants (KINDS) that appear
    nowhere else: not in its public part (the source with those blocks cut out), and not in
    a kind that was not asked for."""
    found = {"solution": set(), "hidden": set(), "mutant": set()}
    public = set()
    for nb in COURSE.notebooks(chapter):
        text = sources(nb)
        for block in SOLUTION.findall(text):
            found["solution"] |= lines_of(block)
        for block in HIDDEN.findall(text):
            found["hidden"] |= lines_of(block)
        public |= lines_of(HIDDEN.sub("", SOLUTION.sub("", text)))
    for mutant in chapter_mutants(COURSE, chapter):
        found["mutant"] |= lines_of(mutant.code)
    secret = set().union(*(found[k] for k in kinds))
    others = set().union(*(found[k] for k in found if k not in kinds))
    # Short lines (`return out`, `pass`) and comments say nothing about an answer.
    return {ln for ln in secret - public - others if len(ln) >= 24 and not ln.startswith("#")}


def public_text(chapter: str) -> str:
    return "\n".join(sources(COURSE.release / chapter / nb.name) for nb in COURSE.notebooks(chapter))


# ------------------------------------------------------------------ 1. release in sync


def test_release_has_exactly_the_chapters_of_solutions():
    released = sorted(p.name for p in COURSE.release.iterdir() if p.is_dir())
    assert released == COURSE.chapters(), "run `grader release` to regenerate notebooks/"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_release_is_in_sync(chapter, tmp_path):
    stale = stale_files(COURSE, chapter, tmp_path)
    assert not stale, f"out of date, run `grader release {chapter}`: {stale}"


# ------------------------------------------------------------------ 2. nothing secret


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_release_holds_no_secret(chapter):
    text = public_text(chapter)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text
    leaked = sorted(secret_lines(chapter) & lines_of(text))
    assert not leaked, f"{chapter}: release contains solution/hidden/mutant lines: {leaked[:3]}"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_solution_cell_has_a_stub_in_the_release(chapter):
    for nb in COURSE.notebooks(chapter):
        released = {grade_id(c): c for c in read_notebook(COURSE.release / chapter / nb.name).cells}
        for cell in read_notebook(nb).cells:
            if is_solution(cell) and cell.cell_type == "code":
                assert "raise NotImplementedError()" in released[grade_id(cell)].source


# ------------------------------------------------------------------ 3. runs headless
# The solution's headless run (papermill's parameters, fast mode) is the first step of its
# mutant session (5.): one run of each notebook serves both.


def record_timing(what: str, seconds: float) -> None:
    """Append to the timing report (TIMING_REPORT names the file; CI prints it)."""
    import os

    path = os.environ.get("TIMING_REPORT")
    if path:
        with open(path, "a") as fh:
            fh.write(f"{seconds:8.1f} s  {what}\n")


# ------------------------------------------------------------------ 4 & 6. autograde


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One batch: each chapter's solution (the calibration) and untouched release, plus the example class."""
    from tests.conftest import linked_course

    root = tmp_path_factory.mktemp("graded")
    course = linked_course(root / "course", REPO)
    incoming = root / "incoming"
    for chapter in CHAPTERS:
        for nb in COURSE.notebooks(chapter):
            dest = incoming / "release" / chapter
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy2(COURSE.release / chapter / nb.name, dest / nb.name)
    shutil.copytree(EXAMPLES / "submitted", incoming, dirs_exist_ok=True)
    url = sqlite_url(root / "gradebook.db")
    # The solution is graded once, as the referee's calibration, and recorded as student "solution".
    opts = Options(workers=2, use_sandbox=sandbox.available(), calibration_as="solution")
    start = time.monotonic()
    verdicts = autograde(course, incoming, CHAPTERS, url, opts)
    record_timing(f"autograde {len(verdicts)} submissions, 2 workers", time.monotonic() - start)
    for v in verdicts:
        if v.student in ("solution", "release"):
            record_timing(f"autograde {v.chapter} {v.student}", v.seconds)
    return course, url, {(v.student, v.chapter): v for v in verdicts}


# The batch grades every chapter at once; ci/test.sh runs `-m batch` tests in one process.
on_graded_worker = pytest.mark.batch


def scores_of(url: str, student: str, chapter: str) -> dict[str, tuple[float, float]]:
    return {
        r.cell: (r.score, r.max_score)
        for r in cell_scores(url, [chapter])
        if r.student == student
    }


@on_graded_worker
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_autograded_solution_gets_full_points(graded, chapter):
    course, url, verdicts = graded
    got = scores_of(url, "solution", chapter)
    assert got, f"no grades for the solution of {chapter}"
    lost = {cell: s for cell, s in got.items() if s[0] != s[1]}
    assert not lost, f"{chapter}: solution loses points on {lost}: {verdicts[('solution', chapter)]}"


@on_graded_worker
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_autograded_release_gets_zero(graded, chapter):
    course, url, verdicts = graded
    got = scores_of(url, "release", chapter)
    assert got and all(score == 0 for score, _ in got.values()), f"{chapter}: {got}"


@on_graded_worker
def test_example_class_grades_as_documented(graded):
    course, url, verdicts = graded
    expected = json.loads((EXAMPLES / "expected.json").read_text())
    if expected["chapter"] not in CHAPTERS:
        pytest.skip(f"COURSE_ONLY_CHAPTERS leaves out {expected['chapter']}")
    for student, want in expected["students"].items():
        chapter = expected["chapter"]
        got = {cell: score for cell, (score, _) in scores_of(url, student, chapter).items()}
        assert got == want["scores"], f"{student}: {verdicts[(student, chapter)].message}"
        verdict = read_verdict(course.root / "autograded" / student / chapter)
        assert verdict["status"] == want["status"], (student, verdict)


@on_graded_worker
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_feedback_holds_no_hidden_test(graded, chapter):
    # What each page renders, for every chapter; that rendering adds no text of its own is
    # tested once, on the example class's pages (tests/test_autograde.py).
    course, url, verdicts = graded
    hidden = secret_lines(chapter, ("hidden",))
    rows = cell_scores(url, [chapter])
    for student in ("release", "solution"):
        scores = [r for r in rows if r.student == student]
        for target, nb in feedback_notebooks(course, student, chapter, scores):
            text = notebook_text(nb)
            assert "BEGIN HIDDEN" not in text
            # The solution student's page shows their own code, so only hidden-test lines count.
            leaked = sorted(hidden & lines_of(text))
            assert not leaked, f"{target}: hidden test lines in feedback: {leaked[:2]}"


def notebook_text(nb) -> str:
    """Every cell's source and every text output of NB: what its page shows."""
    parts = []
    for cell in nb.cells:
        parts.append(cell.source)
        for out in cell.get("outputs", []):
            parts.append(str(out.get("text", "")))
            parts += [str(v) for v in out.get("data", {}).values()]
    return "\n".join(parts)


def referee_exceptions() -> dict[str, str]:
    """CHAPTER/NOTEBOOK/GRADE_ID -> reason, from tests/referee_exceptions.txt."""
    found = {}
    for line in REFEREE_EXCEPTIONS.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            cell, _, reason = line.partition(":")
            assert reason.strip(), f"{REFEREE_EXCEPTIONS.name}: {cell.strip()} needs a reason"
            found[cell.strip()] = reason.strip()
    return found


@on_graded_worker
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_test_cell_is_refereed(graded, chapter):
    # The batch calibrated the referee on each chapter's solution; the solution's verdict says
    # which test cells it could not re-run and which read notebook variables.
    course, url, verdicts = graded
    verdict = verdicts[("solution", chapter)]
    allowed = referee_exceptions()
    kernel_only = [c for c in verdict.kernel_only if f"{chapter}/{c}" not in allowed]
    assert not kernel_only, f"{chapter}: test cells the referee cannot re-run (kernel only): {kernel_only}"
    reads = {c: names for c, names in verdict.reads_notebook.items() if f"{chapter}/{c}" not in allowed}
    assert not reads, f"{chapter}: test cells that read notebook variables student code can rewrite: {reads}"


# ------------------------------------------------------------------ 5. mutants


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_solution_runs_headless_and_every_mutant_loses_points(chapter):
    """...and every instructor reference passes every test cell, in the same session."""
    from tests.test_references import REFERENCES, reference_failures

    broken_references: list[str] = []
    reference_seconds = 0.0

    def check_references(session) -> None:
        nonlocal reference_seconds
        if chapter in REFERENCES:
            start = time.monotonic()
            broken_references.extend(reference_failures(chapter, session))
            reference_seconds += time.monotonic() - start

    start = time.monotonic()
    results = run_chapter(COURSE, chapter, on_run=lambda name, secs: record_timing(f"fast run {name}", secs),
                          after=check_references)
    spent = time.monotonic() - start
    record_timing(f"mutants {chapter} ({len(results)}), fast run included", spent - reference_seconds)
    if chapter in REFERENCES:
        record_timing(f"references {chapter}", reference_seconds)
    survivors = [f"{r.mutant.path.name}: {r.message}" for r in results if not r.killed]
    assert not survivors, survivors
    assert not broken_references, broken_references


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_exercise_has_three_mutants(chapter):
    counts = {}
    for m in chapter_mutants(COURSE, chapter):
        counts[m.replaces] = counts.get(m.replaces, 0) + 1
    for nb in COURSE.notebooks(chapter):
        for cell in read_notebook(nb).cells:
            if is_solution(cell):
                gid = grade_id(cell)
                assert counts.get(gid, 0) >= MIN_MUTANTS, f"{chapter}/{gid}: {counts.get(gid, 0)} mutants"
