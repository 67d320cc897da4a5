# replaces: top_p_filter
# target: test_top_p_filter
# why: keeps a token only if the cumulative probability INCLUDING it is < p, dropping the token that crosses p
def top_p_filter(logits, p):
    if not 0.0 < p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return logits.clone()
    sorted_logits, _ = torch.sort(logits, dim=-1, descending=True)
    keep = sorted_logits.softmax(-1).cumsum(-1) < p
    keep[..., 0] = True
    cutoff = sorted_logits.masked_fill(~keep, float("inf")).amin(dim=-1, keepdim=True)
    return logits.masked_fill(logits < cutoff, float("-inf"))
