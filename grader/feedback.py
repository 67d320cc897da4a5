"""Per-student HTML feedback that shows scores and the public tests, never the hidden ones.

nbgrader's own feedback shows hidden tests and their tracebacks; ours rewrites each graded
test cell before rendering: hidden sections are replaced by a placeholder and the cell's
outputs by one line saying whether it passed, and if not, which public check failed (or only
that a hidden check failed).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from grader.autograde import read_verdict
from grader.course import (
    HIDDEN,
    Course,
    CourseError,
    hidden_lines,
    is_graded_test,
    leaks_hidden_text,
    read_notebook,
)
from grader.gradebook import CellScore, cell_scores

HIDDEN_PLACEHOLDER = "# (hidden tests are not shown)"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_FRAME = re.compile(r"(?:Cell In\s*\[\d*\]|<ipython-input-[^>]*>), line (\d+)")


def hidden_line_ranges(source: str) -> list[range]:
    """1-based line ranges of the hidden sections of a test cell's source."""
    ranges = []
    for match in HIDDEN.finditer(source):
        first = source.count("\n", 0, match.start()) + 1
        last = source.count("\n", 0, match.end()) + 1
        ranges.append(range(first, last + 1))
    return ranges


def failing_line(error: dict) -> int | None:
    """The line of the test cell that raised, read from the first frame of the traceback."""
    for entry in error.get("traceback", []):
        match = CELL_FRAME.search(ANSI.sub("", entry))
        if match:
            return int(match.group(1))
    return None


def outcome_text(cell) -> str:
    """One line for a graded test cell: passed, or what failed without hidden details."""
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    if not errors:
        return "PASSED"
    err = errors[0]
    line = failing_line(err)
    if line is None or any(line in r for r in hidden_line_ranges(cell.source)):
        return f"FAILED: a hidden check failed ({err.get('ename', 'Error')})"
    evalue = ANSI.sub("", str(err.get("evalue", "")))
    return f"FAILED: {err.get('ename', 'Error')}: {evalue}"[:2000]


LEAK_NOTE = "(output removed: it showed text of a hidden test)"


def sanitise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove hidden tests and their outputs from an autograded notebook (in place).

    Hidden sections are cut from every cell, not only graded ones: a copy of a test cell
    that lost its grading metadata must not carry them into the page either. Outputs of
    other cells that show hidden test text (code can print into an earlier cell's display
    while a test runs) are removed too.
    """
    lines = hidden_lines(nb)
    for cell in nb.cells:
        if is_graded_test(cell):
            text = outcome_text(cell)
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text + "\n")]
        elif cell.cell_type == "code" and leaks_hidden_text(cell, lines):
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=LEAK_NOTE + "\n")]
        cell.source = HIDDEN.sub(HIDDEN_PLACEHOLDER, cell.source)
    return nb


def summary_cell(student: str, chapter: str, scores: list[CellScore], verdict: dict | None):
    got = sum(s.score for s in scores)
    out_of = sum(s.max_score for s in scores)
    lines = [f"# Feedback: {chapter} — {student}", "", f"**Score: {got:g} / {out_of:g}**", ""]
    if verdict and verdict.get("status") != "graded":
        lines += [f"**Verdict:** {verdict['status']} — {verdict['message']}", ""]
    for problem in (verdict or {}).get("problems", []):
        lines.append(f"- {problem}")
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
            nb = sanitise(read_notebook(path))
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
    for student, chapter in keys:
        scores = [r for r in rows if (r.student, r.chapter) == (student, chapter)]
        yield from feedback_for(course, student, chapter, scores)


