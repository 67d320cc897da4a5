"""Grading on a Dask cluster, when one machine is not enough for a class.

`grader autograde ... --cluster tcp://SCHEDULER:8786` sends each submission to an existing
Dask distributed cluster. Dask rather than Ray: a scheduler and its workers are two plain
commands (`dask scheduler`, `dask worker ADDRESS`) that start in a second, keep no state on
disk, and `Client.get_executor()` is a `concurrent.futures` executor — the same interface as
the local pool, so both paths share all of autograde.py.

A job carries everything as bytes: the chapter's template (its source notebooks and a gradebook
that knows its cells) and the submission's notebooks. A worker grades it with `grade_one`, in
its own scratch folder and the same sandbox as a local worker (each grading machine has the
course installed by `bash ci/setup.sh`, with bubblewrap), and sends back its worker folder: the
worker gradebook, the autograded notebooks, the referee's reports and the verdict. Merging them
into the main gradebook stays on the instructor's machine, one result at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

# folders of a worker's scratch folder that stay on the worker (sockets, kernelspecs)
LOCAL_ONLY = ("runtime", "jupyter")


@dataclass
class Job:
    template: dict[str, bytes]  # relative path -> content: source/CHAPTER/*.ipynb, gradebook.db
    student: str
    chapter: str
    notebooks: dict[str, bytes]  # notebook file name -> content, as submitted
    opts: object  # autograde.Options


def pack_folder(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under FOLDER by relative path, except those under the top-level folders SKIP."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and p.relative_to(folder).parts[0] not in skip
    }


def unpack_folder(files: dict[str, bytes], into: Path) -> None:
    for rel, data in files.items():
        path = (into / rel).resolve()
        if not path.is_relative_to(into.resolve()):
            raise ValueError(f"a result file would land outside its folder: {rel}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def pack_template(template: Path) -> dict[str, bytes]:
    """What a worker needs of a chapter TEMPLATE folder: its source notebooks and gradebook."""
    files = {f"source/{rel}": data for rel, data in pack_folder(template / "source").items()}
    files["gradebook.db"] = (template / "gradebook.db").read_bytes()
    return files


def make_job(template_files: dict[str, bytes], sub, opts) -> Job:
    """The job that grades SUB (a submissions.Submission) against a packed template (pack_template)."""
    notebooks = {name: path.read_bytes() for name, path in sub.files.items()}
    return Job(template_files, sub.student, sub.chapter, notebooks, opts)


def grade_job(job: Job) -> dict:
    """Run on a cluster worker: grade JOB; return its verdict and worker folder as data."""
    from grader.autograde import discard_worker, grade_one
    from grader.submissions import Submission

    with tempfile.TemporaryDirectory(prefix="grader-cluster-") as tmp:
        scratch = Path(tmp)
        template = scratch / "template"
        unpack_folder(job.template, template)
        inbox = scratch / "inbox"
        unpack_folder(job.notebooks, inbox)
        sub = Submission(job.student, job.chapter, {name: inbox / name for name in job.notebooks})
        verdict, wdir = grade_one(template, sub, scratch, job.opts)
        result = {"verdict": asdict(verdict), "files": pack_folder(wdir, LOCAL_ONLY)}
        discard_worker(wdir)
        return result


def unpack_result(result: dict, scratch: Path):
    """The verdict and a local worker folder (under SCRATCH) rebuilt from a worker's RESULT."""
    from grader.autograde import Verdict

    verdict = Verdict(**result["verdict"])
    wdir = Path(tempfile.mkdtemp(prefix=f"{verdict.student}-{verdict.chapter}-", dir=scratch))
    unpack_folder(result["files"], wdir)
    return verdict, wdir


@contextmanager
def executor(address: str) -> Iterator:
    """A concurrent.futures executor whose jobs run on the Dask cluster at ADDRESS."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - in the lock; a clear error if removed
        raise RuntimeError("--cluster needs the 'distributed' package (pip install distributed)") from exc
    from grader.course import CourseError

    try:
        client = Client(address, timeout=30)
    except OSError as exc:
        raise CourseError(f"no Dask scheduler answers at {address}: {exc}") from None
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
