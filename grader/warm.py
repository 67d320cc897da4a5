"""The warm server: nbgrader runs forked from a process that has already imported them.

    python -m grader.warm SOCKET     (started by grader/nbgrader_run.py, one per grading process)

Importing nbgrader, the referee and torch costs about six seconds of one core; every nbgrader
run used to pay it again in a new interpreter. The server imports them once, then for each
request on SOCKET forks a supervisor, which forks the run itself and reports its pid and, when
it ends, its exit status. The server runs nothing but imports, so each run starts as clean as a
new interpreter and one submission cannot see another's state. The server exits when the
process that started it closes its stdin.

Protocol, one JSON line each way: request {"args", "cwd", "env", "log"}; replies {"pid": N},
then {"status": CODE} (negative: killed by that signal).

Before grading, the grading process may send on the server's stdin one JSON line
{"preload": [STATEMENT, ...]}: the top-level import statements of the instructor's notebooks
being graded, which the referee of every run would otherwise import again (scikit-learn, jieba,
matplotlib, transformers: up to seven seconds of one core per submission). The server runs them
as the referee would (grader/referee.py) and answers {"preloaded": true, "failed": [...]} on its
stdout. They are the instructor's own imports, so the server still
runs nothing but imports.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import sys
import traceback
from collections.abc import Callable
from typing import NoReturn


def preload() -> None:
    """Import what every nbgrader run of ours imports (nothing here starts work or opens files)."""
    import numpy  # noqa: F401 - the referee's seeding mirror and the tests' libraries
    import torch  # noqa: F401
    from nbclient import NotebookClient  # noqa: F401
    from nbgrader.apps.nbgraderapp import NbGraderApp  # noqa: F401

    import grader.execute  # noqa: F401
    import grader.referee  # noqa: F401
    import grader.settings  # noqa: F401
    from grader.gradebook import use_inprocess_alembic_head

    use_inprocess_alembic_head()


def preload_statements(statements: list[str]) -> list[str]:
    """Run trusted import STATEMENTS here (each on its own; one that fails is skipped, as the
    referee skips it). Returns what failed, and a note if an import started a thread, which a
    fork would not carry."""
    import threading

    from grader.referee import run_trusted_import

    failed = [source for source in statements if not run_trusted_import(source, {})]
    if threading.active_count() > 1:
        failed.append(f"note: {threading.active_count() - 1} thread(s) running after the imports")
    return failed


def serve(path: str) -> None:
    preload()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # supervisors are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    print("ready", flush=True)
    while True:
        ready, _, _ = select.select([listener, sys.stdin], [], [])
        if sys.stdin in ready:
            line = sys.stdin.readline()
            if not line:  # the grading process is gone
                return
            failed = preload_statements(json.loads(line).get("preload", []))
            print(json.dumps({"preloaded": True, "failed": failed}), flush=True)
        if listener in ready:
            conn, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                supervise(conn)
            conn.close()


def supervise(conn: socket.socket) -> None:
    """In a forked supervisor: run one request in a child, report its pid and exit status."""
    code = 1
    try:
        stream = conn.makefile("rw", encoding="utf-8")
        request = json.loads(stream.readline())
        pid = os.fork()
        if pid == 0:
            stream.close()
            conn.close()
            run(request)
        stream.write(json.dumps({"pid": pid}) + "\n")
        stream.flush()
        _, status = os.waitpid(pid, 0)
        stream.write(json.dumps({"status": os.waitstatus_to_exitcode(status)}) + "\n")
        stream.flush()
        code = 0
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client stopped waiting: the run timed out and was killed
    except Exception:  # noqa: BLE001 - the client sees the connection close without a status
        traceback.print_exc()
    finally:
        os._exit(code)


def run(request: dict) -> None:
    """In the forked run: become `nbgrader ARGS` in CWD with ENV, printing to LOG; never returns."""

    def setup() -> None:
        os.setpgid(0, 0)  # a time-out kills the run and what it started, and nothing else
        fd = os.open(request["log"], os.O_WRONLY | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)

    def nbgrader() -> None:
        from nbgrader.apps.nbgraderapp import main

        main()

    become(setup, nbgrader, ["nbgrader", *request["args"]], request["cwd"], request["env"])


def become(setup: Callable[[], None], main: Callable[[], object], argv: list[str], cwd: str,
           env: dict[str, str]) -> NoReturn:
    """In a forked child: SETUP (its process group, its stdio), then run MAIN as a new interpreter
    would run ARGV in CWD with ENV, and exit with its status; an exception is printed and exits 1,
    as a crashed interpreter would. Shared with grader/warmkernel.py."""
    code = 1
    try:
        setup()
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        sys.argv = argv
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001 - reported where the run prints, as a crash would be
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    serve(sys.argv[1])
