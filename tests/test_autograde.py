"""Autograding a class of good, bad and hostile submissions of the demo course.

One batch, two workers: every submission gets a verdict, the good ones full marks, and no
bad one changes anything outside its own row of the gradebook.
"""

from __future__ import annotations

import copy
import json
import socket

import nbformat
import pytest

from grader import sandbox
from grader.autograde import Options, autograde, read_verdict
from grader.course import grade_id, read_notebook, write_notebook
from grader.feedback import feedback
from grader.gradebook import cell_scores, sqlite_url

pytestmark = pytest.mark.batch  # one module-wide batch: ci/test.sh runs these in one process

CHAPTER = "t00_demo"
NB = "t00_demo.ipynb"


def with_solution(nb, gid: str, source: str):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if grade_id(cell) == gid:
            cell.source = source
    return nb


def make_class(course, folder, port: int):
    """Write one submission per behaviour; return {student: expected (test_add, test_mean)}.

    PORT is a TCP port listening on the host's loopback, which a sandboxed kernel must not reach.
    """
    solution = read_notebook(course.solutions / CHAPTER / NB)
    release = read_notebook(course.release / CHAPTER / NB)
    subs, expected = {}, {}

    def put(student, nb, scores):
        subs[student] = nb
        expected[student] = scores

    put("good", solution, (1, 2))
    put("blank", release, (0, 0))
    put("partial", with_solution(release, "add", "def add(a, b):\n    return a + b"), (1, 0))
    put("loop", with_solution(solution, "add", "def add(a, b):\n    while True:\n        pass"), (0, 2))
    put("bigout", with_solution(solution, "add",
                                "print('x' * 50_000_000)\ndef add(a, b):\n    return a + b"), (1, 2))
    edited = with_solution(solution, "add", "def add(a, b):\n    return 0")
    for cell in edited.cells:
        if grade_id(cell) == "test_add":
            cell.source = "pass  # tests? what tests?"
    put("edited", edited, (0, 2))
    deleted = copy.deepcopy(solution)
    deleted.cells = [c for c in deleted.cells if grade_id(c) != "test_mean"]
    put("deleted", deleted, (1, 2))  # the deleted test is restored from the source
    dup = copy.deepcopy(solution)
    extra = copy.deepcopy([c for c in dup.cells if grade_id(c) == "test_add"][0])
    extra.id = "dup-cell"
    dup.cells.append(extra)
    put("dupid", dup, (1, 2))
    renamed = copy.deepcopy(solution)
    for cell in renamed.cells:
        if grade_id(cell) == "test_add":
            cell.metadata.nbgrader.grade_id = "test_add_renamed"
            cell.source = "pass  # a test under another name"
    put("renamed", renamed, (1, 2))  # unknown id: an ordinary cell; the real test is restored
    # A kernel that dies, or stops answering, ends the run; the cells graded before it keep their points.
    put("crash", with_solution(solution, "mean", "import os\nos._exit(3)"), (1, 0))
    put("deaf", with_solution(solution, "mean",
        "import signal\n\ndef mean(xs):\n    signal.signal(signal.SIGINT, signal.SIG_IGN)  # deaf to interrupts\n"
        "    while True:\n        pass"), (1, 0))
    secrets = [course.root / "gradebook.db", course.solutions, course.mutants, folder / "good"]
    put("peek", with_solution(solution, "add",
        f"import os\nFOUND = [p for p in {[str(p) for p in secrets]!r} if os.path.exists(p)]\n"
        "def add(a, b):\n    return a + b if not FOUND else 0"), (1, 2))

    put("diskfill", with_solution(solution, "add",
        "open('/tmp/big', 'wb').write(b'0' * 100_000_000)\ndef add(a, b):\n    return a + b"), (0, 2))
    put("envpeek", with_solution(solution, "add",
        "import os\ndef add(a, b):\n    return 0 if 'NBGRADER_EXECUTION' in os.environ else a + b"), (1, 2))
    put("netpeek", with_solution(solution, "add",
        f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n"
        "    REACHED = True\nexcept OSError:\n    REACHED = False\n"
        "def add(a, b):\n    return 0 if REACHED else a + b"), (1, 2))

    # Attacks on the kernel that runs the tests: each passes there, the referee catches it.
    put("eqtrick", with_solution(solution, "mean",
        "class Anything(float):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = float.__hash__\n\ndef mean(xs):\n    return Anything(0.0)"), (1, 0))
    put("transformer", with_solution(release, "add",
        "get_ipython().input_transformers_cleanup.append(\n"
        "    lambda lines: ['pass\\n'] if any('assert' in line for line in lines) else lines)\n"
        "def add(a, b):\n    return 0"), (0, 0))
    # Hiding tracebacks does not fool nbgrader: it also reads each execute reply's status.
    put("hidetb", with_solution(release, "add",
        "get_ipython().showtraceback = lambda *args, **kwargs: None\ndef add(a, b):\n    return 0"), (0, 0))
    put("forkbomb", with_solution(solution, "add",
        "import os, time\nchildren = 0\ntry:\n    for _ in range(600):\n        if os.fork() == 0:\n"
        "            time.sleep(2)\n            os._exit(0)\n        children += 1\nexcept OSError:\n    pass\n"
        "for _ in range(children):\n    os.wait()  # the bound held: reap, so later cells get threads\n"
        "def add(a, b):\n    return a + b if children < 600 else 0"), (1, 2))
    put("borrow", with_solution(release, "mean",
        "from nlpcourse import seed_everything as _unused  # stands in for a reference implementation\n"
        "def mean(xs):\n    return sum(xs) / len(xs) if xs else 0.0"), (0, 2))
    put("leak", with_solution(solution, "add",
        "from IPython.display import display, update_display\n"
        "display('nothing to see', display_id='leak')\n"
        "def _leak(lines):\n    update_display(''.join(lines), display_id='leak')\n    return lines\n"
        "get_ipython().input_transformers_cleanup.append(_leak)\n"
        "def add(a, b):\n    return a + b"), (1, 2))
    # An IPython hook sees every cell's source as it runs, hidden tests included; a last cell
    # prints them rot13-encoded (no text match can see that): none of it may reach feedback.
    rot13 = with_solution(solution, "add",
        "SEEN = []\nget_ipython().events.register('pre_run_cell', lambda info: SEEN.append(info.raw_cell))\n"
        "def add(a, b):\n    return a + b")
    rot13.cells.append(nbformat.v4.new_code_cell("import codecs\nprint(codecs.encode('\\n'.join(SEEN), 'rot13'))"))
    put("rot13", rot13, (1, 2))
    extra = folder / "extra" / CHAPTER
    write_notebook(release, extra / "notes.ipynb")  # not a chapter notebook: never run
    (extra / "notes.txt").write_text("not a notebook")
    put("extra", solution, (1, 2))

    for student, nb in subs.items():
        write_notebook(nb, folder / student / CHAPTER / NB)
    for student, version in (("nbformat5", 5), ("nbformat3", 3)):
        (folder / student / CHAPTER).mkdir(parents=True)
        data = json.loads(nbformat.writes(solution))
        data["nbformat"] = version
        (folder / student / CHAPTER / NB).write_text(json.dumps(data))
        expected[student] = (0, 0)
    (folder / "corrupt" / CHAPTER).mkdir(parents=True)
    (folder / "corrupt" / CHAPTER / NB).write_text(nbformat.writes(solution)[:500])
    expected["corrupt"] = (0, 0)
    (folder / "notanb" / CHAPTER).mkdir(parents=True)
    (folder / "notanb" / CHAPTER / NB).write_text(json.dumps({"cells": 5, "nbformat": 4}))
    expected["notanb"] = (0, 0)
    (folder / "missing" / CHAPTER).mkdir(parents=True)
    expected["missing"] = (0, 0)
    return expected


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    import shutil

    from grader.course import Course
    from tests.conftest import FIXTURE

    root = tmp_path_factory.mktemp("class") / "course"
    shutil.copytree(FIXTURE, root)
    course = Course(root)
    listener = socket.create_server(("127.0.0.1", 0))
    expected = make_class(course, root / "incoming", listener.getsockname()[1])
    url = sqlite_url(root / "gradebook.db")
    opts = Options(workers=2, cell_timeout=10, submission_timeout=300,
                   use_sandbox=sandbox.available())
    with listener:
        verdicts = {v.student: v for v in autograde(course, root / "incoming", [CHAPTER], url, opts)}
    unbounded = ("peek", "envpeek", "netpeek", "forkbomb") if not sandbox.available() else (
        ("forkbomb",) if sandbox.process_limit_warning() else ())
    for student in unbounded:  # attacks that succeed without the sandbox (or its pids cgroup)
        expected.pop(student)
        verdicts.pop(student)
    return course, url, expected, verdicts


def test_every_submission_gets_a_verdict(graded):
    course, url, expected, verdicts = graded
    assert set(verdicts) == set(expected)


def test_scores_are_as_expected(graded):
    course, url, expected, verdicts = graded
    got = {}
    for row in cell_scores(url):
        got.setdefault(row.student, {})[row.cell] = row.score
    for student, (add_pts, mean_pts) in expected.items():
        assert got[student] == {"test_add": add_pts, "test_mean": mean_pts}, (
            student, verdicts[student].message)


@pytest.mark.parametrize("student,status", [
    ("corrupt", "invalid"), ("notanb", "invalid"), ("missing", "invalid"), ("good", "graded"),
    ("nbformat5", "invalid"), ("nbformat3", "invalid"), ("extra", "graded"),
])
def test_statuses(graded, student, status):
    assert graded[3][student].status == status


def test_bad_input_verdicts_say_why(graded):
    verdicts = graded[3]
    assert "not a valid Jupyter notebook" in verdicts["corrupt"].message
    assert "was not submitted" in verdicts["missing"].message
    assert any("Timeout" in p for p in verdicts["loop"].problems), verdicts["loop"].problems
    assert verdicts["crash"].status == "graded"
    assert any("kernel died" in p for p in verdicts["crash"].problems), verdicts["crash"].problems
    assert any("did not recover from an interrupt" in p for p in verdicts["deaf"].problems), verdicts["deaf"].problems
    assert any("restored from the source" in p for p in verdicts["deleted"].problems)
    assert any("duplicate" in p for p in verdicts["dupid"].problems)
    assert any("unknown to this chapter" in p for p in verdicts["renamed"].problems)
    assert any("restored from the source" in p for p in verdicts["renamed"].problems)


@pytest.mark.parametrize("student", ["eqtrick", "transformer"])
def test_referee_overrules_a_kernel_that_was_tampered_with(graded, student):
    # Each attack gets full marks from the tests run in its own kernel; the referee re-runs
    # them in another process, scores them 0 and flags the submission for review.
    problems = graded[3][student].problems
    assert any("failed when re-run outside the kernel" in p and "tampering" in p for p in problems), problems


def test_referee_checks_every_demo_test(graded):
    assert graded[3]["good"].kernel_only == []
    assert not [p for p in graded[3]["good"].problems if p.startswith("referee")]


@pytest.mark.parametrize("student,finding", [
    ("transformer", "rewrites code before it runs"), ("hidetb", "changes how errors are reported"),
    ("leak", "rewrites code before it runs"), ("eqtrick", "defines its own equality"),
    ("borrow", "uses the course's support package in an answer"), ("rot13", "registers an IPython event hook"),
])
def test_audit_flags_the_tools_of_tampering(graded, student, finding):
    assert any(finding in p for p in graded[3][student].problems), graded[3][student].problems


def test_audit_is_quiet_on_honest_code(graded):
    for student in ("good", "partial", "extra", "deleted"):
        assert not [p for p in graded[3][student].problems if p.startswith("audit")], student


def test_verdicts_are_written_beside_the_autograded_notebooks(graded):
    course = graded[0]
    for student in graded[2]:
        verdict = read_verdict(course.root / "autograded" / student / CHAPTER)
        assert verdict is not None and verdict["student"] == student


@pytest.mark.skipif(not sandbox.available(), reason="needs bubblewrap")
def test_sandbox_hides_the_gradebook_and_solutions(graded):
    # `peek` answers 0 whenever it can see the gradebook, solutions, mutants or a classmate.
    course, url, expected, verdicts = graded
    scores = {r.cell: r.score for r in cell_scores(url) if r.student == "peek"}
    assert scores == {"test_add": 1, "test_mean": 2}


def test_feedback_never_shows_hidden_tests(graded):
    course, url, expected, verdicts = graded
    pages = list(feedback(course, url, [CHAPTER]))
    assert len(pages) == len(expected)
    for page in pages:
        html = page.read_text()
        assert "BEGIN HIDDEN" not in html and "add(-7, 7)" not in html and "mean([])" not in html


def test_hidden_tests_never_reach_the_kernel_or_feedback(graded):
    # rot13's IPython hook records the source of every cell its kernel runs and prints it all,
    # rot13-encoded, at the end. A test the referee passes never runs in the kernel, so the hook
    # sees the student's cells but no test; and feedback holds none of it either.
    import codecs

    course, url, expected, verdicts = graded
    nb = read_notebook(course.root / "autograded" / "rot13" / CHAPTER / NB)
    autograded = json.dumps([c.get("outputs", []) for c in nb.cells], ensure_ascii=False)  # what ran printed
    assert codecs.encode("def mean", "rot13") in autograded, "the attack did not run: the test proves nothing"
    for hidden in ("add(-7, 7)", "mean([])"):
        assert codecs.encode(hidden, "rot13") not in autograded and hidden not in autograded
    (page,) = feedback(course, url, [CHAPTER], ["rot13"])
    text = codecs.decode(page.read_text(), "rot13")
    assert "add(-7, 7)" not in text and "mean([])" not in text


def test_output_is_capped_by_bytes_not_only_lines(graded):
    """bigout prints one 50 MB line: nbgrader's line cap keeps it whole, the byte cap does not."""
    course, url, expected, verdicts = graded
    autograded = course.root / "autograded" / "bigout" / CHAPTER / NB
    assert autograded.stat().st_size < 500_000, autograded.stat().st_size
    assert "output truncated" in autograded.read_text()
    (page,) = feedback(course, url, [CHAPTER], ["bigout"])
    assert page.stat().st_size < 1_000_000, page.stat().st_size


def test_regrading_one_student_leaves_the_others(graded, tmp_path):
    course, url, expected, verdicts = graded
    before = [r for r in cell_scores(url) if r.student != "partial"]
    folder = tmp_path / "again"
    release = read_notebook(course.release / CHAPTER / NB)
    write_notebook(with_solution(release, "mean", "def mean(xs):\n    return sum(xs) / len(xs) if xs else 0.0"),
                   folder / "partial" / CHAPTER / NB)
    autograde(course, folder, [CHAPTER], url, Options(workers=1, use_sandbox=sandbox.available()))
    after = cell_scores(url)
    assert [r for r in after if r.student != "partial"] == before
    assert {r.cell: r.score for r in after if r.student == "partial"} == {"test_add": 0, "test_mean": 2}


def test_audit_is_quiet_on_an_honest_run_and_flags_tampering(graded, tmp_path):
    import shutil

    from grader.audit import audit_submission
    from grader.gradebook import open_gradebook

    course, url, expected, verdicts = graded
    assert not [p for p in verdicts["good"].problems if p.startswith("audit")]
    folder = tmp_path / "autograded"
    shutil.copytree(course.root / "autograded" / "good" / CHAPTER, folder)
    db = tmp_path / "copy.db"
    shutil.copy2(course.root / "gradebook.db", db)
    assert audit_submission(sqlite_url(db), CHAPTER, "good", folder) == []

    with open_gradebook(sqlite_url(db)) as gb:
        gb.find_grade("test_add", "t00_demo", CHAPTER, "good").manual_score = 1.0
        gb.find_grade("test_mean", "t00_demo", CHAPTER, "good").auto_score = 5.0
        gb.db.commit()
    nb = read_notebook(folder / NB)
    for cell in nb.cells:
        if grade_id(cell) == "test_add":
            cell.source = "pass"
            cell.outputs = [nbformat.v4.new_output("error", ename="E", evalue="", traceback=[])]
    write_notebook(nb, folder / NB)
    findings = audit_submission(sqlite_url(db), CHAPTER, "good", folder)
    assert any("manual score" in f for f in findings)
    assert any("outside [0, 2]" in f for f in findings)
    assert any("test_add is locked but its text changed" in f for f in findings)
