"""Facts about the course GPT that notebooks use: its special tokens and held-out chapters.

The model itself ships built (``nlpcourse.models.ensure("gpt", fast)``): a character-level
GPT-2 pretrained on 三国演义 except the held-out chapters.
"""

from __future__ import annotations

__all__ = ["SPECIAL_TOKENS", "is_heldout"]

SPECIAL_TOKENS = ["<pad>", "<unk>", "<bos>", "<eos>"]


def is_heldout(chapter: int) -> bool:
    """Chapters kept out of pretraining (for perplexity): 10, 20, ..., 120."""
    return chapter % 10 == 0
