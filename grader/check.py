"""`grader check NOTEBOOK`: run a student's notebook and say which exercises pass.

Only the tests in the student's own notebook run (the public ones); the hidden tests stay
with the instructor. The notebook runs in fast mode unless --full is given.
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
    results = []
    for cell in session.nb.cells:
        if is_graded_test(cell):
            err = first_error(cell)
            points = float(cell.metadata["nbgrader"].get("points", 0))
            results.append(CellResult(grade_id(cell) or "?", points, err is None, err or "passed"))
    if not results:
        raise CourseError(f"{path} has no graded test cells (is it a course notebook?)")
    return results
