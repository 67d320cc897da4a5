"""Autograde many submissions in parallel, each in isolation, into one gradebook.

Every (student, chapter) submission is graded by its own `nbgrader autograde` process in a
scratch course folder with its own copy of the chapter's gradebook entries, its kernel in the
sandbox. The main process then merges each worker gradebook into the main one, one at a time,
and writes a verdict next to the autograded notebooks. A submission that cannot be graded
(corrupt notebook, crash, time-out) gets zero and a verdict that says why; the batch goes on.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from grader import sandbox
from grader.audit import audit_submission
from grader.course import Course, CourseError, read_notebook, write_notebook
from grader.gradebook import copy_submission, record_zero, sqlite_url
from grader.nbgrader_run import course_env, run_nbgrader
from grader.release import scratch_course
from grader.repair import repair
from grader.submissions import Submission, collect

WORKER_CONFIG = """\
c = get_config()  # noqa: F821
c.CourseDirectory.root = {root!r}
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.db_url = {db_url!r}
c.Execute.timeout = {cell_timeout}
c.Execute.interrupt_on_timeout = True
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100
"""

SANDBOX_CONFIG = """\
c.Execute.kernel_name = {kernel!r}
c.KernelManager.transport = "ipc"
c.KernelManager.ip = {ipc!r}
c.KernelManager.connection_file = {conn!r}
"""


@dataclass
class Options:
    workers: int = 1
    cell_timeout: int = 30
    submission_timeout: int = 900
    use_sandbox: bool = True
    limits: sandbox.Limits = field(default_factory=sandbox.Limits)


@dataclass
class Verdict:
    student: str
    chapter: str
    status: str  # graded | invalid | failed
    message: str
    seconds: float
    problems: list[str] = field(default_factory=list)

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "verdict.json").write_text(json.dumps(asdict(self), indent=1) + "\n")


def read_verdict(folder: Path) -> dict | None:
    path = folder / "verdict.json"
    return json.loads(path.read_text()) if path.is_file() else None


# ---------------------------------------------------------------- preparing a chapter


def chapter_template(course: Course, chapter: str, into: Path, main_url: str) -> Path:
    """A scratch course holding CHAPTER's source and a gradebook that knows its cells.

    The same generate_assignment also brings the main gradebook's record of the chapter up
    to date (cells, points), so that worker results can be merged into it.
    """
    scratch = scratch_course({chapter: course.notebooks(chapter)}, into)
    for db_url in (sqlite_url(scratch / "gradebook.db"), main_url):
        proc = run_nbgrader(
            ["generate_assignment", chapter, "--force", f"--CourseDirectory.db_url={db_url}"],
            cwd=scratch,
            timeout=600,
        )
        if proc.returncode != 0:
            raise CourseError(f"could not prepare {chapter} for grading:\n{proc.stderr[-3000:]}")
    shutil.rmtree(scratch / "release", ignore_errors=True)
    return scratch


# ---------------------------------------------------------------- one submission


def notebook_problem(path: Path) -> str | None:
    """Why PATH is not a gradable notebook, or None when it is."""
    try:
        nb = read_notebook(path)
        nbformat.validate(nb)
    except Exception as exc:  # noqa: BLE001 - any parse/validation failure is the verdict
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"{path.name} is not a valid Jupyter notebook ({first_line})"
    return None


def lay_out_worker(template: Path, sub: Submission, wdir: Path, opts: Options) -> list[str]:
    """Copy the chapter template and the submission into WDIR; return problems found."""
    shutil.copytree(template / "source", wdir / "source")
    shutil.copy2(template / "gradebook.db", wdir / "gradebook.db")
    submitted = wdir / "submitted" / sub.student / sub.chapter
    submitted.mkdir(parents=True)
    problems = []
    expected = sorted(p.name for p in (template / "source" / sub.chapter).glob("*.ipynb"))
    for name in expected:
        path = sub.files.get(name)
        if path is None:
            problems.append(f"{name} was not submitted")
        elif (why := notebook_problem(path)) is not None:
            problems.append(why)
        else:
            source = read_notebook(template / "source" / sub.chapter / name)
            fixed, notes = repair(read_notebook(path), source)
            problems += [f"{name}: {note}" for note in notes]
            write_notebook(fixed, submitted / name)
    config = WORKER_CONFIG.format(
        root=str(wdir), db_url=sqlite_url(wdir / "gradebook.db"), cell_timeout=opts.cell_timeout
    )
    if opts.use_sandbox:
        runtime = wdir / "runtime"
        runtime.mkdir()
        kernel = sandbox.write_kernelspec(
            wdir / "jupyter", sandbox_course_root(), [runtime], opts.limits
        )
        config += SANDBOX_CONFIG.format(
            kernel=kernel, ipc=str(runtime / "kernel"), conn=str(runtime / "kernel.json")
        )
    (wdir / "nbgrader_config.py").write_text(config)
    return problems


def sandbox_course_root() -> Path:
    """The folder holding the support package the kernels import (read-only in the sandbox)."""
    import nlpcourse

    return nlpcourse.REPO_ROOT


def worker_env(wdir: Path, opts: Options) -> dict[str, str]:
    extra = {"COURSE_FAST": "1"}
    if opts.use_sandbox:
        extra["JUPYTER_PATH"] = str(wdir / "jupyter")
        extra["JUPYTER_RUNTIME_DIR"] = str(wdir / "runtime")
    return course_env(extra)


def execution_problems(autograded: Path) -> list[str]:
    """Cells that timed out or lost their kernel, read from the autograded notebooks."""
    found = []
    for path in sorted(autograded.glob("*.ipynb")):
        try:
            nb = read_notebook(path)
        except Exception:  # noqa: BLE001
            continue
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                if out.get("output_type") != "error":
                    continue
                ename = out.get("ename", "")
                if ename in {"CellTimeoutError", "DeadKernelError"} or "Timeout" in ename:
                    gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", cell.get("id"))
                    found.append(f"{path.name}: cell {gid}: {ename}")
    return found


KNOWN_FAILURES = [
    ("DeadKernelError", "the kernel died while running the notebook (os._exit, a crash, or "
                        "the memory limit); no cell could be scored"),
    ("CellTimeoutError", "a cell ran past its time limit and the kernel did not recover"),
    ("Kernel didn't respond", "the kernel did not start (is the sandbox working on this host?)"),
]


def diagnose(log: str) -> str:
    """A one-line reason for a failed nbgrader run, with the end of its log."""
    reason = next((why for key, why in KNOWN_FAILURES if key in log), "nbgrader failed")
    tail = "\n".join(log.strip().splitlines()[-15:])
    return f"{reason}\n--- end of the grading log ---\n{tail}"


def grade_one(template: Path, sub: Submission, scratch: Path, opts: Options) -> tuple[Verdict, Path]:
    """Grade one submission in its own scratch folder; never raises for a bad submission."""
    start = time.monotonic()
    wdir = Path(tempfile.mkdtemp(prefix=f"{sub.student}-{sub.chapter}-", dir=scratch))
    problems = lay_out_worker(template, sub, wdir, opts)
    if not any((wdir / "submitted" / sub.student / sub.chapter).glob("*.ipynb")):
        msg = "; ".join(problems) or "no notebook submitted"
        return Verdict(sub.student, sub.chapter, "invalid", msg, time.monotonic() - start, problems), wdir
    args = ["autograde", sub.chapter, "--student", sub.student, "--force"]
    try:
        proc = run_nbgrader(args, cwd=wdir, env=worker_env(wdir, opts), timeout=opts.submission_timeout)
    except CourseError as exc:
        return Verdict(sub.student, sub.chapter, "failed", str(exc), time.monotonic() - start, problems), wdir
    (wdir / "autograde.log").write_text(proc.stdout + proc.stderr)
    autograded = wdir / "autograded" / sub.student / sub.chapter
    if proc.returncode != 0 or not autograded.is_dir():
        msg = diagnose(proc.stdout + proc.stderr)
        return Verdict(sub.student, sub.chapter, "failed", msg, time.monotonic() - start, problems), wdir
    problems += execution_problems(autograded)
    msg = "graded" + (f" with {len(problems)} problem(s)" if problems else "")
    return Verdict(sub.student, sub.chapter, "graded", msg, time.monotonic() - start, problems), wdir


# ---------------------------------------------------------------- the batch


def publish(course: Course, verdict: Verdict, wdir: Path, main_url: str) -> None:
    """Merge one worker's result into the main gradebook and the course's autograded/."""
    dest = course.root / "autograded" / verdict.student / verdict.chapter
    if dest.exists():
        shutil.rmtree(dest)
    src = wdir / "autograded" / verdict.student / verdict.chapter
    if verdict.status == "graded":
        worker_url = sqlite_url(wdir / "gradebook.db")
        findings = audit_submission(worker_url, verdict.chapter, verdict.student, src)
        if findings:
            verdict.problems += findings
            verdict.message = f"graded with {len(verdict.problems)} problem(s)"
        copy_submission(worker_url, main_url, verdict.chapter, verdict.student)
        shutil.copytree(src, dest)
    else:
        record_zero(main_url, verdict.chapter, verdict.student)
    verdict.write(dest)


def progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="submission", file=sys.stderr, dynamic_ncols=True,
                disable=total == 0, mininterval=0.5)


def autograde(
    course: Course, source: Path, chapters: list[str], main_url: str, opts: Options
) -> list[Verdict]:
    """Grade every submission of CHAPTERS under SOURCE; return one verdict per submission."""
    if opts.use_sandbox:
        sandbox.require()
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="grader-autograde-") as tmp:
        scratch = Path(tmp)
        subs = collect(course, source, chapters, scratch)
        if not subs:
            raise CourseError(f"no submissions of {', '.join(chapters)} found in {source}")
        templates = {
            ch: chapter_template(course, ch, scratch / f"template-{ch}", main_url)
            for ch in sorted({s.chapter for s in subs})
        }
        bar = progress(len(subs))
        with ThreadPoolExecutor(max_workers=max(1, opts.workers)) as pool:
            futures = [
                pool.submit(grade_one, templates[s.chapter], s, scratch, opts) for s in subs
            ]
            for fut in as_completed(futures):
                verdict, wdir = fut.result()
                try:
                    publish(course, verdict, wdir, main_url)
                except Exception as exc:  # noqa: BLE001 - one bad result never stops the batch
                    verdict.status, verdict.message = "failed", f"could not record grades: {exc}"
                    publish(course, verdict, wdir, main_url)
                shutil.rmtree(wdir, ignore_errors=True)
                verdicts.append(verdict)
                bar.set_postfix_str(f"{verdict.student}/{verdict.chapter}: {verdict.status}")
                bar.update()
        bar.close()
    return sorted(verdicts, key=lambda v: (v.chapter, v.student))
