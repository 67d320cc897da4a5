"""Unit tests of the grader package on a two-exercise demo course (tests/fixtures/course)."""

from __future__ import annotations

import copy
import filecmp
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest

from grader import cli, feedback, report
from grader.course import CourseError, find_root
from grader.gradebook import CellScore
from grader.mutants import parse_mutant, run_chapter
from grader.release import release_chapter
from grader.submissions import collect, flat_owner, unpack_zip

CHAPTER = "t00_demo"


def test_release_is_reproducible_and_strips_secrets(fixture_course, tmp_path):
    first = release_chapter(fixture_course, CHAPTER, tmp_path / "a")
    second = release_chapter(fixture_course, CHAPTER, tmp_path / "b")
    assert [p.name for p in first] == ["t00_demo.ipynb"]
    assert filecmp.cmp(first[0], second[0], shallow=False), "release is not byte-identical"
    text = first[0].read_text()
    assert "BEGIN HIDDEN TESTS" not in text and "add(-7, 7)" not in text
    assert "return a + b" not in text and "raise NotImplementedError()" in text
    assert "add(2, 3)" in text, "public tests must stay in the release"


def test_committed_fixture_release_is_in_sync(fixture_course, tmp_path):
    fresh = release_chapter(fixture_course, CHAPTER, tmp_path)[0]
    committed = fixture_course.release / CHAPTER / fresh.name
    assert filecmp.cmp(fresh, committed, shallow=False)


def test_find_root_walks_up(fixture_course, monkeypatch):
    monkeypatch.delenv("COURSE_ROOT", raising=False)
    deep = fixture_course.solutions / CHAPTER
    assert find_root(deep) == fixture_course.root
    with pytest.raises(CourseError, match="no course found"):
        find_root(Path("/"))


def test_unknown_chapter_is_a_clear_error(fixture_course, capsys):
    code = cli.main(["--root", str(fixture_course.root), "release", "nope"])
    assert code == 2
    assert "unknown chapter 'nope'" in capsys.readouterr().err


def test_collect_understands_the_layouts(fixture_course, tmp_path):
    nb = fixture_course.notebooks(CHAPTER)[0]
    src = tmp_path / "in"
    (src / "ann" / CHAPTER).mkdir(parents=True)
    (src / "ann" / CHAPTER / nb.name).write_bytes(nb.read_bytes())
    (src / "ben").mkdir()
    (src / "ben" / nb.name).write_bytes(nb.read_bytes())
    (src / f"cat_1234_5678_{nb.name}").write_bytes(nb.read_bytes())
    (src / "dan" / CHAPTER).mkdir(parents=True)  # a folder with nothing in it
    subs = collect(fixture_course, src, [CHAPTER], tmp_path / "scratch")
    got = {(s.student, tuple(sorted(s.files))) for s in subs}
    assert got == {
        ("ann", (nb.name,)),
        ("ben", (nb.name,)),
        ("cat", (nb.name,)),
        ("dan", ()),
    }


def test_flat_owner():
    index = {"t00_demo.ipynb": CHAPTER}
    assert flat_owner("lee_77_t00_demo.ipynb", index) == ("lee", "t00_demo.ipynb")
    assert flat_owner("other.ipynb", index) is None


def test_zip_with_unsafe_paths_is_refused(tmp_path):
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../evil.ipynb", "{}")
    with pytest.raises(CourseError, match="unsafe path"):
        unpack_zip(archive, tmp_path / "out")


def test_zip_is_collected(fixture_course, tmp_path):
    nb = fixture_course.notebooks(CHAPTER)[0]
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"eve/{CHAPTER}/{nb.name}", nb.read_bytes())
    subs = collect(fixture_course, archive, [CHAPTER], tmp_path / "scratch")
    assert [(s.student, s.chapter) for s in subs] == [("eve", CHAPTER)]


def _test_cell(source: str, ename: str | None = None, evalue="boom"):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
    if ename is not None:
        cell.outputs = [nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[evalue])]
    return cell


SRC = "assert f(1) == 1, 'public'\n### BEGIN HIDDEN TESTS\nassert f(2) == 4, 'secret 4'\n### END HIDDEN TESTS"
LOST = CellScore("amy", CHAPTER, "t00_demo", "t", 0.0, 1.0)
WON = CellScore("amy", CHAPTER, "t00_demo", "t", 1.0, 1.0)


def _page(cells, score, check):
    nb = nbformat.v4.new_notebook(cells=cells)
    return feedback.feedback_notebook(nb, {"t": score}, {"t": check} if check else {})


def test_feedback_hides_hidden_tests_and_their_failures():
    nb = _page([_test_cell(SRC, "AssertionError", "secret 4")], LOST,
               {"passed": False, "message": "AssertionError: secret 4", "line": 3})
    cell = nb.cells[0]
    assert "secret" not in cell.source and "f(2)" not in cell.source
    assert feedback.HIDDEN_PLACEHOLDER in cell.source
    text = cell.outputs[0]["text"]
    assert "hidden check failed (AssertionError)" in text and "secret" not in text


def test_feedback_shows_public_failures_and_passes():
    failing = _page([_test_cell(SRC, "AssertionError", "public")], LOST,
                    {"passed": False, "message": "AssertionError: public", "line": 1})
    assert "AssertionError: public" in failing.cells[0].outputs[0]["text"]
    passing = _page([_test_cell(SRC)], WON, {"passed": True, "message": "", "line": None})
    assert passing.cells[0].outputs[0]["text"] == "PASSED\n"


def test_feedback_never_shows_output_of_the_grading_run():
    """Outputs of ordinary cells and error texts of the kernel run can carry what student code saw."""
    ordinary = nbformat.v4.new_code_cell("print(secret)")
    ordinary.outputs = [nbformat.v4.new_output("stream", name="stdout", text="frperg 4")]
    nb = _page([ordinary, _test_cell(SRC, "frperg_4_Error", "frperg 4 in rot13")], LOST, None)
    assert nb.cells[0].outputs == []
    text = nb.cells[1].outputs[0]["text"]
    assert "frperg" not in text and text == "FAILED (Error)\n"
    stderr = _test_cell(SRC)
    stderr.outputs = [nbformat.v4.new_output("stream", name="stderr", text="warning")]
    assert "stderr" in _page([stderr], LOST, {"passed": True}).cells[0].outputs[0]["text"]


def test_hidden_line_ranges():
    assert feedback.hidden_line_ranges(SRC) == [range(2, 5)]


def test_mutant_header_is_required(tmp_path):
    bad = tmp_path / "m.py"
    bad.write_text("# replaces: add\ndef add(a, b):\n    return 0\n")
    with pytest.raises(CourseError, match="target, why"):
        parse_mutant(bad)


def test_fixture_mutants_are_killed(fixture_course):
    results = run_chapter(fixture_course, CHAPTER)
    assert len(results) == 3
    assert all(r.killed for r in results), [r.message for r in results]


def test_a_surviving_mutant_is_reported(fixture_course):
    (fixture_course.mutants / CHAPTER / "add_same.py").write_text(
        "# replaces: add\n# target: test_add\n# why: identical to the solution\n"
        "def add(a, b):\n    return a + b\n"
    )
    results = {r.mutant.path.name: r for r in run_chapter(fixture_course, CHAPTER)}
    assert not results["add_same.py"].killed
    assert "SURVIVED" in results["add_same.py"].message


def test_check_reports_each_exercise(fixture_course, capsys):
    release = fixture_course.release / CHAPTER / "t00_demo.ipynb"
    assert cli.main(["check", str(release)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  test_add" in out and "0/2 exercises pass" in out
    solution = fixture_course.solutions / CHAPTER / "t00_demo.ipynb"
    assert cli.main(["check", str(solution)]) == 0


def test_check_judges_like_nbgrader_stderr_scores_zero(fixture_course, tmp_path, capsys):
    """A cell whose assertions pass but that warns on stderr gets 0 at autograding: check says FAIL."""
    from grader.course import read_notebook, write_notebook

    nb = read_notebook(fixture_course.solutions / CHAPTER / "t00_demo.ipynb")
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "add":
            cell.source = "import sys\n" + cell.source.replace('"""Return a + b."""', '"""Return a + b."""\n    print("careful", file=sys.stderr)')
    path = tmp_path / "t00_demo.ipynb"
    write_notebook(nb, path)
    assert cli.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  test_add" in out and "stderr" in out and "PASS  test_mean" in out


def test_report_tables_and_csv(fixture_course, tmp_path):
    rows = [
        CellScore("amy", CHAPTER, "t00_demo", "test_add", 1.0, 1.0),
        CellScore("amy", CHAPTER, "t00_demo", "test_mean", 0.0, 2.0),
        CellScore("bo", CHAPTER, "t00_demo", "test_add", 0.0, 1.0),
        CellScore("bo", CHAPTER, "t00_demo", "test_mean", 2.0, 2.0),
    ]
    assert report.totals(rows)[("amy", CHAPTER)] == (1.0, 3.0)
    table = report.chapter_table(fixture_course, rows)
    assert "amy" in table and "1/3" in table and "2/3" in table
    ex = report.exercise_table(rows, CHAPTER)
    assert "test_mean" in ex and "(max)" in ex
    grades, summary = report.write_csv(fixture_course, rows, tmp_path)
    assert grades.read_text().count("\n") == 5
    assert "amy,t00_demo,1,3,-" in summary.read_text()


def test_repair_resets_the_parameters_cell():
    from grader.course import read_notebook
    from grader.repair import parameters_cell, repair
    from tests.conftest import FIXTURE

    source = read_notebook(FIXTURE / "solutions" / "t00_demo" / "t00_demo.ipynb")
    submitted = copy.deepcopy(source)
    parameters_cell(submitted).source = "SEED = 1\nFAST = False"
    fixed, notes = repair(submitted, source)
    assert parameters_cell(fixed).source == parameters_cell(source).source
    assert any("parameters cell" in n for n in notes)
    assert repair(source, source)[1] == []


def test_plain_nbgrader_works_the_first_time(tmp_path):
    """`.venv/bin/nbgrader generate_assignment` from a fresh copy, venv not activated: it creates
    the gradebook (which runs `alembic` by name) and writes the same release as `grader release`."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    root = tmp_path / "course"
    (root / "solutions").mkdir(parents=True)
    shutil.copytree(REPO / "solutions" / "b02_segmentation", root / "solutions" / "b02_segmentation")
    shutil.copy2(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    (root / "grader").symlink_to(REPO / "grader")
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if not p.startswith(sys.prefix))
    env = {"PATH": path, "HOME": str(tmp_path)}
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    proc = subprocess.run([nbgrader, "generate_assignment", "b02_segmentation", "--force"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    made = root / "notebooks" / "b02_segmentation" / "b02_segmentation.ipynb"
    assert made.read_bytes() == (REPO / "notebooks" / "b02_segmentation" / "b02_segmentation.ipynb").read_bytes()
    assert (root / "gradebook.db").is_file()
