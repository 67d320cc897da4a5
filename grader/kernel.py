"""A kernel that runs a notebook's cells one by one (for `grader check` and the mutants)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from grader.course import CourseError, first_error, grade_id, is_graded_test, read_notebook
from grader.nbgrader_run import course_env


def harness_kernel() -> str:
    """The kernel for the course's own runs: COURSE_HARNESS_KERNEL (CI sets `course-warm`,
    grader/warmkernel.py), else python3."""
    return os.environ.get("COURSE_HARNESS_KERNEL", "python3")


class NotebookSession:
    """One kernel that has executed a notebook, for re-running single cells in it."""

    def __init__(self, path: Path, timeout: int = 300, parameters: dict | None = None):
        """PARAMETERS are injected after the `parameters` cell as papermill does (`-p NAME VALUE`)."""
        self.nb = read_notebook(path)
        if parameters:
            from papermill.parameterize import parameterize_notebook

            # what papermill's own loader adds before it parameterizes
            self.nb.metadata.setdefault("papermill", {})
            for cell in self.nb.cells:
                cell.metadata.setdefault("tags", [])
            self.nb = parameterize_notebook(self.nb, parameters, kernel_name="python3", language="python")
        self.client = NotebookClient(
            self.nb,
            timeout=timeout,
            allow_errors=True,
            kernel_name=harness_kernel(),
            shutdown_kernel="immediate",  # nothing to wait for once the session is over
            resources={"metadata": {"path": str(path.parent.resolve())}},
        )
        self.path = path

    def cell(self, gid: str):
        for index, cell in enumerate(self.nb.cells):
            if grade_id(cell) == gid:
                return index, cell
        return None

    def run(self, cell, index: int) -> str | None:
        """Execute one cell; return its first error or None."""
        cell.outputs = []
        self.client.execute_cell(cell, index)
        return first_error(cell)

    def run_source(self, source: str) -> str | None:
        """Execute code that is not part of the notebook (appended, run, removed)."""
        self.nb.cells.append(nbformat.v4.new_code_cell(source))
        try:
            return self.run(self.nb.cells[-1], len(self.nb.cells) - 1)
        finally:
            self.nb.cells.pop()

    @contextmanager
    def replaced(self, solution_id: str, code: str) -> Iterator[str | None]:
        """For the block, CODE stands in for solution cell SOLUTION_ID; yields CODE's own error
        (or None). The solution cell runs again afterwards, restoring the notebook's state."""
        found = self.cell(solution_id)
        if found is None:
            raise CourseError(f"{self.path.name} has no cell {solution_id!r}")
        index, solution = found
        try:
            yield self.run_source(code)
        finally:
            if restore_err := self.run(solution, index):
                raise CourseError(f"restoring {solution_id} failed: {restore_err}")

    def run_tests(self, ids: list[str] | None = None) -> dict[str, str | None]:
        """Run the graded test cells IDS (default: all, in notebook order); {id: error or None}."""
        return {grade_id(cell): self.run(cell, index) for index, cell in enumerate(self.nb.cells)
                if is_graded_test(cell) and (ids is None or grade_id(cell) in ids)}

    def run_all(self) -> list[str]:
        """Execute every code cell in order; return the errors found (should be none)."""
        errors = []
        for index, cell in enumerate(self.nb.cells):
            if cell.cell_type == "code" and (err := self.run(cell, index)):
                errors.append(f"cell {grade_id(cell) or cell.get('id')}: {err}")
        return errors

    @contextmanager
    def started(self, fast: bool = True) -> Iterator[NotebookSession]:
        """Start the kernel (offline, fast or full mode) for the duration of the block."""
        self.client.km = self.client.create_kernel_manager()
        with self.client.setup_kernel(env=course_env({"COURSE_FAST": "1" if fast else "0"})):
            yield self
