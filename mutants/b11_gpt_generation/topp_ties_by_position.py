# replaces: top_p_filter
# target: test_top_p_filter
# why: decides per sorted position (like a plain sort + scatter), so equal logits can be split
def top_p_filter(logits, p):
    if not 0.0 < p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return logits.clone()
    sorted_logits, order = torch.sort(logits, dim=-1, descending=True, stable=True)
    probs = sorted_logits.softmax(-1)
    keep_sorted = (probs.cumsum(-1) - probs) < p
    keep = torch.zeros_like(keep_sorted).scatter(-1, order, keep_sorted)
    return logits.masked_fill(~keep, float("-inf"))
