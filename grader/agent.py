"""The referee's agent inside a grading kernel: it runs operations on the student's objects.

The referee (grader/referee.py) sends one request at a time: look up a global, call a handle,
read an attribute, an item, iterate, set a seed. The agent answers with plain data (see
grader/wire.py) or with handles to objects that stay in the kernel. Its answers are
untrusted by design: code running in this kernel can change them at will. What it cannot do
is make the referee's own comparisons, run in another process, come out differently.

Objects of the test's own that are not plain data reach the kernel in three ways:
- random generators as their state (a local generator is kept in the same state);
- the test's own functions and objects as callbacks (every use runs in the referee);
- anything else the referee pickled (a torch module, a Hugging Face model, an optimizer, a
  tokenizer) as a *mirror*: a copy kept here for the rest of the test cell. Mirrors' tensors
  (parameters, buffers, an optimizer's state), modules' training flags and model configs are
  shared: after every request each side sends the other what changed (class Mirrors below,
  used by both processes). Pickles only ever travel from the referee to the kernel.
"""

import hashlib
import json
import random
import sys
import traceback
from contextlib import nullcontext

try:
    from grader import wire
except ImportError:  # inside the sandbox the grader package is not importable
    import _course_wire as wire  # type: ignore[no-redef]


CALLBACK_PROMPT = "\x00course-referee-callback:"
# The module name the referee gives the test cells' globals: what is defined there (functions,
# classes, their instances) is the test's own and reaches the kernel as a callback.
TEST_MODULE = "__referee_test__"


class Agent:
    def __init__(self, namespace: dict):
        self.namespace = namespace
        self.objects: dict[int, object] = {}
        self.mirrors_rng: dict[int, tuple[str, object]] = {}
        self.mirrors = Mirrors()
        self.graphs: dict[int, tuple[list, list]] = {}
        self.next_graph = 0

    # ------------------------------------------------------------ wire helpers

    def to_handle(self, obj) -> dict:
        key = id(obj)
        self.objects[key] = obj
        mro = [f"{c.__module__}:{c.__qualname__}" for c in type(obj).__mro__][:20]
        return {"$": "handle", "id": key, "type": f"{type(obj).__module__}.{type(obj).__qualname__}",
                "callable": callable(obj), "mro": mro}

    def claim(self, value):
        """Mirrored objects and shared tensors cross by number; library models and tokenizers as data."""
        key = self.mirrors.key_of_object(value)
        if key is not None:
            return {"$": "object", "id": key}
        torch = sys.modules.get("torch")
        if torch is not None and isinstance(value, torch.Tensor):
            if self.mirrors.key_of_tensor(value) is not None or isinstance(value, torch.nn.Parameter):
                return self.share(value)
            return None
        return hf_data(value, self.encode_plain)

    def share(self, tensor) -> dict:
        """TENSOR by number; a tensor the referee does not hold yet travels with its state."""
        key = self.mirrors.key_of_tensor(tensor)
        if key is not None:
            return {"$": "shared", "id": key}
        key = self.mirrors.new_key()
        self.mirrors.add_tensor(key, tensor)
        return {"$": "shared", "id": key, "new": tensor_state(tensor, self.encode_plain)}

    def from_handle(self, data: dict):
        tag = data["$"]
        if tag == "handle":
            return self.objects[int(data["id"])]
        if tag == "mirror":
            return self.mirror_rng(data)
        if tag == "callback":
            key = int(data["id"])
            return lambda *args, **kwargs: self.call_back(key, "call", args, kwargs)
        if tag == "proxy":
            return TestObject(self, int(data["id"]))
        if tag == "object":
            return self.mirrors.objects[int(data["id"])]
        if tag == "shared":
            return self.mirrors.tensors[int(data["id"])]
        if tag == "qualname":
            return by_name(str(data["module"]), str(data["name"]))
        if tag == "pickle":
            return self.unpickle(data)
        raise wire.WireError(f"the kernel does not take {tag!r}")

    def call_back(self, key: int, op: str, args, kwargs):
        """Use a function or object of the referee's (a test's loss function, say) and return its answer."""
        request = {"callback": key, "op": op, "args": self.encode(list(args)), "kwargs": self.encode(dict(kwargs))}
        if _channel is not None:  # during a test cell: over the referee's socket
            send_frame(_channel, json.dumps({"$callback": request}))
            answer = json.loads(recv_frame(_channel))
        else:
            answer = json.loads(input(CALLBACK_PROMPT + json.dumps(request)))
        if "error" in answer:
            raise RuntimeError(f"the test's function raised {answer['error']}")
        return self.decode(answer["value"])

    def mirror_rng(self, data: dict):
        """A local random generator in the state of the referee's."""
        key, kind = int(data["id"]), str(data["kind"])
        if key not in self.mirrors_rng:
            if kind == "torch_generator":
                import torch

                gen = torch.Generator()
            elif kind == "numpy_generator":
                import numpy as np

                gen = np.random.default_rng()
            else:
                gen = random.Random()
            self.mirrors_rng[key] = (kind, gen)
        kind, gen = self.mirrors_rng[key]
        set_state(gen, kind, data["state"])
        return gen

    def unpickle(self, data: dict):
        """An object the referee sent (trusted: the referee never unpickles what the kernel sends)."""
        import base64
        import io
        import pickle

        for key, state in data.get("tensors", []):
            self.mirrors.add_tensor(int(key), tensor_from_state(state, self.decode_plain))
        agent = self

        class Loader(pickle.Unpickler):
            def persistent_load(self, pid):
                kind, key = pid
                if kind == "tensor":
                    return agent.mirrors.tensors[key]
                if kind == "object":
                    return agent.mirrors.objects[key]
                if kind == "handle":
                    return agent.objects[key]
                if kind == "callback":
                    return lambda *args, **kwargs: agent.call_back(key, "call", args, kwargs)
                if kind == "proxy":
                    return TestObject(agent, key)
                raise pickle.UnpicklingError(f"unknown reference {kind!r}")

        obj = Loader(io.BytesIO(base64.b64decode(data["b64"]))).load()
        fresh = [o for o in nested_objects(obj) if self.mirrors.key_of_object(o) is None]
        keys = [int(k) for k in data.get("nested", [])]
        if len(keys) != len(fresh):
            raise wire.WireError("the kernel's copy of an object is not built like the referee's")
        for key, o in zip(keys, fresh, strict=True):
            self.mirrors.add_object(key, o, self.encode_plain)
        return obj

    def encode(self, value, memo: dict | None = None):
        return wire.encode(value, self.to_handle, claim=self.claim, memo=memo)

    def decode(self, data, memo: dict | None = None):
        return wire.decode(data, self.from_handle, memo=memo)

    @staticmethod
    def encode_plain(value):
        return wire.encode(value, refuse)

    @staticmethod
    def decode_plain(data):
        return wire.decode(data, refuse)

    # ------------------------------------------------------------ operations

    def op_get(self, name: str):
        if name not in self.namespace:
            return {"missing": True}
        return {"value": self.encode(self.namespace[name])}

    def op_call(self, target, args, kwargs, grad=False):
        fn = self.decode(target)
        given: dict = {}  # the arguments' objects by number: an argument returned is named, not copied
        args, kwargs = self.decode(args, given), self.decode(kwargs, given)
        arrays = wire.leaves([args, kwargs], wire.is_array)
        before = [fingerprint(a) for a in arrays]
        result = fn(*args, **kwargs)
        reply = {"value": self.encode(result, {id(obj): (n, obj) for n, obj in given.items()})}
        # arrays the call changed in place travel back, so the referee sees the same change
        reply["changed"] = [[i, self.encode(a)] for i, (a, fp) in enumerate(zip(arrays, before, strict=True))
                            if fingerprint(a) != fp]
        if grad:  # keep the graph: the referee may ask for gradients with respect to the arguments
            inputs = wire.grad_tensors([args, kwargs])
            passed = {id(obj) for obj in given.values()}
            outputs = [t for t in wire.grad_tensors(result)
                       if self.mirrors.key_of_tensor(t) is None and id(t) not in passed]
            if any(t.grad_fn is not None for t in outputs):
                # tensors the result depends on that the call was not given (a module's parameters):
                # shared, so that the referee's backward() reaches them too
                given = {id(t) for t in inputs}
                leaves = [t for t in graph_leaves(outputs) if id(t) not in given]
                reply["leaves"] = [self.share(t) for t in leaves]
                self.graphs[self.next_graph] = (inputs + leaves, outputs)
                reply["graph"] = self.next_graph
                self.next_graph += 1
        return reply

    def op_vjp(self, graph, grads):
        """Gradients of a kept call's inputs (arguments, then leaves), given the gradients of its results."""
        import torch

        inputs, outputs = self.graphs[int(graph)]
        grads = self.decode(grads)
        pairs = [(o, g) for o, g in zip(outputs, grads, strict=True) if g is not None and o.grad_fn is not None]
        wanted = [i for i, t in enumerate(inputs) if t.requires_grad]
        got = [None] * len(inputs)
        if pairs and wanted:
            found = torch.autograd.grad([o for o, _ in pairs], [inputs[i] for i in wanted], [g for _, g in pairs],
                                        allow_unused=True, retain_graph=True)
            for i, g in zip(wanted, found, strict=True):
                got[i] = g
        return {"value": self.encode(got)}

    def op_getattr(self, target, name: str):
        return {"value": self.encode(getattr(self.decode(target), name))}

    def op_setattr(self, target, name: str, value):
        setattr(self.decode(target), name, self.decode(value))
        return {"value": None}

    def op_getitem(self, target, key):
        return {"value": self.encode(self.decode(target)[self.decode(key)])}

    def op_setitem(self, target, key, value):
        self.decode(target)[self.decode(key)] = self.decode(value)
        return {"value": None}

    def op_len(self, target):
        return {"value": len(self.decode(target))}

    def op_iter(self, target):
        return {"value": self.encode(list(self.decode(target)))}

    def op_contains(self, target, item):
        return {"value": self.decode(item) in self.decode(target)}

    def op_bool(self, target):
        return {"value": bool(self.decode(target))}

    def op_repr(self, target):
        return {"value": repr(self.decode(target))[:2000]}

    def op_seed(self, library: str, value):
        if library == "torch":
            import torch

            torch.manual_seed(value)
        elif library == "numpy":
            import numpy as np

            np.random.seed(value)
        else:
            random.seed(value)
        return {"value": None}

    def op_forget(self):
        """The end of a test cell: drop the handles, mirrors and graphs it made."""
        self.objects.clear()
        self.mirrors_rng.clear()
        self.mirrors.clear()
        self.graphs.clear()
        return {"value": None}

    def serve(self, request: str) -> str:
        """Answer one JSON request with a JSON reply (never raises)."""
        reply: dict = {}
        try:
            req = json.loads(request)
            op = getattr(self, "op_" + req.pop("op"))
            self.mirrors.apply(req.pop("sync", None), self.decode_plain)
            torch = sys.modules.get("torch")
            enabled = req.pop("grad_enabled", None)
            mode = torch.set_grad_enabled(bool(enabled)) if torch is not None and enabled is not None else nullcontext()
            with mode:
                reply = op(**req)
        except BaseException as exc:  # noqa: BLE001 - the referee decides what an error means
            reply = {"error": {"type": type(exc).__name__, "message": str(exc)[:2000],
                               "traceback": traceback.format_exc()[-3000:]}}
        try:
            reply["mirrors"] = {str(k): get_state(g, kind) for k, (kind, g) in self.mirrors_rng.items()}
            reply["sync"] = self.mirrors.changes(self.encode_plain)
            return json.dumps(reply)
        except (TypeError, ValueError, wire.WireError) as exc:
            return json.dumps({"error": {"type": "WireError", "message": str(exc)[:500]}})


class TestObject:
    """An object of the test's own (a scripted random source, a stand-in model): it stays in the
    referee, and every use of it here is a callback."""

    __slots__ = ("_agent", "_key")

    def __init__(self, agent: Agent, key: int):
        object.__setattr__(self, "_agent", agent)
        object.__setattr__(self, "_key", key)

    def _use(self, op: str, *args, **kwargs):
        return self._agent.call_back(self._key, op, args, kwargs)

    def __getattr__(self, name: str):
        return self._use("getattr", name)

    def __call__(self, *args, **kwargs):
        return self._use("call", *args, **kwargs)

    def __getitem__(self, key):
        return self._use("getitem", key)

    def __len__(self):
        return self._use("len")

    def __iter__(self):
        return iter(self._use("iter"))

    def __repr__(self):
        return "<an object of the test's, in the referee>"


def refuse(value) -> dict:
    raise wire.WireError(f"{type(value).__name__} is not plain data")


def by_name(module: str, name: str):
    """A function or class of an installed library, by its qualified name."""
    import importlib

    obj = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def graph_leaves(outputs: list) -> list:
    """The leaf tensors (parameters, inputs made to require grad) the OUTPUTS' graph reaches."""
    found, seen_fns, seen_leaves = [], set(), set()
    stack = [t.grad_fn for t in outputs if t.grad_fn is not None]
    while stack:
        fn = stack.pop()
        if fn is None or fn in seen_fns:
            continue
        seen_fns.add(fn)
        leaf = getattr(fn, "variable", None)  # an AccumulateGrad node holds its leaf
        if leaf is not None and id(leaf) not in seen_leaves:
            seen_leaves.add(id(leaf))
            found.append(leaf)
        stack.extend(next_fn for next_fn, _ in fn.next_functions)
    return found


def fingerprint(array) -> bytes:
    """A digest of an array's contents (numpy or torch), to notice in-place changes."""
    if hasattr(array, "detach"):  # a torch tensor; bfloat16 has no numpy dtype, so hash raw bytes
        import torch

        array = array.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy()
    return hashlib.sha1(array.tobytes()).digest()


# ---------------------------------------------------------------- mirrors: state both sides hold


def value_fp(t) -> tuple:
    return (str(t.dtype), tuple(t.shape), fingerprint(t))


def tensor_fp(t) -> tuple:
    """What a shared tensor's state is: its value, whether it requires grad, its gradient."""
    return (value_fp(t), bool(t.requires_grad), None if t.grad is None else value_fp(t.grad))


def tensor_state(t, encode) -> dict:
    """All of a tensor's state, for the side that does not hold it yet."""
    import torch

    return {"value": encode(t.detach()), "param": isinstance(t, torch.nn.Parameter),
            "requires_grad": bool(t.requires_grad), "grad": None if t.grad is None else encode(t.grad)}


def tensor_from_state(state: dict, decode):
    import torch

    value = decode(state["value"])
    if not isinstance(value, torch.Tensor):
        raise wire.WireError("a shared tensor must be sent as a tensor")
    wants_grad = state.get("requires_grad") is True and (value.is_floating_point() or value.is_complex())
    tensor = torch.nn.Parameter(value, requires_grad=wants_grad) if state.get("param") is True \
        else value.requires_grad_(wants_grad)
    if state.get("grad") is not None:
        set_grad(tensor, decode(state["grad"]))
    return tensor


def set_grad(tensor, grad) -> None:
    import torch

    if grad is not None and (not isinstance(grad, torch.Tensor) or grad.shape != tensor.shape
                             or grad.dtype != tensor.dtype):
        raise wire.WireError("a gradient must be a tensor of its parameter's shape and dtype")
    tensor.grad = grad


def nested_objects(root) -> list:
    """ROOT and the objects inside it that both sides keep apart: submodules and model configs.

    Both processes list a mirrored object's parts this way (the pickle keeps their order), so the
    n-th part here is the n-th part there.
    """
    torch = sys.modules.get("torch")
    found, seen = [root], {id(root)}
    if torch is None or not isinstance(root, torch.nn.Module):
        return found
    for module in root.modules():
        if id(module) not in seen:
            seen.add(id(module))
            found.append(module)
    for module in list(found):
        config = module.__dict__.get("config")
        if is_hf_config(config) and id(config) not in seen:
            seen.add(id(config))
            found.append(config)
    return found


def is_hf_config(value) -> bool:
    transformers = sys.modules.get("transformers")
    return transformers is not None and isinstance(value, transformers.PretrainedConfig)


def config_state(config, encode) -> dict:
    """A model config's public attributes that are plain data, encoded."""
    state = {}
    for key, value in vars(config).items():
        if key.startswith("_"):
            continue
        try:
            state[key] = encode(value)
        except (wire.WireError, TypeError, ValueError):
            continue
    return state


class Mirrors:
    """Objects and tensors both processes hold a copy of, by number, and what changed since the
    last request. Keys the referee gives are positive; keys the kernel gives are negative."""

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.objects: dict[int, object] = {}
        self.object_keys: dict[int, int] = {}
        self.tensors: dict[int, object] = {}
        self.tensor_keys: dict[int, int] = {}
        self.seen: dict[tuple, object] = {}
        self.last_key = 0

    def new_key(self) -> int:
        self.last_key -= 1
        return self.last_key

    def key_of_object(self, obj) -> int | None:
        return self.object_keys.get(id(obj))

    def key_of_tensor(self, tensor) -> int | None:
        return self.tensor_keys.get(id(tensor))

    def add_tensor(self, key: int, tensor) -> None:
        if key in self.tensors:
            raise wire.WireError(f"shared tensor {key} already exists")
        self.tensors[key] = tensor
        self.tensor_keys[id(tensor)] = key
        self.seen[("t", key)] = tensor_fp(tensor)

    def add_object(self, key: int, obj, encode) -> None:
        if key in self.objects:
            raise wire.WireError(f"mirrored object {key} already exists")
        self.objects[key] = obj
        self.object_keys[id(obj)] = key
        torch = sys.modules.get("torch")
        if torch is not None and isinstance(obj, torch.nn.Module):
            self.seen[("f", key)] = obj.training
        if is_hf_config(obj):
            self.seen[("c", key)] = config_state(obj, encode)

    def changes(self, encode) -> dict:
        """What changed here since the last sync: tensors, training flags, config attributes."""
        tensors, flags, configs = [], [], []
        for key, t in self.tensors.items():
            fp, old = tensor_fp(t), self.seen[("t", key)]
            if fp == old:
                continue
            entry = {}
            if fp[0] != old[0]:
                entry["value"] = encode(t.detach())
            if fp[1] != old[1]:
                entry["requires_grad"] = fp[1]
            if fp[2] != old[2]:
                entry["grad"] = None if t.grad is None else encode(t.grad)
            tensors.append([key, entry])
            self.seen[("t", key)] = fp
        for key, obj in self.objects.items():
            if ("f", key) in self.seen and obj.training != self.seen[("f", key)]:
                flags.append([key, bool(obj.training)])
                self.seen[("f", key)] = obj.training
            if ("c", key) in self.seen:
                state, old = config_state(obj, encode), self.seen[("c", key)]
                changed = [[k, v] for k, v in state.items() if old.get(k) != v]
                if changed:
                    configs.append([key, changed])
                    self.seen[("c", key)] = state
        return {"tensors": tensors, "flags": flags, "configs": configs} if tensors or flags or configs else {}

    def apply(self, sync, decode) -> None:
        """Make the other side's changes here too (plain data only)."""
        if not sync:
            return
        if type(sync) is not dict:
            raise wire.WireError("a sync must be a JSON object")
        import torch

        for key, entry in items_of(sync.get("tensors")):
            t = self.tensors.get(key)
            if t is None or type(entry) is not dict:
                raise wire.WireError(f"no shared tensor {key}")
            with torch.no_grad():
                if "value" in entry:
                    new = decode(entry["value"])
                    if not isinstance(new, torch.Tensor):
                        raise wire.WireError("a shared tensor's value must be a tensor")
                    if new.shape == t.shape and new.dtype == t.dtype:
                        t.copy_(new)
                    else:
                        t.data = new
                if "requires_grad" in entry and t.is_leaf and (t.is_floating_point() or t.is_complex()):
                    t.requires_grad_(entry["requires_grad"] is True)
                if "grad" in entry:
                    set_grad(t, None if entry["grad"] is None else decode(entry["grad"]))
            self.seen[("t", key)] = tensor_fp(t)
        for key, flag in items_of(sync.get("flags")):
            if ("f", key) not in self.seen or type(flag) is not bool:
                raise wire.WireError(f"no mirrored module {key}")
            self.objects[key].training = flag
            self.seen[("f", key)] = flag
        for key, changed in items_of(sync.get("configs")):
            if ("c", key) not in self.seen or type(changed) is not list:
                raise wire.WireError(f"no mirrored config {key}")
            config = self.objects[key]
            for name, value in changed:
                if type(name) is not str or name.startswith("_"):
                    raise wire.WireError("a config attribute must be a public name")
                setattr(config, name, decode(value))
                self.seen[("c", key)][name] = value


def items_of(entries) -> list:
    """[key, value] pairs of a sync list, keys checked to be ints."""
    if entries is None:
        return []
    if type(entries) is not list or not all(type(e) is list and len(e) == 2 and type(e[0]) is int for e in entries):
        raise wire.WireError("a sync list must hold [key, value] pairs")
    return [(e[0], e[1]) for e in entries]


# ---------------------------------------------------------------- library objects made here


def hf_data(value, encode) -> dict | None:
    """A Hugging Face fast tokenizer or model of the library's own classes, as plain data."""
    transformers = sys.modules.get("transformers")
    if transformers is None or not type(value).__module__.startswith("transformers."):
        return None
    if isinstance(value, transformers.PreTrainedTokenizerFast):
        special = {k: v for k, v in value.special_tokens_map.items() if type(v) is str}
        return {"$": "hf_tokenizer", "json": value.backend_tokenizer.to_str(), "special": special,
                "extra": [str(t) for t in getattr(value, "_extra_special_tokens", None) or []],
                "model_max_length": int(value.model_max_length), "padding_side": str(value.padding_side),
                "truncation_side": str(value.truncation_side),
                "model_input_names": [str(n) for n in value.model_input_names],
                "clean_up_tokenization_spaces": bool(value.clean_up_tokenization_spaces)}
    if isinstance(value, transformers.PreTrainedModel):
        tensors = [[name, encode(t.detach()), bool(t.requires_grad)] for name, t in value.named_parameters()]
        buffers = [[name, encode(t.detach())] for name, t in value.named_buffers()]
        return {"$": "hf_model", "name": type(value).__name__, "config": encode(value.config.to_dict()),
                "parameters": tensors, "buffers": buffers, "training": [m.training for m in value.modules()]}
    return None


# ---------------------------------------------------------------- random generators


def get_state(gen, kind: str) -> dict:
    """GEN's state as JSON-ready data (KIND: torch_generator, numpy_generator, random)."""
    if kind == "torch_generator":
        return {"b64": wire._b64(bytes(gen.get_state().numpy().tobytes()))}
    if kind == "numpy_generator":
        return {"numpy": gen.bit_generator.state}
    return {"python": gen.getstate()}


def set_state(gen, kind: str, state: dict) -> None:
    """Put GEN in STATE, as get_state() wrote it."""
    if kind == "torch_generator":
        import numpy as np
        import torch

        raw = np.frombuffer(wire._unb64(state["b64"]), dtype=np.uint8).copy()
        gen.set_state(torch.from_numpy(raw))
    elif kind == "numpy_generator":
        gen.bit_generator.state = state["numpy"]
    else:
        version, internal, gauss = state["python"]
        gen.setstate((version, tuple(internal), gauss))


def start(namespace: dict) -> Agent:
    module = sys.modules[__name__]
    module.agent = Agent(namespace)
    module.last = ""
    return module.agent


# ---------------------------------------------------------------- the channel
# One Jupyter execute request costs milliseconds (IPython's cell machinery, three sockets, HMAC);
# a hidden test makes hundreds of requests. So a test cell is one execute request, serve_channel(),
# during which the requests come over a unix socket in the kernel's IPC folder, framed as a
# 4-byte length and JSON text, until the referee sends END.

END = '{"op": "$end"}'
_channel = None


def send_frame(sock, text: str) -> None:
    data = text.encode("utf-8")
    sock.sendall(len(data).to_bytes(4, "big") + data)


def recv_frame(sock) -> str:
    """The next frame's text; raises EOFError when the other side is gone."""
    head = _recv_exactly(sock, 4)
    return _recv_exactly(sock, int.from_bytes(head, "big")).decode("utf-8")


def _recv_exactly(sock, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise EOFError("the channel is closed")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def connect(path: str) -> None:
    """Open the channel to the referee's socket at PATH."""
    import socket

    global _channel
    _channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    _channel.connect(path)


def serve_channel() -> None:
    """Answer the referee's requests over the channel until it sends END (one test cell)."""
    while True:
        try:
            request = recv_frame(_channel)
        except KeyboardInterrupt:  # an interrupt meant for a request that had just answered
            continue
        if request == END:
            return
        send_frame(_channel, sys.modules[__name__].agent.serve(request))
