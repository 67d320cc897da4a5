# replaces: top_p_filter
# target: test_top_p_filter
# why: accumulates from the least probable token upwards, keeping the tail instead of the nucleus
def top_p_filter(logits, p):
    if not 0.0 < p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return logits.clone()
    sorted_logits, _ = torch.sort(logits, dim=-1)
    probs = sorted_logits.softmax(-1)
    keep = (probs.cumsum(-1) - probs) < p
    cutoff = sorted_logits.masked_fill(~keep, float("-inf")).amax(dim=-1, keepdim=True)
    return logits.masked_fill(logits > cutoff, float("-inf"))
