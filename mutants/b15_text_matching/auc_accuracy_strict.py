# replaces: accuracy_and_auc
# target: test_accuracy_and_auc
# why: predicts `scores > threshold`, so a score equal to the threshold is called 0
def accuracy_and_auc(scores, labels, threshold):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    accuracy = float(np.mean((scores > threshold).astype(np.int64) == labels))
    pos, neg = scores[labels == 1], scores[labels == 0]
    auc = float(np.mean((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])))
    return accuracy, auc
