"""Running nbgrader's own commands in a child process, with our configuration."""

from __future__ import annotations

import os
import subprocess
import sys
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
    """Run `python -m nbgrader ARGS` in CWD (which holds an nbgrader_config.py) and return it.

    Raises CourseError when the child times out; the caller reads returncode and output.
    """
    cmd = [sys.executable, "-m", "nbgrader", *args]
    try:
        return subprocess.run(
            cmd,
            cwd=cwd,
            env=env or course_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise CourseError(f"nbgrader {' '.join(args)} took longer than {timeout:.0f} s") from exc
