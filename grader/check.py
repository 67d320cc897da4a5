"""`grader check NOTEBOOK`: run a student's notebook and say which exercises pass.

Only the tests in the student's own notebook run (the public ones); the hidden tests stay
with the instructor. The notebook runs in fast mode unless --full is given. Each test cell is
judged by nbgrader's own rule (`nbgrader.utils.determine_grade`: an error *or anything on
stderr* scores zero, a number as the cell's value is partial credit), so PASS here means the
public checks earn their points at autograding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from grader.course import CourseError, first_error, grade_id, is_graded_test
from grader.kernel import NotebookSession


@dataclass(frozen=True)
class CellResult:
    cell: str
    points: float
    passed: bool
    message: str


def run_checks(path: Path, *, fast: bool = True, timeout: int = 120) -> list[CellResult]:
    """Execute the notebook at PATH top to bottom and report each graded test cell."""
    try:
        session = NotebookSession(path, timeout)
    except Exception as exc:  # noqa: BLE001
        raise CourseError(f"{path} is not a readable notebook: {exc}") from exc
    with session.started(fast):
        session.run_all()
    results = [judge(cell) for cell in session.nb.cells if is_graded_test(cell)]
    if not results:
        raise CourseError(f"{path} has no graded test cells (is it a course notebook?)")
    return results


def judge(cell) -> CellResult:
    """One executed test cell, scored as nbgrader scores it."""
    from nbgrader.utils import determine_grade

    score, points = determine_grade(cell)
    passed = score is not None and score >= points
    if passed:
        why = "passed"
    elif err := first_error(cell):
        why = err
    elif any(o.get("output_type") == "stream" and o.get("name") == "stderr" for o in cell.outputs):
        why = "the cell wrote to stderr (a warning?), which nbgrader scores as a failure"
    else:
        why = f"partial credit {score:g} of {points:g}"
    return CellResult(grade_id(cell) or "?", points, passed, why)
