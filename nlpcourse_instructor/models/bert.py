"""The course BERT: a tiny Chinese BERT pretrained with MLM + NSP on People's Daily and reviews.

Everything is built from scratch, offline:

- a WordPiece tokenizer (BERT-Chinese style: NFKC, lower case, every CJK character its own
  word, so Chinese is tokenised character by character and Latin words/numbers into word
  pieces) whose vocabulary is learned with a stated tie rule (``learn_wordpiece_vocab``), so
  that every build gives the same files, wrapped in ``PreTrainedTokenizerFast``;
- a small ``BertConfig`` and a ``BertForPreTraining`` model trained on sentence pairs with
  masked language modelling (15 % of the tokens, 80/10/10) and next sentence prediction;
- ``save_pretrained`` writes config.json, model.safetensors, tokenizer.json and
  tokenizer_config.json, so every notebook loads it with ``from_pretrained(path)``
  (``AutoModelForMaskedLM``, ``AutoModelForSequenceClassification``, ``AutoTokenizer``, ...).

The functions that chapter b09 teaches (``mask_tokens``, ``make_nsp_pairs``,
``build_pair_inputs``) are the builder's reference versions; the test suite proves that each
passes that chapter's hidden tests (tests/test_references.py). This module is instructor-only:
it is neither bundled for students nor visible to a grading kernel.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from grader import progress
from nlpcourse.models.bert import CLS, MASK, PAD, SEP, SPECIAL_TOKENS, UNK, split_sentences
from nlpcourse_instructor.models._schedule import warmup_cosine

__all__ = [
    "SPECIAL_TOKENS",
    "PAD",
    "UNK",
    "CLS",
    "SEP",
    "MASK",
    "split_sentences",
    "pretraining_documents",
    "train_tokenizer",
    "make_config",
    "mask_tokens",
    "make_nsp_pairs",
    "build_pair_inputs",
    "build",
]

IS_NEXT, NOT_NEXT = 0, 1  # Hugging Face's next_sentence_label convention

# sizes of the two builds
# (full: 5000 steps, about 18 CPU-minutes on one thread; with the 800 steps of the first build the
# model had learned little more than character frequencies, and fine-tuning it did not beat a random init)
FULL = {"vocab_size": 6000, "hidden_size": 128, "num_hidden_layers": 3, "num_attention_heads": 4,
        "intermediate_size": 512, "max_position_embeddings": 64, "max_len": 64,
        "batch_size": 32, "steps": 5000, "lr": 1e-3, "warmup": 300}
FAST = {"vocab_size": 3000, "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 256, "max_position_embeddings": 64, "max_len": 64,
        "batch_size": 16, "steps": 20, "lr": 1e-3, "warmup": 4}


def pretraining_documents(fast: bool) -> list[list[str]]:
    """Documents (lists of sentences) for pretraining: People's Daily train articles + train reviews.

    A People's Daily article is one document; every review is a document of its own.
    Only training splits are used, so the dev/test reviews of the fine-tuning chapter stay unseen.
    """
    from nlpcourse import data

    docs = []
    for article in data.documents("train", fast=fast):
        sents = [s for line in article for s in split_sentences("".join(w for w, _ in line))]
        if sents:
            docs.append(sents)
    for text, _ in data.load("reviews", "train", fast=fast):
        sents = split_sentences(text)
        if sents:
            docs.append(sents)
    return docs


def _pieces(word: str) -> tuple[str, ...]:
    """A word as WordPiece symbols: its first character, then each other character with ``##``."""
    return (word[0], *(f"##{c}" for c in word[1:]))


def _merged(a: str, b: str) -> str:
    return a + b.removeprefix("##")


def learn_wordpiece_vocab(word_counts: dict[str, int], vocab_size: int, min_frequency: int) -> list[str]:
    """The WordPiece vocabulary of WORD_COUNTS: specials, the alphabet, then learned pieces in order.

    The procedure of ``tokenizers``' WordPieceTrainer (BPE merges over word pieces, continuation
    pieces marked ``##``), with a stated tie rule so that every run gives the same vocabulary:
    each step merges the pair with the highest count, ties going to the lexicographically
    smallest pair; learning stops at VOCAB_SIZE tokens or when no pair occurs MIN_FREQUENCY times.
    (The library's trainer breaks ties by hash order, which changes from one process to the next.)
    """
    from collections import Counter, defaultdict

    words = [[list(_pieces(w)), f] for w, f in sorted(word_counts.items()) if w]
    vocab = SPECIAL_TOKENS + sorted({p for symbols, _ in words for p in symbols} - set(SPECIAL_TOKENS))
    pairs: Counter[tuple[str, str]] = Counter()
    where: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
    for i, (symbols, f) in enumerate(words):
        for pair in zip(symbols, symbols[1:], strict=False):
            pairs[pair] += f
            where[pair].add(i)
    while len(vocab) < vocab_size and pairs:
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < min_frequency:
            break
        token = _merged(*best)
        vocab.append(token)
        for i in sorted(where.pop(best)):
            symbols, f = words[i]
            for pair in zip(symbols, symbols[1:], strict=False):  # forget the word's old pairs
                pairs[pair] -= f
                if pairs[pair] <= 0:
                    del pairs[pair]
            out, k = [], 0
            while k < len(symbols):
                if k + 1 < len(symbols) and (symbols[k], symbols[k + 1]) == best:
                    out.append(token)
                    k += 2
                else:
                    out.append(symbols[k])
                    k += 1
            words[i][0] = out
            for pair in zip(out, out[1:], strict=False):
                pairs[pair] += f
                where[pair].add(i)
    return vocab


def train_tokenizer(texts, vocab_size: int, min_frequency: int = 2, model_max_length: int = 128):
    """Train the course's WordPiece tokenizer on TEXTS and wrap it in PreTrainedTokenizerFast.

    Pipeline: NFKC + BertNormalizer (lower case, spaces around CJK characters) -> BertPreTokenizer
    -> WordPiece (specials [PAD] [UNK] [CLS] [SEP] [MASK] = ids 0..4, vocabulary from
    ``learn_wordpiece_vocab``) -> template ``[CLS] A [SEP]`` / ``[CLS] A [SEP] B [SEP]`` with
    token_type_ids 0/1 -> WordPiece decoder.
    """
    from collections import Counter

    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordPiece({t: i for i, t in enumerate(SPECIAL_TOKENS)}, unk_token=UNK))
    tok.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True),
    ])
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w, _ in tok.pre_tokenizer.pre_tokenize_str(tok.normalizer.normalize_str(text)))
    vocab = learn_wordpiece_vocab(counts, vocab_size, min_frequency)
    tok.model = models.WordPiece({t: i for i, t in enumerate(vocab)}, unk_token=UNK)
    cls_id, sep_id = tok.token_to_id(CLS), tok.token_to_id(SEP)
    tok.post_processor = processors.TemplateProcessing(
        single=f"{CLS}:0 $A:0 {SEP}:0",
        pair=f"{CLS}:0 $A:0 {SEP}:0 $B:1 {SEP}:1",
        special_tokens=[(CLS, cls_id), (SEP, sep_id)],
    )
    tok.decoder = decoders.WordPiece(prefix="##")
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token=UNK, pad_token=PAD, cls_token=CLS, sep_token=SEP, mask_token=MASK,
        model_max_length=model_max_length, model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )


def make_config(vocab_size: int, sizes: dict):
    """A BertConfig of the given sizes (dropout 0.1, GELU, 2 segment types, pad id 0)."""
    from transformers import BertConfig

    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=sizes["hidden_size"],
        num_hidden_layers=sizes["num_hidden_layers"],
        num_attention_heads=sizes["num_attention_heads"],
        intermediate_size=sizes["intermediate_size"],
        max_position_embeddings=sizes["max_position_embeddings"],
        type_vocab_size=2,
        hidden_act="gelu",
        hidden_dropout_prob=0.1,
        attention_probs_dropout_prob=0.1,
        pad_token_id=0,
    )


def mask_tokens(input_ids, special_tokens_mask, mask_token_id: int, vocab_size: int, generator,
                mlm_probability: float = 0.15):
    """BERT's MLM corruption; returns new tensors (masked_inputs, labels) and leaves input_ids alone.

    Random numbers are drawn from GENERATOR in exactly this order (the same as Hugging Face's
    DataCollatorForLanguageModeling, so both give identical results for the same generator state):

    1. ``selected = bernoulli(p)`` with p = mlm_probability everywhere except 0 where special;
    2. ``to_mask = bernoulli(0.8) & selected``                    -> [MASK];
    3. ``to_random = bernoulli(0.5) & selected & ~to_mask``        -> a random id;
    4. ``random_ids = randint(vocab_size, shape)`` (drawn for every position, used where to_random).

    The rest of the selected positions keep their token. labels = original id where selected, else -100.
    """
    import torch

    special = special_tokens_mask.bool()
    probs = torch.full(input_ids.shape, mlm_probability)
    probs.masked_fill_(special, 0.0)
    selected = torch.bernoulli(probs, generator=generator).bool()
    labels = input_ids.clone()
    labels[~selected] = -100
    inputs = input_ids.clone()
    to_mask = torch.bernoulli(torch.full(input_ids.shape, 0.8), generator=generator).bool() & selected
    inputs[to_mask] = mask_token_id
    to_random = torch.bernoulli(torch.full(input_ids.shape, 0.5), generator=generator).bool() & selected & ~to_mask
    random_ids = torch.randint(vocab_size, input_ids.shape, dtype=torch.long, generator=generator)
    inputs[to_random] = random_ids[to_random]
    return inputs, labels


def make_nsp_pairs(documents: list[list[str]], rng: random.Random) -> list[tuple[str, str, int]]:
    """Next-sentence-prediction pairs (A, B, label), label 0 = IsNext, 1 = NotNext (HF convention).

    For each document d in order and each i in range(len(doc) - 1): A = doc[i]; if rng.random() < 0.5,
    B = doc[i + 1] (IsNext); otherwise j = rng.randrange(len(documents) - 1), j += 1 if j >= d (any other
    document), and B = documents[j][rng.randrange(len(documents[j]))] (NotNext).
    """
    if len(documents) < 2:
        raise ValueError("NSP needs at least two documents")
    pairs = []
    for d, doc in enumerate(documents):
        for i in range(len(doc) - 1):
            if rng.random() < 0.5:
                pairs.append((doc[i], doc[i + 1], IS_NEXT))
            else:
                j = rng.randrange(len(documents) - 1)
                if j >= d:
                    j += 1
                other = documents[j]
                pairs.append((doc[i], other[rng.randrange(len(other))], NOT_NEXT))
    return pairs


def build_pair_inputs(ids_a: list[int], ids_b: list[int], cls_id: int, sep_id: int,
                      max_len: int) -> tuple[list[int], list[int]]:
    """``[CLS] A [SEP] B [SEP]`` and its token_type_ids (0 up to the first [SEP], 1 after).

    Truncation ("longest_first", the same lengths as the ``tokenizers`` library): with
    budget = max_len - 3, if len(A) + len(B) > budget, the shorter segment (A when equal) keeps
    min(len, budget // 2) tokens and the longer one keeps budget minus that; tokens are cut at the end.
    """
    if max_len < 3:
        raise ValueError("max_len must leave room for [CLS] and two [SEP]")
    a, b = list(ids_a), list(ids_b)
    budget = max_len - 3
    if len(a) + len(b) > budget:
        if len(a) <= len(b):
            keep_a = min(len(a), budget // 2)
            a, b = a[:keep_a], b[:budget - keep_a]
        else:
            keep_b = min(len(b), budget // 2)
            a, b = a[:budget - keep_b], b[:keep_b]
    input_ids = [cls_id, *a, sep_id, *b, sep_id]
    token_type_ids = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    return input_ids, token_type_ids


def _batches(pairs, tokenizer, sizes, rng):
    """Endless stream of shuffled batches of encoded pairs (lists of (input_ids, token_type_ids, label))."""
    cls_id, sep_id = tokenizer.cls_token_id, tokenizer.sep_token_id
    sentences = sorted({a for a, _, _ in pairs} | {b for _, b, _ in pairs})
    ids = dict(zip(sentences, tokenizer(sentences, add_special_tokens=False)["input_ids"], strict=True))
    encoded = []
    for a, b, label in pairs:
        input_ids, types = build_pair_inputs(ids[a], ids[b], cls_id, sep_id, sizes["max_len"])
        encoded.append((input_ids, types, label))
    order = list(range(len(encoded)))
    while True:
        rng.shuffle(order)
        for k in range(0, len(order) - sizes["batch_size"] + 1, sizes["batch_size"]):
            yield [encoded[i] for i in order[k:k + sizes["batch_size"]]]


def _collate(batch, tokenizer, generator):
    import torch

    width = max(len(ids) for ids, _, _ in batch)
    input_ids = torch.zeros(len(batch), width, dtype=torch.long)
    token_type_ids = torch.zeros(len(batch), width, dtype=torch.long)
    attention_mask = torch.zeros(len(batch), width, dtype=torch.long)
    for r, (ids, types, _) in enumerate(batch):
        input_ids[r, :len(ids)] = torch.tensor(ids)
        token_type_ids[r, :len(ids)] = torch.tensor(types)
        attention_mask[r, :len(ids)] = 1
    special = (input_ids == tokenizer.cls_token_id) | (input_ids == tokenizer.sep_token_id) | (attention_mask == 0)
    masked, labels = mask_tokens(input_ids, special, tokenizer.mask_token_id, len(tokenizer), generator)
    nsp = torch.tensor([label for _, _, label in batch], dtype=torch.long)
    return {"input_ids": masked, "token_type_ids": token_type_ids, "attention_mask": attention_mask,
            "labels": labels, "next_sentence_label": nsp}


def build(out_dir: Path, fast: bool) -> None:
    """Train the course BERT (tokenizer + BertForPreTraining) and save it into OUT_DIR."""
    import torch
    from transformers import BertForPreTraining
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    sizes = FAST if fast else FULL
    cpu_start = time.process_time()
    rng = random.Random(0)
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(0)

    docs = pretraining_documents(fast)
    tokenizer = train_tokenizer((s for doc in docs for s in doc), sizes["vocab_size"],
                                model_max_length=sizes["max_position_embeddings"])
    pairs = make_nsp_pairs(docs, rng)
    config = make_config(len(tokenizer), sizes)
    model = BertForPreTraining(config)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=sizes["lr"], weight_decay=0.01)
    scheduler = warmup_cosine(optimizer, sizes["steps"], sizes["warmup"])
    stream = _batches(pairs, tokenizer, sizes, rng)
    history = []
    bar = progress.bar(range(sizes["steps"]), desc=f"bert ({'fast' if fast else 'full'})", unit="step")
    for step in bar:
        batch = _collate(next(stream), tokenizer, generator)
        # BertForPreTraining's loss, with the MLM head applied to the selected positions only
        # (the same value, a fraction of the cost of scoring every position over the vocabulary)
        out = model.bert(input_ids=batch["input_ids"], token_type_ids=batch["token_type_ids"],
                         attention_mask=batch["attention_mask"])
        selected = batch["labels"] != -100
        mlm_logits = model.cls.predictions(out.last_hidden_state[selected])
        nsp_logits = model.cls.seq_relationship(out.pooler_output)
        loss = (torch.nn.functional.cross_entropy(mlm_logits, batch["labels"][selected])
                + torch.nn.functional.cross_entropy(nsp_logits, batch["next_sentence_label"]))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        with torch.no_grad():
            mlm_acc = (mlm_logits.argmax(-1) == batch["labels"][selected]).float().mean().item()
            nsp_acc = (nsp_logits.argmax(-1) == batch["next_sentence_label"]).float().mean().item()
        history.append((loss.item(), mlm_acc, nsp_acc))
        if step % 10 == 0:
            bar.set_postfix(loss=f"{history[-1][0]:.3f}", refresh=False)
        if (step + 1) % 500 == 0:
            recent = history[-500:]
            progress.echo(f"step {step + 1}: loss {sum(h[0] for h in recent) / len(recent):.3f}, "
                          f"mlm accuracy {sum(h[1] for h in recent) / len(recent):.3f}, "
                          f"nsp accuracy {sum(h[2] for h in recent) / len(recent):.3f}, "
                          f"cpu {time.process_time() - cpu_start:.0f} s")

    model.eval()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    tail = history[-min(50, len(history)):]
    info = {
        "fast": fast,
        "sizes": sizes,
        "documents": len(docs),
        "nsp_pairs": len(pairs),
        "parameters": sum(p.numel() for p in model.parameters()),
        "final_loss": round(sum(h[0] for h in tail) / len(tail), 4),
        "final_mlm_accuracy": round(sum(h[1] for h in tail) / len(tail), 4),
        "final_nsp_accuracy": round(sum(h[2] for h in tail) / len(tail), 4),
        "loss_curve": [round(h[0], 4) for h in history[:: max(1, len(history) // 50)]],
        "mlm_accuracy_curve": [round(sum(h[1] for h in history[k:k + 100]) / len(history[k:k + 100]), 4)
                               for k in range(0, len(history), max(1, len(history) // 50))],
        # the one figure that differs between two runs of the same build (models check ignores it)
        "build_cpu_seconds": round(time.process_time() - cpu_start),
    }
    (out_dir / "training_info.json").write_text(json.dumps(info, indent=1) + "\n")
