# replaces: attention_weights
# target: test_attention_weights
# why: padding mask forgotten: padded keys get attention
import torch


def attention_weights(hidden_states, self_attn, attention_mask):
    batch, length, _ = hidden_states.shape
    heads, d_head = self_attn.num_attention_heads, self_attn.attention_head_size
    q = self_attn.query(hidden_states).view(batch, length, heads, d_head).transpose(1, 2)
    k = self_attn.key(hidden_states).view(batch, length, heads, d_head).transpose(1, 2)
    scores = q @ k.transpose(-1, -2) / d_head ** 0.5
    return torch.softmax(scores, dim=-1)
