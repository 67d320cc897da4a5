# replaces: top_k_filter
# target: test_top_k_filter
# why: off by one: uses the (k+1)-th largest value as the threshold
def top_k_filter(logits, k):
    if k < 1:
        raise ValueError(k)
    if k >= logits.size(-1):
        return logits.clone()
    kth = torch.sort(logits, dim=-1, descending=True).values[..., k:k + 1]
    return logits.masked_fill(logits < kth, float("-inf"))
