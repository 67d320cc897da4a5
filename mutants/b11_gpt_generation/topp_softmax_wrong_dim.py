# replaces: top_p_filter
# target: test_top_p_filter
# why: softmax and cumsum over dim 0 (the batch) instead of the vocabulary dimension
def top_p_filter(logits, p):
    if not 0.0 < p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return logits.clone()
    sorted_logits, _ = torch.sort(logits, dim=-1, descending=True)
    probs = sorted_logits.softmax(0)
    keep = (probs.cumsum(0) - probs) < p
    cutoff = sorted_logits.masked_fill(~keep, float("inf")).amin(dim=-1, keepdim=True)
    return logits.masked_fill(logits < cutoff, float("-inf"))
