"""seed_everything seeds torch lazily: the same random state, without importing torch."""

import subprocess
import sys

SCRIPT = """
import sys, nlpcourse
nlpcourse.seed_everything(6)
nlpcourse.seed_everything(7)  # a later seed replaces the pending one
assert "torch" not in sys.modules, "seeding imported torch"
import importlib.util
assert importlib.util.find_spec("torch") is not None  # a probe, as transformers makes, must not use the hook up
import torch
assert not any(type(f).__name__ == "_SeedTorchOnImport" for f in sys.meta_path), "the import hook stayed"
lazy = torch.rand(4)
torch.manual_seed(7)
assert torch.equal(lazy, torch.rand(4)), "lazily seeded torch differs from torch.manual_seed"
nlpcourse.seed_everything(8)
again = torch.rand(4)
torch.manual_seed(8)
assert torch.equal(again, torch.rand(4)), "seeding an imported torch differs from torch.manual_seed"
print("ok")
"""


def test_torch_is_seeded_on_first_import_with_the_same_state():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
