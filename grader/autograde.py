"""Autograde many submissions in parallel, each in isolation, into one gradebook.

Every (student, chapter) submission is graded by its own `nbgrader autograde` process (forked
from a warm server that has nbgrader and torch imported: grader/nbgrader_run.py) in a
scratch course folder with its own copy of the chapter's gradebook entries, its kernel in the
sandbox. The main process then merges each worker gradebook into the main one, one at a time,
and writes a verdict next to the autograded notebooks. A submission that cannot be graded
(corrupt notebook, crash, time-out) gets zero and a verdict that says why; the batch goes on.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from grader import sandbox
from grader.audit import audit_submission, leaked_hidden_text, suspicious_code
from grader.course import (
    Course,
    CourseError,
    grade_id,
    is_graded_test,
    read_notebook,
    write_notebook,
)
from grader.gradebook import (
    copy_assignment,
    copy_submission,
    open_gradebook,
    record_zero,
    sqlite_url,
)
from grader.nbgrader_run import course_env, preload, run_nbgrader
from grader.referee import CellVerdict, Report, trusted_imports
from grader.release import scratch_course
from grader.repair import repair
from grader.settings import CELL_TIMEOUT, config_file
from grader.submissions import Submission, collect


@dataclass
class Options:
    workers: int = 1
    cell_timeout: int = CELL_TIMEOUT
    submission_timeout: int = 900
    use_sandbox: bool = True
    use_referee: bool = True
    # record the calibration (the instructor's solution, graded like a submission) under this
    # student name too; None: it is only used to calibrate the referee
    calibration_as: str | None = None
    cluster: str | None = None  # a Dask scheduler's address: grade there instead of in a local pool
    limits: sandbox.Limits = field(default_factory=sandbox.Limits)


@dataclass
class Verdict:
    student: str
    chapter: str
    status: str  # graded | invalid | failed | unrecorded (the gradebook was down: kept in unrecorded/)
    message: str
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    kernel_only: list[str] = field(default_factory=list)  # test cells the referee cannot re-run
    # the referee's verdict on each test cell it re-ran, "notebook.ipynb/grade_id" -> CellVerdict
    checks: dict[str, dict] = field(default_factory=dict)
    # test cells whose source reads notebook variables (not defined by a graded solution cell)
    reads_notebook: dict[str, list[str]] = field(default_factory=dict)

    def add_problems(self, found: list[str]) -> None:
        """Note FOUND; a graded verdict's message counts its problems."""
        self.problems += found
        if self.status == "graded":
            self.message = "graded" + (f" with {len(self.problems)} problem(s)" if self.problems else "")

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "verdict.json").write_text(json.dumps(asdict(self), indent=1) + "\n")


def read_verdict(folder: Path) -> dict | None:
    path = folder / "verdict.json"
    return json.loads(path.read_text()) if path.is_file() else None


# ---------------------------------------------------------------- preparing a chapter


def chapter_template(course: Course, chapter: str, into: Path) -> Path:
    """A scratch course holding CHAPTER's source and a gradebook that knows its cells."""
    scratch = scratch_course({chapter: course.notebooks(chapter)}, into)
    proc = run_nbgrader(
        ["generate_assignment", chapter, "--force", f"--CourseDirectory.db_url={sqlite_url(scratch / 'gradebook.db')}"],
        cwd=scratch,
        timeout=600,
    )
    if proc.returncode != 0:
        raise CourseError(f"could not prepare {chapter} for grading:\n{proc.stderr[-3000:]}")
    shutil.rmtree(scratch / "release", ignore_errors=True)
    return scratch


def chapter_templates(course: Course, chapters: list[str], scratch: Path, main_url: str, workers: int) -> dict[str, Path]:
    """CHAPTERS' templates, made side by side; each chapter's record in the main gradebook
    (cells, points) is then brought up to date from its template, one at a time, so that
    worker results can be merged into it."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        made = pool.map(lambda ch: chapter_template(course, ch, scratch / f"template-{ch}"), chapters)
        templates = dict(zip(chapters, made, strict=True))
    for chapter, template in templates.items():
        try:
            copy_assignment(sqlite_url(template / "gradebook.db"), main_url, chapter)
        except ValueError as exc:
            raise CourseError(str(exc)) from None
    return templates


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
    sandboxed = {}
    if opts.use_sandbox:
        kernel, runtime = prepare_sandbox(wdir, opts)
        sandboxed = {"kernel": kernel, "runtime": str(runtime)}
    if opts.use_referee:  # the instructor's notebooks, whose test cells the referee runs
        sandboxed["referee"] = str(wdir / "source" / sub.chapter)
    (wdir / "nbgrader_config.py").write_text(config_file(
        str(wdir), sqlite_url(wdir / "gradebook.db"), source="source", cell_timeout=opts.cell_timeout,
        **sandboxed))
    return problems


def prepare_sandbox(wdir: Path, opts: Options) -> tuple[str, Path]:
    """A sandbox kernelspec under WDIR/jupyter and its IPC folder WDIR/runtime."""
    runtime = wdir / "runtime"
    runtime.mkdir(exist_ok=True)
    cgroup = sandbox.make_pids_cgroup(wdir.name, opts.limits)
    kernel = sandbox.write_kernelspec(
        wdir / "jupyter", sandbox_course_root(), [runtime], opts.limits, cgroup
    )
    return kernel, runtime


def sandbox_course_root() -> Path:
    """The folder holding the support package the kernels import (read-only in the sandbox)."""
    import nlpcourse

    return nlpcourse.REPO_ROOT


def worker_env(wdir: Path, opts: Options) -> dict[str, str]:
    # Each worker's kernel gets its share of the cores: parallel workers whose torch each spawns
    # a thread per core only fight over them.
    threads = str(max(1, (os.cpu_count() or 1) // max(1, opts.workers)))
    extra = {"COURSE_FAST": "1", "OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads}
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
                    gid = grade_id(cell) or cell.get("id")
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
    verdict = Verdict(sub.student, sub.chapter, "graded", "graded")
    verdict.add_problems(problems)
    verdict.seconds = time.monotonic() - start
    return verdict, wdir


# ---------------------------------------------------------------- the referee


@dataclass
class Calibration:
    """For one notebook of a chapter: which test cells the referee re-runs, and which it cannot;
    and which test cells read notebook variables that student code could rewrite (by name)."""

    refereed: set[str]
    kernel_only: list[str]
    reads_notebook: dict[str, list[str]] = field(default_factory=dict)


Refereed = dict[str, Calibration]  # notebook file name -> its calibration
CALIBRATION = "(calibration)"  # the pseudo-student whose submission is the instructor's solution


def referee_imports(course: Course, chapters: list[str]) -> list[str]:
    """The top-level import statements of CHAPTERS' instructor notebooks: what the referee of
    each of their runs imports (grader/referee.py), loaded once in the warm server instead."""
    return sorted({ast.unparse(node) for chapter in chapters for nb in course.notebooks(chapter)
                   for node in trusted_imports(read_notebook(nb))})


def calibration_submission(template: Path, chapter: str, student: str | None) -> Submission:
    """The instructor's solution of CHAPTER, submitted like a student's (by STUDENT, if named)."""
    files = {p.name: p for p in sorted((template / "source" / chapter).glob("*.ipynb"))}
    return Submission(student or CALIBRATION, chapter, files)


def referee_reports(wdir: Path) -> dict[str, Report]:
    """The referee's report on each notebook the worker in WDIR graded, by notebook file name."""
    return {p.name.removeprefix("referee-").removesuffix(".json") + ".ipynb": Report.from_json(p.read_text())
            for p in sorted(wdir.glob("referee-*.json"))}


def calibration_of(template: Path, chapter: str, verdict: Verdict, wdir: Path) -> Refereed:
    """The test cells the referee can re-run: those the instructor's solution passed there."""
    reports = referee_reports(wdir) if verdict.status == "graded" else {}
    found: Refereed = {}
    for path in sorted((template / "source" / chapter).glob("*.ipynb")):
        report = reports.get(path.name, Report(fatal=verdict.message))
        tests = [grade_id(c) for c in read_notebook(path).cells if is_graded_test(c)]
        passed = {gid for gid in tests if report.verdict(gid).passed}
        reads = {gid: names for gid in tests if (names := report.verdict(gid).reads_notebook)}
        found[path.name] = Calibration(passed, [gid for gid in tests if gid not in passed], reads)
    return found


def discard_worker(wdir: Path) -> None:
    """Remove a worker's scratch folder and its process cgroup."""
    sandbox.remove_pids_cgroup(wdir.name)
    shutil.rmtree(wdir, ignore_errors=True)


def settle_referee(wdir: Path, refereed: Refereed, verdict: Verdict) -> None:
    """Apply the chapter's calibration to what the referee found while grading in WDIR.

    A refereed test cell the referee failed scored 0 already (grader/execute.py); if it passed
    in the kernel, that is flagged for review. A cell the referee cannot re-run even for the
    solution keeps its in-kernel verdict: when the kernel passed it, its points are restored.
    """
    reports = referee_reports(wdir)
    for name, calibration in sorted(refereed.items()):
        verdict.kernel_only += [f"{name}/{gid}" for gid in calibration.kernel_only]
        verdict.reads_notebook |= {f"{name}/{gid}": names for gid, names in calibration.reads_notebook.items()}
        report = reports.get(name)
        if report is None:
            continue
        verdict.checks |= {f"{name}/{gid}": check_record(report.verdict(gid)) for gid in sorted(calibration.refereed)}
        if report.fatal:
            verdict.add_problems([f"{name}: {report.fatal}"])
        tampered = sorted(gid for gid, passed in report.kernel.items() if passed and gid in calibration.refereed)
        verdict.add_problems([f"referee: {name}/{gid} passed in the notebook run but failed when re-run "
                              f"outside the kernel ({report.verdict(gid).message}); scored 0 - review for tampering"
                              for gid in tampered])
        kept = sorted(gid for gid, passed in report.kernel.items() if passed and gid in calibration.kernel_only)
        if kept:
            restore_kernel_verdict(wdir, verdict, Path(name).stem, kept)


def check_record(verdict: CellVerdict) -> dict:
    """What a verdict keeps of the referee's check of one cell (not what the test printed)."""
    record = asdict(verdict)
    record.pop("output", None)
    return record


def restore_kernel_verdict(wdir: Path, verdict: Verdict, notebook: str, cells: list[str]) -> None:
    """Full points for CELLS, which passed in the kernel (the referee cannot judge them)."""
    with open_gradebook(sqlite_url(wdir / "gradebook.db")) as gb:
        for gid in cells:
            grade = gb.find_grade(gid, notebook, verdict.chapter, verdict.student)
            grade.auto_score = grade.max_score
        gb.db.commit()
    path = wdir / "autograded" / verdict.student / verdict.chapter / f"{notebook}.ipynb"
    if path.is_file():
        nb = read_notebook(path)
        for cell in nb.cells:
            if grade_id(cell) in cells:
                cell.outputs = [o for o in cell.outputs if o.get("ename") != "RefereeCheckFailed"]
        write_notebook(nb, path)


# ---------------------------------------------------------------- the batch


def publish(course: Course, verdict: Verdict, wdir: Path, main_url: str) -> None:
    """Merge one worker's result into the main gradebook, then into the course's autograded/
    (only once the gradebook took it: the two never disagree)."""
    dest = course.root / "autograded" / verdict.student / verdict.chapter
    src = wdir / "autograded" / verdict.student / verdict.chapter
    if verdict.status == "graded":
        worker_url = sqlite_url(wdir / "gradebook.db")
        findings = audit_submission(worker_url, verdict.chapter, verdict.student, src)
        findings += leaked_hidden_text(src)
        for path in sorted((wdir / "source" / verdict.chapter).glob("*.ipynb")):
            submitted = wdir / "submitted" / verdict.student / verdict.chapter / path.name
            findings += suspicious_code(submitted, path)
        verdict.add_problems(findings)
        copy_submission(worker_url, main_url, verdict.chapter, verdict.student)
    else:
        record_zero(main_url, verdict.chapter, verdict.student)
    put_folder(src if verdict.status == "graded" else None, dest)
    verdict.write(dest)


def put_folder(src: Path | None, dest: Path) -> None:
    """DEST becomes a copy of SRC (or an empty folder)."""
    if dest.exists():
        shutil.rmtree(dest)
    if src is not None and src.is_dir():
        shutil.copytree(src, dest)
    dest.mkdir(parents=True, exist_ok=True)


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def gradebook_answers(url: str) -> str | None:
    """None when the gradebook at URL can be opened, else why not (one line)."""
    try:
        with open_gradebook(url):
            return None
    except Exception as exc:  # noqa: BLE001 - any driver error: the database is not there
        return first_line(exc)


def keep_unrecorded(course: Course, verdict: Verdict, wdir: Path, why: str) -> None:
    """Keep a result the gradebook did not take in unrecorded/STUDENT/CHAPTER; autograded/ and the
    gradebook keep what they had."""
    dest = course.root / "unrecorded" / verdict.student / verdict.chapter
    put_folder(wdir / "autograded" / verdict.student / verdict.chapter, dest)
    verdict.status = "unrecorded"
    verdict.message = (f"the gradebook did not take this result ({why}); it is kept in {dest} - "
                       "grade this submission again once the database is back")
    verdict.write(dest)


@contextmanager
def grading_pool(opts: Options) -> Iterator[Executor]:
    """Where submissions are graded: a local pool of opts.workers, or the Dask cluster opts.cluster."""
    if opts.cluster:
        from grader import cluster

        with cluster.executor(opts.cluster) as pool:
            yield pool
    else:
        with ThreadPoolExecutor(max_workers=max(1, opts.workers)) as pool:
            yield pool


def start_grading(pool: Executor, template: Path, sub: Submission, scratch: Path, opts: Options,
                  packed: dict[Path, dict[str, bytes]]) -> Future:
    """Submit SUB's grading; on a cluster the job carries TEMPLATE's files, packed once (PACKED)."""
    if opts.cluster:
        from grader import cluster

        if template not in packed:
            packed[template] = cluster.pack_template(template)
        return pool.submit(cluster.grade_job, cluster.make_job(packed[template], sub, opts))
    return pool.submit(grade_one, template, sub, scratch, opts)


def finish_grading(fut: Future, sub: Submission, scratch: Path, opts: Options) -> tuple[Verdict, Path]:
    """The verdict and worker folder of a finished job; a job that broke (a lost cluster worker,
    a bug) fails that submission only."""
    try:
        result = fut.result()
        if opts.cluster:
            from grader import cluster

            return cluster.unpack_result(result, scratch)
        return result
    except Exception as exc:  # noqa: BLE001 - one broken job never stops the batch
        wdir = Path(tempfile.mkdtemp(prefix=f"{sub.student}-{sub.chapter}-", dir=scratch))
        return Verdict(sub.student, sub.chapter, "failed", f"grading broke: {type(exc).__name__}: {exc}"), wdir


def record_result(course: Course, verdict: Verdict, wdir: Path, main_url: str) -> None:
    """Publish one result and discard its worker folder. A result that cannot be recorded is
    recorded as failed (zero); when the database itself is down, it is kept aside (unrecorded)
    and nothing already in the gradebook changes. One bad result never stops the batch."""
    try:
        publish(course, verdict, wdir, main_url)
    except Exception as exc:  # noqa: BLE001
        if (why := gradebook_answers(main_url)) is not None:
            keep_unrecorded(course, verdict, wdir, why)
        else:
            verdict.status, verdict.message = "failed", f"could not record grades: {exc}"
            try:
                publish(course, verdict, wdir, main_url)
            except Exception as again:  # noqa: BLE001
                keep_unrecorded(course, verdict, wdir, first_line(again))
    finally:
        discard_worker(wdir)


def progress(total: int):
    from grader.progress import bar

    return bar(total=total, unit="submission", desc="autograde")


def autograde(
    course: Course, source: Path, chapters: list[str], main_url: str, opts: Options
) -> list[Verdict]:
    """Grade every submission of CHAPTERS under SOURCE; return one verdict per submission."""
    if opts.use_sandbox:
        sandbox.require()
        if warning := sandbox.process_limit_warning():
            print(warning, file=sys.stderr)
    if (why := gradebook_answers(main_url)) is not None:
        raise CourseError(f"the gradebook does not answer ({why}); nothing was graded")
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="grader-autograde-") as tmp:
        scratch = Path(tmp)
        subs = collect(course, source, chapters, scratch)
        if not subs:
            raise CourseError(f"no submissions of {', '.join(chapters)} found in {source}")
        submitted = sorted({s.chapter for s in subs})
        if opts.use_referee and not opts.cluster:  # the referee of every local run needs them
            preload(referee_imports(course, submitted))
        templates = chapter_templates(course, submitted, scratch, main_url, opts.workers)
        calibrate = opts.use_referee or opts.calibration_as is not None
        bar = progress(len(subs) + (len(templates) if opts.calibration_as else 0))
        with grading_pool(opts) as pool:
            # Each chapter's calibration (the solution, graded like a submission) goes first and
            # runs beside the students' grading; their results wait for it before they are recorded.
            packed: dict[Path, dict[str, bytes]] = {}

            def start(sub: Submission) -> Future:
                return start_grading(pool, templates[sub.chapter], sub, scratch, opts, packed)

            solutions = [calibration_submission(templates[ch], ch, opts.calibration_as)
                         for ch in (templates if calibrate else [])]
            calibrating = {start(sub): sub for sub in solutions}
            refereed: dict[str, Refereed] = {} if calibrate else {ch: {} for ch in templates}
            waiting: dict[str, list[tuple[Verdict, Path]]] = {ch: [] for ch in templates}
            grading = {start(sub): sub for sub in subs}

            def record(verdict: Verdict, wdir: Path) -> None:
                settle_referee(wdir, refereed[verdict.chapter], verdict)
                record_result(course, verdict, wdir, main_url)
                verdicts.append(verdict)
                bar.set_postfix_str(f"{verdict.student}/{verdict.chapter}: {verdict.status}")
                bar.update()

            for fut in as_completed([*calibrating, *grading]):
                if fut in calibrating:
                    chapter = calibrating[fut].chapter
                    verdict, wdir = finish_grading(fut, calibrating[fut], scratch, opts)
                    found = calibration_of(templates[chapter], chapter, verdict, wdir)
                    refereed[chapter] = found if opts.use_referee else {}
                    if opts.calibration_as:
                        record(verdict, wdir)
                    else:
                        discard_worker(wdir)
                    for waited in waiting.pop(chapter):
                        record(*waited)
                    continue
                verdict, wdir = finish_grading(fut, grading[fut], scratch, opts)
                if verdict.chapter in refereed:
                    record(verdict, wdir)
                else:
                    waiting[verdict.chapter].append((verdict, wdir))
        bar.close()
    return sorted(verdicts, key=lambda v: (v.chapter, v.student))
