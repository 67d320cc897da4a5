"""`grader check NOTEBOOK`: run a student's notebook and say which exercises pass.

Only the tests in the student's own notebook run (the public ones); the hidden tests stay
with the instructor. The notebook runs in fast mode unless --full is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nbclient import NotebookClient

from grader.course import CourseError, grade_id, is_graded_test, read_notebook
from grader.nbgrader_run import course_env


@dataclass(frozen=True)
class CellResult:
    cell: str
    points: float
    passed: bool
    message: str


def first_error(cell) -> str | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".strip()
    return None


def run_checks(path: Path, *, fast: bool = True, timeout: int = 120) -> list[CellResult]:
    """Execute the notebook at PATH top to bottom and report each graded test cell."""
    try:
        nb = read_notebook(path)
    except Exception as exc:  # noqa: BLE001
        raise CourseError(f"{path} is not a readable notebook: {exc}") from exc
    env = course_env({"COURSE_FAST": "1" if fast else "0"})
    client = NotebookClient(
        nb,
        timeout=timeout,
        allow_errors=True,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    client.km = client.create_kernel_manager()
    with client.setup_kernel(env=env):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)
    results = []
    for cell in nb.cells:
        if is_graded_test(cell):
            err = first_error(cell)
            points = float(cell.metadata["nbgrader"].get("points", 0))
            results.append(CellResult(grade_id(cell) or "?", points, err is None, err or "passed"))
    if not results:
        raise CourseError(f"{path} has no graded test cells (is it a course notebook?)")
    return results
