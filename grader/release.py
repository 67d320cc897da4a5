"""Generate the student release (notebooks/) from the instructor source (solutions/).

nbgrader does the work (stubs in place of solutions, hidden tests removed, checksums); we run
it into a scratch folder with a scratch gradebook and write the result back in one stable form,
so regenerating gives byte-identical files and the real gradebook is never touched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from grader.course import Course, CourseError, read_notebook, write_notebook
from grader.gradebook import sqlite_url
from grader.nbgrader_run import run_nbgrader
from grader.settings import config_file


def scratch_course(chapters: dict[str, list[Path]], into: Path) -> Path:
    """Lay out a throwaway nbgrader course holding the given chapters' source notebooks."""
    into.mkdir(parents=True, exist_ok=True)
    for chapter, notebooks in chapters.items():
        dest = into / "source" / chapter
        dest.mkdir(parents=True, exist_ok=True)
        for nb in notebooks:
            shutil.copy2(nb, dest / nb.name)
    (into / "nbgrader_config.py").write_text(
        config_file(str(into), sqlite_url(into / "gradebook.db"), source="source", release="release")
    )
    return into


def generate_release(course: Course, chapter: str, scratch: Path) -> list[Path]:
    """Run nbgrader generate_assignment for one chapter in SCRATCH; return the release files."""
    proc = run_nbgrader(["generate_assignment", chapter, "--force"], cwd=scratch, timeout=600)
    out = scratch / "release" / chapter
    if proc.returncode != 0 or not out.is_dir():
        raise CourseError(
            f"nbgrader could not generate the release of {chapter}:\n{proc.stdout}{proc.stderr}"
        )
    return sorted(out.glob("*.ipynb"))


def normalise(path: Path, dest: Path) -> None:
    """Rewrite a generated notebook in the stable form (sorted keys, no execution state)."""
    nb = read_notebook(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    write_notebook(nb, dest)


def release_chapter(course: Course, chapter: str, target: Path | None = None) -> list[Path]:
    """Generate notebooks/<chapter>/ (or TARGET/<chapter>/) from solutions/<chapter>/."""
    target_dir = (target or course.release) / chapter
    with tempfile.TemporaryDirectory(prefix="grader-release-") as tmp:
        scratch = scratch_course({chapter: course.notebooks(chapter)}, Path(tmp))
        generated = generate_release(course, chapter, scratch)
        if target_dir.exists():
            shutil.rmtree(target_dir)
        written = []
        for nb in generated:
            normalise(nb, target_dir / nb.name)
            written.append(target_dir / nb.name)
    return written


def release(course: Course, chapters: list[str] | None = None, target: Path | None = None):
    """Release the chapters named (all when none); yield (chapter, files) as each is done."""
    for chapter in course.select(chapters):
        yield chapter, release_chapter(course, chapter, target)


def stale_files(course: Course, chapter: str, scratch: Path) -> list[str]:
    """Files of notebooks/CHAPTER that differ from a fresh release made in SCRATCH (or are extra)."""
    import filecmp

    fresh = release_chapter(course, chapter, scratch)
    stale = [str((course.release / chapter / f.name).relative_to(course.root))
             for f in fresh
             if not (course.release / chapter / f.name).is_file()
             or not filecmp.cmp(f, course.release / chapter / f.name, shallow=False)]
    extra = {p.name for p in (course.release / chapter).glob("*.ipynb")} - {f.name for f in fresh}
    return stale + [f"{chapter}/{name} (not in solutions/)" for name in sorted(extra)]
