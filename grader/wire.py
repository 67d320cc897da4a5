"""Plain data on the wire between a grading kernel and the referee.

Values cross as JSON. Only plain data crosses by value: None, bool, int, float, str, bytes,
lists, tuples, sets, dicts, numpy arrays and scalars of numeric/bool/str dtypes, scipy CSR
matrices, torch tensors (detached; see map_leaves for gradients and in-place changes), torch dtypes, sizes
and devices. Anything else stays where it lives and crosses as
a numbered handle. Decoding builds fresh objects of exact built-in types, so no object made
by student code (a subclass with its own `__eq__`, a tensor subclass, a pickle) ever reaches
the referee.

A mutable value (list, dict, set, array, tensor) that occurs twice in one message crosses once
and then as {"$": "ref"} to it, so the receiver gets one object twice, as the sender had it.

Each side may claim values before they are encoded as data (a tensor both sides hold a copy
of crosses by its number, see agent.Mirrors) and decides itself which of the tags in
REFERENCE_TAGS it accepts: the referee takes none that would make it run code it did not write.

This module must import nothing from the course: its source is also sent into the kernel.
"""

from __future__ import annotations

import base64
import sys
from collections import Counter, OrderedDict
from collections.abc import Callable
from typing import Any

NUMERIC_KINDS = set("biufc")  # bool, int, unsigned, float, complex
MAX_DEPTH = 50
# Tags decode() hands to the caller's from_handle: references to objects kept on either side,
# and the few kinds of objects rebuilt from data (each side accepts only its own subset).
REFERENCE_TAGS = frozenset({"handle", "mirror", "callback", "proxy", "object", "shared", "pickle", "qualname",
                            "hf_tokenizer", "hf_model"})


class WireError(ValueError):
    """A message that is not well-formed plain data."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    if type(text) is not str:
        raise WireError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


# ---------------------------------------------------------------- encode


# Tags of the values whose identity crosses (the same object twice in one message stays one object).
IDENTITY_TAGS = frozenset({"list", "set", "dict", "odict", "counter", "ndarray", "tensor"})


def encode(value: Any, to_handle: Callable[[Any], dict], depth: int = 0,
           claim: Callable[[Any], dict | None] | None = None, memo: dict | None = None) -> Any:
    """VALUE as JSON-ready data; what is not plain data becomes to_handle(value).

    CLAIM, when given, sees every value that is not a None, bool, int, float or str first; what it
    returns (not None) stands for the value.
    """
    if depth > MAX_DEPTH:
        return to_handle(value)
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if claim is not None and (claimed := claim(value)) is not None:
        return claimed
    memo = {} if memo is None else memo
    if (seen := memo.get(id(value))) is not None:
        return {"$": "ref", "@": seen[0]}
    encoded = _encode_value(value, to_handle, depth, claim, memo)
    if type(encoded) is dict and encoded.get("$") in IDENTITY_TAGS and "@" not in encoded:
        encoded["@"] = len(memo)
        memo[id(value)] = (len(memo), value)  # the value stays referenced, so its id is not reused
    return encoded


def _encode_value(value: Any, to_handle: Callable[[Any], dict], depth: int,
                  claim: Callable[[Any], dict | None] | None, memo: dict) -> Any:
    encoded = _encode_array(value) or _encode_torch(value) or _encode_sparse(value, to_handle)
    if encoded is not None:
        return encoded
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (bytes, bytearray)):
        return {"$": "bytes", "b64": _b64(bytes(value))}
    sub = (lambda v: encode(v, to_handle, depth + 1, claim, memo))  # noqa: E731
    if isinstance(value, tuple) and hasattr(type(value), "_fields"):  # a NamedTuple
        cls = type(value)
        return {"$": "namedtuple", "module": cls.__module__, "name": cls.__qualname__, "v": [sub(v) for v in value]}
    if isinstance(value, (list, tuple, set, frozenset)):
        tag = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}
        base = next(t for t in (list, tuple, set, frozenset) if isinstance(value, t))
        return {"$": tag[base], "v": [sub(v) for v in value]}
    if isinstance(value, dict):
        tag = "counter" if isinstance(value, Counter) else "odict" if isinstance(value, OrderedDict) else "dict"
        return {"$": tag, "v": [[sub(k), sub(v)] for k, v in value.items()]}
    return to_handle(value)


def _encode_array(value: Any) -> dict | None:
    np = sys.modules.get("numpy")
    if np is None:
        return None
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in NUMERIC_KINDS | {"U"}:
            return None
        arr = np.ascontiguousarray(value)
        return {"$": "ndarray", "dtype": arr.dtype.str, "shape": list(arr.shape), "b64": _b64(arr.tobytes())}
    if isinstance(value, np.generic) and value.dtype.kind in NUMERIC_KINDS:
        return {"$": "npscalar", "dtype": value.dtype.str, "b64": _b64(value.tobytes())}
    return None


def _encode_sparse(value: Any, to_handle: Callable[[Any], dict]) -> dict | None:
    sparse = sys.modules.get("scipy.sparse")
    if sparse is None or not isinstance(value, sparse.csr_matrix):
        return None
    parts = {name: _encode_array(getattr(value, name)) for name in ("data", "indices", "indptr")}
    if any(part is None for part in parts.values()):
        return None
    return {"$": "csr", "shape": [int(d) for d in value.shape], **parts}


def _encode_torch(value: Any) -> dict | None:
    torch = sys.modules.get("torch")
    if torch is None:
        return None
    if isinstance(value, torch.Tensor):
        if value.layout != torch.strided or value.is_quantized or value.is_complex():
            return None
        t = value.detach().cpu().contiguous()
        raw = t.view(torch.int16) if t.dtype == torch.bfloat16 else t
        return {"$": "tensor", "dtype": str(t.dtype).removeprefix("torch."), "shape": list(t.shape),
                "requires_grad": bool(value.requires_grad), "b64": _b64(raw.numpy().tobytes())}
    if isinstance(value, torch.dtype):
        return {"$": "torch_dtype", "name": str(value).removeprefix("torch.")}
    if isinstance(value, torch.Size):
        return {"$": "torch_size", "v": [int(d) for d in value]}
    if isinstance(value, torch.device):
        return {"$": "torch_device", "name": str(value)}
    return None


def map_leaves(value: Any, pick: Callable[[Any], bool], fn: Callable[[Any], Any], memo: dict | None = None) -> Any:
    """VALUE with fn applied to each item that PICK accepts, walking lists, tuples and dicts.

    Both sides of the wire walk a call's arguments and result this way, so the n-th item
    here is the n-th there (this is how gradients and in-place changes find their tensors).
    An object met twice is mapped once (the wire keeps identity, so both sides meet it twice).
    """
    memo = {} if memo is None else memo
    if id(value) in memo:
        return memo[id(value)][1]
    if pick(value):
        mapped = fn(value)
    elif type(value) in (list, tuple):
        mapped = type(value)(map_leaves(v, pick, fn, memo) for v in value)
    elif type(value) in (dict, OrderedDict):
        mapped = type(value)((k, map_leaves(v, pick, fn, memo)) for k, v in value.items())
    else:
        return value
    memo[id(value)] = (value, mapped)
    return mapped


def leaves(value: Any, pick: Callable[[Any], bool]) -> list:
    found: list = []
    map_leaves(value, pick, lambda v: found.append(v) or v)
    return found


def needs_grad(value: Any) -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(value, torch.Tensor) and value.requires_grad


def is_array(value: Any) -> bool:
    """A numpy array or torch tensor: what a function may change in place."""
    np, torch = sys.modules.get("numpy"), sys.modules.get("torch")
    return (np is not None and isinstance(value, np.ndarray)) or (torch is not None and isinstance(value, torch.Tensor))


def grad_tensors(value: Any) -> list:
    """The tensors in VALUE that require grad, in encode() order."""
    return leaves(value, needs_grad)


# ---------------------------------------------------------------- decode


def decode(data: Any, from_handle: Callable[[dict], Any], depth: int = 0, memo: dict | None = None) -> Any:
    """Plain objects of exact built-in (or numpy/torch) types from encoded DATA."""
    if depth > MAX_DEPTH:
        raise WireError("nested too deeply")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is not dict or type(data.get("$")) is not str:
        raise WireError(f"not an encoded value: {type(data).__name__}")
    memo = {} if memo is None else memo
    if data["$"] == "ref":
        if type(data.get("@")) is not int or data["@"] not in memo:
            raise WireError("a reference to nothing sent before")
        return memo[data["@"]]
    value = _decode_value(data, from_handle, depth, memo)
    if data["$"] in IDENTITY_TAGS and type(data.get("@")) is int:
        memo[data["@"]] = value
    return value


def _decode_value(data: dict, from_handle: Callable[[dict], Any], depth: int, memo: dict) -> Any:
    tag = data["$"]
    sub = (lambda v: decode(v, from_handle, depth + 1, memo))  # noqa: E731
    if tag in ("list", "tuple", "set", "frozenset"):
        items = [sub(v) for v in _items(data)]
        return {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[tag](items)
    if tag == "namedtuple":
        return _named_tuple(data, [sub(v) for v in _items(data)])
    if tag in ("dict", "odict", "counter"):
        pairs = [(sub(k), sub(v)) for k, v in (_pair(p) for p in _items(data))]
        made = {"dict": dict, "odict": OrderedDict, "counter": Counter}[tag]()
        for key, value in pairs:
            made[key] = value
        return made
    if tag == "bytes":
        return _unb64(data.get("b64"))
    if tag in ("ndarray", "npscalar"):
        return _decode_array(data)
    if tag in ("tensor", "torch_dtype", "torch_size", "torch_device"):
        return _decode_torch(data)
    if tag == "csr":
        return _decode_sparse(data)
    if tag in REFERENCE_TAGS:
        return from_handle(data)
    raise WireError(f"unknown tag {tag!r}")


def _named_tuple(data: dict, items: list) -> tuple:
    """A NamedTuple of a class this process has imported itself; otherwise a plain tuple."""
    module = sys.modules.get(str(data.get("module")))
    cls = getattr(module, str(data.get("name")), None) if module and module.__name__ != "__main__" else None
    if isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields") and len(cls._fields) == len(items):
        return cls._make(items)
    return tuple(items)


def _items(data: dict) -> list:
    items = data.get("v")
    if type(items) is not list:
        raise WireError("expected a list of items")
    return items


def _pair(p: Any) -> tuple:
    if type(p) is not list or len(p) != 2:
        raise WireError("expected a key-value pair")
    return p[0], p[1]


def _shape(data: dict) -> tuple[int, ...]:
    shape = data.get("shape")
    if type(shape) is not list or not all(type(d) is int and d >= 0 for d in shape):
        raise WireError("bad shape")
    return tuple(shape)


def _decode_array(data: dict) -> Any:
    import numpy as np

    dtype = np.dtype(str(data.get("dtype")))
    if dtype.kind not in NUMERIC_KINDS | {"U"} or dtype.hasobject:
        raise WireError(f"refused dtype {dtype}")
    raw = _unb64(data.get("b64"))
    if data["$"] == "npscalar":
        return np.frombuffer(raw, dtype=dtype)[0].copy()
    return np.frombuffer(raw, dtype=dtype).reshape(_shape(data)).copy()


def _decode_sparse(data: dict) -> Any:
    from scipy import sparse

    parts = []
    for name in ("data", "indices", "indptr"):
        part = data.get(name)
        if type(part) is not dict or part.get("$") != "ndarray":
            raise WireError(f"a sparse matrix needs its {name} array")
        parts.append(_decode_array(part))
    return sparse.csr_matrix(tuple(parts), shape=_shape(data))


def _decode_torch(data: dict) -> Any:
    import numpy as np
    import torch

    tag = data["$"]
    if tag == "torch_size":
        return torch.Size([int(d) for d in _items(data) if type(d) is int])
    if tag == "torch_device":
        return torch.device(str(data.get("name")))
    dtype = getattr(torch, str(data.get("name", data.get("dtype"))), None)
    if not isinstance(dtype, torch.dtype):
        raise WireError("unknown torch dtype")
    if tag == "torch_dtype":
        return dtype
    np_dtype = torch.empty(0, dtype=torch.int16 if dtype == torch.bfloat16 else dtype).numpy().dtype
    flat = np.frombuffer(_unb64(data.get("b64")), dtype=np_dtype).copy()
    tensor = torch.from_numpy(flat).reshape(_shape(data))
    if dtype == torch.bfloat16:
        tensor = tensor.view(torch.bfloat16)
    if data.get("requires_grad") is True and tensor.is_floating_point():
        tensor.requires_grad_(True)
    return tensor
