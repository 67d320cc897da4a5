"""A bubblewrap sandbox for grading kernels.

Each submission's kernel runs in its own namespaces with no network, a private /tmp and
/home, a read-only view of the interpreter, the system and the course support package, and
write access to nothing but its own working copy and the folder of its IPC sockets. It never
sees solutions/, mutants/, the gradebook or another student's files. CPU time, memory, file
size are capped with rlimits (util-linux `prlimit`); the kernel dies with its grader.

The number of processes and threads is capped by a `pids` cgroup when the host lets us make
one (cgroup v1 at /sys/fs/cgroup/pids, as on this course's CI machines), and by RLIMIT_NPROC
otherwise. The latter does not bind root, so grading as root without a writable pids cgroup
leaves fork bombs unbounded: `process_limit_warning()` says so.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

KERNEL_NAME = "course-sandbox"


class SandboxUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 900  # CPU time of the whole kernel
    memory_mb: int = 6144  # address space (torch reserves much more than it touches)
    file_mb: int = 64  # largest file the kernel may write
    tmp_mb: int = 512  # size of the private /tmp (a RAM-backed tmpfs)
    processes: int = 256  # processes + threads (torch and the kernel use ~20 threads)


PIDS_CGROUP = Path("/sys/fs/cgroup/pids")
CGROUP_PARENT = "zh-nlp-course"


def available() -> bool:
    """True when bubblewrap and prlimit are installed (util-linux ships prlimit)."""
    return shutil.which("bwrap") is not None and shutil.which("prlimit") is not None


def require() -> None:
    if not available():
        raise SandboxUnavailable(
            "the grading sandbox needs bubblewrap and prlimit on the host "
            "(Debian/Ubuntu: apt-get install bubblewrap util-linux). Install them, or pass "
            "--no-sandbox to grade WITHOUT isolation (only for code you trust)."
        )


def readonly_paths(course_root: Path) -> list[Path]:
    """What a kernel may read: interpreter, virtualenv, system folders, the student-side support
    package (with its built course models) and the data manifest. Nothing else of the course:
    not nlpcourse_instructor/, solutions/, mutants/ or the gradebook."""
    system = [Path(p) for p in ("/usr", "/bin", "/lib", "/lib64", "/sbin", "/etc")]
    interpreter = [Path(sys.base_prefix), Path(sys.prefix)]
    support = [course_root / "nlpcourse", course_root / "datasets"]
    return [p for p in (*system, *interpreter, *support) if p.exists()]


def pids_cgroup_available() -> bool:
    return PIDS_CGROUP.is_dir() and os.access(PIDS_CGROUP, os.W_OK)


def process_limit_warning() -> str | None:
    """Why the process count of kernels is not bounded on this host, or None when it is."""
    if pids_cgroup_available() or os.geteuid() != 0:
        return None
    return (f"WARNING: no writable pids cgroup at {PIDS_CGROUP} and grading as root, where "
            "RLIMIT_NPROC does not apply: a fork bomb in a submission is not bounded.")


def make_pids_cgroup(name: str, limits: Limits) -> Path | None:
    """A pids cgroup capped at limits.processes for one submission's kernels (None if unavailable)."""
    if not pids_cgroup_available():
        return None
    group = PIDS_CGROUP / CGROUP_PARENT / name
    try:
        group.mkdir(parents=True, exist_ok=True)
        (group / "pids.max").write_text(str(limits.processes))
    except OSError:
        return None
    return group


def remove_pids_cgroup(name: str) -> None:
    """Kill what is left in the cgroup NAME (made by make_pids_cgroup) and remove it."""
    import signal
    import time

    group = PIDS_CGROUP / CGROUP_PARENT / name
    for _ in range(50):
        if not group.is_dir():
            return
        try:
            for pid in (group / "cgroup.procs").read_text().split():
                os.kill(int(pid), signal.SIGKILL)
            group.rmdir()
            return
        except (OSError, ValueError):
            time.sleep(0.1)


def bwrap_argv(
    course_root: Path, writable: list[Path], limits: Limits, cgroup: Path | None = None
) -> list[str]:
    """The command prefix that runs a program inside the sandbox (in CGROUP, if given)."""
    join = ["/bin/sh", "-c", 'echo $$ > "$0/cgroup.procs" && exec "$@"', str(cgroup)] if cgroup else []
    argv = [
        *join,
        shutil.which("prlimit") or "prlimit",
        f"--cpu={limits.cpu_seconds}",
        f"--as={limits.memory_mb * 1024 * 1024}",
        f"--fsize={limits.file_mb * 1024 * 1024}",
        f"--nproc={limits.processes}",
        "--",
        shutil.which("bwrap") or "bwrap",
        "--die-with-parent",
        "--new-session",
        "--unshare-all",  # no network, own pid/ipc/uts/user/cgroup namespaces
        "--proc", "/proc",
        "--dev", "/dev",
        "--size", str(limits.tmp_mb * 1024 * 1024), "--tmpfs", "/tmp",
        "--tmpfs", "/home",
        "--setenv", "HOME", "/tmp/home",
        "--setenv", "IPYTHONDIR", "/tmp/ipython",
        "--setenv", "MPLCONFIGDIR", "/tmp/matplotlib",
        "--setenv", "HF_HOME", "/tmp/hf",
        "--setenv", "TMPDIR", "/tmp",
        "--unsetenv", "JPY_PARENT_PID",
        "--unsetenv", "NBGRADER_EXECUTION",  # grading should look like any other run
        "--chdir", "/tmp",  # the kernel never sees the folder of the notebook it runs
    ]
    seen: set[Path] = set()
    for path in readonly_paths(course_root):
        if path not in seen:
            argv += ["--ro-bind", str(path), str(path)]
            seen.add(path)
    for path in writable:
        argv += ["--bind", str(path), str(path)]
    return argv


def write_kernelspec(
    jupyter_dir: Path, course_root: Path, writable: list[Path], limits: Limits,
    cgroup: Path | None = None,
) -> str:
    """Write a kernelspec named KERNEL_NAME under JUPYTER_DIR/kernels; return its name."""
    spec_dir = jupyter_dir / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    argv = bwrap_argv(course_root, writable, limits, cgroup) + [
        sys.executable,
        "-m",
        "ipykernel_launcher",
        "-f",
        "{connection_file}",
    ]
    spec = {
        "argv": argv,
        "display_name": "Python 3 (grading sandbox)",
        "language": "python",
        # bwrap does not forward signals: interrupts travel as messages on the control channel.
        "interrupt_mode": "message",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    return KERNEL_NAME
