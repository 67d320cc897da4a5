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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from grader.course import Course, CourseError, is_graded_test, is_solution
from grader.kernel import NotebookSession

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


def run_chapter(course: Course, chapter: str, timeout: int = 300,
                on_run: Callable[[str, float], None] | None = None,
                after: Callable[[NotebookSession], None] | None = None,
                on_mutant: Callable[[MutantResult], None] | None = None) -> list[MutantResult]:
    """Run every mutant of CHAPTER; a mutant is killed when its target test cell fails.

    Each notebook first runs top to bottom in fast mode, its parameters injected as papermill
    does (`FAST=True`); an error there is a CourseError. ON_RUN(notebook name, seconds) hears
    how long that run took: it is the chapter's headless run in CI, shared with the mutants.
    AFTER(session), when given, runs in each notebook's session once its mutants are done, so
    that other checks of the same run (the instructor references) need no run of their own.
    ON_MUTANT(result) hears each mutant's result as soon as it is known (a progress bar).
    """
    mutants = chapter_mutants(course, chapter)
    results: list[MutantResult] = []
    for nb_path in course.notebooks(chapter):
        session = NotebookSession(nb_path, timeout, parameters={"FAST": True})
        mine = [m for m in mutants if session.cell(m.replaces)]
        with session.started():
            start = time.monotonic()
            errors = session.run_all()
            if on_run is not None:
                on_run(nb_path.name, time.monotonic() - start)
            if errors:
                raise CourseError(f"{nb_path} does not run cleanly: " + "; ".join(errors))
            for mutant in mine:
                results.append(run_mutant(session, mutant))
                if on_mutant is not None:
                    on_mutant(results[-1])
            if after is not None:
                after(session)
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
    with session.replaced(mutant.replaces, mutant.code) as own_err:
        if own_err:
            return MutantResult(mutant, False, f"the mutant itself does not run: {own_err}")
        err = session.run_tests([mutant.target])[mutant.target]
    seconds = time.monotonic() - start
    if err is None:
        return MutantResult(mutant, False, f"SURVIVED: {mutant.target} passed ({seconds:.1f} s)")
    return MutantResult(mutant, True, f"killed ({seconds:.1f} s): {err[:160]}")
