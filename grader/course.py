"""Where things are in a course directory, and what the chapters are."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

NB_VERSION = 4
SOLUTIONS = "solutions"
RELEASE = "notebooks"
MUTANTS = "mutants"
HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[ \t]*$", re.S | re.M)


class CourseError(Exception):
    """A problem the user can fix; the CLI prints its message and exits with status 2."""


@dataclass(frozen=True)
class Course:
    root: Path

    @property
    def solutions(self) -> Path:
        return self.root / SOLUTIONS

    @property
    def release(self) -> Path:
        return self.root / RELEASE

    @property
    def mutants(self) -> Path:
        return self.root / MUTANTS

    def chapters(self) -> list[str]:
        """Chapter ids: the folders of solutions/ that hold at least one notebook."""
        if not self.solutions.is_dir():
            return []
        return sorted(
            p.name for p in self.solutions.iterdir() if p.is_dir() and any(p.glob("*.ipynb"))
        )

    def notebooks(self, chapter: str) -> list[Path]:
        """The instructor notebooks of one chapter, sorted by name."""
        self.check_chapter(chapter)
        return sorted(self.solutions.joinpath(chapter).glob("*.ipynb"))

    def check_chapter(self, chapter: str) -> None:
        known = self.chapters()
        if chapter not in known:
            raise CourseError(
                f"unknown chapter {chapter!r}; chapters in {self.solutions}: "
                + (", ".join(known) or "(none)")
            )

    def select(self, chapters: list[str] | None) -> list[str]:
        """The chapters named (checked), or all of them when none are named."""
        if not chapters:
            return self.chapters()
        for chapter in chapters:
            self.check_chapter(chapter)
        return list(chapters)


def find_root(start: Path | None = None) -> Path:
    """The course root: COURSE_ROOT, else the nearest folder upwards holding nbgrader_config.py
    and solutions/ (so the CLI works from any directory of the repository)."""
    env = os.environ.get("COURSE_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "nbgrader_config.py").is_file() and (folder / SOLUTIONS).is_dir():
            return folder
    raise CourseError(
        f"no course found at or above {here} (looked for nbgrader_config.py beside solutions/); "
        "run from inside the course repository or set COURSE_ROOT"
    )


def open_course(root: Path | str | None = None) -> Course:
    return Course(Path(root).resolve() if root else find_root())


def read_notebook(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=NB_VERSION)


def write_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    """Write a notebook in one stable form (sorted keys, one-space indent, trailing newline)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = nbformat.writes(nb, version=NB_VERSION)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_graded_test(cell) -> bool:
    """A cell the autograder scores that is not a solution (the test cells)."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def is_solution(cell) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def grade_id(cell) -> str | None:
    return nbgrader_meta(cell).get("grade_id")


# ---------------------------------------------------------------- what a cell shows


def first_error(cell) -> str | None:
    """The first error a cell's outputs show, as "Name: message", or None."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".strip()
    return None


MIN_LEAK_CHARS = 16  # shorter hidden lines (`])`, `else:`) are too common to mean a leak


def hidden_lines(nb: nbformat.NotebookNode) -> set[str]:
    """The distinctive lines of every hidden section in NB."""
    lines = set()
    for cell in nb.cells:
        for match in HIDDEN.finditer(cell.get("source", "")):
            lines |= {ln.strip() for ln in match.group(0).splitlines()[1:-1] if len(ln.strip()) >= MIN_LEAK_CHARS}
    return lines


def output_text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(str(out.get("text", "")))
        parts += [str(v) for v in out.get("data", {}).values()]
        parts += [str(out.get("evalue", ""))] + [str(t) for t in out.get("traceback", [])]
    return "\n".join(parts)


def leaks_hidden_text(cell, lines: set[str]) -> bool:
    text = output_text(cell)
    return bool(text) and any(line in text for line in lines)
