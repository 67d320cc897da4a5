"""Warm kernels (grader/warmkernel.py): a forked kernel behaves as a new one would."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from grader import warmkernel


@pytest.fixture
def warm_env(tmp_path, monkeypatch):
    """The course-warm kernelspec on JUPYTER_PATH, a private socket folder, a cheap preload."""
    warmkernel.write_kernelspec(tmp_path / "jupyter")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("COURSE_WARM_KERNELS", str(tmp_path / "sockets"))
    monkeypatch.setenv("COURSE_WARM_PRELOAD", "json,decimal")
    return tmp_path


def run(sources: list[str], folder: Path, timeout: int = 60, **env) -> list:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    client = NotebookClient(nb, kernel_name=warmkernel.KERNEL_NAME, timeout=timeout, allow_errors=True,
                            interrupt_on_timeout=True, resources={"metadata": {"path": str(folder)}})
    client.execute(env={**os.environ, **env})
    return [c.outputs for c in nb.cells]


def text(outputs) -> str:
    return "".join(o.get("text", "") + o.get("ename", "") for o in outputs)


def test_a_forked_kernel_runs_where_and_as_it_was_asked(warm_env):
    folder = warm_env / "nb"
    folder.mkdir()
    out = run(["import os, sys; print(os.getcwd(), os.environ['PROBE'], sys.path[0])",
               "print('decimal' in sys.modules)",
               "decimal.Decimal(1)"], folder, PROBE="x1")
    assert text(out[0]).split() == [str(folder), "x1", str(folder)]
    assert text(out[1]).strip() == "True"  # preloaded: in sys.modules ...
    assert "NameError" in text(out[2])  # ... but not a name the notebook can use unimported
    assert list((warm_env / "sockets").glob("*.sock")), "no server was started: the kernel was not warm"


def test_one_server_serves_many_kernels_and_each_starts_clean(warm_env):
    pids = [text(run(["import os; X = 1; print(os.getpid(), os.getppid())"], warm_env)[0]).split()
            for _ in range(2)]
    assert pids[0][0] != pids[1][0]
    assert len(list((warm_env / "sockets").glob("*.sock"))) == 1
    assert "NameError" in text(run(["X"], warm_env)[0])


def test_an_interrupt_reaches_the_forked_kernel(warm_env):
    start = time.monotonic()
    out = run(["while True:\n    pass", "print('after')"], warm_env, timeout=3)
    assert "after" in text(out[1]), out
    assert time.monotonic() - start < 40


def test_a_killed_launch_takes_its_kernel_with_it(warm_env):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=warmkernel.KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    kc.execute("import os; print(os.getpid())")
    pid = None
    while pid is None:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["msg_type"] == "stream":
            pid = int(msg["content"]["text"])
    kc.stop_channels()
    os.kill(km.provisioner.pid, signal.SIGKILL)  # the launch, as Jupyter knows the kernel
    km.provisioner.process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    pytest.fail("the forked kernel outlived its launch")


def test_without_a_server_the_launch_is_a_plain_kernel(warm_env, monkeypatch):
    monkeypatch.setenv("COURSE_WARM_KERNELS", "/proc/no-such-folder")  # cannot be made
    out = run(["import sys; print(sys.argv[0].endswith('ipykernel_launcher.py'))"], warm_env)
    assert text(out[0]).strip() == "True"
