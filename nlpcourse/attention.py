"""Attention building blocks: the course's reference implementations (chapter b08).

Later chapters (BERT, GPT, T5, the Transformer code walk-through) import these instead of a
student's earlier answer, so one missed exercise never blocks the rest of the course. The
semantics are exactly those stated in b08:

* boolean masks are True where a query **may** attend to a key (PyTorch's
  ``scaled_dot_product_attention`` convention; ``nn.MultiheadAttention``'s ``key_padding_mask``
  and boolean ``attn_mask`` use the opposite convention);
* a query whose row of the mask is all False gets all-zero weights and a zero output, as
  ``torch.nn.functional.scaled_dot_product_attention`` returns in torch 2.13;
* heads are contiguous feature blocks: head ``j`` owns features ``j*D/h .. (j+1)*D/h - 1``,
  as in ``nn.MultiheadAttention``;
* sinusoidal positions interleave sin (even columns) and cos (odd columns);
* the encoder block is pre-norm with GELU, equal to ``nn.TransformerEncoderLayer(...,
  norm_first=True, activation="gelu", batch_first=True)`` with dropout 0.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = [
    "scaled_dot_product_attention",
    "causal_mask",
    "padding_mask",
    "split_heads",
    "merge_heads",
    "multi_head_attention",
    "sinusoidal_positional_encoding",
    "encoder_block",
]


def scaled_dot_product_attention(
    q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None
) -> tuple[Tensor, Tensor]:
    """Attention of queries ``q`` (..., L, d) over keys ``k`` (..., S, d) and values ``v`` (..., S, d_v).

    ``weights = softmax(q k^T / sqrt(d))`` over the key axis S, with positions where the
    boolean ``mask`` (broadcastable to (..., L, S)) is False excluded; a row with no allowed
    key gets zero weights. Returns ``(weights @ v, weights)`` of shapes (..., L, d_v) and
    (..., L, S).
    """
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    if mask is not None:
        # fully masked rows are NaN after the softmax; every entry of such a row is masked
        weights = weights.masked_fill(~mask, 0.0)
    return weights @ v, weights


def causal_mask(L: int, S: int | None = None, device: torch.device | None = None) -> Tensor:
    """(L, S) boolean mask, True where key j <= query i (a query sees itself and the past)."""
    S = L if S is None else S
    return torch.ones(L, S, dtype=torch.bool, device=device).tril()


def padding_mask(lengths: Tensor, S: int) -> Tensor:
    """(B, 1, 1, S) boolean mask, True for the first ``lengths[b]`` keys of sequence b."""
    keep = torch.arange(S, device=lengths.device)[None, :] < lengths[:, None]
    return keep[:, None, None, :]


def split_heads(x: Tensor, num_heads: int) -> Tensor:
    """(B, L, D) -> (B, h, L, D/h); head j takes features j*D/h .. (j+1)*D/h - 1."""
    B, L, D = x.shape
    if D % num_heads:
        raise ValueError(f"model dimension {D} is not divisible by {num_heads} heads")
    return x.reshape(B, L, num_heads, D // num_heads).transpose(1, 2)


def merge_heads(x: Tensor) -> Tensor:
    """(B, h, L, D/h) -> (B, L, D): the inverse of ``split_heads``."""
    B, h, L, dh = x.shape
    return x.transpose(1, 2).reshape(B, L, h * dh)


def multi_head_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    num_heads: int,
    in_proj_weight: Tensor,
    in_proj_bias: Tensor | None,
    out_proj_weight: Tensor,
    out_proj_bias: Tensor | None,
    mask: Tensor | None = None,
) -> tuple[Tensor, Tensor]:
    """Multi-head attention with ``nn.MultiheadAttention``'s parameters (batch_first=True).

    ``in_proj_weight`` (3D, D) stacks W_q, W_k, W_v; ``mask`` (True = may attend) must be
    broadcastable to (B, h, L, S). Returns the output (B, L, D) and per-head weights (B, h, L, S).
    """
    w_q, w_k, w_v = in_proj_weight.chunk(3)
    b_q, b_k, b_v = (None, None, None) if in_proj_bias is None else in_proj_bias.chunk(3)
    q = split_heads(F.linear(query, w_q, b_q), num_heads)
    k = split_heads(F.linear(key, w_k, b_k), num_heads)
    v = split_heads(F.linear(value, w_v, b_v), num_heads)
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    return F.linear(merge_heads(heads), out_proj_weight, out_proj_bias), weights


def sinusoidal_positional_encoding(max_len: int, d_model: int) -> Tensor:
    """(max_len, d_model) float32: PE[p, 2i] = sin(p / 10000^(2i/d)), PE[p, 2i+1] = cos(same)."""
    if d_model % 2:
        raise ValueError(f"d_model must be even, got {d_model}")
    pos = torch.arange(max_len, dtype=torch.float64)[:, None]
    freq = 10000.0 ** (-torch.arange(0, d_model, 2, dtype=torch.float64) / d_model)
    pe = torch.zeros(max_len, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(pos * freq)
    pe[:, 1::2] = torch.cos(pos * freq)
    return pe.float()


def encoder_block(x: Tensor, layer: nn.TransformerEncoderLayer, mask: Tensor | None = None) -> Tensor:
    """Pre-norm encoder block with the parameters of ``layer`` (norm_first=True, GELU, dropout 0).

    x = x + MHA(LN1(x)); x = x + W2 GELU(W1 LN2(x) + b1) + b2. ``mask`` (True = may attend)
    is broadcastable to (B, h, L, L); for padding use ``padding_mask(lengths, L)``.
    """
    attn = layer.self_attn
    h = layer.norm1(x)
    a, _ = multi_head_attention(h, h, h, attn.num_heads, attn.in_proj_weight, attn.in_proj_bias,
                                attn.out_proj.weight, attn.out_proj.bias, mask)
    x = x + a
    return x + layer.linear2(F.gelu(layer.linear1(layer.norm2(x))))
