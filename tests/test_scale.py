"""Grading at class scale: on a Dask cluster, into a PostgreSQL gradebook, and through a
database that goes down.

The fixtures start real servers on local ports: a Dask scheduler with two worker processes
(`dask scheduler`, `dask worker`), and a throwaway PostgreSQL cluster (Debian's `postgresql`,
installed by ci/setup.sh).
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from grader import sandbox
from grader.autograde import Options, autograde, read_verdict
from grader.course import CourseError
from grader.gradebook import cell_scores
from tests.conftest import REPO, linked_course

pytestmark = pytest.mark.batch  # each grading here uses both cores: run with the batches

EXAMPLES = REPO / "examples" / "class"
EXPECTED = json.loads((EXAMPLES / "expected.json").read_text())
CHAPTER = EXPECTED["chapter"]
CLUSTER_CLASS = sorted(set(EXPECTED["students"]) - {"dave"})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- PostgreSQL


class Postgres:
    """A PostgreSQL cluster in FOLDER on a local port, run as the `postgres` user when we are root."""

    def __init__(self, folder: Path):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not found:
            pytest.fail("PostgreSQL is not installed (Debian: apt-get install postgresql; ci/setup.sh does it)")
        self.bin = Path(found[-1]).parent
        self.folder, self.port = folder, free_port()
        folder.mkdir(parents=True)
        if os.getuid() == 0:
            shutil.chown(folder, "postgres")
        self.run("initdb", "-D", str(folder / "data"), "--auth=trust", "-U", "postgres")
        self.start()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if os.getuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise subprocess.CalledProcessError(proc.returncode, cmd, proc.stdout, proc.stderr[-1000:])

    def start(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w", "start",
                 "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")


@pytest.fixture(scope="module")
def postgres():
    # not under pytest's tmp folders: those are root's alone, and the server runs as `postgres`
    folder = Path(tempfile.mkdtemp(prefix="course-postgres-"))
    folder.chmod(0o755)
    server = Postgres(folder / "cluster")
    yield server
    try:
        server.stop()
    except subprocess.CalledProcessError:
        pass  # a test left it stopped
    shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A scheduler and two single-threaded worker processes; yields the scheduler's address."""
    folder = tmp_path_factory.mktemp("dask")
    info = folder / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen(
        [*dask, "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(info)],
        stdout=subprocess.DEVNULL, stderr=(folder / "scheduler.log").open("w"))
    workers = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(info),
         "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=(folder / "workers.log").open("w"))
    try:
        deadline = time.monotonic() + 60
        while not info.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for proc in (workers, scheduler):
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


# ---------------------------------------------------------------- the tests


def rows(url: str) -> dict[tuple[str, str], float]:
    return {(r.student, r.cell): r.score for r in cell_scores(url, [CHAPTER])}


@pytest.fixture(scope="module")
def cluster_class(tmp_path_factory, postgres, dask_cluster):
    """The example class graded on the Dask cluster into the PostgreSQL gradebook."""
    root = tmp_path_factory.mktemp("scale")
    course = linked_course(root / "course", REPO)
    # All but dave, whose three looping cells each wait out the cell time-out: time-outs are the
    # local pool's business (tests/test_chapters.py grades the whole class there), and waiting
    # for them here would double this fixture's time.
    incoming = root / "incoming"
    for student in CLUSTER_CLASS:
        shutil.copytree(EXAMPLES / "submitted" / student, incoming / student)
    opts = Options(cluster=dask_cluster, use_sandbox=sandbox.available())
    verdicts = autograde(course, incoming, [CHAPTER], postgres.url, opts)
    return course, {v.student: v for v in verdicts}


def test_the_cluster_grades_the_example_class_as_the_local_pool_does(cluster_class, postgres):
    # expected.json is what the local pool gives (tests/test_chapters.py checks it there)
    course, verdicts = cluster_class
    got = rows(postgres.url)
    assert sorted(verdicts) == CLUSTER_CLASS
    for student in CLUSTER_CLASS:
        want = EXPECTED["students"][student]
        assert {cell: score for (s, cell), score in got.items() if s == student} == want["scores"], (
            student, verdicts[student].message)
        assert read_verdict(course.root / "autograded" / student / CHAPTER)["status"] == want["status"]


def test_regrading_one_student_on_postgres_changes_only_that_student(cluster_class, postgres, tmp_path):
    course, _ = cluster_class
    before = rows(postgres.url)
    again = tmp_path / "again" / "alice"
    shutil.copytree(EXAMPLES / "submitted" / "bob", again)  # alice hands in the untouched release
    # (no referee: this is about the gradebook's rows, and it saves the calibration run)
    autograde(course, again.parent, [CHAPTER], postgres.url,
              Options(workers=1, use_sandbox=sandbox.available(), use_referee=False))
    after = rows(postgres.url)
    assert {k: v for k, v in after.items() if k[0] != "alice"} == {k: v for k, v in before.items() if k[0] != "alice"}
    assert all(v == 0 for k, v in after.items() if k[0] == "alice")
    assert any(v > 0 for k, v in before.items() if k[0] == "alice")


def test_a_database_that_is_down_loses_nothing(cluster_class, postgres, tmp_path, monkeypatch):
    import grader.autograde as autograde_module

    course, _ = cluster_class
    before = rows(postgres.url)
    incoming = tmp_path / "incoming"
    for student in ("alice", "carol"):
        shutil.copytree(EXAMPLES / "submitted" / "bob", incoming / student)
    opts = Options(workers=2, use_sandbox=sandbox.available(), use_referee=False)

    postgres.stop()  # down before the batch: a clear error, nothing graded
    with pytest.raises(CourseError, match="gradebook does not answer"):
        autograde(course, incoming, [CHAPTER], postgres.url, opts)

    postgres.start()  # down in the middle: grading goes on, results are kept aside
    real_publish = autograde_module.publish

    def publish_after_the_database_went_down(*args, **kwargs):
        if not getattr(publish_after_the_database_went_down, "stopped", False):
            publish_after_the_database_went_down.stopped = True
            postgres.stop()
        return real_publish(*args, **kwargs)

    monkeypatch.setattr(autograde_module, "publish", publish_after_the_database_went_down)
    verdicts = autograde(course, incoming, [CHAPTER], postgres.url, opts)
    assert {v.status for v in verdicts} == {"unrecorded"}, [v.message for v in verdicts]
    for v in verdicts:
        assert "did not take this result" in v.message
        assert read_verdict(course.root / "unrecorded" / v.student / CHAPTER)["status"] == "unrecorded"
    postgres.start()
    assert rows(postgres.url) == before
