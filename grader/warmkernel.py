"""Warm kernels for the course's own test runs: Jupyter kernels forked from a process that has
already imported torch, transformers and the other heavy libraries.

    python -m grader.warmkernel kernelspec DIR   write DIR/kernels/course-warm/kernel.json
    python -m grader.warmkernel launch ARGS...   what that kernelspec runs (ARGS: ipykernel's)
    python -m grader.warmkernel serve SOCKET     the server (started by the first launch)

CI executes every solution notebook twice outside the grading sandbox (the mutants' session and
nbval), and each new kernel used to spend 2-9 s of one core importing the same libraries. With
the `course-warm` kernelspec, `launch` asks a server to fork a kernel from its warm state; the
kernel then runs exactly as `python -m ipykernel_launcher ARGS` would, in the launch's working
folder, environment and stdio. A notebook that forgets an import still fails: preloading puts
modules in sys.modules, not names in the notebook.

Never used for grading: a submission's kernel starts fresh inside its own sandbox.

One server per environment (its hash names the socket, in $COURSE_WARM_KERNELS or a private
folder in /tmp), so a preloaded library never saw other settings than its kernels'. The server
exits after IDLE_SECONDS without a request. `launch` stays the kernel's process for Jupyter: it
passes signals on to the kernel's process group and exits with the kernel's status; if it dies,
the kernel is killed. When no server can be had, `launch` becomes a plain kernel.

Protocol: the launch sends one JSON request {"args", "cwd", "env"} with its stdin, stdout and
stderr attached (SCM_RIGHTS); the reply is {"pid": N}, then {"status": CODE} when the kernel ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import importlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import NoReturn

from grader.warm import become

KERNEL_NAME = "course-warm"
IDLE_SECONDS = 90
# Imported before forking. Nothing here may start threads or parallel work at import
# (OpenMP and friends are not fork-safe once used).
PRELOAD = (
    "numpy", "scipy.sparse", "scipy.special", "torch", "torch.nn", "matplotlib",
    "transformers", "transformers.modeling_utils", "transformers.tokenization_utils_base",
    "sklearn.linear_model", "sklearn.metrics", "gensim.models", "jieba", "nlpcourse",
    "nlpcourse.data", "ipykernel.kernelapp",
)
# Variables that differ from one kernel to the next without changing what a library sees.
VOLATILE = ("JPY_", "PYTEST_")


# ----------------------------------------------------------------------- the kernelspec


def write_kernelspec(folder: Path) -> Path:
    """DIR/kernels/course-warm/kernel.json (put DIR on JUPYTER_PATH to use it); returns its folder."""
    spec = folder / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "grader.warmkernel", "launch", "-f", "{connection_file}"],
        "display_name": "Python 3 (warm, course tests)",
        "language": "python",
        "metadata": {"debugger": False},
    }, indent=1))
    return spec


# ----------------------------------------------------------------------- the launch


def env_key(env: dict[str, str]) -> str:
    stable = sorted((k, v) for k, v in env.items() if not k.startswith(VOLATILE))
    return hashlib.sha256(json.dumps([sys.executable, stable]).encode()).hexdigest()[:16]


def socket_folder() -> Path:
    folder = Path(os.environ.get("COURSE_WARM_KERNELS") or
                  Path(tempfile.gettempdir()) / f"course-warm-kernels-{os.getuid()}")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def connect(path: Path) -> socket.socket | None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        sock.connect(str(path))
        return sock
    except OSError:
        sock.close()
        return None


def server_connection(path: Path, wait: float = 120.0) -> socket.socket | None:
    """A connection to the server at PATH, starting it first if there is none (one starter at a time)."""
    if sock := connect(path):
        return sock
    with open(f"{path}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if sock := connect(path):
            return sock
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        with open(f"{path}.log", "w") as log:
            server = subprocess.Popen([sys.executable, "-m", "grader.warmkernel", "serve", str(path)],
                                      stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                      start_new_session=True, close_fds=True)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and server.poll() is None:
            if sock := connect(path):
                return sock
            time.sleep(0.05)
    return None


def die_with_parent() -> None:
    """SIGTERM this process when the one that launched it dies (Linux prctl)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def plain_kernel(args: list[str]) -> NoReturn:
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *args])


def launch(args: list[str]) -> None:
    """Become a kernel: forked from a warm server if one can be had, else a plain one."""
    sock = None
    with contextlib.suppress(OSError):
        sock = server_connection(socket_folder() / f"{env_key(dict(os.environ))}.sock")
    if sock is None:
        plain_kernel(args)
    request = {"args": args, "cwd": os.getcwd(), "env": dict(os.environ)}
    socket.send_fds(sock, [json.dumps(request).encode()], [0, 1, 2])
    reply = sock.recv(1 << 16)
    if not reply:  # the server could not fork one
        plain_kernel(args)
    pid = json.loads(reply)["pid"]
    die_with_parent()

    def forward(signum, _frame):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1):
        signal.signal(signum, forward)
    reply = sock.recv(1 << 16)
    status = json.loads(reply)["status"] if reply else 1
    sys.exit(status if status >= 0 else 128 - status)


# ----------------------------------------------------------------------- the server


def preload() -> None:
    """Import PRELOAD (or the comma-separated COURSE_WARM_PRELOAD, for tests)."""
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")  # as ipykernel does
    names = os.environ["COURSE_WARM_PRELOAD"].split(",") if "COURSE_WARM_PRELOAD" in os.environ else PRELOAD
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing library is imported (and reported) by the notebook
            print(f"preload: {name} not imported", file=sys.stderr)
    if jieba := sys.modules.get("jieba"):
        level = jieba.default_logger.level
        jieba.setLogLevel(60)
        with contextlib.suppress(Exception):
            jieba.initialize()  # its dictionary; a kernel that changes it changes its own copy
        jieba.setLogLevel(level)


def serve(path: str) -> None:
    preload()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # supervisors are reaped by the OS
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(64)
    inode = os.stat(path).st_ino
    try:
        while select.select([listener], [], [], IDLE_SECONDS)[0]:
            conn, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                supervise(conn)
            conn.close()
    finally:
        with contextlib.suppress(OSError):
            if os.stat(path).st_ino == inode:
                os.unlink(path)


def supervise(conn: socket.socket) -> None:
    """In a forked supervisor: start one kernel, report its pid, then its status; kill it if the
    launch goes away first."""
    code = 1
    try:
        message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            conn.close()
            kernel(request, fds)
        for fd in fds:
            os.close(fd)
        conn.send(json.dumps({"pid": pid}).encode())
        pidfd = os.pidfd_open(pid)
        while True:
            ready = select.select([pidfd, conn], [], [])[0]
            if pidfd in ready:
                break
            if not conn.recv(1 << 16):  # the launch is gone: so is its kernel
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
                break
        _, status = os.waitpid(pid, 0)
        with contextlib.suppress(OSError):
            conn.send(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode())
        code = 0
    except Exception:  # noqa: BLE001 - the launch sees its connection close without a status
        traceback.print_exc()
    finally:
        os._exit(code)


def kernel(request: dict, fds: list[int]) -> None:
    """In the forked kernel: become `python -m ipykernel_launcher ARGS`; never returns."""

    def setup() -> None:
        os.setsid()  # its own process group, as Jupyter starts kernels
        for target, fd in zip((0, 1, 2), fds, strict=True):
            os.dup2(fd, target)
            os.close(fd)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.path[0] = request["cwd"]  # what `python -m` puts first

    def ipykernel() -> None:
        from ipykernel import kernelapp

        kernelapp.launch_new_instance(argv=request["args"])

    become(setup, ipykernel, ["ipykernel_launcher", *request["args"]], request["cwd"], request["env"])


def main(argv: list[str]) -> None:
    command, rest = argv[0], argv[1:]
    if command == "kernelspec":
        print(write_kernelspec(Path(rest[0])))
    elif command == "launch":
        launch(rest)
    elif command == "serve":
        serve(rest[0])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
