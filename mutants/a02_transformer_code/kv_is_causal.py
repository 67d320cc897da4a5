# replaces: greedy_decode_kvcache
# target: test_greedy_decode_kvcache
# why: is_causal=True on one query against the cache: top-left alignment lets it see key 0 only
def greedy_decode_kvcache(
    model: nn.ModuleDict,
    memory: torch.Tensor,
    memory_key_padding_mask: torch.Tensor | None,
    bos_id: int,
    eos_id: int,
    pad_id: int,
    max_new_tokens: int,
) -> torch.Tensor:
    """Greedy decoding that feeds only the last token and keeps every layer's past keys and values: (B, 1 + n) int64."""
    B, d = memory.shape[0], model.tgt_embed.embedding_dim

    def heads(x, h):  # (B, L, d) -> (B, h, L, d / h)
        return x.view(x.shape[0], x.shape[1], h, -1).transpose(1, 2)

    def merge(x):  # (B, h, L, d / h) -> (B, L, d)
        return x.transpose(1, 2).reshape(x.shape[0], x.shape[2], -1)

    keep = None if memory_key_padding_mask is None else ~memory_key_padding_mask[:, None, None, :]
    out = torch.full((B, 1), bos_id, dtype=torch.int64)
    done = torch.zeros(B, dtype=torch.bool)
    with torch.no_grad():
        caches = []
        for layer in model.decoder_layers:
            ca = layer.multihead_attn
            _, w_k, w_v = ca.in_proj_weight.chunk(3)
            _, b_k, b_v = ca.in_proj_bias.chunk(3)
            caches.append(
                {
                    "k": None,
                    "v": None,
                    "mem_k": heads(F.linear(memory, w_k, b_k), ca.num_heads),
                    "mem_v": heads(F.linear(memory, w_v, b_v), ca.num_heads),
                }
            )
        for t in range(max_new_tokens):
            x = model.tgt_embed(out[:, -1:]) * math.sqrt(d) + model.pos.weight[t : t + 1]
            for layer, cache in zip(model.decoder_layers, caches, strict=True):
                sa = layer.self_attn
                q, k, v = F.linear(x, sa.in_proj_weight, sa.in_proj_bias).chunk(3, dim=-1)
                q, k, v = heads(q, sa.num_heads), heads(k, sa.num_heads), heads(v, sa.num_heads)
                cache["k"] = k if cache["k"] is None else torch.cat([cache["k"], k], dim=2)
                cache["v"] = v if cache["v"] is None else torch.cat([cache["v"], v], dim=2)
                a = merge(F.scaled_dot_product_attention(q, cache["k"], cache["v"], is_causal=True))
                x = layer.norm1(x + sa.out_proj(a))
                ca = layer.multihead_attn
                w_q, _, _ = ca.in_proj_weight.chunk(3)
                b_q, _, _ = ca.in_proj_bias.chunk(3)
                q = heads(F.linear(x, w_q, b_q), ca.num_heads)
                a = merge(
                    F.scaled_dot_product_attention(
                        q, cache["mem_k"], cache["mem_v"], attn_mask=keep
                    )
                )
                x = layer.norm2(x + ca.out_proj(a))
                x = layer.norm3(x + layer.linear2(F.relu(layer.linear1(x))))
            logits = model.generator(model.dec_norm(x))[:, -1].clone()
            logits[:, pad_id] = float("-inf")
            nxt = logits.argmax(dim=-1)
            nxt = torch.where(done, torch.full_like(nxt, pad_id), nxt)
            out = torch.cat([out, nxt[:, None]], dim=1)
            done = done | (nxt == eos_id)
            if bool(done.all()):
                break
    return out
