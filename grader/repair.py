"""Make a submitted notebook safe for nbgrader, noting every change for the instructor.

nbgrader refuses a whole notebook when graded cells are duplicated or carry metadata it does
not expect, and scores a deleted test cell as zero. Before grading we therefore keep the first
cell of each grade id, give every graded cell the instructor's metadata, turn cells with ids
the chapter does not have into ordinary cells, and put deleted test cells back from the source
(the tests are the instructor's; deleting one should not change what the code earns). The
parameters cell (`FAST`, `SEED`) is reset to the instructor's too: the grader chooses the mode.
"""

from __future__ import annotations

import copy

from grader.course import grade_id, is_graded_test, nbgrader_meta

# What decides how a cell is graded; other keys (checksum, cell_type) are nbgrader's bookkeeping.
GRADING_KEYS = ("grade", "solution", "locked", "task", "grade_id", "points")


def _grading(meta) -> dict:
    return {k: meta.get(k) for k in GRADING_KEYS if k in meta and (k != "locked" or meta[k])}


def _source_cells(source) -> dict[str, object]:
    return {gid: cell for cell in source.cells if (gid := grade_id(cell))}


def repair(submitted, source) -> tuple[object, list[str]]:
    """Return (repaired copy of SUBMITTED, notes) against the instructor notebook SOURCE."""
    nb = copy.deepcopy(submitted)
    known = _source_cells(source)
    notes: list[str] = []
    seen: set[str] = set()
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if not meta:
            continue
        gid = meta.get("grade_id")
        if gid not in known or gid in seen:
            why = "unknown to this chapter" if gid not in known else "a duplicate"
            notes.append(f"cell {gid!r} is {why}; graded as an ordinary cell")
            cell.metadata.pop("nbgrader", None)
            continue
        seen.add(gid)
        expected = nbgrader_meta(known[gid])
        if _grading(meta) != _grading(expected):
            notes.append(f"cell {gid!r} had altered grading metadata; restored")
            cell.metadata["nbgrader"] = copy.deepcopy(dict(expected))
        if cell.cell_type != known[gid].cell_type:
            notes.append(f"cell {gid!r} changed type; restored")
            cell.cell_type = known[gid].cell_type
    restore_deleted_tests(nb, source, seen, notes)
    restore_parameters(nb, source, notes)
    return nb, notes


def parameters_cell(nb):
    """The first cell tagged `parameters` (papermill's convention), or None."""
    return next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)


def restore_parameters(nb, source, notes: list[str]) -> None:
    """Give NB the instructor's parameters cell, so grading runs in the mode the grader sets."""
    ours, theirs = parameters_cell(source), parameters_cell(nb)
    if ours is None or theirs is None or theirs.source == ours.source:
        return
    theirs.source = ours.source
    notes.append("the parameters cell (FAST, SEED) was changed; restored, the grader sets the mode")


def restore_deleted_tests(nb, source, present: set[str], notes: list[str]) -> None:
    """Insert each graded test cell of SOURCE missing from NB after its predecessor."""
    order = [grade_id(c) for c in source.cells]
    for index, cell in enumerate(source.cells):
        gid = grade_id(cell)
        if not gid or gid in present or not is_graded_test(cell):
            continue
        before = {g for g in order[:index] if g}
        position = 0
        for i, existing in enumerate(nb.cells):
            if grade_id(existing) in before:
                position = i + 1
        restored = copy.deepcopy(cell)
        restored.outputs = []
        restored.execution_count = None
        restored.id = f"restored-{gid}"[:64]
        nb.cells.insert(position, restored)
        present.add(gid)
        notes.append(f"test cell {gid!r} was deleted; restored from the source")
