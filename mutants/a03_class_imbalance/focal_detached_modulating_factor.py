# replaces: focal_loss
# target: test_focal_loss
# why: the modulating factor is detached: right value, wrong gradient
def focal_loss(logits, targets, gamma, alpha=None):
    log_pt = logits.log_softmax(dim=1).gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp().detach()
    a = torch.ones_like(log_pt) if alpha is None else alpha.to(logits.dtype)[targets]
    return (a * (1 - pt) ** gamma * -log_pt).sum() / a.sum()
