"""The gradebook as CSV files and terminal tables, per chapter and per exercise."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from grader.autograde import read_verdict
from grader.course import Course
from grader.gradebook import CellScore


def totals(rows: list[CellScore]) -> dict[tuple[str, str], tuple[float, float]]:
    """(student, chapter) -> (score, max score)."""
    out: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        out[(r.student, r.chapter)][0] += r.score
        out[(r.student, r.chapter)][1] += r.max_score
    return {k: (v[0], v[1]) for k, v in out.items()}


def status_of(course: Course, student: str, chapter: str) -> str:
    verdict = read_verdict(course.root / "autograded" / student / chapter)
    if verdict is None:
        return "-"
    return verdict["status"] + ("*" if verdict.get("problems") else "")


def write_csv(course: Course, rows: list[CellScore], out_dir: Path) -> list[Path]:
    """reports/grades.csv (one row per graded cell) and reports/summary.csv (per chapter)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cells = out_dir / "grades.csv"
    with cells.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student", "chapter", "notebook", "exercise", "score", "max_score"])
        for r in rows:
            w.writerow([r.student, r.chapter, r.notebook, r.cell, f"{r.score:g}", f"{r.max_score:g}"])
    summary = out_dir / "summary.csv"
    with summary.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student", "chapter", "score", "max_score", "status"])
        for (student, chapter), (got, out_of) in sorted(totals(rows).items()):
            w.writerow([student, chapter, f"{got:g}", f"{out_of:g}", status_of(course, student, chapter)])
    return [cells, summary]


def table(header: list[str], body: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body, strict=False)]
    def line(cells):
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(b) for b in body)])


def chapter_table(course: Course, rows: list[CellScore]) -> str:
    """Students down, chapters across: score/max and the verdict status."""
    tot = totals(rows)
    chapters = sorted({r.chapter for r in rows})
    students = sorted({r.student for r in rows})
    body = []
    for s in students:
        cells = []
        for ch in chapters:
            if (s, ch) in tot:
                got, out_of = tot[(s, ch)]
                cells.append(f"{got:g}/{out_of:g} {status_of(course, s, ch)}")
            else:
                cells.append("-")
        body.append([s, *cells])
    return table(["student", *chapters], body)


def exercise_table(rows: list[CellScore], chapter: str) -> str:
    """Students down, the graded cells of one chapter across."""
    mine = [r for r in rows if r.chapter == chapter]
    cells = sorted({(r.notebook, r.cell) for r in mine})
    by_key = {(r.student, r.notebook, r.cell): r for r in mine}
    body = []
    for s in sorted({r.student for r in mine}):
        body.append([s, *(f"{by_key[(s, nb, c)].score:g}" if (s, nb, c) in by_key else "-" for nb, c in cells)])
    maxima = {(r.notebook, r.cell): r.max_score for r in mine}
    body.append(["(max)", *(f"{maxima[k]:g}" for k in cells)])
    return f"{chapter}\n" + table(["student", *(c for _, c in cells)], body)
