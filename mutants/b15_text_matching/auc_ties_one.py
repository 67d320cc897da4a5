# replaces: accuracy_and_auc
# target: test_accuracy_and_auc
# why: `>=` in the pair count, so ties get full credit
def accuracy_and_auc(scores, labels, threshold):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    accuracy = float(np.mean((scores >= threshold).astype(np.int64) == labels))
    pos, neg = scores[labels == 1], scores[labels == 0]
    auc = float(np.mean(pos[:, None] >= neg[None, :]))
    return accuracy, auc
