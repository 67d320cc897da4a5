# replaces: attention_weights
# target: test_attention_weights
# why: splits heads with view(batch, heads, length, d_head) (no transpose): mixes positions and heads
import torch


def attention_weights(hidden_states, self_attn, attention_mask):
    batch, length, _ = hidden_states.shape
    heads, d_head = self_attn.num_attention_heads, self_attn.attention_head_size
    q = self_attn.query(hidden_states).reshape(batch, heads, length, d_head)
    k = self_attn.key(hidden_states).reshape(batch, heads, length, d_head)
    scores = q @ k.transpose(-1, -2) / d_head ** 0.5
    scores = scores.masked_fill(~attention_mask.bool()[:, None, None, :], float("-inf"))
    return torch.softmax(scores, dim=-1)
