"""Finding submissions in a folder or an LMS zip.

Accepted layouts (STUDENT is any folder or file-name prefix without "_"):
  DIR/STUDENT/CHAPTER/NOTEBOOK.ipynb   nbgrader's own submitted/ layout
  DIR/STUDENT/NOTEBOOK.ipynb           one folder per student
  DIR/STUDENT_anything_NOTEBOOK.ipynb  flat LMS download (Canvas, Moodle, ...)
A zip file holding any of these is unpacked first (paths that would escape are refused).
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from grader.course import Course, CourseError

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")


@dataclass
class Submission:
    student: str
    chapter: str
    files: dict[str, Path] = field(default_factory=dict)  # notebook file name -> path


def notebook_index(course: Course, chapters: list[str]) -> dict[str, str]:
    """Map each release notebook file name to its chapter."""
    index = {}
    for chapter in chapters:
        for nb in course.notebooks(chapter):
            index[nb.name] = chapter
    return index


def unpack_zip(archive: Path, into: Path) -> Path:
    """Extract ARCHIVE into INTO, refusing members that would land outside it."""
    into.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(archive) as zf:
            for member in zf.infolist():
                name = PurePosixPath(member.filename)
                if name.is_absolute() or ".." in name.parts:
                    raise CourseError(f"{archive}: refusing member with an unsafe path: {name}")
                if member.is_dir() or name.name.startswith(".") or "__MACOSX" in name.parts:
                    continue
                target = into.joinpath(*name.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    except zipfile.BadZipFile as exc:
        raise CourseError(f"{archive} is not a readable zip file: {exc}") from exc
    return into


def flat_owner(filename: str, index: dict[str, str]) -> tuple[str, str] | None:
    """For an LMS file name STUDENT_..._NOTEBOOK.ipynb return (student, notebook name)."""
    for nb_name in sorted(index, key=len, reverse=True):
        if filename.endswith("_" + nb_name) or filename.endswith("-" + nb_name):
            student = filename.split("_", 1)[0]
            if STUDENT_ID.match(student):
                return student, nb_name
    return None


def collect(course: Course, source: Path, chapters: list[str], scratch: Path) -> list[Submission]:
    """All submissions of CHAPTERS found under SOURCE (a folder or a zip), sorted."""
    if not source.exists():
        raise CourseError(f"no such folder or zip: {source}")
    if source.is_file():
        source = unpack_zip(source, scratch / "unzipped")
    index = notebook_index(course, chapters)
    found: dict[tuple[str, str], Submission] = {}

    def add(student: str, nb_name: str, path: Path) -> None:
        chapter = index[nb_name]
        sub = found.setdefault((student, chapter), Submission(student, chapter))
        sub.files.setdefault(nb_name, path)

    for entry in sorted(source.iterdir()):
        if entry.is_dir() and STUDENT_ID.match(entry.name):
            for path in sorted(entry.rglob("*.ipynb")):
                if path.name in index and ".ipynb_checkpoints" not in path.parts:
                    add(entry.name, path.name, path)
            # a student folder with no notebook of these chapters: empty submission
            for chapter in chapters:
                if any(p.name in index for p in entry.joinpath(chapter).glob("*.ipynb")):
                    continue
                if entry.joinpath(chapter).is_dir():
                    found.setdefault((entry.name, chapter), Submission(entry.name, chapter))
        elif entry.is_file() and entry.suffix == ".ipynb":
            owner = flat_owner(entry.name, index)
            if owner:
                add(owner[0], owner[1], entry)
    return [found[k] for k in sorted(found)]


def group_by_chapter(subs: list[Submission]) -> dict[str, list[Submission]]:
    groups: dict[str, list[Submission]] = defaultdict(list)
    for sub in subs:
        groups[sub.chapter].append(sub)
    return dict(groups)
