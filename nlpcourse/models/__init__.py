"""Course models: tiny BERT, GPT and T5, shipped built with this package.

Nothing comes from a model hub and nothing is trained when a notebook opens: the instructor
builds each model once (fast and full size) with Hugging Face classes on course data, and the
files (config.json, model.safetensors, tokenizer.json, ...) travel with this package under
``built/<name>-<fast|full>/``, their sha256 listed in ``built/manifest.json``. Notebooks call
``ensure(name, fast)`` and load the folder with ``from_pretrained(path)``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from nlpcourse.data._manifest import sha256_of

__all__ = ["MODELS", "BUILT", "ModelMissing", "model_dir", "ensure"]

MODELS = ("bert", "gpt", "t5")
BUILT = Path(__file__).resolve().parent / "built"
MANIFEST = "manifest.json"


class ModelMissing(RuntimeError):
    """A course model is not in this installation, or its files are not the ones built."""


def model_dir(name: str, fast: bool, root: Path | None = None) -> Path:
    if name not in MODELS:
        raise ValueError(f"unknown course model {name!r}; known: {', '.join(MODELS)}")
    return (root or BUILT) / f"{name}-{'fast' if fast else 'full'}"


def read_manifest(root: Path | None = None) -> dict[str, dict[str, str]]:
    """``{"<name>-<mode>": {file: sha256}}`` of the built models under ROOT (default: BUILT)."""
    path = (root or BUILT) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@functools.cache
def _verified(folder: Path) -> Path:
    expected = read_manifest(folder.parent).get(folder.name)
    if not expected or not folder.is_dir():
        raise ModelMissing(
            f"the course model {folder.name} is not in this installation (looked in {folder}). "
            "It ships built with the course: reinstall the course bundle, or, as the instructor, "
            "build it with `python -m nlpcourse_instructor models build`."
        )
    for name, sha in sorted(expected.items()):
        path = folder / name
        if not path.is_file() or sha256_of(path) != sha:
            raise ModelMissing(f"{path} is missing or not the file that was built (sha256 differs); "
                               "reinstall the course bundle")
    return folder


def ensure(name: str, fast: bool = False) -> Path:
    """The folder of course model NAME (fast or full size), its files checked against the manifest."""
    return _verified(model_dir(name, bool(fast)))
