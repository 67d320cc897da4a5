"""The course's nbgrader settings, in one place.

Every nbgrader run reads them from here: the root `nbgrader_config.py` (plain `nbgrader ...`
commands), the scratch course `grader release` generates in, and each autograde worker. The
config files those runs load are one call to `configure()` (see `config_file()`).
"""

from __future__ import annotations

import os
import sys

# The gradebook's course row: nbgrader's default ('') makes no row, which PostgreSQL's foreign
# keys refuse (sqlite does not check them); every nbgrader run and every Gradebook() uses this one.
COURSE_ID = "nlpcourse"
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"
# Only notebooks are course material; helper files never travel with a release.
IGNORE = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
CELL_TIMEOUT = 30  # seconds; a cell that runs longer is interrupted and scores 0
# Output kept in an autograded notebook (and so in feedback), whatever a submission prints:
MAX_LINES = 1000  # lines of stream output per cell (nbgrader's LimitOutput)
MAX_TRACEBACK = 100  # lines of a traceback (nbgrader's LimitOutput)
MAX_OUTPUT_BYTES = 100_000  # bytes of output per cell, all kinds (LimitOutputBytes): one long line too


def venv_bin_on_path() -> None:
    """nbgrader runs `alembic` by name when it creates a gradebook: put this interpreter's
    scripts folder on PATH, so `.venv/bin/nbgrader` works without an activated virtualenv."""
    bindir = os.path.dirname(sys.executable)
    path = os.environ.get("PATH", "")
    if bindir not in path.split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + path


def configure(c, root: str, db_url: str, *, source: str = "solutions", release: str = "notebooks",
              cell_timeout: int = CELL_TIMEOUT, kernel: str | None = None, runtime: str | None = None,
              referee: str | None = None) -> None:
    """Apply the course's nbgrader settings to the config object C of a course at ROOT.

    KERNEL and RUNTIME name a sandboxed kernelspec and the folder of its IPC sockets (the
    sandbox has no network, so the kernel talks over unix sockets; grader/sandbox.py).
    REFEREE names the folder of the instructor's notebooks whose test cells the referee runs
    beside the kernel (grader/execute.py); its reports are written to ROOT.
    """
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        IgnorePattern,
        LimitOutput,
        SaveAutoGrades,
    )

    from grader.execute import GradingExecute
    from grader.preprocessors import LimitOutputBytes

    venv_bin_on_path()
    c.CourseDirectory.root = root
    c.CourseDirectory.source_directory = source
    c.CourseDirectory.release_directory = release
    c.CourseDirectory.submitted_directory = "submitted"
    c.CourseDirectory.autograded_directory = "autograded"
    c.CourseDirectory.feedback_directory = "feedback"
    c.CourseDirectory.ignore = IGNORE
    c.CourseDirectory.db_url = db_url
    c.CourseDirectory.course_id = COURSE_ID
    c.ClearSolutions.code_stub = {"python": CODE_STUB}
    c.ClearSolutions.text_stub = TEXT_STUB
    c.Execute.timeout = cell_timeout
    c.Execute.interrupt_on_timeout = True
    # Results are in once the last cell has run: kill the kernel rather than wait for its
    # interpreter to tear down torch and friends (1-3 s a notebook).
    c.Execute.shutdown_kernel = "immediate"
    c.LimitOutput.max_lines = MAX_LINES
    c.LimitOutput.max_traceback = MAX_TRACEBACK
    c.LimitOutputBytes.max_bytes = MAX_OUTPUT_BYTES
    if kernel:
        c.Execute.kernel_name = kernel
        c.KernelManager.transport = "ipc"
        c.KernelManager.ip = os.path.join(runtime, "kernel")
        c.KernelManager.connection_file = os.path.join(runtime, "kernel.json")
        c.GradingExecute.runtime_dir = runtime
    if referee:
        c.GradingExecute.referee_source = referee
        c.GradingExecute.report_dir = root
    # nbgrader's own list, with our Execute (referee, bounds) and the byte cap after the line cap
    c.Autograde.autograde_preprocessors = [
        GradingExecute, IgnorePattern, ClearMetadataPreprocessor, LimitOutput, LimitOutputBytes,
        SaveAutoGrades, AssignLatePenalties, CheckCellMetadata,
    ]


def config_file(root: str, db_url: str, **options) -> str:
    """The text of an nbgrader_config.py that applies these settings (OPTIONS: see configure)."""
    args = "".join(f", {k}={v!r}" for k, v in sorted(options.items()))
    return (
        "from grader.settings import configure\n\n"
        f"configure(get_config(), {root!r}, {db_url!r}{args})  # noqa: F821\n"
    )
