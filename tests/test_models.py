"""The course models ship built, load only when their files are the ones built, and rebuild
to byte-identical files (so the checksums in nlpcourse/models/built/manifest.json mean something).

CI rebuilds the fast models (seconds); `python -m nlpcourse_instructor models check --full`
does the same for the full ones (minutes).
"""

from __future__ import annotations

import shutil

import pytest

from nlpcourse import models
from nlpcourse_instructor import models as builders


@pytest.mark.parametrize("name", models.MODELS)
def test_every_model_ships_built_in_both_sizes(name):
    for fast in (True, False):
        folder = models.ensure(name, fast)
        assert (folder / "config.json").is_file() and (folder / "model.safetensors").is_file()


@pytest.mark.parametrize("name", models.MODELS)
def test_fast_rebuild_gives_byte_identical_files(name):
    assert builders.check(name, fast=True) == []


def test_a_missing_or_altered_model_is_a_clear_error(tmp_path, monkeypatch):
    root = tmp_path / "built"
    shutil.copytree(models.BUILT, root)
    monkeypatch.setattr(models, "BUILT", root)
    models._verified.cache_clear()
    try:
        shutil.rmtree(root / "gpt-full")
        with pytest.raises(models.ModelMissing, match="gpt-full is not in this installation"):
            models.ensure("gpt", fast=False)
        (root / "t5-fast" / "config.json").write_text("{}")
        with pytest.raises(models.ModelMissing, match="sha256 differs"):
            models.ensure("t5", fast=True)
        assert models.ensure("bert", fast=True) == root / "bert-fast"
        with pytest.raises(ValueError, match="unknown course model"):
            models.ensure("llama", fast=True)
    finally:
        models._verified.cache_clear()
