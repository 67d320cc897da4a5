"""Facts about the course BERT that notebooks use: its special tokens and sentence splitter.

The model itself ships built (``nlpcourse.models.ensure("bert", fast)``); how it was trained is
described in its ``training_info.json`` and in the chapters that use it (b09, b10).
"""

from __future__ import annotations

import re

__all__ = ["SPECIAL_TOKENS", "PAD", "UNK", "CLS", "SEP", "MASK", "split_sentences"]

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
SPECIAL_TOKENS = [PAD, UNK, CLS, SEP, MASK]  # ids 0..4 in this order

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def split_sentences(text: str) -> list[str]:
    """Split a text after 。！？!? (the terminators stay with their sentence); blanks dropped."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
