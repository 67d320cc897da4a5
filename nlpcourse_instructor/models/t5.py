"""The course T5: a tiny encoder-decoder trained on the seeded zh -> en translation task.

``build(out_dir, fast)`` trains a standard ``T5ForConditionalGeneration`` (built from a
``T5Config``, no hub) on ``data.load("translation", "train")`` and saves it with
``save_pretrained`` together with a ``PreTrainedTokenizerFast`` (real ``config.json`` and
``tokenizer.json``). Load it with::

    from transformers import AutoTokenizer, T5ForConditionalGeneration
    path = nlpcourse.models.ensure("t5", fast)
    model = T5ForConditionalGeneration.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)

Tokenizer (one vocabulary for both languages, as in T5): Chinese is split into characters and
English into words (a ``tokenizers`` WordLevel model behind whitespace + non-letter splitting).
Ids follow the original T5 layout: ``<pad>`` 0 (also the decoder start token), ``</s>`` 1,
``<unk>`` 2, then the tokens of the training pairs by descending frequency (ties: by string),
then ``N_SENTINELS`` sentinel tokens at the very end with ``<extra_id_0>`` the LAST id,
``<extra_id_1>`` the one before, and so on. Every encoded text gets ``</s>`` appended.
``decode`` joins tokens with single spaces (right for the English side).

The dev and test splits are never seen in training. Full build: 300 steps, well under a minute
of CPU time (one thread); fast build: seconds.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from grader import progress
from nlpcourse.models.t5 import FAST, FULL, N_SENTINELS, make_config
from nlpcourse_instructor.models._schedule import warmup_cosine

SEED = 0


def train_tokenizer(texts):
    """A zh-character / en-word ``PreTrainedTokenizerFast`` with T5's id layout (see module doc)."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    pre = pre_tokenizers.Sequence([
        pre_tokenizers.WhitespaceSplit(),
        pre_tokenizers.Split(Regex("[^a-z]"), behavior="isolated"),  # every non-letter alone
    ])
    counts = Counter(piece for t in texts for piece, _ in pre.pre_tokenize_str(t))
    words = sorted(counts, key=lambda w: (-counts[w], w))
    vocab = {"<pad>": 0, "</s>": 1, "<unk>": 2}
    for w in words:
        vocab[w] = len(vocab)
    sentinels = [f"<extra_id_{i}>" for i in range(N_SENTINELS)]
    for s in reversed(sentinels):  # <extra_id_0> gets the largest id
        vocab[s] = len(vocab)
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", 1)])
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="</s>",
                                   unk_token="<unk>", additional_special_tokens=sentinels)


def build(out_dir: Path, fast: bool) -> None:
    """Train the course T5 and save model + tokenizer into ``out_dir``."""
    from nlpcourse import data

    hp = FAST if fast else FULL
    out_dir = Path(out_dir)
    train = data.load("translation", "train", fast=fast)
    tokenizer = train_tokenizer([t for pair in data.load("translation", "train") for t in pair])
    src = tokenizer([z for z, _ in train], padding=True, return_tensors="pt")
    tgt = tokenizer([e for _, e in train], padding=True, return_tensors="pt")["input_ids"]
    labels = tgt.masked_fill(tgt == tokenizer.pad_token_id, -100)

    model = _new_model(tokenizer, hp)
    _train(model, src, labels, hp, len(train))
    model.eval()
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)


def _new_model(tokenizer, hp: dict):
    import torch
    from transformers import T5ForConditionalGeneration

    torch.manual_seed(SEED)
    return T5ForConditionalGeneration(make_config(tokenizer, hp))


def _train(model, src, labels, hp: dict, n: int) -> None:
    import torch

    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=hp["lr"], weight_decay=0.01)
    steps = hp["steps"]
    sched = warmup_cosine(opt, steps, warmup=max(1, steps // 20))
    gen = torch.Generator().manual_seed(SEED)
    start = time.perf_counter()
    bar = progress.bar(range(steps), desc=f"t5 ({'fast' if hp is FAST else 'full'})", unit="step")
    for step in bar:
        idx = torch.randint(0, n, (hp["batch"],), generator=gen)
        loss = model(input_ids=src["input_ids"][idx], attention_mask=src["attention_mask"][idx],
                     labels=labels[idx]).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 10 == 0:
            bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
        if step % 100 == 0 or step == steps - 1:
            progress.echo(f"t5 step {step:5d}/{steps} loss {loss.item():.3f} "
                          f"({time.perf_counter() - start:.0f} s)")
