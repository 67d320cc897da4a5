"""LoRA (low-rank adaptation) for ``nn.Linear`` layers, and helpers to put it into the course GPT.

The reference version of the layer built in chapter a16; later chapters (QLoRA, image prefixes
into a language model) import it from here::

    from nlpcourse.lora import LoRALinear, add_lora_to_gpt2

``LoRALinear(base, r, alpha, dropout)`` computes ``base(x) + (dropout(x) @ A^T @ B^T) * alpha / r``
with the base weight and bias frozen, ``lora_A`` of shape (r, in_features) initialised with
``kaiming_uniform_(a=sqrt(5))`` (as peft does) and ``lora_B`` of shape (out_features, r) zero.
GPT-2 in ``transformers`` uses ``Conv1D`` (weight stored as (in, out), ``y = x @ W + b``) for its
projections; ``conv1d_to_linear`` turns one into the equivalent ``nn.Linear`` by transposing the
weight, so the same layer covers both.
"""

from __future__ import annotations

import math

import torch
from torch import nn

__all__ = ["LoRALinear", "conv1d_to_linear", "add_lora_to_gpt2", "count_parameters"]


class LoRALinear(nn.Module):
    """A frozen ``nn.Linear`` plus a trainable low-rank update ``B @ A`` scaled by ``alpha / r``."""

    def __init__(self, base: nn.Linear, r: int, alpha: float, dropout: float = 0.0) -> None:
        super().__init__()
        if r < 1:
            raise ValueError(f"r must be >= 1, got {r}")
        self.base = base
        for p in self.base.parameters():
            p.requires_grad_(False)
        self.r = r
        self.alpha = alpha
        self.scaling = alpha / r
        w = base.weight
        self.lora_A = nn.Parameter(torch.empty(r, base.in_features, dtype=w.dtype, device=w.device))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, r, dtype=w.dtype, device=w.device))
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.merged = False

    def delta_weight(self) -> torch.Tensor:
        """The update ``(B @ A) * alpha / r``, shape (out_features, in_features)."""
        return (self.lora_B @ self.lora_A) * self.scaling

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.base(x)
        if self.merged:
            return out
        return out + (self.dropout(x) @ self.lora_A.T @ self.lora_B.T) * self.scaling

    @torch.no_grad()
    def merge(self) -> None:
        """Fold the update into the base weight; afterwards forward is just ``base(x)``."""
        if not self.merged:
            self.base.weight += self.delta_weight().to(self.base.weight.dtype)
            self.merged = True


def conv1d_to_linear(conv: nn.Module) -> nn.Linear:
    """The ``nn.Linear`` equivalent to a transformers ``Conv1D`` (weight (in, out) -> (out, in))."""
    n_in, n_out = conv.weight.shape
    lin = nn.Linear(n_in, n_out, bias=conv.bias is not None, dtype=conv.weight.dtype,
                    device=conv.weight.device)
    with torch.no_grad():
        lin.weight.copy_(conv.weight.T)
        if conv.bias is not None:
            lin.bias.copy_(conv.bias)
    return lin


def add_lora_to_gpt2(model: nn.Module, r: int, alpha: float, dropout: float = 0.0,
                     targets: tuple[str, ...] = ("c_attn",)) -> nn.Module:
    """Freeze a ``GPT2LMHeadModel`` and replace each block's attention ``targets`` by LoRA layers.

    ``targets`` name submodules of ``block.attn`` (``"c_attn"``: the fused Q/K/V projection,
    ``"c_proj"``: the output projection). Returns the model (modified in place).
    """
    for p in model.parameters():
        p.requires_grad_(False)
    for block in model.transformer.h:
        for name in targets:
            layer = getattr(block.attn, name)
            base = layer if isinstance(layer, nn.Linear) else conv1d_to_linear(layer)
            setattr(block.attn, name, LoRALinear(base, r, alpha, dropout))
    return model


def count_parameters(model: nn.Module) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return trainable, total
