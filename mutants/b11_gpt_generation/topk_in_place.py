# replaces: top_k_filter
# target: test_top_k_filter
# why: fills the caller's tensor in place (masked_fill_) instead of returning a new one
def top_k_filter(logits, k):
    if k < 1:
        raise ValueError(k)
    if k >= logits.size(-1):
        return logits.clone()
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill_(logits < kth, float("-inf"))
