# replaces: albert_forward
# target: test_albert_forward
# why: the feed-forward residual adds the layer input h instead of the attention output a
import math

import torch


def albert_forward(params, config, input_ids, token_type_ids, attention_mask):
    F = torch.nn.functional
    eps = config["layer_norm_eps"]
    L, G, heads = (
        config["num_hidden_layers"],
        config.get("num_hidden_groups", 1),
        config["num_attention_heads"],
    )

    def linear(x, name):
        return x @ params[name + ".weight"].T + params[name + ".bias"]

    def norm(x, name):
        return F.layer_norm(x, x.shape[-1:], params[name + ".weight"], params[name + ".bias"], eps)

    batch, length = input_ids.shape
    positions = torch.arange(length)
    x = (
        params["embeddings.word_embeddings.weight"][input_ids]
        + params["embeddings.position_embeddings.weight"][positions]
        + params["embeddings.token_type_embeddings.weight"][token_type_ids]
    )
    h = linear(norm(x, "embeddings.LayerNorm"), "encoder.embedding_hidden_mapping_in")
    hidden = h.shape[-1]
    d_head = hidden // heads
    keep = attention_mask.bool()[:, None, None, :]
    for i in range(L):
        pre = f"encoder.albert_layer_groups.{int(i / (L / G))}.albert_layers.0."

        def split(t):
            return t.view(batch, length, heads, d_head).transpose(1, 2)

        q, k, v = (split(linear(h, pre + "attention." + n)) for n in ("query", "key", "value"))
        scores = (q @ k.transpose(-1, -2) / math.sqrt(d_head)).masked_fill(~keep, float("-inf"))
        context = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(batch, length, hidden)
        a = norm(h + linear(context, pre + "attention.dense"), pre + "attention.LayerNorm")
        u = linear(a, pre + "ffn")
        u = 0.5 * u * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (u + 0.044715 * u**3)))
        h = norm(linear(u, pre + "ffn_output") + h, pre + "full_layer_layer_norm")
    return h
