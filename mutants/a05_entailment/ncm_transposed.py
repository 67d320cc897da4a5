# replaces: nli_confusion_metrics
# target: test_nli_confusion_metrics
# why: rows are the predictions and columns the true classes (sklearn's transpose)
def nli_confusion_metrics(y_true, y_pred, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        cm[int(p), int(t)] += 1
    tp = np.diag(cm).astype(np.float64)
    predicted = cm.sum(axis=1).astype(np.float64)
    actual = cm.sum(axis=0).astype(np.float64)
    precision = np.divide(tp, predicted, out=np.zeros(num_classes), where=predicted > 0)
    recall = np.divide(tp, actual, out=np.zeros(num_classes), where=actual > 0)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros(num_classes), where=denom > 0)
    return {
        "confusion": cm,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": float(tp.sum() / cm.sum()),
        "macro_f1": float(f1.mean()),
    }
