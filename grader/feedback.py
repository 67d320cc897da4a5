"""Per-student HTML feedback: the submission, the scores, and which public check failed.

The page is built from what the student submitted (their code, hidden sections cut) and from
the grades, never from output produced while grading: a submission's code can watch the test
cells run in its kernel (an IPython hook sees their source) and write what it saw, encoded,
into any output, so no output of the grading run reaches the page. Each test cell shows one
line: PASSED, or FAILED with the message of the public check that failed as the referee saw
it (the referee runs the tests outside the student's kernel), or only that a hidden check
failed. nbgrader's own feedback shows hidden tests and their tracebacks.
"""

from __future__ import annotations

import builtins
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from grader.autograde import read_verdict
from grader.course import (
    HIDDEN,
    Course,
    CourseError,
    grade_id,
    is_graded_test,
    read_notebook,
)
from grader.gradebook import CellScore, cell_scores

HIDDEN_PLACEHOLDER = "# (hidden tests are not shown)"
INSTRUCTOR_NOTES = ("referee:", "audit:")
# Failures whose name the grading run chose itself (anything else could be named by student code)
RUN_FAILURES = {"CellTimeoutError", "DeadKernelError", "RefereeCheckFailed"}


def hidden_line_ranges(source: str) -> list[range]:
    """1-based line ranges of the hidden sections of a test cell's source."""
    ranges = []
    for match in HIDDEN.finditer(source):
        first = source.count("\n", 0, match.start()) + 1
        last = source.count("\n", 0, match.end()) + 1
        ranges.append(range(first, last + 1))
    return ranges


def safe_name(ename: str) -> str:
    """An exception name fit to show: a built-in one or the grading run's own, else "Error"."""
    is_builtin = isinstance(getattr(builtins, ename, None), type)
    return ename if ename in RUN_FAILURES or is_builtin else "Error"


def run_failure(cell) -> str:
    """Why a test cell failed in the notebook run, from nothing the student's code can word."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return safe_name(str(out.get("ename", "")))
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            return "it wrote to stderr, which nbgrader scores as a failure"
    return "Error"


def outcome_text(cell, score: CellScore | None, check: dict | None) -> str:
    """One line for a graded test cell: passed, or what failed without hidden details.

    CHECK is the referee's verdict on the cell (None when the referee did not re-run it).
    """
    if score is not None and score.score >= score.max_score:
        return "PASSED"
    if check and not check.get("passed"):
        line = check.get("line")
        message = str(check.get("message", ""))
        kind = message.split(":", 1)[0] or "Error"
        if line is None or any(line in r for r in hidden_line_ranges(cell.source)):
            return f"FAILED: a hidden check failed ({kind})"
        return f"FAILED: {message}"[:2000]
    return f"FAILED ({run_failure(cell)})"


def feedback_notebook(nb: nbformat.NotebookNode, scores: dict[str, CellScore],
                      checks: dict[str, dict]) -> nbformat.NotebookNode:
    """The page's notebook, from a graded notebook NB (changed in place): every output produced
    while grading dropped, hidden sections cut, one outcome line under each test cell."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            outcome = outcome_text(cell, scores.get(grade_id(cell)), checks.get(grade_id(cell)))
            cell.outputs = ([nbformat.v4.new_output("stream", name="stdout", text=outcome + "\n")]
                            if is_graded_test(cell) else [])
            cell.execution_count = None
        cell.source = HIDDEN.sub(HIDDEN_PLACEHOLDER, cell.source)
    return nb


def summary_cell(student: str, chapter: str, scores: list[CellScore], verdict: dict | None):
    got = sum(s.score for s in scores)
    out_of = sum(s.max_score for s in scores)
    lines = [f"# Feedback: {chapter} — {student}", "", f"**Score: {got:g} / {out_of:g}**", ""]
    if verdict and verdict.get("status") != "graded":
        lines += [f"**Verdict:** {verdict['status']} — {verdict['message']}", ""]
    # what the referee and the audit noted is for the instructor (it can quote hidden checks)
    problems = (verdict or {}).get("problems", [])
    lines += [f"- {p}" for p in problems if not p.startswith(INSTRUCTOR_NOTES)]
    if withheld := sum(p.startswith(INSTRUCTOR_NOTES) for p in problems):
        lines.append(f"- {withheld} note(s) for your instructor")
    lines += ["", "| exercise | score |", "|---|---|"]
    lines += [f"| {s.cell} | {s.score:g} / {s.max_score:g} |" for s in scores]
    return nbformat.v4.new_markdown_cell("\n".join(lines))


def render(nb: nbformat.NotebookNode) -> str:
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    return body


def feedback_for(course: Course, student: str, chapter: str, scores: list[CellScore]) -> list[Path]:
    """Write feedback/<student>/<chapter>/<notebook>.html; return the files written."""
    folder = course.root / "autograded" / student / chapter
    verdict = read_verdict(folder)
    out_dir = course.root / "feedback" / student / chapter
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for src in course.notebooks(chapter):
        path = folder / src.name
        nb_scores = [s for s in scores if s.notebook == src.stem]
        if path.is_file():
            checks = {key.split("/", 1)[1]: v for key, v in (verdict or {}).get("checks", {}).items()
                      if key.split("/", 1)[0] == src.name}
            nb = feedback_notebook(read_notebook(path), {s.cell: s for s in nb_scores}, checks)
        else:  # not graded (invalid or missing): a page with the verdict only
            nb = nbformat.v4.new_notebook()
        nb.cells.insert(0, summary_cell(student, chapter, nb_scores, verdict))
        target = out_dir / f"{src.stem}.html"
        target.write_text(render(nb), encoding="utf-8")
        written.append(target)
    return written


def feedback(course: Course, url: str, chapters: list[str], students: list[str] | None = None):
    """Feedback for every graded submission of CHAPTERS (or only STUDENTS); yields paths."""
    rows = cell_scores(url, chapters)
    keys = sorted({(r.student, r.chapter) for r in rows})
    if students:
        keys = [k for k in keys if k[0] in students]
    if not keys:
        raise CourseError("the gradebook holds no graded submission to give feedback on")
    from grader.progress import bar

    with bar(keys, desc="feedback", unit="submission") as keys_done:
        for student, chapter in keys_done:
            scores = [r for r in rows if (r.student, r.chapter) == (student, chapter)]
            yield from feedback_for(course, student, chapter, scores)


