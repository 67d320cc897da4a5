"""The referee's agent inside a grading kernel: it runs operations on the student's objects.

The referee (grader/referee.py) sends one request at a time: look up a global, call a handle,
read an attribute, an item, iterate, set a seed. The agent answers with plain data (see
grader/wire.py) or with handles to objects that stay in the kernel. Its answers are
untrusted by design: code running in this kernel can change them at will. What it cannot do
is make the referee's own comparisons, run in another process, come out differently.
"""

import json
import random
import sys
import traceback

try:
    from grader import wire
except ImportError:  # inside the sandbox the grader package is not importable
    import _course_wire as wire  # type: ignore[no-redef]


CALLBACK_PROMPT = "\x00course-referee-callback:"


class Agent:
    def __init__(self, namespace: dict):
        self.namespace = namespace
        self.objects: dict[int, object] = {}
        self.mirrors: dict[int, tuple[str, object]] = {}
        self.graphs: list[tuple[list, list]] = []

    # ------------------------------------------------------------ wire helpers

    def to_handle(self, obj) -> dict:
        key = id(obj)
        self.objects[key] = obj
        return {"$": "handle", "id": key, "type": f"{type(obj).__module__}.{type(obj).__qualname__}",
                "callable": callable(obj)}

    def from_handle(self, data: dict):
        if data["$"] == "handle":
            return self.objects[int(data["id"])]
        if data["$"] == "mirror":
            return self.mirror(data)
        if data["$"] == "callback":
            key = int(data["id"])
            return lambda *args, **kwargs: self.call_back(key, args, kwargs)
        raise wire.WireError(f"the kernel does not take {data['$']!r}")

    def call_back(self, key: int, args, kwargs):
        """Call a function of the referee's (a test's loss function, say) and return its answer."""
        request = {"callback": key, "args": self.encode(list(args)), "kwargs": self.encode(dict(kwargs))}
        answer = json.loads(input(CALLBACK_PROMPT + json.dumps(request)))
        if "error" in answer:
            raise RuntimeError(f"the test's function raised {answer['error']}")
        return self.decode(answer["value"])

    def mirror(self, data: dict):
        """A local random generator in the state of the referee's."""
        key, kind = int(data["id"]), str(data["kind"])
        if key not in self.mirrors:
            if kind == "torch_generator":
                import torch

                gen = torch.Generator()
            elif kind == "numpy_generator":
                import numpy as np

                gen = np.random.default_rng()
            else:
                gen = random.Random()
            self.mirrors[key] = (kind, gen)
        kind, gen = self.mirrors[key]
        set_state(gen, kind, data["state"])
        return gen

    def encode(self, value):
        return wire.encode(value, self.to_handle)

    def decode(self, data):
        return wire.decode(data, self.from_handle)

    # ------------------------------------------------------------ operations

    def op_get(self, name: str):
        if name not in self.namespace:
            return {"missing": True}
        return {"value": self.encode(self.namespace[name])}

    def op_call(self, target, args, kwargs, grad=False):
        fn = self.decode(target)
        args, kwargs = self.decode(args), self.decode(kwargs)
        arrays = wire.leaves([args, kwargs], wire.is_array)
        before = [fingerprint(a) for a in arrays]
        result = fn(*args, **kwargs)
        reply = {"value": self.encode(result)}
        # arrays the call changed in place travel back, so the referee sees the same change
        reply["changed"] = [[i, self.encode(a)] for i, (a, fp) in enumerate(zip(arrays, before, strict=True))
                            if fingerprint(a) != fp]
        if grad:  # keep the graph: the referee may ask for gradients with respect to the arguments
            self.graphs.append((wire.grad_tensors([args, kwargs]), wire.grad_tensors(result)))
            reply["graph"] = len(self.graphs) - 1
        return reply

    def op_vjp(self, graph, grads):
        """Gradients of a kept call's arguments, given the gradients of its results."""
        import torch

        inputs, outputs = self.graphs[int(graph)]
        grads = self.decode(grads)
        pairs = [(o, g) for o, g in zip(outputs, grads, strict=True) if g is not None and o.grad_fn is not None]
        if not pairs or not inputs:
            return {"value": [None] * len(inputs)}
        got = torch.autograd.grad([o for o, _ in pairs], inputs, [g for _, g in pairs],
                                  allow_unused=True, retain_graph=True)
        return {"value": self.encode(list(got))}

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

    def serve(self, request: str) -> str:
        """Answer one JSON request with a JSON reply (never raises)."""
        try:
            req = json.loads(request)
            op = getattr(self, "op_" + req.pop("op"))
            reply = op(**req)
            reply["mirrors"] = {str(k): get_state(g, kind) for k, (kind, g) in self.mirrors.items()}
        except BaseException as exc:  # noqa: BLE001 - the referee decides what an error means
            reply = {"error": {"type": type(exc).__name__, "message": str(exc)[:2000],
                               "traceback": traceback.format_exc()[-3000:]}}
        try:
            return json.dumps(reply)
        except (TypeError, ValueError) as exc:
            return json.dumps({"error": {"type": "WireError", "message": str(exc)[:500]}})


def fingerprint(array) -> bytes:
    """A digest of an array's contents (numpy or torch), to notice in-place changes."""
    import hashlib

    if hasattr(array, "detach"):  # a torch tensor; bfloat16 has no numpy dtype, so hash raw bytes
        import torch

        array = array.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy()
    return hashlib.sha1(array.tobytes()).digest()


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
