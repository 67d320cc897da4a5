# replaces: focal_loss
# target: test_focal_loss
# why: alpha indexed by the predicted class (argmax) instead of the target class
def focal_loss(logits, targets, gamma, alpha=None):
    log_pt = logits.log_softmax(dim=1).gather(1, targets[:, None]).squeeze(1)
    pt = log_pt.exp()
    a = torch.ones_like(log_pt) if alpha is None else alpha.to(logits.dtype)[logits.argmax(dim=1)]
    return (a * (1 - pt) ** gamma * -log_pt).sum() / a.sum()
