"""The referee: plain data on the wire, and tests re-run outside a tampered kernel."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, OrderedDict

import nbformat
import numpy as np
import pytest
import torch
from nbclient import NotebookClient
from scipy import sparse

from grader import wire
from grader.course import write_notebook
from grader.nbgrader_run import course_env
from grader.referee import KernelLink, Report
from tests.conftest import FIXTURE


def no_handles(value):
    raise AssertionError(f"unexpected handle for {type(value)}")


def refuse(data):
    raise wire.WireError(f"not taken here: {data['$']}")


def round_trip(value):
    return wire.decode(wire.encode(value, no_handles), no_handles)


@pytest.mark.parametrize("value", [
    None, True, 3, 2.5, float("inf"), "中文", b"\x00\x01", 10**30,
    [1, (2, 3), {4, 5}, frozenset({6})], {"a": [1, 2], (1, 2): "tuple key"},
    Counter("abca"), OrderedDict(b=1, a=2),
])
def test_plain_python_values_round_trip(value):
    got = round_trip(value)
    assert got == value and type(got) is type(value)


def test_arrays_tensors_and_sparse_round_trip():
    arr = np.arange(12, dtype=np.int16).reshape(3, 4)
    assert np.array_equal(round_trip(arr), arr) and round_trip(arr).dtype == np.int16
    assert round_trip(np.float32(1.5)) == np.float32(1.5) and type(round_trip(np.float32(1.5))) is np.float32
    for t in (torch.randn(2, 3), torch.arange(5), torch.randn(4).to(torch.bfloat16), torch.zeros(0, 2)):
        got = round_trip(t)
        assert got.dtype == t.dtype and torch.equal(got, t)
    assert round_trip(torch.ones(2, requires_grad=True)).requires_grad
    assert round_trip(torch.Size([2, 3])) == torch.Size([2, 3]) and round_trip(torch.float16) is torch.float16
    m = sparse.csr_matrix(np.array([[0, 1], [2, 0]]))
    got = round_trip(m)
    assert isinstance(got, sparse.csr_matrix) and (got != m).nnz == 0


def test_what_student_code_makes_arrives_as_exact_builtin_types():
    class Anything(float):
        def __eq__(self, other):
            return True

        __hash__ = float.__hash__

    class Sneaky(dict):
        pass

    got = round_trip([Anything(0.0), Sneaky(a=1)])
    assert type(got[0]) is float and got[0] != 2.0
    assert type(got[1]) is dict


def test_objects_stay_behind_as_handles_and_bad_data_is_refused():
    handles = []
    data = wire.encode([object(), np.array([object()])], lambda v: handles.append(v) or {"$": "handle", "id": 1})
    assert len(handles) == 2
    for bad in ({"$": "ndarray", "dtype": "|O", "shape": [1], "b64": ""}, {"$": "pickle"}, [1, 2], {"x": 1}):
        with pytest.raises(wire.WireError):
            wire.decode(bad, refuse)  # references are the caller's to take or refuse
    assert wire.decode(data, lambda d: "handle") == ["handle", "handle"]


def test_one_object_sent_twice_arrives_as_one_object():
    a, t = [1, 2], torch.zeros(2)
    got = round_trip([a, a, t, {"t": t}])
    assert got[0] is got[1] and got[2] is got[3]["t"] and got[0] == [1, 2]


def test_grad_tensors_are_walked_in_the_same_order_on_both_sides():
    a, b = torch.ones(1, requires_grad=True), torch.ones(2, requires_grad=True)
    value = {"x": [a, torch.zeros(1)], "y": (b,)}
    assert [t.shape for t in wire.grad_tensors(round_trip(value))] == [(1,), (2,)]


# ---------------------------------------------------------------- whole notebooks


def referee_report(tmp_path, source, submission) -> Report:
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "grader.referee", str(source), str(submission), str(out), "--cell-timeout", "20"],
        env=course_env({"COURSE_FAST": "1"}), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return Report.from_json(out.read_text())


def test_referee_passes_the_solution_and_fails_the_stubs(tmp_path):
    solution = FIXTURE / "solutions" / "t00_demo" / "t00_demo.ipynb"
    release = FIXTURE / "notebooks" / "t00_demo" / "t00_demo.ipynb"
    assert all(c.passed for c in referee_report(tmp_path, solution, solution).cells.values())
    report = referee_report(tmp_path, solution, release)
    assert set(report.cells) == {"test_add", "test_mean"}
    assert not any(c.passed for c in report.cells.values())
    assert all("NotImplementedError" in c.message for c in report.cells.values())


def graded_notebook(solution: str, test: str) -> nbformat.NotebookNode:
    meta = {"grade": False, "solution": True, "locked": False, "schema_version": 3}
    test_meta = {"grade": True, "solution": False, "locked": True, "points": 1, "schema_version": 3}
    cells = [nbformat.v4.new_code_cell("import numpy as np\nimport torch"),
             nbformat.v4.new_code_cell(solution, metadata={"nbgrader": meta | {"grade_id": "answer"}}),
             nbformat.v4.new_code_cell(test, metadata={"nbgrader": test_meta | {"grade_id": "test_answer"}})]
    return nbformat.v4.new_notebook(cells=cells)


def in_kernel_error(nb) -> bool:
    NotebookClient(nb, allow_errors=True, kernel_name="python3", timeout=60).execute()
    return any(o.get("output_type") == "error" for o in nb.cells[-1].outputs)


TEST = "x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)\n" \
       "assert np.allclose(double(np.arange(3.0)), [0.0, 2.0, 4.0])\n" \
       "double(x).sum().backward()\n" \
       "assert torch.equal(x.grad, torch.full((3,), 2.0)), x.grad"


def test_gradients_flow_back_from_the_kernel(tmp_path):
    good = graded_notebook("def double(x):\n    return 2 * x", TEST)
    write_notebook(good, tmp_path / "good.ipynb")
    report = referee_report(tmp_path, tmp_path / "good.ipynb", tmp_path / "good.ipynb")
    assert report.cells["test_answer"].passed, report


def test_an_error_in_a_cell_does_not_make_the_kernel_abort_the_next_request():
    # ipykernel aborts an execute request that arrives right after one that failed, unless the
    # request says stop_on_error=False (a race: the next notebook cell or the agent's loading)
    sent = {}

    class Client:
        def execute(self, code, **options):
            sent.update(options)
            raise RuntimeError('sent')

    link = object.__new__(KernelLink)
    link.kc = Client()
    with pytest.raises(RuntimeError):
        link.execute("1", timeout=1)
    assert sent["stop_on_error"] is False


def test_a_patched_numpy_fools_the_kernel_but_not_the_referee(tmp_path):
    source = graded_notebook("def double(x):\n    return 2 * x", TEST)
    attack = graded_notebook("np.allclose = lambda *a, **k: True\ntorch.equal = lambda *a, **k: True\n"
                             "def double(x):\n    return x * 1", TEST)
    write_notebook(source, tmp_path / "source.ipynb")
    write_notebook(attack, tmp_path / "attack.ipynb")
    assert not in_kernel_error(attack)  # the attack works on tests run in its own kernel
    report = referee_report(tmp_path, tmp_path / "source.ipynb", tmp_path / "attack.ipynb")
    assert not report.cells["test_answer"].passed


def test_test_functions_are_called_back_and_in_place_changes_come_back(tmp_path):
    test = "a = np.ones(3)\nscale_(a, lambda v: v * 1.5)\nassert np.array_equal(a, np.full(3, 3.0)), a"
    nb = graded_notebook("def scale_(x, f):\n    x *= f(2.0)", test)
    write_notebook(nb, tmp_path / "nb.ipynb")
    report = referee_report(tmp_path, tmp_path / "nb.ipynb", tmp_path / "nb.ipynb")
    assert report.cells["test_answer"].passed, report
