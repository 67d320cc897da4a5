"""The gradebook: where it is, how worker gradebooks merge into it, and what it says."""

from __future__ import annotations

import functools
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from grader.course import Course

# nbgrader's add_submission trips SQLAlchemy's autoflush warning; the rows it adds are right.
warnings.filterwarnings("ignore", message=".*not in session.*")


def open_gradebook(url: str) -> Gradebook:
    """nbgrader's Gradebook at URL, for this course's row (settings.COURSE_ID)."""
    from grader.settings import COURSE_ID, venv_bin_on_path

    venv_bin_on_path()  # nbgrader's migrations run `alembic` by name
    use_inprocess_alembic_head()
    return Gradebook(url, course_id=COURSE_ID)


@functools.cache
def alembic_head() -> str:
    """The newest revision of nbgrader's gradebook schema, read from its migration scripts."""
    from alembic.script import ScriptDirectory
    from nbgrader.dbutil import ALEMBIC_DIR

    return ScriptDirectory(ALEMBIC_DIR).get_current_head()


def use_inprocess_alembic_head() -> None:
    """Stamp new gradebooks without a subprocess: nbgrader asks `alembic heads` in a new
    interpreter (a second or more) for the revision alembic_head() reads here, the same string."""
    import nbgrader.api

    nbgrader.api.get_alembic_version = alembic_head


def default_url(course: Course) -> str:
    """COURSE_GRADEBOOK_URL if set, else sqlite:///<root>/gradebook.db (as nbgrader_config.py)."""
    return os.environ.get("COURSE_GRADEBOOK_URL", f"sqlite:///{course.root / 'gradebook.db'}")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _fresh_submission(gb: Gradebook, chapter: str, student: str, timestamp=None):
    gb.update_or_create_student(student)
    try:
        gb.remove_submission(chapter, student)
    except MissingEntry:
        pass
    kwargs = {"timestamp": timestamp} if timestamp is not None else {}
    return gb.add_submission(chapter, student, **kwargs)


def copy_submission(worker_url: str, main_url: str, chapter: str, student: str) -> None:
    """Replace STUDENT's CHAPTER submission in the main gradebook by the worker's."""
    with open_gradebook(worker_url) as wgb, open_gradebook(main_url) as mgb:
        wsub = wgb.find_submission(chapter, student)
        _fresh_submission(mgb, chapter, student, wsub.timestamp)
        for wnb in wsub.notebooks:
            mnb = mgb.find_submission_notebook(wnb.name, chapter, student)
            mnb.flagged = wnb.flagged
            for wgrade in wnb.grades:
                mgrade = mgb.find_grade(wgrade.name, wnb.name, chapter, student)
                mgrade.auto_score = wgrade.auto_score
                mgrade.manual_score = wgrade.manual_score
                mgrade.extra_credit = wgrade.extra_credit
                mgrade.needs_manual_grade = wgrade.needs_manual_grade
            for wcomment in wnb.comments:
                mcomment = mgb.find_comment(wcomment.name, wnb.name, chapter, student)
                mcomment.auto_comment = wcomment.auto_comment
                mcomment.manual_comment = wcomment.manual_comment
        mgb.db.commit()


def record_zero(main_url: str, chapter: str, student: str) -> None:
    """Give STUDENT zero on every graded cell of CHAPTER and flag it for an instructor."""
    with open_gradebook(main_url) as gb:
        sub = _fresh_submission(gb, chapter, student)
        for nb in sub.notebooks:
            nb.flagged = True
            for grade in nb.grades:
                grade.auto_score = 0.0
                grade.needs_manual_grade = False
        gb.db.commit()


@dataclass(frozen=True)
class CellScore:
    student: str
    chapter: str
    notebook: str
    cell: str
    score: float
    max_score: float


def cell_scores(url: str, chapters: list[str] | None = None) -> list[CellScore]:
    """Every graded cell of every submission in the gradebook, sorted."""
    rows = []
    with open_gradebook(url) as gb:
        for assignment in gb.assignments:
            if chapters and assignment.name not in chapters:
                continue
            for sub in assignment.submissions:
                for nb in sub.notebooks:
                    for grade in nb.grades:
                        rows.append(
                            CellScore(
                                sub.student.id,
                                assignment.name,
                                nb.name,
                                grade.name,
                                float(grade.score or 0.0),
                                float(grade.max_score or 0.0),
                            )
                        )
    return sorted(rows, key=lambda r: (r.chapter, r.student, r.notebook, r.cell))


def copy_assignment(src_url: str, dst_url: str, chapter: str) -> None:
    """Record CHAPTER's notebooks and cells, as the gradebook at SRC_URL has them (nbgrader's
    generate_assignment wrote it), in the gradebook at DST_URL — what generate_assignment would
    record there, without running it a second time. As nbgrader does, a notebook that has
    submissions keeps its rows and may not gain or lose cells (ValueError)."""
    with open_gradebook(src_url) as src, open_gradebook(dst_url) as dst:
        assignment = src.find_assignment(chapter)
        dst.update_or_create_assignment(chapter, duedate=assignment.duedate)
        for nb in assignment.notebooks:
            cells = {kind: {c.name: c for c in getattr(nb, kind)}
                     for kind in ("grade_cells", "solution_cells", "task_cells", "source_cells")}
            try:
                old = dst.find_notebook(nb.name, chapter)
            except MissingEntry:
                old = None
            if old is not None and old.submissions:
                if any({c.name for c in getattr(old, kind)} != set(cells[kind]) for kind in cells):
                    raise ValueError(f"cannot add or remove cells of {chapter}/{nb.name}: it has submissions")
            elif old is not None:
                dst.remove_notebook(nb.name, chapter)
                old = None
            if old is None:
                dst.add_notebook(nb.name, chapter, kernelspec=nb.kernelspec)
            for c in cells["grade_cells"].values():
                dst.update_or_create_grade_cell(c.name, nb.name, chapter, max_score=c.max_score, cell_type=c.cell_type)
            for c in cells["solution_cells"].values():
                dst.update_or_create_solution_cell(c.name, nb.name, chapter)
            for c in cells["task_cells"].values():
                dst.update_or_create_task_cell(c.name, nb.name, chapter, max_score=c.max_score, cell_type=c.cell_type)
            for c in cells["source_cells"].values():
                dst.update_or_create_source_cell(c.name, nb.name, chapter, cell_type=c.cell_type, locked=c.locked,
                                                 source=c.source, checksum=c.checksum)
