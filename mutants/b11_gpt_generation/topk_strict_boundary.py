# replaces: top_k_filter
# target: test_top_k_filter
# why: removes entries <= the k-th largest, so the k-th value itself (and its ties) is dropped
def top_k_filter(logits, k):
    if k < 1:
        raise ValueError(k)
    if k >= logits.size(-1):
        return logits.clone()
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits <= kth, float("-inf"))
