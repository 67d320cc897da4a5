# replaces: greedy_decode_nocache
# target: test_greedy_decode_nocache
# why: keeps generating after <eos> instead of padding
def greedy_decode_nocache(
    model: nn.ModuleDict,
    memory: torch.Tensor,
    memory_key_padding_mask: torch.Tensor | None,
    bos_id: int,
    eos_id: int,
    pad_id: int,
    max_new_tokens: int,
) -> torch.Tensor:
    """Greedy decoding that re-runs the decoder on the whole prefix at every step: (B, 1 + n) int64."""
    B = memory.shape[0]
    out = torch.full((B, 1), bos_id, dtype=torch.int64)
    done = torch.zeros(B, dtype=torch.bool)
    with torch.no_grad():
        for _ in range(max_new_tokens):
            logits = decode_logits(model, out, memory, memory_key_padding_mask, pad_id)[
                :, -1
            ].clone()
            logits[:, pad_id] = float("-inf")
            nxt = logits.argmax(dim=-1)
            out = torch.cat([out, nxt[:, None]], dim=1)
            done = done | (nxt == eos_id)
            if bool(done.all()):
                break
    return out
