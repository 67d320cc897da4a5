"""Every reference implementation the instructor side keeps passes its chapter's tests.

nlpcourse_instructor.references lists the code that stands in for a graded exercise outside
its chapter (the course BERT's builder masks tokens and builds NSP pairs itself). Each is
swapped in for the solution cell of a running solution notebook, and then every test cell of
the notebook, hidden ones included, must pass: a reference that drifts from what the chapter
asks fails here, not in a model nobody checks.
"""

from __future__ import annotations

import time

import pytest

from grader.course import Course
from grader.kernel import NotebookSession
from nlpcourse_instructor.references import REFERENCES
from tests.conftest import REPO
from tests.test_chapters import record_timing

COURSE = Course(REPO)


@pytest.mark.parametrize("chapter", sorted(REFERENCES))
def test_references_pass_every_test_cell(chapter):
    start = time.monotonic()
    failures = []
    for nb_path in COURSE.notebooks(chapter):
        session = NotebookSession(nb_path, timeout=300)
        mine = {gid: code for gid, code in REFERENCES[chapter].items() if session.cell(gid)}
        if not mine:
            continue
        with session.started():
            assert not session.run_all(), f"{nb_path.name} does not run cleanly"
            for gid, code in sorted(mine.items()):
                with session.replaced(gid, code) as own_err:
                    assert own_err is None, f"{chapter}/{gid}: the reference does not load: {own_err}"
                    failed = {t: e for t, e in session.run_tests().items() if e}
                failures += [f"{gid} in place of the solution fails {t}: {e[:200]}" for t, e in failed.items()]
    record_timing(f"references {chapter}", time.monotonic() - start)
    assert not failures, failures


def test_every_reference_names_a_solution_cell():
    from grader.course import is_solution, read_notebook

    for chapter, refs in REFERENCES.items():
        cells = {c.metadata.get("nbgrader", {}).get("grade_id") for nb in COURSE.notebooks(chapter)
                 for c in read_notebook(nb).cells if is_solution(c)}
        assert set(refs) <= cells, f"{chapter}: {sorted(set(refs) - cells)} are not solution cells"
