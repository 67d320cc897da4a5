"""Facts about the course T5 that notebooks use: its sizes and the config they make.

The model itself ships built (``nlpcourse.models.ensure("t5", fast)``): a tiny encoder-decoder
trained on the seeded zh -> en translation task. Its tokenizer follows T5's id layout:
``<pad>`` 0 (also the decoder start token), ``</s>`` 1, ``<unk>`` 2, then the tokens of the
training pairs, then ``N_SENTINELS`` sentinels with ``<extra_id_0>`` the LAST id.
"""

from __future__ import annotations

__all__ = ["N_SENTINELS", "FULL", "FAST", "make_config"]

N_SENTINELS = 32
FULL = {"d_model": 128, "d_ff": 256, "layers": 2, "heads": 4, "steps": 300, "batch": 32, "lr": 3e-3}
FAST = {"d_model": 32, "d_ff": 64, "layers": 1, "heads": 2, "steps": 100, "batch": 16, "lr": 3e-3}


def make_config(tokenizer, hp: dict):
    """The ``T5Config`` of the course T5 for hyper-parameters ``hp`` (FULL or FAST)."""
    from transformers import T5Config

    return T5Config(
        vocab_size=len(tokenizer), d_model=hp["d_model"], d_kv=hp["d_model"] // hp["heads"],
        d_ff=hp["d_ff"], num_layers=hp["layers"], num_decoder_layers=hp["layers"],
        num_heads=hp["heads"], relative_attention_num_buckets=16,
        relative_attention_max_distance=32, dropout_rate=0.0, feed_forward_proj="relu",
        tie_word_embeddings=True, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
