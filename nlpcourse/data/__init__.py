"""The course's data layer: real Chinese corpora shipped inside PyPI packages, offline.

    from nlpcourse import data
    data.load("reviews", split="train")          # [(text, label), ...]  1 = positive
    data.load("peoples_daily", split="test")     # [[(word, pos), ...], ...]
    data.load("peoples_daily_ner", "dev")        # [(chars, tags), ...]  BIO PER/LOC/ORG
    data.load("sanguo", "all")                   # [{"chapter", "title", "text"}, ...]
    data.synthesize("nli", n=10, seed=0)           # seeded synthetic data, honest labels
    data.load("nli_phenomena", "test")             # [{"premise", "hypothesis", "label", "phenomenon"}, ...]
    data.load("commands", "test")                  # intents + BIO slots, templates unseen in train

Every corpus file is located inside its installed package and checked against the
sha256 in ``datasets/manifest.json`` before it is parsed. Splits are deterministic
(fixed seed, local ``numpy.random.Generator``; the global RNG state is never touched).
``fast=True`` gives a small, deterministic, class-balanced subset. Each call returns a
fresh list, so callers may mutate what they get. See ``datasets/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import _corpora as _c
from ._errors import ChecksumError, DataError, MissingPackageError, UnknownNameError
from ._manifest import locate, manifest, sha256_of, verify_file

__all__ = [
    "DataError",
    "MissingPackageError",
    "ChecksumError",
    "UnknownNameError",
    "DATASETS",
    "names",
    "splits",
    "load",
    "synthesize",
    "documents",
    "tokens_to_bio",
    "parse_line",
    "verify",
    "stats",
    "NLI_LABELS",
    "NLI_PHENOMENA",
    "locate",
    "manifest",
    "sha256_of",
    "verify_file",
]

parse_line = _c.parse_line
tokens_to_bio = _c.tokens_to_bio
SPLITS3 = _c.SPLITS3


@dataclass(frozen=True)
class Dataset:
    name: str
    splits: tuple[str, ...]
    files: tuple[str, ...]  # manifest keys; empty for generated data
    returns: str
    description: str
    loader: Callable[[str, bool], list]
    course_files: tuple[str, ...] = ()  # keys of the manifest's course_files (datasets/)


# ---- real corpora ----------------------------------------------------------------------


def _load_peoples_daily(split: str, fast: bool) -> list:
    sents, _, _ = _c.peoples_daily_parsed()
    return [list(sents[i]) for i in _c.peoples_daily_line_ids(split, fast)]


def _load_peoples_daily_docs(split: str, fast: bool) -> list:
    sents, _, bounds = _c.peoples_daily_parsed()
    docs = _c.peoples_daily_doc_splits()[("fast_" if fast else "") + split]
    return [[list(sents[i]) for i in range(*bounds[d])] for d in docs]


def _load_peoples_daily_ner(split: str, fast: bool) -> list:
    bio = _c.peoples_daily_bio()
    return [(list(bio[i][0]), list(bio[i][1])) for i in _c.peoples_daily_line_ids(split, fast)]


def _load_reviews(split: str, fast: bool) -> list:
    return list(_c.reviews_splits()[("fast_" if fast else "") + split])


def _load_sanguo(split: str, fast: bool) -> list:
    chapters = _c.sanguo_chapters()
    if fast:
        chapters = chapters[:10]
    return [{"chapter": k, "title": t, "text": x} for k, t, x in chapters]


def _load_sanguo_entities(split: str, fast: bool) -> dict:
    return {t: list(v) for t, v in _c.sanguo_entities().items()}


def _load_sanguo_aliases(split: str, fast: bool) -> dict:
    return {k: list(v) for k, v in _c.sanguo_aliases().items()}


def _load_sanguo_kg_gold(split: str, fast: bool) -> list:
    return [dict(zip(_c.SANGUO_KG_FIELDS, t, strict=True)) for t in _c.sanguo_kg_gold()]


def _load_jieba_dict(split: str, fast: bool) -> list:
    return list(_c.jieba_dict_fast() if fast else _c.jieba_dict())


def _load_stopwords(split: str, fast: bool) -> list:
    return list(_c.stopwords())


# ---- generated data --------------------------------------------------------------------


def _generated(name: str) -> Callable[[str, bool], list]:
    def loader(split: str, fast: bool) -> list:
        from . import _generators

        return _generators.load_split(name, split, fast)

    return loader


_PD = ("peoples_daily_199801",)
_DATASETS = [
    Dataset("peoples_daily", SPLITS3, _PD, "list[list[tuple[str, str]]]",
            "People's Daily 1998-01, gold segmentation + POS; one item per corpus line "
            "(a paragraph); split by document", _load_peoples_daily),
    Dataset("peoples_daily_docs", SPLITS3, _PD, "list[list[list[tuple[str, str]]]]",
            "the same corpus grouped into documents (same split)", _load_peoples_daily_docs),
    Dataset("peoples_daily_ner", SPLITS3, _PD, "list[tuple[list[str], list[str]]]",
            "character-level BIO NER (PER/LOC/ORG) from nr/ns/nt; same lines and split as "
            "peoples_daily", _load_peoples_daily_ner),
    Dataset("reviews", SPLITS3, ("reviews_pos", "reviews_neg"), "list[tuple[str, int]]",
            "labelled reviews (1 positive, 0 negative), deduplicated; stratified split",
            _load_reviews),
    Dataset("sanguo", ("all",), ("sanguo_docs",), "list[dict]",
            "三国演义, 120 chapters {chapter, title, text}", _load_sanguo),
    Dataset("sanguo_entities", ("all",), ("sanguo_entity_dict",), "dict[str, list[str]]",
            "三国演义 entity names by type (人名/州名/势力)", _load_sanguo_entities),
    Dataset("sanguo_aliases", ("all",), ("sanguo_entity_dict",), "dict[str, list[str]]",
            "三国演义 entity -> its surface mentions (字, titles, ...)", _load_sanguo_aliases),
    Dataset("sanguo_kg_gold", ("all",), (), "list[dict]",
            "三国演义 ch. 1-6: hand-checked gold triples {chapter, sentence, head, relation, "
            "tail} (course-written, datasets/sanguo_kg_gold.json)", _load_sanguo_kg_gold,
            course_files=("sanguo_kg_gold",)),
    Dataset("jieba_dict", ("all",), ("jieba_dict",), "list[tuple[str, int, str]]",
            "jieba's dictionary: (word, frequency, POS)", _load_jieba_dict),
    Dataset("stopwords", ("all",), ("stopwords_baidu",), "list[str]",
            "Baidu stopword list (Chinese + English + punctuation)", _load_stopwords),
    Dataset("translation", SPLITS3, (), "list[tuple[str, str]]",
            "synthetic zh -> en sentence pairs from a fixed grammar", _generated("translation")),
    Dataset("dialogues", SPLITS3, (), "list[tuple[str, str]]",
            "synthetic (prompt, response) pairs for SFT, answers true by construction",
            _generated("dialogues")),
    Dataset("intents", SPLITS3, (), "list[dict]",
            "synthetic utterances {text, chars, tags, intent} with BIO slot tags",
            _generated("intents")),
    Dataset("commands", SPLITS3, (), "list[dict]",
            "synthetic dialogue commands {text, chars, tags, intent, slots, template}: 7 intents, "
            "9 slot types; dev and test use templates held out from train", _generated("commands")),
    Dataset("nli", SPLITS3, (), "list[tuple[str, str, int]]",
            "synthetic (premise, hypothesis, label) with label index into NLI_LABELS",
            _generated("nli")),
    Dataset("nli_phenomena", SPLITS3, (), "list[dict]",
            "synthetic {premise, hypothesis, label, phenomenon}: 7 phenomena (NLI_PHENOMENA) x "
            "3 labels, balanced; split within each (phenomenon, label)", _generated("nli_phenomena")),
    Dataset("shapes", SPLITS3, (), "list[dict]",
            "synthetic 32x32x3 uint8 shape images {image, caption, caption_zh, shape, color, "
            "size, x, y}", _generated("shapes")),
]
DATASETS: dict[str, Dataset] = {d.name: d for d in _DATASETS}
GENERATED = tuple(d.name for d in _DATASETS if not d.files and not d.course_files)
NLI_LABELS = ("entailment", "neutral", "contradiction")
NLI_PHENOMENA = ("negation", "hypernym", "location", "quantity", "quantifier", "modifier", "comparison")


def names() -> list[str]:
    """All dataset names, in a stable order."""
    return list(DATASETS)


def _dataset(name: str) -> Dataset:
    if not isinstance(name, str) or name not in DATASETS:
        raise UnknownNameError(
            f"unknown dataset {name!r}; valid names: {', '.join(DATASETS)}"
        )
    return DATASETS[name]


def splits(name: str) -> list[str]:
    """Valid split names of a dataset."""
    return list(_dataset(name).splits)


def load(name: str, split: str | None = None, fast: bool = False):
    """Load a dataset split (a fresh object each call; see the module docstring).

    ``split`` defaults to "train" for split datasets and "all" for the others.
    """
    ds = _dataset(name)
    if split is None:
        split = "train" if "train" in ds.splits else ds.splits[0]
    if split not in ds.splits:
        raise UnknownNameError(
            f"unknown split {split!r} for dataset {name!r}; valid splits: {', '.join(ds.splits)}"
        )
    out = ds.loader(split, bool(fast))
    if not out:  # never hand out a silently empty dataset
        raise DataError(f"dataset {name!r} split {split!r} came out empty")
    return out


def documents(split: str = "train", fast: bool = False) -> list:
    """People's Daily grouped by document: list of documents, each a list of sentences."""
    return load("peoples_daily_docs", split, fast)


def synthesize(name: str, n: int, seed: int = 0) -> list:
    """``n`` fresh items of a generated dataset, reproducible from ``seed``."""
    ds = _dataset(name)
    if ds.files or ds.course_files:
        raise UnknownNameError(
            f"{name!r} is a real corpus, not a generator; generators: {', '.join(GENERATED)}"
        )
    from . import _generators

    return _generators.synthesize(name, n, seed)


def verify() -> list[tuple[str, str, str]]:
    """Check every manifest file: list of (key, path or '-', 'ok' or the error message)."""
    results = []
    for key in manifest()["files"]:
        try:
            path = locate(key)
            results.append((key, str(path), "ok"))
        except DataError as exc:
            results.append((key, "-", str(exc)))
    return results


def stats(name: str) -> dict[str, int]:
    """Item counts per split (full and fast) of one dataset."""
    ds = _dataset(name)
    out = {}
    for s in ds.splits:
        out[s] = len(load(name, s))
        out["fast_" + s] = len(load(name, s, fast=True))
    return out
