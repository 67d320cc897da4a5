# replaces: in_batch_negatives_loss
# target: test_in_batch_negatives_loss
# why: forgets to normalise: scaled dot products instead of scaled cosines
def in_batch_negatives_loss(anchors, positives, scale=20.0):
    scores = scale * (anchors @ positives.T)
    return F.cross_entropy(scores, torch.arange(scores.shape[0]))
