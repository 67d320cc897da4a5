"""The course GPT: a tiny character-level GPT-2 pretrained on 三国演义.

``build(out_dir, fast)`` trains a standard ``GPT2LMHeadModel`` (built from a ``GPT2Config``, no
hub) as a next-character language model on the chapters of 三国演义, and saves it with
``save_pretrained`` together with a ``PreTrainedTokenizerFast`` (real ``config.json`` and
``tokenizer.json``). Load it with::

    from transformers import AutoModelForCausalLM, AutoTokenizer
    path = nlpcourse.models.ensure("gpt", fast)
    model = AutoModelForCausalLM.from_pretrained(path)
    tokenizer = AutoTokenizer.from_pretrained(path)

Tokenizer: one token per character (a ``tokenizers`` WordLevel model behind a pre-tokenizer
that isolates every character, and a ``Fuse`` decoder that joins tokens without spaces). Its
vocabulary is trained on the whole novel plus the characters of the course's dialogue set and
printable ASCII, so that supervised fine-tuning on dialogues (chapter b11) never meets an
unknown character. Special tokens: ``<pad>`` 0, ``<unk>`` 1, ``<bos>`` 2, ``<eos>`` 3.

Training data: every chapter except the held-out ones (``is_heldout``: chapter number divisible
by 10), as random windows of ``block`` characters. Full build: 500 steps, about 8 minutes of
CPU time (longer in wall time on a busy machine); fast build: seconds.
"""

from __future__ import annotations

import string
import time
from pathlib import Path

from grader import progress
from nlpcourse.models.gpt import SPECIAL_TOKENS, is_heldout
from nlpcourse_instructor.models._schedule import warmup_cosine

SEED = 0
# block: context length (n_positions) in characters
FULL = {"n_layer": 3, "n_head": 4, "n_embd": 128, "block": 128, "steps": 500, "batch": 16, "lr": 3e-3}
FAST = {"n_layer": 2, "n_head": 2, "n_embd": 32, "block": 64, "steps": 20, "batch": 8, "lr": 3e-3}


def train_tokenizer(texts):
    """A character-level ``PreTrainedTokenizerFast`` whose vocabulary covers ``texts``."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    # [\s\S]: any single character, newline included
    tok.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    tok.decoder = decoders.Fuse()
    trainer = trainers.WordLevelTrainer(special_tokens=SPECIAL_TOKENS, min_frequency=1,
                                        show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", unk_token="<unk>",
                                   bos_token="<bos>", eos_token="<eos>")


def _tokenizer_texts(chapters) -> list[str]:
    from nlpcourse import data

    texts = [c["text"] for c in chapters]
    for split in ("train", "dev", "test"):
        texts += [p + r for p, r in data.load("dialogues", split)]
    texts.append(string.printable)
    return texts


def build(out_dir: Path, fast: bool) -> None:
    """Train the course GPT and save model + tokenizer into ``out_dir``."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    from nlpcourse import data

    hp = FAST if fast else FULL
    out_dir = Path(out_dir)
    chapters = data.load("sanguo", "all")
    tokenizer = train_tokenizer(_tokenizer_texts(chapters))
    train_chapters = [c for c in chapters if not is_heldout(c["chapter"])]
    if fast:
        train_chapters = train_chapters[:9]
    ids = torch.tensor(
        [i for c in train_chapters for i in tokenizer(c["text"])["input_ids"]], dtype=torch.long)

    torch.manual_seed(SEED)
    config = GPT2Config(
        vocab_size=len(tokenizer), n_positions=hp["block"], n_embd=hp["n_embd"], n_layer=hp["n_layer"],
        n_head=hp["n_head"], n_inner=4 * hp["n_embd"], resid_pdrop=0.0, embd_pdrop=0.0,
        attn_pdrop=0.0, bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=True)
    model = GPT2LMHeadModel(config)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=hp["lr"], betas=(0.9, 0.95), weight_decay=0.01)
    steps = hp["steps"]
    sched = warmup_cosine(opt, steps, warmup=max(1, steps // 20))
    gen = torch.Generator().manual_seed(SEED)
    start = time.perf_counter()
    bar = progress.bar(range(steps), desc=f"gpt ({'fast' if fast else 'full'})", unit="step")
    for step in bar:
        starts = torch.randint(0, len(ids) - hp["block"], (hp["batch"],), generator=gen)
        batch = torch.stack([ids[s:s + hp["block"]] for s in starts.tolist()])
        loss = model(input_ids=batch, labels=batch).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 10 == 0:
            bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
        if step % 100 == 0 or step == steps - 1:
            progress.echo(f"gpt step {step:5d}/{steps} loss {loss.item():.3f} "
                          f"({time.perf_counter() - start:.0f} s)")
    model.eval()
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
