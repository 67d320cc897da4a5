"""Reference corpus helpers: 三国演义 segmented into sentences of tokens.

Chapters on word vectors (b03 one-hot/word2vec, b04 CBOW, b05 skip-gram) train on the same
token stream, so they import it from here instead of re-implementing the segmentation.

The text comes from ``nlpcourse.data`` ("sanguo", split "all"); it is segmented with a private
``jieba.Tokenizer`` whose user dictionary is the novel's entity dictionary ("sanguo_entities"),
plus every surface mention of those entities ("sanguo_aliases": 玄德, 孔明, 云长, ...), so
that names stay single tokens. jieba's global dictionary is left untouched; its logger is
raised to WARNING to silence the "Building prefix dict" messages.

``sanguo_sentences(fast, canonical=True)`` also rewrites every mention to its entity's name
(玄德 -> 刘备, 孔明 -> 诸葛亮), so one person is one token.
"""

from __future__ import annotations

import functools
import logging
import re

__all__ = [
    "SENTENCE_END",
    "is_word_token",
    "sanguo_tokenizer",
    "split_sentences",
    "sanguo_canonical_map",
    "sanguo_sentences",
]

#: Characters that end a sentence (Chinese and ASCII), plus line breaks.
SENTENCE_END = re.compile(r"[。！？；!?;\n]+")

_WORD_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def is_word_token(token: str) -> bool:
    """True when the token holds at least one CJK character, digit or Latin letter.

    Punctuation and whitespace tokens are dropped from the sentences.
    """
    return bool(_WORD_CHAR.search(token))


def _strip_note(name: str) -> str:
    """'刘勋[东汉]' -> '刘勋' (the dictionary disambiguates homonyms with a bracketed note)."""
    return re.sub(r"\[[^\]]*\]$", "", name)


def _entity_names(entities) -> list[str]:
    """Flatten the entity dictionary (entity type -> names) into a sorted list of names."""
    if isinstance(entities, dict):
        names: set[str] = set()
        for value in entities.values():
            if isinstance(value, str):
                names.add(value)
            else:
                names.update(value)
    else:
        names = set(entities)
    return sorted({_strip_note(n).strip() for n in names} - {""})


@functools.lru_cache(maxsize=1)
def sanguo_tokenizer():
    """A ``jieba.Tokenizer`` with the 三国演义 entity names and their mentions as user words.

    Each word is added with ``add_word(word)`` (jieba then suggests a frequency high enough
    for the word to be kept as one token). Cached: built once per process.
    """
    import jieba

    from nlpcourse import data

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    words = set(_entity_names(data.load("sanguo_entities", split="all")))
    words.update(_entity_names(data.load("sanguo_aliases", split="all")))
    for word in sorted(words):
        tokenizer.add_word(word)
    return tokenizer


def split_sentences(text: str) -> list[str]:
    """Split a text into sentences at 。！？；!?; and line breaks; empty pieces dropped."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


@functools.lru_cache(maxsize=2)
def _sanguo_sentences_cached(fast: bool) -> tuple[tuple[str, ...], ...]:
    from nlpcourse import data

    tokenizer = sanguo_tokenizer()
    out: list[tuple[str, ...]] = []
    for chapter in data.load("sanguo", split="all", fast=fast):
        for sentence in split_sentences(chapter["text"]):
            tokens = tuple(t for t in tokenizer.lcut(sentence, HMM=True) if is_word_token(t))
            if tokens:
                out.append(tokens)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _mention_candidates() -> dict[str, tuple[str, ...]]:
    """Mention -> the entity names it may stand for (sorted), notes stripped."""
    from nlpcourse import data

    candidates: dict[str, set[str]] = {}
    for entity, mentions in data.load("sanguo_aliases", split="all").items():
        name = _strip_note(entity)
        for mention in [name, *mentions]:
            mention = _strip_note(mention).strip()
            if mention:
                candidates.setdefault(mention, set()).add(name)
    return {m: tuple(sorted(v)) for m, v in candidates.items()}


def sanguo_canonical_map(counts: dict[str, int] | None = None) -> dict[str, str]:
    """Mention -> entity name (玄德 -> 刘备, 云长 -> 关羽), from ``data.load("sanguo_aliases")``.

    Bracketed notes are stripped from entity names. A mention shared by several entities
    (孔明: 诸葛亮 and 胡昭) goes to the one whose name is most frequent in ``counts``
    (ties, or no counts: the lexicographically smallest name). Names map to themselves.
    ``sanguo_sentences(canonical=True)`` passes the number of times each candidate name
    occurs in the raw text of the whole novel.
    """
    counts = counts or {}
    out = {}
    for mention, names in _mention_candidates().items():
        if mention in names:  # an entity's own name is never rewritten
            out[mention] = mention
        else:
            out[mention] = min(names, key=lambda n: (-counts.get(n, 0), n))
    return out


@functools.lru_cache(maxsize=2)
def _sanguo_canonical_cached(fast: bool) -> tuple[tuple[str, ...], ...]:
    from nlpcourse import data

    # Ambiguous mentions are resolved on the whole novel (also in fast mode), by how often
    # each candidate's full name occurs in the raw text.
    text = "\n".join(ch["text"] for ch in data.load("sanguo", split="all"))
    contested = {n for names in _mention_candidates().values() if len(names) > 1 for n in names}
    mapping = sanguo_canonical_map({n: text.count(n) for n in sorted(contested)})
    return tuple(tuple(mapping.get(t, t) for t in s) for s in _sanguo_sentences_cached(fast))


def sanguo_sentences(fast: bool, canonical: bool = False) -> list[list[str]]:
    """三国演义 as a list of sentences, each a list of tokens (chapters in order).

    - text: ``data.load("sanguo", split="all", fast=fast)``, chapter by chapter;
    - sentences: split at 。！？；!?; and line breaks (a sentence never crosses a chapter);
    - tokens: jieba (precise mode, HMM on) with the entity dictionary as user words, so
      刘备 / 曹操 / 诸葛亮 are single tokens; punctuation/whitespace tokens removed;
    - sentences left without tokens are dropped.

    - ``canonical=True``: every mention is replaced by its entity's name
      (see ``sanguo_canonical_map``; ambiguous mentions go to the candidate whose name
      occurs most often in the whole novel).

    Deterministic; the segmentation is cached per process, and each call returns fresh lists
    (mutating them does not affect later calls).
    """
    cached = _sanguo_canonical_cached if canonical else _sanguo_sentences_cached
    return [list(s) for s in cached(bool(fast))]
