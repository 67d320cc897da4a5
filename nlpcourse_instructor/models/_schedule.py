"""The learning-rate schedule the course models are trained with."""

from __future__ import annotations

import math


def warmup_cosine(optimizer, steps: int, warmup: int, floor: float = 0.1):
    """Linear warm-up over WARMUP steps, then cosine decay to FLOOR times the base rate."""
    import torch

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        t = (step - warmup) / max(1, steps - warmup)
        return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * t))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
