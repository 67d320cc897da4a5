# replaces: accuracy_and_auc
# target: test_accuracy_and_auc
# why: ROC points from the sorted samples one by one (equal scores not grouped), so the
#      area depends on how ties happen to be ordered
def accuracy_and_auc(scores, labels, threshold):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    accuracy = float(np.mean((scores >= threshold).astype(np.int64) == labels))
    order = np.argsort(-scores, kind="stable")
    y = labels[order]
    tpr = np.concatenate([[0.0], np.cumsum(y) / y.sum()])
    fpr = np.concatenate([[0.0], np.cumsum(1 - y) / (1 - y).sum()])
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    return accuracy, auc
