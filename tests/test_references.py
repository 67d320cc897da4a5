"""Every reference implementation the instructor side keeps passes its chapter's tests.

nlpcourse_instructor.references lists the code that stands in for a graded exercise outside
its chapter (the course BERT's builder masks tokens and builds NSP pairs itself). Each is
swapped in for the solution cell of a running solution notebook, and then every test cell of
the notebook, hidden ones included, must pass: a reference that drifts from what the chapter
asks fails here, not in a model nobody checks.

The swap runs in the session of the chapter's mutants (tests/test_chapters.py), which has
already run the notebook: `reference_failures` is called there, and this module checks that
every reference names a solution cell.
"""

from __future__ import annotations

from grader.course import Course
from grader.kernel import NotebookSession
from nlpcourse_instructor.references import REFERENCES
from tests.conftest import REPO

COURSE = Course(REPO)


def reference_failures(chapter: str, session: NotebookSession) -> list[str]:
    """Swap each reference of CHAPTER into SESSION (a notebook that has run) and run every test
    cell; what failed, as messages."""
    failures = []
    mine = {gid: code for gid, code in REFERENCES.get(chapter, {}).items() if session.cell(gid)}
    for gid, code in sorted(mine.items()):
        with session.replaced(gid, code) as own_err:
            if own_err is not None:
                failures.append(f"{chapter}/{gid}: the reference does not load: {own_err}")
                continue
            failed = {t: e for t, e in session.run_tests().items() if e}
        failures += [f"{gid} in place of the solution fails {t}: {e[:200]}" for t, e in failed.items()]
    return failures


def test_every_reference_names_a_solution_cell():
    from grader.course import is_solution, read_notebook

    for chapter, refs in REFERENCES.items():
        cells = {c.metadata.get("nbgrader", {}).get("grade_id") for nb in COURSE.notebooks(chapter)
                 for c in read_notebook(nb).cells if is_solution(c)}
        assert set(refs) <= cells, f"{chapter}: {sorted(set(refs) - cells)} are not solution cells"
