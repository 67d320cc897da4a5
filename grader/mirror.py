"""The referee's side of objects that cross to the kernel and back (see agent.py for the kernel's).

Referee -> kernel: an object of a library (a torch module, a Hugging Face model, an optimizer, a
tokenizer, a path) is pickled and kept in the kernel as a mirror for the rest of the test cell.
The pickle refers by number to what must stay one object on each side: tensors (shared, their
state synced after every request), objects already mirrored, handles to the kernel's objects,
and the test's own functions and objects, which stay here and are called back. Functions of
the trusted libraries cross by their qualified name.

Kernel -> referee: never a pickle. A Hugging Face fast tokenizer comes as its JSON and special
tokens, a model as its class name (looked up in transformers), config and tensors; both are
rebuilt here by the library from that data.
"""

from __future__ import annotations

import base64
import inspect
import io
import pickle
import sys
from typing import Any

from grader import agent as agent_module
from grader import wire
from grader.agent import TEST_MODULE

# Packages whose classes and functions the referee takes by name (and whose objects it rebuilds).
TRUSTED_PACKAGES = frozenset({"torch", "numpy", "scipy", "sklearn", "transformers", "tokenizers", "peft"})
SPECIAL_TOKENS = frozenset({"bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"})
MAX_MRO = 20


class Unsupported(TypeError):
    """The test asks for something the referee cannot do across processes."""


def is_test_defined(value: Any) -> bool:
    """A class the test cell defined, or an object of one (it cannot be rebuilt in the kernel)."""
    cls = value if isinstance(value, type) else type(value)
    return getattr(cls, "__module__", None) in (TEST_MODULE, "__main__")


def is_test_function(value: Any) -> bool:
    """A function or method the test cell made (a loss, a lambda, a bound method of its object)."""
    import functools

    if isinstance(value, functools.partial) or inspect.ismethod(value):
        return True
    if inspect.isfunction(value):
        return by_name_of(value) is None
    return False


def by_name_of(value: Any) -> dict | None:
    """{"$": "qualname"} for a module-level function or class of a trusted library, else None."""
    module, name = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if type(module) is not str or type(name) is not str or module.split(".")[0] not in TRUSTED_PACKAGES:
        return None
    found = sys.modules.get(module)
    for part in name.split("."):
        found = getattr(found, part, None)
    return {"$": "qualname", "module": module, "name": name} if found is value else None


def trusted_class(mro: tuple[str, ...]) -> type | None:
    """The first class of MRO (as the kernel reported it) that a trusted library defines and this
    process has imported; None for anything that claims to be data (a tensor, an array)."""
    found = []
    for entry in mro:
        module, _, qualname = entry.partition(":")
        if module.split(".")[0] not in TRUSTED_PACKAGES or module not in sys.modules:
            continue
        cls: Any = sys.modules[module]
        for part in qualname.split("."):
            cls = cls.__dict__.get(part) if hasattr(cls, "__dict__") else None
        if isinstance(cls, type):
            if is_data_class(cls):
                return None
            found.append(cls)
    return found[0] if found else None


def is_data_class(cls: type) -> bool:
    """Tensors, arrays and their bases: what crosses by value, never as a handle."""
    torch, np = sys.modules.get("torch"), sys.modules.get("numpy")
    kinds = ([torch.Tensor] if torch is not None else []) + ([np.ndarray, np.generic] if np is not None else [])
    return any(issubclass(cls, kind) or (cls is not object and issubclass(kind, cls)) for kind in kinds)


class Sender:
    """Pickles the test's objects for the kernel, registering what both sides then share."""

    def __init__(self, mirrors: agent_module.Mirrors, reference: Any):
        self.mirrors = mirrors
        self.reference = reference  # obj -> ("handle" | "callback" | "proxy", key) or None

    def send(self, value: Any) -> dict:
        pending: dict[int, Any] = {}
        sender = self

        class Dumper(pickle.Pickler):
            def persistent_id(self, obj):
                return None if obj is value else sender.persistent_id(obj, pending)

        buffer = io.BytesIO()
        try:
            Dumper(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        except (pickle.PicklingError, TypeError, AttributeError, ValueError) as exc:
            raise Unsupported(f"a {type(value).__module__}.{type(value).__qualname__} cannot be sent to the "
                              f"student's kernel ({exc})") from None
        tensors = []
        for key, tensor in pending.items():
            self.mirrors.add_tensor(key, tensor)
            tensors.append([key, agent_module.tensor_state(tensor, encode_plain)])
        fresh = [o for o in agent_module.nested_objects(value) if self.mirrors.key_of_object(o) is None]
        for obj in fresh:
            self.mirrors.add_object(id(obj), obj, encode_plain)
        return {"$": "pickle", "id": id(value), "b64": base64.b64encode(buffer.getvalue()).decode("ascii"),
                "tensors": tensors, "nested": [id(o) for o in fresh]}

    def persistent_id(self, obj: Any, pending: dict[int, Any]) -> tuple | None:
        torch = sys.modules.get("torch")
        if torch is not None and type(obj) is not type and isinstance(obj, torch.Tensor):
            key = self.mirrors.key_of_tensor(obj)
            if key is None:
                key = id(obj)
                pending[key] = obj
            return ("tensor", key)
        key = self.mirrors.key_of_object(obj)
        if key is not None:
            return ("object", key)
        return self.reference(obj)


def encode_plain(value: Any) -> Any:
    return wire.encode(value, agent_module.refuse)


def decode_plain(data: Any) -> Any:
    return wire.decode(data, agent_module.refuse)


# ---------------------------------------------------------------- rebuilt from the kernel's data


def rebuild_tokenizer(data: dict) -> Any:
    """A fast tokenizer from its tokenizer.json text and special tokens (no code of the kernel's)."""
    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    special, extra, names = data.get("special"), data.get("extra", []), data.get("model_input_names")
    if (type(data.get("json")) is not str or type(special) is not dict
            or not all(k in SPECIAL_TOKENS and type(v) is str for k, v in special.items())
            or type(extra) is not list or not all(type(t) is str for t in extra)
            or type(names) is not list or not all(type(n) is str for n in names)
            or type(data.get("model_max_length")) is not int
            or data.get("padding_side") not in ("left", "right") or data.get("truncation_side") not in ("left", "right")
            or type(data.get("clean_up_tokenization_spaces")) is not bool):
        raise wire.WireError("a tokenizer must come as its JSON text and special tokens")
    try:
        backend = Tokenizer.from_str(data["json"])
    except Exception as exc:  # noqa: BLE001 - the library refused the text
        raise wire.WireError(f"not a tokenizer.json ({exc})") from None
    kwargs = dict(special, model_max_length=data["model_max_length"], padding_side=data["padding_side"],
                  truncation_side=data["truncation_side"], model_input_names=names,
                  clean_up_tokenization_spaces=data["clean_up_tokenization_spaces"])
    if extra:
        kwargs["extra_special_tokens"] = extra
    return PreTrainedTokenizerFast(tokenizer_object=backend, **kwargs)


def rebuild_model(data: dict) -> Any:
    """A transformers model from its class name, config and tensors (built on the meta device
    first, so only tensors of the sizes that were sent are ever allocated)."""
    import torch
    import transformers

    name = data.get("name")
    cls = getattr(transformers, name, None) if type(name) is str and name.isidentifier() else None
    if not (isinstance(cls, type) and issubclass(cls, transformers.PreTrainedModel)):
        raise wire.WireError(f"not a model class of transformers: {name!r}")
    config = decode_plain(data.get("config"))
    params, buffers = named_tensors(data.get("parameters"), 3), named_tensors(data.get("buffers"), 2)
    if type(config) is not dict:
        raise wire.WireError("a model's config must be a dict")
    with torch.device("meta"):
        model = cls(cls.config_class.from_dict(config))
    want_params, want_buffers = dict(model.named_parameters()), dict(model.named_buffers())
    if set(params) != set(want_params) or set(buffers) != set(want_buffers):
        raise wire.WireError(f"the {name}'s tensors are not those of its class and config")
    for table, want, make in ((params, want_params, lambda t, g: torch.nn.Parameter(t, requires_grad=g)),
                              (buffers, want_buffers, lambda t, _: t)):
        for key, (tensor, wants_grad) in table.items():
            if tensor.shape != want[key].shape:
                raise wire.WireError(f"{key}: shape {tuple(tensor.shape)}, expected {tuple(want[key].shape)}")
            owner, _, attr = key.rpartition(".")
            module = model.get_submodule(owner)
            slot = module._parameters if table is params else module._buffers
            slot[attr] = make(tensor, wants_grad and tensor.is_floating_point())
    if getattr(model.config, "tie_word_embeddings", False):
        model.tie_weights()
    if any(t.is_meta for t in [*model.parameters(), *model.buffers()]):
        raise wire.WireError(f"the {name} was sent without all of its tensors")
    flags = data.get("training")
    modules = list(model.modules())
    if type(flags) is not list or len(flags) != len(modules) or not all(type(f) is bool for f in flags):
        raise wire.WireError("a model's training flags must be one bool per module")
    for module, flag in zip(modules, flags, strict=True):
        module.training = flag
    return model


def named_tensors(entries: Any, width: int) -> dict[str, tuple[Any, bool]]:
    import torch

    if type(entries) is not list:
        raise wire.WireError("expected a list of named tensors")
    found = {}
    for entry in entries:
        if type(entry) is not list or len(entry) != width or type(entry[0]) is not str:
            raise wire.WireError("expected [name, tensor] entries")
        tensor = decode_plain(entry[1])
        if not isinstance(tensor, torch.Tensor):
            raise wire.WireError(f"{entry[0]} is not a tensor")
        found[entry[0]] = (tensor, width == 3 and entry[2] is True)
    return found
