"""The referee: plain data on the wire, and tests re-run outside a tampered kernel."""

from __future__ import annotations

import base64
import pickle
import subprocess
import sys
from collections import Counter, OrderedDict

import nbformat
import numpy as np
import pytest
import torch
from nbclient import NotebookClient
from scipy import sparse

from grader import agent, mirror, wire
from grader.course import write_notebook
from grader.nbgrader_run import course_env
from grader.referee import KernelLink, Report, run_test
from grader.referee import TestNamespace as Namespace  # (not collected as a test class)
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
        [sys.executable, "-m", "grader.referee", str(source), str(submission), str(out), "--cell-timeout", "60"],
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


def test_a_test_cell_compiles_as_in_the_kernel():
    # annotations are not postponed (this module's __future__ import is not inherited), and a
    # dataclass with a string annotation finds the module it was defined in
    source = ("from dataclasses import dataclass\n\n@dataclass\nclass P:\n    a: 'int' = 1\n    b: int = 2\n\n"
              "assert P().a == 1 and P.__annotations__['b'] is int")
    verdict = run_test(Namespace(link=None), "test_p", source)  # no name in it is looked up in a kernel
    assert verdict.passed, verdict.message


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


# ---------------------------------------------------------------- objects of the test's own


def notebook(setup: str, solution: str, tests: dict[str, str], helpers: str = "") -> nbformat.NotebookNode:
    """A notebook: SETUP, the graded SOLUTION cell, an ordinary HELPERS cell, then one graded test cell per TESTS item."""
    meta = {"grade": False, "solution": True, "locked": False, "schema_version": 3, "grade_id": "answer"}
    test_meta = {"grade": True, "solution": False, "locked": True, "points": 1, "schema_version": 3}
    cells = [nbformat.v4.new_code_cell(setup), nbformat.v4.new_code_cell(solution, metadata={"nbgrader": meta})]
    if helpers:
        cells.append(nbformat.v4.new_code_cell(helpers))
    cells += [nbformat.v4.new_code_cell(src, metadata={"nbgrader": test_meta | {"grade_id": gid}})
              for gid, src in tests.items()]
    return nbformat.v4.new_notebook(cells=cells)


TORCH = "import torch\nimport torch.nn.functional as F\nfrom torch import nn"

MODULES = '''\
def scale_(module, factor):
    with torch.no_grad():
        for p in module.parameters():
            p.mul_(factor)
    module.train()


def block(x, layer):
    return torch.tanh(F.linear(x, layer.weight, layer.bias))


class Adapter(nn.Module):
    def __init__(self, base):
        super().__init__()
        self.base = base
        base.requires_grad_(False)
        self.shift = nn.Parameter(torch.zeros(base.out_features))

    def forward(self, x):
        return self.base(x) + self.shift


def model_grads(model, loss_fn, x, y):
    return list(torch.autograd.grad(loss_fn(model(x), y), list(model.parameters())))


def draw(source, n):
    return [source.pick(i) for i in range(n)]


def twice(a):
    return [a, a]
'''

MODULE_TESTS = {
    # a module of the test's is mirrored in the kernel: changes travel both ways, in order
    "test_state": "lin = nn.Linear(3, 2).eval()\nw0 = lin.weight.detach().clone()\nscale_(lin, 2.0)\n"
                  "assert torch.equal(lin.weight, 2 * w0) and lin.training\n"
                  "with torch.no_grad():\n    lin.weight.fill_(1.0)\nscale_(lin, 3.0)\n"
                  "assert torch.equal(lin.weight, torch.full((2, 3), 3.0))",
    # autograd through the mirror's parameters and the arguments
    "test_grad": "torch.manual_seed(0)\nlin = nn.Linear(4, 3)\nx = torch.randn(5, 4, requires_grad=True)\n"
                 "got = torch.autograd.grad(block(x, lin).sum(), [x, lin.weight, lin.bias])\n"
                 "ref = torch.autograd.grad(torch.tanh(lin(x)).sum(), [x, lin.weight, lin.bias])\n"
                 "assert all(torch.allclose(a, b) for a, b in zip(got, ref, strict=True))",
    # the student's module holds ours; its own parameters are shared tensors; backward() reaches them
    "test_adapter": "base = nn.Linear(3, 2)\nad = Adapter(base)\n"
                    "assert isinstance(ad, nn.Module) and ad.base is base and not base.weight.requires_grad\n"
                    "assert isinstance(ad.shift, nn.Parameter) and any(p is ad.shift for p in ad.parameters())\n"
                    "ad(torch.ones(4, 3)).sum().backward()\n"
                    "assert torch.equal(ad.shift.grad, torch.full((2,), 4.0)) and base.weight.grad is None\n"
                    "with torch.no_grad():\n    ad.shift.fill_(1.0)\n"
                    "assert torch.allclose(ad(torch.zeros(1, 3)), base.bias + 1)",
    # a library function crosses by name, so the student's autograd runs through it in the kernel
    "test_library_function": "torch.manual_seed(1)\nnet = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))\n"
                             "x, y = torch.randn(6, 3), torch.randn(6, 1)\n"
                             "ref = torch.autograd.grad(F.mse_loss(net(x), y), list(net.parameters()))\n"
                             "got = model_grads(net, F.mse_loss, x, y)\n"
                             "assert all(torch.allclose(a, b) for a, b in zip(got, ref, strict=True))\n"
                             "assert all(p.grad is None for p in net.parameters())",
    # an object of the test's own stays here: the kernel's every use of it is a callback
    "test_callback_object": "class Scripted:\n    def __init__(self, answers):\n        self.answers = list(answers)\n\n"
                            "    def pick(self, i):\n        return self.answers.pop(0) * 10 + i\n\n\n"
                            "source = Scripted([1, 2, 3])\nassert draw(source, 3) == [10, 21, 32] and source.answers == []",
    # one object returned twice is one object here too, and an argument returned is the argument
    "test_identity": "a = torch.zeros(2)\nout = twice(a)\nassert out[0] is out[1] and out[0] is a",
    "test_reads_notebook": "assert block(torch.zeros(1, 3), nn.Linear(3, 2)).shape == (1, 2) and SCALE == 2",
}


def test_objects_of_the_test_cross_to_the_kernel_and_back(tmp_path):
    nb = notebook(TORCH, MODULES, MODULE_TESTS, helpers="SCALE = 2")
    write_notebook(nb, tmp_path / "nb.ipynb")
    report = referee_report(tmp_path, tmp_path / "nb.ipynb", tmp_path / "nb.ipynb")
    assert all(c.passed for c in report.cells.values()), report
    assert {gid: c.reads_notebook for gid, c in report.cells.items() if c.reads_notebook} == {
        "test_reads_notebook": ["SCALE"]}  # block comes from the graded cell, SCALE does not


PATCHED_FORWARD = '''\
def doubled(layer, x):
    out = layer(x)  # wrong: not doubled ...
    half = out.detach() / 2
    layer.forward = lambda inp: half  # ... and the test's layer now answers half of what it should
    return out
'''
DOUBLED_TEST = {"test_answer": "torch.manual_seed(0)\nlin = nn.Linear(3, 2)\nx = torch.randn(4, 3)\n"
                               "assert torch.allclose(doubled(lin, x), 2 * lin(x))"}


def test_tampering_with_the_kernels_copy_of_a_module_fools_only_the_kernel(tmp_path):
    source = notebook(TORCH, "def doubled(layer, x):\n    return 2 * layer(x)", DOUBLED_TEST)
    attack = notebook(TORCH, PATCHED_FORWARD, DOUBLED_TEST)
    write_notebook(source, tmp_path / "source.ipynb")
    write_notebook(attack, tmp_path / "attack.ipynb")
    assert not in_kernel_error(attack)  # in its own kernel the test reads the patched layer
    report = referee_report(tmp_path, tmp_path / "source.ipynb", tmp_path / "attack.ipynb")
    assert not report.cells["test_answer"].passed  # the referee's layer was never patched


HF_SETUP = ("import torch\nfrom tokenizers import Tokenizer, models, pre_tokenizers\n"
            "from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast")
HF_SOLUTION = '''\
def make_tokenizer(words):
    backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(["[PAD]", "[UNK]"] + words)}, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    return PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]", pad_token="[PAD]", model_max_length=7)


def tiny_model(config):
    torch.manual_seed(0)
    return BertForSequenceClassification(config).eval()


def pad_id_of(model):
    return model.config.pad_token_id
'''
HF_TESTS = {
    # a tokenizer and a model the student's code made come back rebuilt from data
    "test_tokenizer": "tk = make_tokenizer(['a', 'b'])\n"
                      "assert isinstance(tk, PreTrainedTokenizerFast) and tk('a b c')['input_ids'] == [2, 3, 1]\n"
                      "assert tk.pad_token == '[PAD]' and tk.model_max_length == 7",
    "test_model": "cfg = BertConfig(vocab_size=20, hidden_size=8, num_hidden_layers=1, num_attention_heads=2, "
                  "intermediate_size=16, num_labels=3)\nm = tiny_model(cfg)\n"
                  "assert type(m) is BertForSequenceClassification and m.config.num_labels == 3 and not m.training\n"
                  "torch.manual_seed(0)\nref = BertForSequenceClassification(cfg).eval()\n"
                  "ids = torch.tensor([[2, 3, 1]])\nwith torch.no_grad():\n"
                  "    assert torch.equal(m(input_ids=ids).logits, ref(input_ids=ids).logits)",
    # a model of the test's is mirrored with its config; a config change here reaches the kernel
    "test_config": "m = BertForSequenceClassification(BertConfig(vocab_size=20, hidden_size=8, num_hidden_layers=1, "
                   "num_attention_heads=2, intermediate_size=16))\nassert pad_id_of(m) == 0\n"
                   "m.config.pad_token_id = 5\nassert pad_id_of(m) == 5",
}


def test_library_objects_come_back_rebuilt_from_data(tmp_path):
    write_notebook(notebook(HF_SETUP, HF_SOLUTION, HF_TESTS), tmp_path / "nb.ipynb")
    report = referee_report(tmp_path, tmp_path / "nb.ipynb", tmp_path / "nb.ipynb")
    assert all(c.passed for c in report.cells.values()), report


def test_the_referee_runs_no_code_the_kernel_sends():
    link = object.__new__(KernelLink)  # only its decoding side: no kernel
    link.mirrors = agent.Mirrors()
    pickled = {"$": "pickle", "id": 1, "b64": base64.b64encode(pickle.dumps(print)).decode(), "tensors": [], "nested": []}
    new = agent.tensor_state(torch.zeros(1), mirror.encode_plain)
    for bad in (pickled, {"$": "qualname", "module": "os", "name": "system"}, {"$": "callback", "id": 1},
                {"$": "proxy", "id": 1}, {"$": "mirror", "id": 1, "kind": "random", "state": {}},
                {"$": "object", "id": 5}, {"$": "shared", "id": 3}, {"$": "shared", "id": 3, "new": new}):
        with pytest.raises(wire.WireError):
            link.from_kernel(bad)
    for name in ("Tokenizer", "__import__", "AutoModel", "PretrainedConfig"):
        with pytest.raises(wire.WireError):
            mirror.rebuild_model({"name": name, "config": {"$": "dict", "v": []}, "parameters": [], "buffers": []})
    # isinstance(handle, cls) holds only for classes of trusted libraries, never for a class of data
    assert mirror.trusted_class(("__main__:Fake", "torch.nn.modules.module:Module", "builtins:object")) is torch.nn.Module
    assert mirror.trusted_class(("torch:Tensor", "torch._C:TensorBase", "builtins:object")) is None
    assert mirror.trusted_class(("os:PathLike", "builtins:object")) is None
