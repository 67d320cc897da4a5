# replaces: top_k_filter
# target: test_top_k_filter
# why: keeps exactly the k indices returned by topk, so ties at the boundary are broken arbitrarily
def top_k_filter(logits, k):
    if k < 1:
        raise ValueError(k)
    if k >= logits.size(-1):
        return logits.clone()
    idx = torch.topk(logits, k, dim=-1).indices
    keep = torch.zeros_like(logits, dtype=torch.bool).scatter(-1, idx, True)
    return logits.masked_fill(~keep, float("-inf"))
