"""The referee: a second, out-of-process run of each graded test cell.

nbgrader runs the hidden tests in the student's own kernel, after the student's code, so that
code can rewrite the test cells (input transformers), hide their errors, patch numpy or torch,
or return objects that compare equal to anything. The referee gives each test cell a verdict
none of that can fake:

1. a fresh sandboxed kernel runs the submission's cells, except the graded tests, and loads a
   small agent (grader/agent.py);
2. this process, which never runs student code, executes the instructor's test cell source
   with its own numpy and torch. Every name the test reads that this process does not define
   (the student's functions, the notebook's data) is looked up in the kernel: plain data comes
   back by value as fresh objects of exact built-in types (grader/wire.py), everything else as
   a handle whose calls, attributes and items run in the kernel and answer in plain data again.

So the comparisons, the assertions and the test's own reference code all run here. What the
kernel controls is only what the student's functions return for the inputs they are given.

Objects of the test's own cross too (grader/mirror.py): a library object (a torch module, a
Hugging Face model, an optimizer) is pickled into the kernel and kept there as a mirror whose
tensors, training flags and config are synced both ways after every request; the test's own
functions and objects stay here and are called back; gradients flow back through backward()
to the arguments and to every tensor the result depends on. Nothing the kernel sends is
unpickled or evaluated: a tokenizer or model the student's code makes is rebuilt here from data.

Which test cells the referee can re-run is decided by running it on the instructor's
solution: the cells it passes there are "refereed"; the rest keep the in-kernel verdict only
(autograde.py lists them). The report also lists, per test cell, the names the test read from
the kernel that no graded solution cell defines: notebook variables student code could rewrite.

Run as `python -m grader.referee SOURCE SUBMISSION OUT [--kernel NAME] [--runtime DIR]`; it
writes a JSON report of every test cell to OUT.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import functools
import json
import os
import queue
import random
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from grader import agent as agent_module
from grader import mirror, wire
from grader.course import grade_id, is_graded_test, is_solution, read_notebook

KERNEL_START_TIMEOUT = 120


class RemoteError(Exception):
    """An exception raised by student code in the kernel that is not a built-in one."""


class KernelGone(RuntimeError):
    """The kernel died or stopped answering: nothing more can be asked of it."""


# ---------------------------------------------------------------- the kernel


class KernelTimeout(TimeoutError):
    """A request to the kernel got no answer in time (the kernel was interrupted)."""


class KernelLink:
    """A kernel that ran the submission, and the agent requests sent to it.

    The link either starts a kernel of its own (`KernelLink.start`, the standalone referee) or
    attaches a second client to the kernel nbgrader is running the notebook in
    (`KernelLink.attach`, grader/execute.py): then the notebook's cells run once, in one kernel.
    """

    def __init__(self, kc, cell_timeout: float, *, alive: Callable[[], bool],
                 interrupt: Callable[[], None], shutdown: Callable[[], None] | None = None):
        self.kc = kc
        self.cell_timeout = cell_timeout
        self.deadline: float | None = None  # a test cell's time runs out here (monotonic clock)
        self.channel = None  # the agent's socket (open_channel)
        self.cell_msg: str | None = None  # the execute request serving the channel, during a test cell
        self._alive, self._interrupt_kernel, self._shutdown = alive, interrupt, shutdown
        self.mirrored: dict[int, tuple[str, Any]] = {}
        self.callbacks: dict[int, Any] = {}
        self.mirrors = agent_module.Mirrors()
        self.sender = mirror.Sender(self.mirrors, self.reference)

    @classmethod
    def start(cls, kernel_name: str, runtime: Path | None, cell_timeout: float) -> KernelLink:
        """A new kernel of KERNEL_NAME (sandboxed: its sockets in RUNTIME), linked."""
        from jupyter_client import KernelManager

        kwargs: dict[str, Any] = {"kernel_name": kernel_name}
        if runtime is not None:  # the sandbox sees only this folder: sockets and connection file
            kwargs |= {"transport": "ipc", "ip": str(runtime / "referee"),
                       "connection_file": str(runtime / "referee.json")}
        km = KernelManager(**kwargs)
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=KERNEL_START_TIMEOUT)
        return cls(kc, cell_timeout, alive=km.is_alive, interrupt=km.interrupt_kernel,
                   shutdown=lambda: km.shutdown_kernel(now=True))

    @classmethod
    def attach(cls, connection_info: dict, cell_timeout: float, *, alive: Callable[[], bool],
               interrupt: Callable[[], None]) -> KernelLink:
        """A second client of a running kernel (its CONNECTION_INFO); the kernel stays its owner's."""
        from jupyter_client import BlockingKernelClient

        kc = BlockingKernelClient()
        kc.load_connection_info(connection_info)
        kc.start_channels()
        return cls(kc, cell_timeout, alive=alive, interrupt=interrupt)

    def close(self) -> None:
        if self.channel is not None:
            self.channel.close()
        try:
            self.kc.stop_channels()
        finally:
            if self._shutdown is not None:
                self._shutdown()

    def _deadline(self, timeout: float) -> float:
        """When a request sent now must have its answer: TIMEOUT, within the test cell's time."""
        deadline = time.monotonic() + timeout
        return deadline if self.deadline is None else min(deadline, self.deadline)

    def _drain_output(self) -> None:
        while True:
            try:
                self.kc.get_iopub_msg(timeout=0)
            except queue.Empty:
                return

    def execute(self, code: str, timeout: float, user_expressions: dict | None = None) -> dict:
        """Run CODE; return the execute reply's content. Raises TimeoutError or KernelGone."""
        import zmq

        # stop_on_error=False: an error in one cell must not make the kernel abort the next request
        msg_id = self.kc.execute(code, store_history=False, allow_stdin=True,
                                 user_expressions=user_expressions or {}, stop_on_error=False)
        poller = zmq.Poller()
        poller.register(self.kc.shell_channel.socket, zmq.POLLIN)
        poller.register(self.kc.stdin_channel.socket, zmq.POLLIN)
        deadline = self._deadline(timeout)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._interrupt(msg_id)
                raise KernelTimeout(f"no answer within {self.cell_timeout:g} s")
            ready = dict(poller.poll(timeout=int(min(remaining, 0.5) * 1000)))
            if self.kc.stdin_channel.socket in ready:
                self._answer_input(self.kc.get_stdin_msg(timeout=1))
            if self.kc.shell_channel.socket not in ready:
                self._drain_output()
                if not self._alive():
                    raise KernelGone("the kernel died")
                continue
            msg = self.kc.get_shell_msg(timeout=1)
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                self._drain_output()
                return msg["content"]

    def _answer_input(self, msg: dict) -> None:
        """Serve a callback (the agent asks through input()); any other input() gets ''."""
        prompt = str(msg.get("content", {}).get("prompt", ""))
        if not prompt.startswith(agent_module.CALLBACK_PROMPT):
            self.kc.input("")
            return
        try:
            reply = self._callback(json.loads(prompt[len(agent_module.CALLBACK_PROMPT):]))
        except ValueError:
            reply = {"error": "the callback request is not JSON"}
        self.kc.input(json.dumps(reply))

    def _interrupt(self, msg_id: str) -> None:
        """Interrupt a run that timed out and wait for its reply, or give the kernel up."""
        self._interrupt_kernel()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                msg = self.kc.get_shell_msg(timeout=0.5)
            except queue.Empty:
                self._drain_output()
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return
        raise KernelGone("the kernel did not recover from an interrupt")

    def run_cell(self, source: str) -> str | None:
        """Run one notebook cell; return its error (or None). Time-outs are errors."""
        try:
            reply = self.execute(source, self.cell_timeout)
        except KernelTimeout as exc:
            return f"TimeoutError: {exc}"
        if reply.get("status") == "error":
            return f"{reply.get('ename')}: {reply.get('evalue')}"
        return None

    def load_agent(self) -> None:
        sources = [("_course_wire", Path(wire.__file__).read_text()),
                   ("_course_referee", Path(agent_module.__file__).read_text())]
        code = (
            "import sys as _s, types as _t\n"
            f"for _name, _src in {sources!r}:\n"
            "    _m = _t.ModuleType(_name)\n"
            "    _s.modules[_name] = _m\n"
            "    exec(compile(_src, '<' + _name + '>', 'exec'), _m.__dict__)\n"
            "_s.modules['_course_referee'].start(get_ipython().user_ns)\n"
            "del _s, _t, _name, _src, _m\n"
        )
        reply = self.execute(code, KERNEL_START_TIMEOUT)
        if reply.get("status") != "ok":
            raise KernelGone(f"could not load the referee's agent: {reply.get('evalue')}")

    # ------------------------------------------------------------ agent requests

    def ask(self, op: str, **fields: Any) -> dict:
        """Send one agent operation; return its answer, or raise what the student code raised.

        What changed here in shared state since the last request goes with it, and what changed
        in the kernel comes back with the answer (and is applied even when the operation failed).
        """
        if sync := self.mirrors.changes(mirror.encode_plain):
            fields["sync"] = sync
        if "torch" in sys.modules:  # the kernel computes in the grad mode the test is in
            fields["grad_enabled"] = torch_grad_enabled()
        text = json.dumps({"op": op, **fields})
        if self.cell_msg is not None:
            answer = self._exchange(text)
        else:
            get = "__import__('_course_referee').last"
            code = f"{get} = __import__('_course_referee').agent.serve({text!r})"
            answer = self._answer(self.execute(code, self.cell_timeout, user_expressions={"r": get}))
        self._sync_mirrors(answer.get("mirrors", {}))
        self.mirrors.apply(answer.get("sync"), mirror.decode_plain)
        if "error" in answer:
            raise remote_exception(answer["error"])
        return answer

    # ------------------------------------------------------------ the channel (agent.serve_channel)

    def open_channel(self, folder: Path) -> None:
        """Have the agent connect to a unix socket in FOLDER (the sandboxed kernel sees it)."""
        import socket

        path = folder / f"channel-{os.getpid()}.sock"
        path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(path))
            listener.listen(1)
            listener.settimeout(KERNEL_START_TIMEOUT)
            reply = self.execute(f"__import__('_course_referee').connect({str(path)!r})", KERNEL_START_TIMEOUT)
            if reply.get("status") != "ok":
                raise KernelGone(f"the agent could not connect: {reply.get('evalue')}")
            self.channel, _ = listener.accept()
        finally:
            listener.close()
            path.unlink(missing_ok=True)

    def begin_cell(self) -> None:
        """One execute request serves the test cell's requests over the channel."""
        if self.channel is not None:
            self.cell_msg = self.kc.execute("__import__('_course_referee').serve_channel()", store_history=False,
                                            allow_stdin=False, stop_on_error=False)

    def end_cell(self) -> None:
        """Send END and wait for the serving request to finish."""
        if self.cell_msg is None:
            return
        msg_id, self.cell_msg = self.cell_msg, None
        agent_module.send_frame(self.channel, agent_module.END)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                msg = self.kc.get_shell_msg(timeout=0.5)
            except queue.Empty:
                if not self._alive():
                    raise KernelGone("the kernel died") from None
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                self._drain_output()
                return
        self._interrupt(msg_id)

    def _exchange(self, text: str) -> dict:
        """Send one request over the channel and wait for its answer, serving the callbacks the
        kernel makes meanwhile. Raises KernelTimeout (the kernel was interrupted) or KernelGone."""
        import select

        agent_module.send_frame(self.channel, text)
        deadline = self._deadline(self.cell_timeout)
        interrupted = False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if interrupted:
                    raise KernelGone("the kernel did not recover from an interrupt")
                self._interrupt_kernel()
                interrupted, deadline = True, time.monotonic() + 10
                continue
            ready, _, _ = select.select([self.channel], [], [], min(remaining, 0.5))
            if not ready:
                if not self._alive():
                    raise KernelGone("the kernel died")
                continue
            try:
                frame = agent_module.recv_frame(self.channel)
            except (EOFError, OSError):
                raise KernelGone("the kernel died") from None
            try:
                answer = json.loads(frame)
            except ValueError:
                raise wire.WireError("the kernel's answer is not JSON") from None
            if type(answer) is not dict:
                raise wire.WireError("the kernel's answer is not a JSON object")
            if "$callback" in answer:
                agent_module.send_frame(self.channel, json.dumps(self._callback(answer["$callback"])))
                continue
            if interrupted:
                raise KernelTimeout(f"no answer within {self.cell_timeout:g} s")
            return answer

    def _callback(self, request: Any) -> dict:
        """The answer to one use of the test's functions or objects by the kernel (agent.call_back)."""
        try:
            target = self.callbacks[int(request["callback"])]
            args = wire.decode(request["args"], self.from_kernel)
            kwargs = wire.decode(request["kwargs"], self.from_kernel)
            return {"value": self.encode(use_callback(target, str(request.get("op", "call")), args, kwargs))}
        except Exception as exc:  # noqa: BLE001 - reported to the student's code as an error
            return {"error": failure_text(exc)}

    def forget(self) -> None:
        """End a test cell: both sides drop the handles, mirrors, callbacks and graphs it made."""
        self.ask("forget")
        self.mirrored.clear()
        self.callbacks.clear()
        self.mirrors.clear()

    def request(self, op: str, **fields: Any) -> Any:
        """One agent operation's value, decoded into plain data and handles."""
        return wire.decode(self.ask(op, **fields).get("value"), self.from_kernel)

    @staticmethod
    def _answer(reply: dict) -> dict:
        if reply.get("status") != "ok":
            raise RemoteError(f"{reply.get('ename')}: {reply.get('evalue')}")
        try:
            text = reply["user_expressions"]["r"]["data"]["text/plain"]
            answer = json.loads(ast.literal_eval(text))
        except (KeyError, TypeError, ValueError, SyntaxError) as exc:
            raise wire.WireError(f"the kernel's answer is not readable ({exc})") from None
        if type(answer) is not dict:
            raise wire.WireError("the kernel's answer is not a JSON object")
        return answer

    def _sync_mirrors(self, states: Any) -> None:
        if type(states) is not dict:
            return
        for key, state in states.items():
            if key.isdigit() and int(key) in self.mirrored:
                kind, gen = self.mirrored[int(key)]
                agent_module.set_state(gen, kind, state)

    def from_kernel(self, data: dict) -> Any:
        """What a reference from the kernel stands for: a handle, one of our mirrored objects or
        shared tensors, or a library object rebuilt from data. Nothing else is taken."""
        tag, key = data["$"], data.get("id")
        if tag == "handle" and type(key) is int:
            mro = data.get("mro")
            mro = tuple(str(m) for m in mro[:mirror.MAX_MRO]) if type(mro) is list else ()
            return Remote(self, key, str(data.get("type", "object")), bool(data.get("callable")), mro)
        if tag == "object" and type(key) is int and key in self.mirrors.objects:
            return self.mirrors.objects[key]
        if tag == "shared" and type(key) is int:
            if "new" not in data and key in self.mirrors.tensors:
                return self.mirrors.tensors[key]
            if "new" in data and key < 0 and key not in self.mirrors.tensors and type(data["new"]) is dict:
                tensor = agent_module.tensor_from_state(data["new"], mirror.decode_plain)
                self.mirrors.add_tensor(key, tensor)
                return tensor
        if tag == "hf_tokenizer":
            return mirror.rebuild_tokenizer(data)
        if tag == "hf_model":
            return mirror.rebuild_model(data)
        raise wire.WireError(f"the kernel may not send {tag!r}" + (f" {key}" if key is not None else ""))

    def claim(self, value: Any) -> dict | None:
        """Handles, mirrored objects and shared tensors cross by number."""
        if isinstance(value, Remote):
            return {"$": "handle", "id": value._id}
        if (key := self.mirrors.key_of_object(value)) is not None:
            return {"$": "object", "id": key}
        if "torch" in sys.modules and isinstance(value, sys.modules["torch"].Tensor):
            key = self.mirrors.key_of_tensor(value)
            return None if key is None else {"$": "shared", "id": key}
        return None

    def reference(self, value: Any) -> tuple | None:
        """How an object inside one we pickle crosses, if not by value (Sender.persistent_id)."""
        if isinstance(value, Remote):
            return ("handle", value._id)
        if mirror.is_test_function(value):
            self.callbacks[id(value)] = value
            return ("callback", id(value))
        if mirror.is_test_defined(value):
            self.callbacks[id(value)] = value
            return ("proxy", id(value))
        return None

    def to_kernel(self, value: Any) -> dict:
        """How one of our objects that is not plain data crosses: random generators by state, the
        test's own functions and objects as callbacks, library functions by name, any other
        object as a mirror (pickled)."""
        if isinstance(value, Iterator):  # a one-pass iterable crosses as the items it yields
            return {"$": "list", "v": [self.encode(v) for v in value]}
        if (kind := generator_kind(value)) is not None:
            self.mirrored[id(value)] = (kind, value)
            return {"$": "mirror", "kind": kind, "id": id(value), "state": agent_module.get_state(value, kind)}
        if mirror.is_test_function(value):
            self.callbacks[id(value)] = value  # the test's own function: it runs here when called
            return {"$": "callback", "id": id(value)}
        if mirror.is_test_defined(value):
            self.callbacks[id(value)] = value  # an object of the test's: every use of it runs here
            return {"$": "proxy", "id": id(value)}
        if (by_name := mirror.by_name_of(value)) is not None:
            return by_name
        return self.sender.send(value)

    def encode(self, value: Any, memo: dict | None = None) -> Any:
        return wire.encode(value, self.to_kernel, claim=self.claim, memo=memo)


def generator_kind(value: Any) -> str | None:
    import numpy as np
    import torch

    if isinstance(value, torch.Generator):
        return "torch_generator"
    if isinstance(value, np.random.Generator):
        return "numpy_generator"
    if type(value) is random.Random:
        return "random"
    return None


def use_callback(target: Any, op: str, args: list, kwargs: dict) -> Any:
    """What the kernel asked of one of the test's functions or objects (agent.TestObject)."""
    if op == "call":
        return target(*args, **kwargs)
    if op == "getattr" and len(args) == 1 and type(args[0]) is str and not args[0].startswith("__"):
        return getattr(target, args[0])
    if op == "getitem" and len(args) == 1:
        return target[args[0]]
    if op == "len" and not args:
        return len(target)
    if op == "iter" and not args:
        return list(target)
    raise TypeError(f"the kernel may not ask {op!r} of the test's objects")


def remote_exception(error: Any) -> BaseException:
    """The exception to raise here for one raised in the kernel."""
    if type(error) is not dict:
        return RemoteError("the kernel raised an unreadable error")
    name, message = str(error.get("type", "Error")), str(error.get("message", ""))
    cls = getattr(builtins, name, None)
    if isinstance(cls, type) and issubclass(cls, Exception) and cls is not StopIteration:
        try:
            return cls(message)
        except Exception:  # noqa: BLE001 - exceptions with other signatures
            pass
    return RemoteError(f"{name}: {message}")


# ---------------------------------------------------------------- objects left in the kernel


class Remote:
    """A handle to an object in the kernel; every use is a request to the agent."""

    __slots__ = ("_link", "_id", "_type", "_callable", "_mro")

    def __init__(self, link: KernelLink, key: int, type_name: str, is_callable: bool, mro: tuple[str, ...] = ()):
        object.__setattr__(self, "_link", link)
        object.__setattr__(self, "_id", key)
        object.__setattr__(self, "_type", type_name)
        object.__setattr__(self, "_callable", is_callable)
        object.__setattr__(self, "_mro", mro)

    @property
    def __class__(self):  # noqa: D105 - isinstance(handle, nn.Module) holds for a student's module
        return mirror.trusted_class(self._mro) or Remote

    def _ref(self) -> dict:
        return {"$": "handle", "id": self._id}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        link = self._link
        given = [list(args), dict(kwargs)]
        leaves = wire.grad_tensors(given)
        grad = torch_grad_enabled()
        sent: dict = {}  # what the arguments were sent as: the kernel may answer "your argument n"
        answer = link.ask("call", target=self._ref(), args=link.encode(given[0], sent),
                          kwargs=link.encode(given[1], sent), grad=grad)
        copy_back(link, answer.get("changed"), given)
        passed = {n: obj for n, obj in sent.values()}
        if grad:
            return connect_gradients(link, answer, leaves, passed)
        return wire.decode(answer.get("value"), link.from_kernel, memo=passed)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # protocol probes (__array__, __torch_function__, ...) stay here
        return self._link.request("getattr", target=self._ref(), name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._link.request("setattr", target=self._ref(), name=name, value=self._link.encode(value))

    def __getitem__(self, key: Any) -> Any:
        return self._link.request("getitem", target=self._ref(), key=self._link.encode(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        link = self._link
        link.request("setitem", target=self._ref(), key=link.encode(key), value=link.encode(value))

    def __len__(self) -> int:
        n = self._link.request("len", target=self._ref())
        if type(n) is not int:
            raise TypeError("len() of a remote object must be an int")
        return n

    def __iter__(self):
        return iter(self._link.request("iter", target=self._ref()))

    def __contains__(self, item: Any) -> bool:
        return self._link.request("contains", target=self._ref(), item=self._link.encode(item)) is True

    def __bool__(self) -> bool:
        return self._link.request("bool", target=self._ref()) is True

    def __repr__(self) -> str:
        try:
            return str(self._link.request("repr", target=self._ref()))
        except Exception:  # noqa: BLE001
            return f"<{self._type} in the student's kernel>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Remote) and other._id == self._id

    def __hash__(self) -> int:
        return hash(self._id)


def copy_back(link: KernelLink, changed: Any, given: list) -> None:
    """Apply to our arrays the in-place changes the call made to the kernel's copies."""
    if not changed:
        return
    arrays = wire.leaves(given, wire.is_array)
    for item in changed if type(changed) is list else []:
        if type(item) is not list or len(item) != 2 or type(item[0]) is not int or not 0 <= item[0] < len(arrays):
            raise wire.WireError("the kernel reported a change to an unknown argument")
        ours, new = arrays[item[0]], wire.decode(item[1], link.from_kernel)
        if type(new) is not type(ours) or new.shape != ours.shape or new.dtype != ours.dtype:
            continue  # not the same array after all (a container the two sides walk differently)
        if hasattr(ours, "detach"):
            import torch

            with torch.no_grad():
                ours.copy_(new)
        elif ours.flags.writeable:
            ours[...] = new


def torch_grad_enabled() -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and torch.is_grad_enabled()


def connect_gradients(link: KernelLink, answer: dict, leaves: list, passed: dict) -> Any:
    """The call's value, its tensors joined to LEAVES (the arguments that require grad, then the
    shared tensors the kernel found the result depends on) by a function whose backward asks the
    kernel. A shared tensor or an argument (PASSED) in the value is a leaf itself and stays as it is."""
    value = wire.decode(answer.get("value"), link.from_kernel, memo=dict(passed))
    passed_ids = {id(obj) for obj in passed.values()}
    found = [wire.decode(t, link.from_kernel) for t in answer.get("leaves") or []]
    if not all(isinstance(t, sys.modules["torch"].Tensor) and link.mirrors.key_of_tensor(t) is not None for t in found):
        raise wire.WireError("the kernel named a leaf that is not a shared tensor")
    leaves = leaves + found

    def computed(t: Any) -> bool:
        return wire.needs_grad(t) and link.mirrors.key_of_tensor(t) is None and id(t) not in passed_ids

    outputs = [t.detach() for t in wire.leaves(value, computed)]
    if not outputs or type(answer.get("graph")) is not int:
        return value
    joined = iter(remote_gradient().apply(link, answer["graph"], len(leaves), *leaves, *outputs))
    return wire.map_leaves(value, computed, lambda _: next(joined))


@functools.cache
def remote_gradient():
    """The autograd function class (made on first use: importing this module does not import torch)."""
    import torch

    class RemoteGradient(torch.autograd.Function):
        """Identity on a remote call's results; backward gets the arguments' gradients from the kernel."""

        @staticmethod
        def forward(ctx, link, graph, n_leaves, *tensors):
            ctx.link, ctx.graph, ctx.n_leaves = link, graph, n_leaves
            return tuple(t.clone() for t in tensors[n_leaves:])

        @staticmethod
        def backward(ctx, *grads):
            got = ctx.link.request("vjp", graph=ctx.graph, grads=ctx.link.encode(list(grads)))
            if type(got) is not list or len(got) != ctx.n_leaves:
                raise wire.WireError("the kernel sent gradients of the wrong shape")
            leaf_grads = [g if isinstance(g, torch.Tensor) else None for g in got]
            return (None, None, None, *leaf_grads, *([None] * len(grads)))

    return RemoteGradient


# ---------------------------------------------------------------- the test namespace


class TestNamespace(dict):
    """Globals for the test cells: our own names first, then builtins, then the kernel's.

    It notes every name a test cell read from the kernel (fetched), so the report can list those
    no graded solution cell defines: notebook variables that student code could rewrite.
    """

    def __init__(self, link: KernelLink):
        super().__init__()
        self.link = link
        self.fetched: set[str] = set()
        self["__name__"] = agent_module.TEST_MODULE  # what the tests define is known as theirs
        # a class looks its module up (dataclasses do, for string annotations): give it an empty one
        sys.modules.setdefault(agent_module.TEST_MODULE, types.ModuleType(agent_module.TEST_MODULE))

    def __missing__(self, name: str) -> Any:
        if name in builtins.__dict__ or name.startswith("__"):
            raise KeyError(name)
        answer = self.link.ask("get", name=name)
        if answer.get("missing") is True:
            raise KeyError(name)
        self.fetched.add(name)
        value = wire.decode(answer.get("value"), self.link.from_kernel)
        if isinstance(value, Remote) and value._callable:
            self[name] = value  # functions and classes keep their identity; data is read fresh
        return value

    def next_cell(self) -> None:
        """Forget the kernel's functions kept from the last cell (their handles are gone)."""
        for name in [k for k, v in self.items() if type(v) is Remote]:
            del self[name]
        self.fetched.clear()


def solution_names(nb) -> set[str]:
    """Names the graded solution cells of NB define at top level (def, class, assignment, import)."""
    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code" or not is_solution(cell):
            continue
        try:
            tree = ast.parse(code_of(cell.source))
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return names


def code_of(source: str) -> str:
    """A cell's source without IPython magics and shell escapes (which are not Python)."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())


def trusted_imports(nb) -> list[ast.stmt]:
    """Top-level import statements of every code cell of the instructor's notebook."""
    found: list[ast.stmt] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(code_of(cell.source))
        except SyntaxError:
            continue
        found += [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    return found


def run_trusted_import(statement: ast.stmt | str, namespace: dict) -> bool:
    """Run one import STATEMENT of the instructor's notebook (a node, or its source) into
    NAMESPACE, compiled as in the kernel; False when it fails (the notebook could not do it either)."""
    code = ast.Module(body=[statement], type_ignores=[]) if isinstance(statement, ast.stmt) else statement
    try:
        exec(compile(code, "<imports>", "exec", dont_inherit=True), namespace)  # noqa: S102
    except Exception:  # noqa: BLE001
        return False
    return True


def run_imports(source_nb, namespace: dict) -> None:
    """Run SOURCE_NB's top-level imports into NAMESPACE; an import that fails is skipped."""
    for node in trusted_imports(source_nb):
        run_trusted_import(node, namespace)


def warm_imports(source_nb) -> None:
    """Load what SOURCE_NB imports, so that prepare_namespace later finds it loaded (run in a
    thread while the kernel runs the first cells: torch alone takes a second or two)."""
    import numpy  # noqa: F401 - mirror_global_seeds wraps their seeding functions
    import torch  # noqa: F401

    run_imports(source_nb, {})


def prepare_namespace(ns: TestNamespace, source_nb) -> None:
    """Import here what the instructor's notebook imports, so tests use trusted libraries."""
    run_imports(source_nb, ns)


def mirror_global_seeds(link: KernelLink) -> None:
    """Seeding the global RNGs here seeds them in the kernel too (tests seed, then call)."""
    import numpy as np
    import torch

    def wrap(module, attr: str, library: str) -> None:
        original = getattr(module, attr)

        def seeded(seed=None, *args, **kwargs):
            result = original(seed, *args, **kwargs)
            if type(seed) is int:
                link.request("seed", library=library, value=seed)
            return result

        setattr(module, attr, seeded)

    wrap(torch, "manual_seed", "torch")
    wrap(np.random, "seed", "numpy")
    wrap(random, "seed", "random")


# ---------------------------------------------------------------- a whole notebook


@dataclass
class CellVerdict:
    passed: bool
    message: str = ""
    line: int | None = None  # the test cell's line that raised (innermost frame of the test's code)
    reads_notebook: list[str] = field(default_factory=list)  # kernel names no solution cell defines
    timed_out: bool = False  # a request to the kernel ran out of the cell's time
    output: str = ""  # what the test printed here


@dataclass
class Report:
    cells: dict[str, CellVerdict] = field(default_factory=dict)
    setup_errors: list[str] = field(default_factory=list)
    fatal: str = ""
    # test cells the referee failed that then ran in the kernel: did they pass there?
    kernel: dict[str, bool] = field(default_factory=dict)

    def verdict(self, gid: str) -> CellVerdict:
        """The verdict on test cell GID; a cell the referee never reached has failed."""
        return self.cells.get(gid) or CellVerdict(False, self.fatal or "not run")

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @staticmethod
    def from_json(text: str) -> Report:
        data = json.loads(text)
        cells = {k: CellVerdict(**v) for k, v in data.get("cells", {}).items()}
        kernel = {str(k): v is True for k, v in data.get("kernel", {}).items()}
        return Report(cells, list(data.get("setup_errors", [])), str(data.get("fatal", "")), kernel)


def failure_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text.splitlines()[0][:500] if text else type(exc).__name__


class Referee:
    """Runs the instructor's test cells (SOURCE_NB's) here, one at a time, against the kernel
    behind LINK; the agent is loaded into the kernel at the first test."""

    def __init__(self, link: KernelLink, source_nb, channel_dir: Path):
        self.link = link
        self.source_nb = source_nb
        self.channel_dir = channel_dir  # where the agent's socket goes (visible to a sandboxed kernel)
        self.defined = solution_names(source_nb)
        self.ns: TestNamespace | None = None

    def _start(self) -> None:
        self.link.load_agent()
        self.link.open_channel(self.channel_dir)
        self.ns = TestNamespace(self.link)
        prepare_namespace(self.ns, self.source_nb)
        mirror_global_seeds(self.link)

    def check(self, gid: str, source: str) -> CellVerdict:
        """The verdict on test cell GID (SOURCE), within the link's cell time.

        Raises KernelGone when the kernel died or stopped answering.
        """
        if self.ns is None:
            self._start()
        ns = self.ns
        ns.next_cell()
        self.link.begin_cell()
        self.link.deadline = time.monotonic() + self.link.cell_timeout
        try:
            verdict = run_test(ns, gid, source)
        finally:
            self.link.deadline = None
        verdict.reads_notebook = sorted(ns.fetched - self.defined)
        self.link.forget()
        self.link.end_cell()
        return verdict


def referee(source_nb, submitted_nb, kernel_name: str, runtime: Path | None, cell_timeout: float) -> Report:
    """Run SUBMITTED_NB's cells in a kernel of its own, then SOURCE_NB's test cells here against it."""
    tests = [(grade_id(c), c.source) for c in source_nb.cells if is_graded_test(c)]
    report = Report()
    share_tmp_with_kernel(runtime)
    try:
        link = KernelLink.start(kernel_name, runtime, cell_timeout)
    except Exception as exc:  # noqa: BLE001
        report.fatal = f"the referee's kernel did not start: {failure_text(exc)}"
        return report
    try:
        for cell in submitted_nb.cells:
            if cell.cell_type == "code" and not is_graded_test(cell):
                if (err := link.run_cell(cell.source)) is not None:
                    report.setup_errors.append(f"{grade_id(cell) or cell.get('id', '?')}: {err[:300]}")
        judge = Referee(link, source_nb, runtime or Path(tempfile.mkdtemp(prefix="referee-")))
        for gid, source in tests:
            report.cells[gid] = judge.check(gid, source)
    except KernelGone as exc:
        report.fatal = f"{exc}; the remaining test cells could not be checked"
    finally:
        link.close()
    report.cells = {gid: report.verdict(gid) for gid, _ in tests}
    return report


def share_tmp_with_kernel(runtime: Path | None) -> None:
    """Make the tests' temporary files where a sandboxed kernel sees them too (RUNTIME)."""
    if runtime is not None:
        shared_tmp = runtime / "referee-tmp"
        shared_tmp.mkdir(exist_ok=True)
        tempfile.tempdir = str(shared_tmp)


def run_test(ns: TestNamespace, gid: str, source: str) -> CellVerdict:
    """Run one test cell's SOURCE in NS; what it prints here is kept in the verdict."""
    import contextlib
    import io

    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            # dont_inherit: compiled as in the kernel, not with this module's `from __future__ import annotations`
            exec(compile(code_of(source), f"<test {gid}>", "exec", dont_inherit=True), ns)  # noqa: S102 - instructor code
    except KernelGone:
        raise
    except BaseException as exc:  # noqa: BLE001 - a failing test, whatever it raised
        return CellVerdict(False, failure_text(exc), failing_line(exc, f"<test {gid}>"),
                           timed_out=isinstance(exc, KernelTimeout), output=printed.getvalue()[-10_000:])
    return CellVerdict(True, output=printed.getvalue()[-10_000:])


def failing_line(exc: BaseException, filename: str) -> int | None:
    """The line of FILENAME's code where EXC was raised or passed through last (innermost frame)."""
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader.referee", description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the instructor's notebook (its test cells are run)")
    parser.add_argument("submission", type=Path, help="the submitted notebook (its other cells are run)")
    parser.add_argument("out", type=Path, help="where to write the JSON report")
    parser.add_argument("--kernel", default="python3")
    parser.add_argument("--runtime", type=Path, default=None, help="IPC folder for a sandboxed kernel")
    parser.add_argument("--cell-timeout", type=float, default=30)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    report = referee(read_notebook(args.source), read_notebook(args.submission), args.kernel,
                     args.runtime, args.cell_timeout)
    args.out.write_text(report.to_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
