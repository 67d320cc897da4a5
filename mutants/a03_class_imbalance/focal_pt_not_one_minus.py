# replaces: focal_loss
# target: test_focal_loss
# why: modulating factor p_t^gamma instead of (1 - p_t)^gamma (up-weights the easy examples)
def focal_loss(logits, targets, gamma, alpha=None):
    log_pt = logits.log_softmax(dim=1).gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp()
    a = torch.ones_like(log_pt) if alpha is None else alpha.to(logits.dtype)[targets]
    return (a * pt**gamma * -log_pt).sum() / a.sum()
