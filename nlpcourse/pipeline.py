"""Reference building blocks of the basic text pipeline (chapter b01_nlp_pipeline).

Later chapters import these instead of the student's earlier answers, so that one missed
exercise never blocks the rest of the course.

    from nlpcourse.pipeline import (
        to_halfwidth, make_tokenizer, build_vocab, encode, length_percentile,
        pad_truncate, batches_per_epoch,
    )
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

__all__ = [
    "PAD",
    "UNK",
    "to_halfwidth",
    "make_tokenizer",
    "build_vocab",
    "encode",
    "length_percentile",
    "pad_truncate",
    "batches_per_epoch",
    "bow_counts",
]

PAD = "<pad>"
UNK = "<unk>"

_FULLWIDTH_TABLE = {0x3000: 0x20, **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}


def to_halfwidth(text: str) -> str:
    """Map the ideographic space U+3000 to U+0020 and U+FF01..U+FF5E to U+0021..U+007E.

    Everything else (。、《》“”…, halfwidth katakana, circled digits, ...) is left alone.
    """
    return text.translate(_FULLWIDTH_TABLE)


def make_tokenizer(lower: bool = True) -> Callable[[str], list[str]]:
    """Return ``tokenize(text) -> list[str]``: half-width, lower-case, jieba (precise mode).

    Uses a private ``jieba.Tokenizer`` instance with jieba's logger silenced; whitespace-only
    tokens are dropped.
    """
    import jieba

    jieba.setLogLevel(logging.ERROR)
    tk = jieba.Tokenizer()
    tk.initialize()

    def tokenize(text: str) -> list[str]:
        text = to_halfwidth(text)
        if lower:
            text = text.lower()
        return [w for w in tk.lcut(text) if w.strip()]

    return tokenize


def build_vocab(
    token_lists: Iterable[Sequence[str]],
    min_freq: int = 1,
    max_size: int | None = None,
    specials: Sequence[str] = (PAD, UNK),
) -> dict[str, int]:
    """Token -> id. Specials first (in the given order), then tokens with count >= min_freq
    sorted by count descending, ties by token ascending (code-point order). ``max_size``
    caps the total size, specials included. Text tokens equal to a special are skipped.
    """
    counts: Counter[str] = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    vocab = {tok: i for i, tok in enumerate(specials)}
    kept = sorted((t for t, c in counts.items() if c >= min_freq and t not in vocab),
                  key=lambda t: (-counts[t], t))
    if max_size is not None:
        kept = kept[: max(0, max_size - len(vocab))]
    for tok in kept:
        vocab[tok] = len(vocab)
    return vocab


def encode(tokens: Sequence[str], vocab: dict[str, int], unk: str = UNK) -> list[int]:
    """Map tokens to ids, unknown tokens to ``vocab[unk]``."""
    unk_id = vocab[unk]
    return [vocab.get(t, unk_id) for t in tokens]


def length_percentile(lengths: Sequence[int], q: float) -> int:
    """Nearest-rank percentile: the smallest length L with at least q% of lengths <= L."""
    if len(lengths) == 0:
        raise ValueError("lengths is empty")
    ordered = sorted(lengths)
    k = max(1, math.ceil(q * len(ordered) / 100))
    return int(ordered[k - 1])


def pad_truncate(
    seqs: Sequence[Sequence[int]], max_len: int, pad_id: int = 0, truncating: str = "post"
) -> tuple[np.ndarray, np.ndarray]:
    """Fixed-length int64 array (B, max_len), padded at the end with ``pad_id``, and the
    int64 lengths after truncation. ``truncating="post"`` keeps the first ``max_len`` ids,
    ``"pre"`` keeps the last ``max_len``.
    """
    if truncating not in ("post", "pre"):
        raise ValueError(f"truncating must be 'post' or 'pre', got {truncating!r}")
    out = np.full((len(seqs), max_len), pad_id, dtype=np.int64)
    lengths = np.zeros(len(seqs), dtype=np.int64)
    for i, s in enumerate(seqs):
        s = list(s)
        kept = s[:max_len] if truncating == "post" else s[max(0, len(s) - max_len):]
        out[i, : len(kept)] = kept
        lengths[i] = len(kept)
    return out, lengths


def batches_per_epoch(n_samples: int, batch_size: int, drop_last: bool = False) -> int:
    """Number of batches a DataLoader yields per epoch."""
    if drop_last:
        return n_samples // batch_size
    return -(-n_samples // batch_size)


def bow_counts(docs: Sequence[Sequence[str]], vocab: dict[str, int]):
    """Bag-of-words counts as a scipy.sparse CSR matrix (len(docs), len(vocab)), int64.

    Tokens missing from ``vocab`` are ignored.
    """
    import scipy.sparse as sp

    indptr = [0]
    indices: list[int] = []
    data: list[int] = []
    for doc in docs:
        c = Counter(vocab[t] for t in doc if t in vocab)
        for j in sorted(c):
            indices.append(j)
            data.append(c[j])
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data, dtype=np.int64), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(docs), len(vocab)),
    )
