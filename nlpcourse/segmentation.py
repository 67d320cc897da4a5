"""Chinese word segmentation: the course's reference implementations (chapter b02).

Later chapters import these instead of a student's earlier answer, so one missed exercise
never blocks the rest of the course. The semantics are exactly those stated in b02:

* dictionary methods: forward / backward / bidirectional maximum matching;
* evaluation: precision / recall / F1 over word spans (character offsets);
* statistical method: a character HMM with B/M/E/S tags, add-one smoothing, Viterbi;
* subword model: byte-pair encoding (BPE) on characters, no end-of-word marker.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "STATES",
    "ALLOWED_START",
    "ALLOWED_NEXT",
    "ALLOWED_END",
    "forward_max_match",
    "backward_max_match",
    "bidirectional_max_match",
    "to_spans",
    "span_prf1",
    "bmes_tags",
    "tags_to_words",
    "HMMParams",
    "hmm_estimate",
    "viterbi",
    "hmm_segment",
    "bpe_train",
    "bpe_encode",
    "bpe_decode",
]

# ---------------------------------------------------------------------------
# Dictionary methods: maximum matching
# ---------------------------------------------------------------------------


def forward_max_match(text: str, vocab: set[str] | frozenset[str], max_len: int) -> list[str]:
    """Forward maximum matching (FMM).

    From the left, take the longest prefix of length <= ``max_len`` that is in ``vocab``;
    if no prefix of length >= 2 is in ``vocab``, take a single character (in the dictionary
    or not). Repeat on the rest of the text.
    """
    if max_len < 1:
        raise ValueError("max_len must be >= 1")
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            piece = text[i : i + length]
            if length == 1 or piece in vocab:
                words.append(piece)
                i += length
                break
    return words


def backward_max_match(text: str, vocab: set[str] | frozenset[str], max_len: int) -> list[str]:
    """Backward maximum matching (BMM): FMM mirrored, scanning from the right.

    Returns the words in reading order (left to right).
    """
    if max_len < 1:
        raise ValueError("max_len must be >= 1")
    words: list[str] = []
    j = len(text)
    while j > 0:
        for length in range(min(max_len, j), 0, -1):
            piece = text[j - length : j]
            if length == 1 or piece in vocab:
                words.append(piece)
                j -= length
                break
    words.reverse()
    return words


def bidirectional_max_match(
    text: str, vocab: set[str] | frozenset[str], max_len: int
) -> list[str]:
    """Bidirectional maximum matching (Bi-MM).

    Run FMM and BMM; the result with fewer words wins; on a tie, the one with fewer
    single-character words; on a further tie, BMM's.
    """
    f = forward_max_match(text, vocab, max_len)
    b = backward_max_match(text, vocab, max_len)
    if len(f) != len(b):
        return f if len(f) < len(b) else b
    f_single = sum(len(w) == 1 for w in f)
    b_single = sum(len(w) == 1 for w in b)
    return f if f_single < b_single else b


# ---------------------------------------------------------------------------
# Evaluation on spans
# ---------------------------------------------------------------------------


def to_spans(words: Iterable[str]) -> set[tuple[int, int]]:
    """Character spans ``(start, end)`` (end exclusive) of a segmented sentence."""
    spans: set[tuple[int, int]] = set()
    start = 0
    for w in words:
        spans.add((start, start + len(w)))
        start += len(w)
    return spans


def span_prf1(gold: list[list[str]], pred: list[list[str]]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 of predicted word spans over a corpus.

    A predicted word is correct when its span (start, end) in its sentence is a gold span.
    P = correct / predicted words (0.0 if none), R = correct / gold words (0.0 if none),
    F1 = 2PR / (P + R) (0.0 if P + R == 0). Sentences must match in number and text.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    correct = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        if "".join(g) != "".join(p):
            raise ValueError(f"texts differ: {''.join(g)!r} vs {''.join(p)!r}")
        gs, ps = to_spans(g), to_spans(p)
        correct += len(gs & ps)
        n_gold += len(gs)
        n_pred += len(ps)
    precision = correct / n_pred if n_pred else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------------------
# Character HMM with B/M/E/S tags
# ---------------------------------------------------------------------------

STATES = ("B", "M", "E", "S")
ALLOWED_START = ("B", "S")
ALLOWED_END = ("E", "S")
ALLOWED_NEXT = {"B": ("M", "E"), "M": ("M", "E"), "E": ("B", "S"), "S": ("B", "S")}


def bmes_tags(words: Iterable[str]) -> list[str]:
    """One tag per character: S for a one-character word, else B, M..., E."""
    tags: list[str] = []
    for w in words:
        if len(w) == 1:
            tags.append("S")
        elif len(w) > 1:
            tags.extend(["B"] + ["M"] * (len(w) - 2) + ["E"])
    return tags


def tags_to_words(text: str, tags: list[str]) -> list[str]:
    """Cut ``text`` after every character tagged E or S (and at the end of the text)."""
    if len(text) != len(tags):
        raise ValueError(f"{len(text)} characters but {len(tags)} tags")
    words: list[str] = []
    start = 0
    for i, t in enumerate(tags):
        if t in ("E", "S"):
            words.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        words.append(text[start:])
    return words


class HMMParams(NamedTuple):
    """Log-probabilities (natural log) of a character HMM over the states B, M, E, S.

    start[s], trans[s][t], emit[s][char]; unk[s] is the emission score of a character
    not in emit[s]. Impossible events are float('-inf').
    """

    start: dict[str, float]
    trans: dict[str, dict[str, float]]
    emit: dict[str, dict[str, float]]
    unk: dict[str, float]


def hmm_estimate(sentences: Iterable[list[str]]) -> HMMParams:
    """Estimate a BMES character HMM from segmented sentences with add-one smoothing.

    start[s] = log((#sentences starting in s + 1) / (#sentences + 2)) for s in {B, S};
    trans[s][t] = log((#(s, t) + 1) / (#transitions out of s + 2)) for the two allowed t;
    emit[s][c] = log((#(s, c) + 1) / (#characters tagged s + V + 1)) for every training
    character c, V = number of distinct training characters; unk[s] = log(1 / (... same));
    everything else is -inf. Empty sentences are skipped.
    """
    start_c: Counter[str] = Counter()
    trans_c: Counter[tuple[str, str]] = Counter()
    emit_c: Counter[tuple[str, str]] = Counter()
    state_c: Counter[str] = Counter()
    chars: set[str] = set()
    n_sent = 0
    for words in sentences:
        text = "".join(words)
        if not text:
            continue
        tags = bmes_tags(words)
        n_sent += 1
        start_c[tags[0]] += 1
        for a, b in zip(tags, tags[1:], strict=False):
            trans_c[a, b] += 1
        for c, t in zip(text, tags, strict=True):
            emit_c[t, c] += 1
            state_c[t] += 1
        chars.update(text)
    neg_inf = float("-inf")
    start = {
        s: math.log((start_c[s] + 1) / (n_sent + len(ALLOWED_START)))
        if s in ALLOWED_START
        else neg_inf
        for s in STATES
    }
    trans: dict[str, dict[str, float]] = {}
    for s in STATES:
        out = sum(trans_c[s, t] for t in ALLOWED_NEXT[s])
        trans[s] = {
            t: math.log((trans_c[s, t] + 1) / (out + len(ALLOWED_NEXT[s])))
            if t in ALLOWED_NEXT[s]
            else neg_inf
            for t in STATES
        }
    v = len(chars)
    emit = {
        s: {c: math.log((emit_c[s, c] + 1) / (state_c[s] + v + 1)) for c in sorted(chars)}
        for s in STATES
    }
    unk = {s: math.log(1 / (state_c[s] + v + 1)) for s in STATES}
    return HMMParams(start, trans, emit, unk)


def viterbi(text: str, hmm: HMMParams) -> list[str]:
    """Most probable tag sequence for ``text`` that ends in E or S (empty text -> []).

    Score = start + sum of transitions + sum of emissions, using only the scores in ``hmm``.
    Ties are broken toward the earlier state in the order B, M, E, S.
    """
    if not text:
        return []

    def e(s: str, c: str) -> float:
        return hmm.emit[s].get(c, hmm.unk[s])

    score = {s: hmm.start[s] + e(s, text[0]) for s in STATES}
    back: list[dict[str, str]] = []
    for c in text[1:]:
        new: dict[str, float] = {}
        ptr: dict[str, str] = {}
        for t in STATES:
            best = max(STATES, key=lambda s, t=t: (score[s] + hmm.trans[s][t], -STATES.index(s)))
            new[t] = score[best] + hmm.trans[best][t] + e(t, c)
            ptr[t] = best
        score = new
        back.append(ptr)
    last = max(ALLOWED_END, key=lambda s: (score[s], -STATES.index(s)))
    if score[last] == float("-inf"):
        raise ValueError("no tag sequence ending in E or S has a finite score")
    tags = [last]
    for ptr in reversed(back):
        tags.append(ptr[tags[-1]])
    tags.reverse()
    return tags


def hmm_segment(text: str, hmm: HMMParams) -> list[str]:
    """Segment ``text`` with the HMM: Viterbi tags, then cut after E and S."""
    return tags_to_words(text, viterbi(text, hmm))


# ---------------------------------------------------------------------------
# Byte-pair encoding on characters
# ---------------------------------------------------------------------------


def _merge_symbols(symbols: list[str], pair: tuple[str, str]) -> list[str]:
    """Replace occurrences of ``pair`` left to right, without overlap."""
    a, b = pair
    out: list[str] = []
    i, n = 0, len(symbols)
    while i < n:
        if i + 1 < n and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe_train(word_freqs: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    """Learn up to ``num_merges`` BPE merges from word frequencies.

    Each word starts as its characters (no end-of-word marker). Each step counts adjacent
    symbol pairs weighted by word frequency, merges the most frequent pair (ties: the
    lexicographically smallest pair), applies it to every word left to right without
    overlap, and appends it to the result; it stops early when no pair is left.
    """
    # words of one symbol have no pairs: they are dropped from the work list
    words = [(list(w), f) for w, f in word_freqs.items() if f > 0 and len(w) > 1]
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        counts: Counter[tuple[str, str]] = Counter()
        for symbols, f in words:
            for pair in zip(symbols, symbols[1:], strict=False):
                counts[pair] += f
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        new_words = []
        for symbols, f in words:
            if best[0] in symbols:
                symbols = _merge_symbols(symbols, best)
            if len(symbols) > 1:
                new_words.append((symbols, f))
        words = new_words
    return merges


def bpe_encode(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split ``word`` into characters, then apply each merge in order (left to right, no overlap)."""
    symbols = list(word)
    for pair in merges:
        if len(symbols) < 2:
            break
        symbols = _merge_symbols(symbols, pair)
    return symbols


def bpe_decode(tokens: Iterable[str]) -> str:
    """Inverse of :func:`bpe_encode`: no end-of-word marker, so decoding is concatenation."""
    return "".join(tokens)
