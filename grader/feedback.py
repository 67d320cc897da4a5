"""Per-student HTML feedback: the submission, the scores, and which public check failed.

The page is built from what the student submitted (their code, hidden sections cut) and from
the grades, never from output produced while grading: a submission's code can watch the test
cells run in its kernel (an IPython hook sees their source) and write what it saw, encoded,
into any output, so no output of the grading run reaches the page. Each test cell shows one
line: PASSED, or FAILED with the message of the public check that failed as the referee saw
it (the referee runs the tests outside the student's kernel), or only that a hidden check
failed. nbgrader's own feedback shows hidden tests and their tracebacks.

Markdown cells are the student's too: their HTML is sanitised (an allow-list of tags and
attributes, no scripts or event handlers), which nbconvert's lab page does not do by default.
The exporter and the sanitiser's results are shared by every page of a run, so a class's pages
of one chapter pay for their common cells once.
"""

from __future__ import annotations

import builtins
import functools
from pathlib import Path

import bleach
import nbformat
from jinja2 import pass_context
from nbconvert import HTMLExporter
from nbconvert.filters.strings import clean_html

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


MARKDOWN_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "li", "ol", "p", "pre", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "th", "thead", "tr", "ul",
})
MARKDOWN_ATTRIBUTES = {"*": ["id", "class", "title", "align"], "a": ["href", "title", "class"],
                       "img": ["src", "alt", "width", "height"]}


@functools.lru_cache(maxsize=8192)
def sanitized(html: str) -> str:
    """HTML rendered from a markdown cell, with only harmless tags, attributes and links kept."""
    return bleach.clean(html, tags=MARKDOWN_TAGS, attributes=MARKDOWN_ATTRIBUTES,
                        protocols=["http", "https", "mailto"], strip=True, strip_comments=True)


class FeedbackExporter(HTMLExporter):
    """nbconvert's lab page, with the HTML of markdown cells sanitised (see the module doc)."""

    @pass_context
    def markdown2html(self, context, source: str) -> str:
        return sanitized(super().markdown2html(context, source))


@functools.cache
def exporter() -> HTMLExporter:
    made = FeedbackExporter(template_name="lab")
    # the lab template cleans every highlighted code cell with bleach: the same cell, the same result
    made.register_filter("clean_html", functools.lru_cache(maxsize=8192)(clean_html))
    return made


def render(nb: nbformat.NotebookNode) -> str:
    body, _ = exporter().from_notebook_node(nb)
    return body


def feedback_notebooks(course: Course, student: str, chapter: str,
                       scores: list[CellScore]) -> list[tuple[Path, nbformat.NotebookNode]]:
    """Each page of STUDENT's feedback on CHAPTER: where it goes (feedback/<student>/<chapter>/
    <notebook>.html) and the notebook it renders."""
    folder = course.root / "autograded" / student / chapter
    verdict = read_verdict(folder)
    out_dir = course.root / "feedback" / student / chapter
    pages = []
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
        pages.append((out_dir / f"{src.stem}.html", nb))
    return pages


def feedback_for(course: Course, student: str, chapter: str, scores: list[CellScore]) -> list[Path]:
    """Write feedback/<student>/<chapter>/<notebook>.html; return the files written."""
    written = []
    for target, nb in feedback_notebooks(course, student, chapter, scores):
        target.parent.mkdir(parents=True, exist_ok=True)
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


