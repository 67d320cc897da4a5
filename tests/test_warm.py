"""The warm nbgrader server: runs forked from it behave as new interpreters do."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from grader.course import CourseError
from grader.nbgrader_run import course_env, run_nbgrader

# An nbgrader_config.py is Python that nbgrader runs: these probe the process it runs in.
PROBE = """
import grader.settings as s
print("probe:", getattr(s, "_probe", "fresh"))
s._probe = "dirty"
"""


def write_config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nbgrader_config.py").write_text(text)
    return folder


@pytest.mark.parametrize("cold", ["0", "1"])
def test_each_run_starts_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cold: str) -> None:
    monkeypatch.setenv("COURSE_NBGRADER_COLD", cold)
    folder = write_config(tmp_path, PROBE)
    for _ in range(2):
        proc = run_nbgrader(["list"], cwd=folder, env=course_env(), timeout=120)
        assert "probe: fresh" in proc.stdout, proc.stdout


def test_a_run_sees_its_own_folder_and_environment(tmp_path: Path) -> None:
    folder = write_config(tmp_path, 'import os\nprint("cwd:", os.getcwd(), "mark:", os.environ["PROBE_MARK"])\n')
    proc = run_nbgrader(["list"], cwd=folder, env=course_env({"PROBE_MARK": "m41"}), timeout=120)
    assert f"cwd: {folder} mark: m41" in proc.stdout, proc.stdout


def test_a_failing_run_reports_its_status_and_output(tmp_path: Path) -> None:
    folder = write_config(tmp_path, "raise RuntimeError('broken config 7')\n")
    proc = run_nbgrader(["list"], cwd=folder, env=course_env(), timeout=120)
    assert proc.returncode != 0
    assert "broken config 7" in proc.stdout


def test_a_run_past_its_time_is_killed_with_what_it_started(tmp_path: Path) -> None:
    pidfile = tmp_path / "child.pid"
    folder = write_config(tmp_path / "course", (
        "import subprocess, time\n"
        f"p = subprocess.Popen(['sleep', '300'])\nopen({str(pidfile)!r}, 'w').write(str(p.pid))\n"
        "time.sleep(300)\n"))
    start = time.monotonic()
    with pytest.raises(CourseError, match="took longer than 3 s"):
        run_nbgrader(["list"], cwd=folder, env=course_env(), timeout=3)
    assert time.monotonic() - start < 60
    child = int(pidfile.read_text())
    for _ in range(50):
        if not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]:
            break
        time.sleep(0.1)
    else:
        os.kill(child, 9)
        pytest.fail("the run's child outlived its time-out")


def test_preloaded_imports_reach_each_run_and_a_bad_one_is_skipped(tmp_path: Path) -> None:
    # The grading process preloads the instructor notebooks' imports (grader/autograde.py); a
    # statement that fails there is skipped, as the referee skips it, and runs still start clean.
    from grader.nbgrader_run import warm_server

    server = warm_server()
    assert server is not None
    folder = write_config(tmp_path, 'import sys\nprint("loaded:", "tabnanny" in sys.modules)\n' + PROBE)
    before = run_nbgrader(["list"], cwd=folder, env=course_env(), timeout=120)
    assert "loaded: False" in before.stdout, before.stdout
    failed = server.preload(["import tabnanny", "import no_such_module_q7"])
    assert failed == ["import no_such_module_q7"]
    proc = run_nbgrader(["list"], cwd=folder, env=course_env(), timeout=120)
    assert "loaded: True" in proc.stdout and "probe: fresh" in proc.stdout, proc.stdout
