"""Helpers for chapter b02's character HMM that are not exercises: the B/M/E/S tag set, the
allowed transitions, the parameter container and the tags-to-words cut.

The chapter's graded functions (maximum matching, span P/R/F1, BMES tagging, HMM estimation,
Viterbi, BPE) are not here: students write them, and nothing students receive contains them.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["STATES", "ALLOWED_START", "ALLOWED_NEXT", "ALLOWED_END", "tags_to_words", "HMMParams"]

STATES = ("B", "M", "E", "S")
ALLOWED_START = ("B", "S")
ALLOWED_END = ("E", "S")
ALLOWED_NEXT = {"B": ("M", "E"), "M": ("M", "E"), "E": ("B", "S"), "S": ("B", "S")}


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
