"""Support package for the course notebooks: fast/full switch, seeds, data, results.

Notebooks depend on this package; it depends on nothing course-side.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import random
import sys
from pathlib import Path

__all__ = ["REPO_ROOT", "resolve_fast", "seed_everything", "save_results"]

REPO_ROOT = Path(__file__).resolve().parent.parent
FAST_ENV = "COURSE_FAST"


def resolve_fast(fast: bool | None) -> bool:
    """Return the notebook's mode: an explicit value wins, else the COURSE_FAST variable.

    Students get full mode by default; CI (papermill ``-p FAST True``) and the grader
    (``COURSE_FAST=1``) get the seconds-long fast mode.
    """
    if fast is not None:
        return bool(fast)
    return os.environ.get(FAST_ENV, "0").strip().lower() in {"1", "true", "yes"}


def seed_everything(seed: int) -> None:
    """Seed Python, NumPy and torch.

    torch is seeded now if it is already imported, else the moment it is first imported: the
    same random state either way (nothing can draw from torch before importing it), and a
    chapter that never uses torch does not pay ~2 s of CPU to import it in every kernel.
    """
    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    try:
        import numpy as np

        np.random.seed(seed)
    except ImportError:  # pragma: no cover - numpy is a course requirement
        pass
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _SeedTorchOnImport)]
    if "torch" in sys.modules:
        sys.modules["torch"].manual_seed(seed)
    else:
        sys.meta_path.insert(0, _SeedTorchOnImport(seed))


class _SeedTorchOnImport(importlib.abc.MetaPathFinder):
    """An import hook that seeds ``torch`` right after it first loads, then removes itself.

    It hands out torch's spec with a seeding ``exec_module`` but stays in place until torch has
    actually loaded: ``importlib.util.find_spec("torch")`` alone (transformers probes for torch
    that way) must not use it up.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def find_spec(self, name, path=None, target=None):
        if name != "torch":
            return None
        spec = self._spec_from_other_finders(name, path, target)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def load_and_seed(module):
            load(module)
            for hook in [f for f in sys.meta_path if isinstance(f, _SeedTorchOnImport)]:
                sys.meta_path.remove(hook)
                module.manual_seed(hook.seed)

        spec.loader.exec_module = load_and_seed
        return spec

    def _spec_from_other_finders(self, name, path, target):
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    return spec
        return None


def results_dir() -> Path:
    return Path(os.environ.get("COURSE_RESULTS_DIR", REPO_ROOT / "results"))


def save_results(chapter: str, figures: dict) -> Path:
    """Record a chapter's full-mode figures in results/<chapter>.json (sorted, stable)."""
    out = results_dir()
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{chapter}.json"
    path.write_text(json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return path
