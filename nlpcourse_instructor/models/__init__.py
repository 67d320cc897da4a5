"""Build the course models into the student package's ``nlpcourse/models/built/`` folder.

Each builder module (``nlpcourse_instructor.models.<name>``) has ``build(out_dir, fast)``, which
trains the model on course data and saves it with ``save_pretrained``. Builds are deterministic
(seeded, one CPU thread, a vocabulary with a stated tie rule), so a rebuild gives byte-identical
files and the sha256 in ``built/manifest.json`` mean something: ``check()`` rebuilds and compares
(a ``training_info.json`` may record the build's CPU time, the one figure allowed to differ).
"""

from __future__ import annotations

import importlib
import json
import shutil
import tempfile
from pathlib import Path

from nlpcourse.data._manifest import sha256_of
from nlpcourse.models import BUILT, MANIFEST, MODELS, model_dir, read_manifest

__all__ = ["BUILDERS", "build", "checksums", "check"]

BUILDERS = {name: f"nlpcourse_instructor.models.{name}" for name in MODELS}


def checksums(folder: Path) -> dict[str, str]:
    return {p.name: sha256_of(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _build_into(name: str, fast: bool, out: Path) -> None:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the same floats on every run (and faster for models this small)
    try:
        importlib.import_module(BUILDERS[name]).build(out, fast)
    finally:
        torch.set_num_threads(threads)


def build(name: str, fast: bool, root: Path = BUILT) -> Path:
    """Build model NAME into ROOT/<name>-<mode>/ and record its checksums in ROOT/manifest.json.

    The build goes to a temporary folder renamed into place when complete, so an interrupted
    build never leaves a half-written model behind.
    """
    target = model_dir(name, fast, root)
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=root))
    try:
        _build_into(name, fast, tmp)
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    manifest = read_manifest(root)
    manifest[target.name] = checksums(target)
    (root / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return target


def check(name: str, fast: bool) -> list[str]:
    """Rebuild NAME in a temporary folder; return the files whose sha256 differ from the manifest."""
    expected = read_manifest().get(model_dir(name, fast).name, {})
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "model"
        out.mkdir()
        _build_into(name, fast, out)
        got = checksums(out)
        differ = sorted(f for f in set(expected) | set(got) if expected.get(f) != got.get(f))
        if "training_info.json" in differ and _same_info(model_dir(name, fast) / "training_info.json",
                                                         out / "training_info.json"):
            differ.remove("training_info.json")
    return differ


def _same_info(built: Path, rebuilt: Path) -> bool:
    """Whether two training_info.json files agree on everything but the build's CPU time (which varies)."""
    if not built.is_file() or not rebuilt.is_file():
        return False
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (built, rebuilt))
    for info in (a, b):
        info.pop("build_cpu_seconds", None)
    return a == b
