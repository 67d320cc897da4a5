# replaces: weighted_cross_entropy
# target: test_weighted_cross_entropy
# why: divides the weighted sum by N instead of by the sum of the targets' weights
def weighted_cross_entropy(logits, targets, weights):
    w = weights.to(logits.dtype)[targets]
    nll = -logits.log_softmax(dim=1).gather(1, targets[:, None]).squeeze(1)
    return (w * nll).mean()
