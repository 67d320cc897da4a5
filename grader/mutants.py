"""Prove the hidden tests catch realistic wrong answers.

A mutant is a file mutants/<chapter>/<name>.py whose header names the solution cell it
stands in for and the test cell that must then fail:

    # replaces: bpe_train
    # target: test_bpe_train
    # why: ties broken toward the largest pair

The solution notebook runs once in one kernel (fast mode); then each mutant's code runs in
that kernel, its target test cell is re-run and must fail, and the original solution cell is
run again to restore the state. Seconds per mutant, not a notebook run each.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from grader.check import first_error
from grader.course import Course, CourseError, grade_id, is_graded_test, is_solution, read_notebook
from grader.nbgrader_run import course_env

HEADER = re.compile(r"^#\s*(replaces|target|why):\s*(.+?)\s*$", re.M)


@dataclass(frozen=True)
class Mutant:
    path: Path
    replaces: str
    target: str
    why: str
    code: str


@dataclass(frozen=True)
class MutantResult:
    mutant: Mutant
    killed: bool
    message: str


def parse_mutant(path: Path) -> Mutant:
    code = path.read_text(encoding="utf-8")
    fields = dict(HEADER.findall(code))
    missing = {"replaces", "target", "why"} - fields.keys()
    if missing:
        raise CourseError(f"{path}: header lacks {', '.join(sorted(missing))} (see docs/authoring.md)")
    return Mutant(path, fields["replaces"], fields["target"], fields["why"], code)


def chapter_mutants(course: Course, chapter: str) -> list[Mutant]:
    return [parse_mutant(p) for p in sorted(course.mutants.joinpath(chapter).glob("*.py"))]


class NotebookSession:
    """One kernel that has executed a notebook, for re-running single cells in it."""

    def __init__(self, path: Path, timeout: int = 300):
        self.nb = read_notebook(path)
        self.client = NotebookClient(
            self.nb,
            timeout=timeout,
            allow_errors=True,
            kernel_name="python3",
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

    def run_all(self) -> list[str]:
        """Execute every code cell in order; return the errors found (should be none)."""
        errors = []
        for index, cell in enumerate(self.nb.cells):
            if cell.cell_type == "code" and (err := self.run(cell, index)):
                errors.append(f"cell {grade_id(cell) or cell.get('id')}: {err}")
        return errors


def run_chapter(course: Course, chapter: str, timeout: int = 300) -> list[MutantResult]:
    """Run every mutant of CHAPTER; a mutant is killed when its target test cell fails."""
    mutants = chapter_mutants(course, chapter)
    results: list[MutantResult] = []
    for nb_path in course.notebooks(chapter):
        session = NotebookSession(nb_path, timeout)
        mine = [m for m in mutants if session.cell(m.replaces)]
        if not mine:
            continue
        session.client.km = session.client.create_kernel_manager()
        with session.client.setup_kernel(env=course_env({"COURSE_FAST": "1"})):
            errors = session.run_all()
            if errors:
                raise CourseError(f"{nb_path} does not run cleanly: " + "; ".join(errors))
            for mutant in mine:
                results.append(run_mutant(session, mutant))
    unplaced = {m.path for m in mutants} - {r.mutant.path for r in results}
    for path in sorted(unplaced):
        m = parse_mutant(path)
        results.append(MutantResult(m, False, f"no solution cell {m.replaces!r} in {chapter}"))
    return results


def run_mutant(session: NotebookSession, mutant: Mutant) -> MutantResult:
    target = session.cell(mutant.target)
    solution = session.cell(mutant.replaces)
    if target is None or not is_graded_test(target[1]):
        return MutantResult(mutant, False, f"target {mutant.target!r} is not a graded test cell")
    if solution is None or not is_solution(solution[1]):
        return MutantResult(mutant, False, f"{mutant.replaces!r} is not a solution cell")
    start = time.monotonic()
    try:
        if err := session.run_source(mutant.code):
            return MutantResult(mutant, False, f"the mutant itself does not run: {err}")
        err = session.run(target[1], target[0])
    finally:
        restore_err = session.run(solution[1], solution[0])
    if restore_err:
        raise CourseError(f"restoring {mutant.replaces} failed after {mutant.path.name}: {restore_err}")
    seconds = time.monotonic() - start
    if err is None:
        return MutantResult(mutant, False, f"SURVIVED: {mutant.target} passed ({seconds:.1f} s)")
    return MutantResult(mutant, True, f"killed ({seconds:.1f} s): {err[:160]}")
