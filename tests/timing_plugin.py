"""A pytest plugin that adds each test file's total run time to the timing report.

ci/test.sh loads it for the nbval run (`-p tests.timing_plugin`), where every cell of a notebook
is a test item: the report gets one line per notebook. TIMING_REPORT names the file.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

_seconds: dict[str, float] = defaultdict(float)


def pytest_runtest_logreport(report) -> None:
    _seconds[Path(str(report.fspath)).name] += report.duration


def pytest_sessionfinish(session) -> None:
    path = os.environ.get("TIMING_REPORT")
    if not path or hasattr(session.config, "workerinput"):  # xdist workers: the controller writes
        return
    with open(path, "a") as fh:
        for name, seconds in sorted(_seconds.items()):
            fh.write(f"{seconds:8.1f} s  nbval {name}\n")
