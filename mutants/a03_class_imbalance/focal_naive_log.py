# replaces: focal_loss
# target: test_focal_loss
# why: log p_t from a naive softmax: overflows for large logits
def focal_loss(logits, targets, gamma, alpha=None):
    e = logits.exp()
    pt = (e / e.sum(dim=1, keepdim=True)).gather(1, targets[:, None]).squeeze(1)
    a = torch.ones_like(pt) if alpha is None else alpha.to(logits.dtype)[targets]
    return (a * (1 - pt) ** gamma * -torch.log(pt)).sum() / a.sum()
