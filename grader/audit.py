"""A check of each graded submission after nbgrader is done with it.

It flags, for an instructor to look at, anything a correct grading run cannot produce:
a score outside [0, max], a manual score written during autograding, full marks on a test
cell whose output holds an error, and a locked cell (tests, instructions) whose text differs
from the instructor's. Nothing is changed or zeroed here: the verdict lists what was found.
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.api import Gradebook

from grader.course import grade_id, read_notebook


def _cells_by_id(path: Path) -> dict:
    if not path.is_file():
        return {}
    return {gid: cell for cell in read_notebook(path).cells if (gid := grade_id(cell))}


def _raised(cell) -> bool:
    return any(out.get("output_type") == "error" for out in cell.get("outputs", []))


def audit_submission(url: str, chapter: str, student: str, autograded: Path) -> list[str]:
    """What is suspicious about STUDENT's graded CHAPTER in the gradebook at URL."""
    found = []
    with Gradebook(url) as gb:
        submission = gb.find_submission(chapter, student)
        for nb in submission.notebooks:
            cells = _cells_by_id(autograded / f"{nb.name}.ipynb")
            for grade in nb.grades:
                most = float(grade.max_score or 0.0)
                auto = grade.auto_score
                if grade.manual_score is not None:
                    found.append(f"audit: {nb.name}/{grade.name} has a manual score after autograding")
                if auto is not None and not 0.0 <= auto <= most:
                    found.append(f"audit: {nb.name}/{grade.name} scored {auto:g} outside [0, {most:g}]")
                cell = cells.get(grade.name)
                if cell is not None and auto is not None and most > 0 and auto >= most and _raised(cell):
                    found.append(f"audit: {nb.name}/{grade.name} has full marks but its cell raised")
            for source in nb.notebook.source_cells:
                cell = cells.get(source.name)
                if source.locked and cell is not None and cell.source != source.source:
                    found.append(f"audit: {nb.name}/{source.name} is locked but its text changed")
    return found
