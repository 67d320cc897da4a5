# replaces: top_k_filter
# target: test_top_k_filter
# why: sets removed logits to 0 instead of -inf (they can still be sampled)
def top_k_filter(logits, k):
    if k < 1:
        raise ValueError(k)
    if k >= logits.size(-1):
        return logits.clone()
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth, 0.0)
