"""Running nbgrader's own commands in a child process, with our configuration.

Each command runs in its own process, as `python -m nbgrader` would, but forked from the warm
server (grader/warm.py), which has already imported nbgrader, the referee and torch: a new
interpreter spends about six seconds of one core importing them before grading anything.
Set COURSE_NBGRADER_COLD=1 to run every command in a new interpreter instead (the same result).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from grader.course import CourseError


def course_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for nbgrader and the kernels it starts: offline, fast mode, quiet."""
    env = dict(os.environ)
    # nbgrader runs `alembic` and `jupyter` by name: they live beside this interpreter.
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    env.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "COURSE_FAST": env.get("COURSE_FAST", "1"),
            "PYTHONHASHSEED": "0",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
            "MPLBACKEND": "Agg",
        }
    )
    env.update(extra or {})
    return env


def run_nbgrader(
    args: list[str],
    cwd: Path,
    *,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run nbgrader ARGS in CWD (which holds an nbgrader_config.py) and return it; its stdout
    holds everything the run printed (stdout and stderr, interleaved).

    Raises CourseError when the run times out; the caller reads returncode and output.
    """
    env = env or course_env()
    if os.environ.get("COURSE_NBGRADER_COLD") == "1" or (server := warm_server()) is None:
        return run_cold(args, cwd, env, timeout)
    return server.run(args, cwd, env, timeout)


def run_cold(args: list[str], cwd: Path, env: dict[str, str], timeout: float | None) -> subprocess.CompletedProcess[str]:
    """`python -m nbgrader ARGS` in a new interpreter."""
    cmd = [sys.executable, "-m", "nbgrader", *args]
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise too_long(args, timeout) from exc
    return subprocess.CompletedProcess(cmd, proc.returncode, proc.stdout, "")


def too_long(args: list[str], timeout: float | None) -> CourseError:
    return CourseError(f"nbgrader {' '.join(args)} took longer than {timeout:.0f} s")


class WarmServer:
    """This process's warm server (grader/warm.py): started once, stopped when this process exits."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="grader-warm-"))
        self.socket = self.folder / "socket"
        self.lock = threading.Lock()
        env = course_env({"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
        # the server's stdin is its lifeline: it exits when this process does
        self.proc = subprocess.Popen([sys.executable, "-m", "grader.warm", str(self.socket)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
        atexit.register(self.stop)
        if self.proc.stdout.readline().strip() != "ready":
            self.stop()
            raise OSError(f"the warm nbgrader server did not start (exit status {self.proc.wait()})")

    def preload(self, statements: list[str]) -> list[str]:
        """Have the server run these trusted import STATEMENTS before it forks the next runs;
        returns those that failed there (grader/warm.py)."""
        with self.lock:
            self.proc.stdin.write(json.dumps({"preload": statements}) + "\n")
            self.proc.stdin.flush()
            reply = self.proc.stdout.readline()
        if not reply:
            raise OSError("the warm nbgrader server exited while importing")
        return json.loads(reply)["failed"]

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, args: list[str], cwd: Path, env: dict[str, str], timeout: float | None
            ) -> subprocess.CompletedProcess[str]:
        """nbgrader ARGS forked from the server; killed, with its process group, after TIMEOUT."""
        with tempfile.NamedTemporaryFile("r", prefix="nbgrader-", suffix=".log", encoding="utf-8",
                                         errors="replace") as log, \
                socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.connect(str(self.socket))
            with conn.makefile("rw", encoding="utf-8") as stream:
                stream.write(json.dumps({"args": args, "cwd": str(cwd), "env": env, "log": log.name}) + "\n")
                stream.flush()
                pid = json.loads(stream.readline())["pid"]
                conn.settimeout(timeout)
                try:
                    reply = stream.readline()
                except TimeoutError:
                    kill_group(pid)
                    raise too_long(args, timeout) from None
            # no status: the supervisor itself died; report it as a crashed run
            status = json.loads(reply)["status"] if reply else -signal.SIGKILL
            return subprocess.CompletedProcess(["nbgrader", *args], status, log.read(), "")


def kill_group(pid: int) -> None:
    """Kill a run and what it started in its process group."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def preload(statements: list[str]) -> None:
    """Import STATEMENTS (the instructor notebooks' own imports, which every refereed run needs)
    once in the warm server instead of in every run; nothing to do for cold runs."""
    if not statements or os.environ.get("COURSE_NBGRADER_COLD") == "1" or (server := warm_server()) is None:
        return
    try:
        server.preload(statements)
    except (OSError, ValueError) as exc:  # the runs import them themselves, as cold runs do
        print(f"note: the warm server did not preload the notebooks' imports ({exc})", file=sys.stderr)


_server: WarmServer | None = None
_server_lock = threading.Lock()


def warm_server() -> WarmServer | None:
    """This process's warm server, started on first use (None where it cannot start: then every
    run goes to a new interpreter)."""
    global _server
    with _server_lock:
        if _server is None or not _server.alive():
            try:
                _server = WarmServer()
            except OSError as exc:
                print(f"note: nbgrader runs in new interpreters ({exc})", file=sys.stderr)
                return None
        return _server
