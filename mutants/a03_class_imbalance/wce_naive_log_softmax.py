# replaces: weighted_cross_entropy
# target: test_weighted_cross_entropy
# why: log of softmax computed naively: overflows (inf / nan) for large logits
def weighted_cross_entropy(logits, targets, weights):
    w = weights.to(logits.dtype)[targets]
    probs = logits.exp() / logits.exp().sum(dim=1, keepdim=True)
    nll = -torch.log(probs.gather(1, targets[:, None]).squeeze(1))
    return (w * nll).sum() / w.sum()
