"""A check of each graded submission after nbgrader is done with it.

It flags, for an instructor to look at, anything a correct grading run cannot produce:
a score outside [0, max], a manual score written during autograding, full marks on a test
cell whose output holds an error, and a locked cell (tests, instructions) whose text differs
from the instructor's. Nothing is changed or zeroed here: the verdict lists what was found.

It also reads the student's code for the tools of tampering (input transformers, trace
hooks, patched built-ins or numpy/torch functions, ...) that the instructor's notebook does
not use itself, and the outputs for text of hidden tests. Those are flags, not verdicts:
the referee's scores stand whatever the code looks like.
"""

from __future__ import annotations

import re
from pathlib import Path

from grader.course import (
    first_error,
    grade_id,
    hidden_lines,
    is_graded_test,
    is_solution,
    leaks_hidden_text,
    read_notebook,
)
from grader.gradebook import open_gradebook

SUSPICIOUS = [
    (r"input_transformers|ast_transformers|input_transformer_manager|register_magic", "rewrites code before it runs"),
    (r"\b(sys|threading)\.set(trace|profile)\b", "installs a trace or profile hook"),
    (r"showtraceback|set_custom_exc|sys\.excepthook", "changes how errors are reported"),
    (r"\bbuiltins\b|__builtins__", "changes built-in functions"),
    (r"\bctypes\b|\bgc\.get_(objects|referrers)\b|sys\._getframe", "reaches into the interpreter"),
    (r"(?i)nbgrader", "looks for the grader"),
    (r"\b(np|numpy|torch|math|pytest)(\.\w+)*\.\w+\s*=[^=]", "replaces a library function"),
    (r"def __eq__|def __bool__", "defines its own equality or truth"),
    (r"update_display|display_id", "rewrites earlier outputs"),
    (r"events\.register|\b(pre|post)_run_cell\b|\b(pre|post)_execute\b", "registers an IPython event hook (it sees every cell run)"),
]


def _cells_by_id(path: Path) -> dict:
    if not path.is_file():
        return {}
    return {gid: cell for cell in read_notebook(path).cells if (gid := grade_id(cell))}


def audit_submission(url: str, chapter: str, student: str, autograded: Path) -> list[str]:
    """What is suspicious about STUDENT's graded CHAPTER in the gradebook at URL."""
    found = []
    with open_gradebook(url) as gb:
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
                if cell is not None and auto is not None and most > 0 and auto >= most and first_error(cell) is not None:
                    found.append(f"audit: {nb.name}/{grade.name} has full marks but its cell raised")
            for source in nb.notebook.source_cells:
                cell = cells.get(source.name)
                if source.locked and cell is not None and cell.source != source.source:
                    found.append(f"audit: {nb.name}/{source.name} is locked but its text changed")
    return found


# Looked for in answer cells only: the notebooks' other cells use the support package freely.
SUSPICIOUS_IN_ANSWERS = [
    (r"nlpcourse", "uses the course's support package in an answer (it holds the reference solutions)"),
    (r"__import__|importlib|\bexec\(|\beval\(", "imports or runs code built at run time in an answer"),
]


def code_of_students(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code" and not is_graded_test(c))


def code_of_answers(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code" and is_solution(c))


def suspicious_code(submitted: Path, source: Path) -> list[str]:
    """Tampering tools used in SUBMITTED's code that the instructor's SOURCE does not use."""
    if not submitted.is_file() or not source.is_file():
        return []
    theirs, ours = read_notebook(submitted), read_notebook(source)
    checks = [(SUSPICIOUS, code_of_students), (SUSPICIOUS_IN_ANSWERS, code_of_answers)]
    return [f"audit: {submitted.name}: the code {why} ({match.group(0).strip()[:60]!r})"
            for patterns, code in checks for pattern, why in patterns
            if (match := re.search(pattern, code(theirs))) and not re.search(pattern, code(ours))]


def leaked_hidden_text(autograded: Path) -> list[str]:
    """Cells of the autograded notebooks whose outputs show hidden test text."""
    found = []
    for path in sorted(autograded.glob("*.ipynb")):
        nb = read_notebook(path)
        lines = hidden_lines(nb)
        found += [f"audit: {path.name}: the output of cell {grade_id(c) or c.get('id', '?')} shows hidden test text"
                  for c in nb.cells if c.cell_type == "code" and not is_graded_test(c) and leaks_hidden_text(c, lines)]
    return found
