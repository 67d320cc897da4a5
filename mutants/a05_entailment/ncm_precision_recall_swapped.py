# replaces: nli_confusion_metrics
# target: test_nli_confusion_metrics
# why: divides by the row sums for precision and by the column sums for recall
def nli_confusion_metrics(y_true, y_pred, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        cm[int(t), int(p)] += 1
    tp = np.diag(cm).astype(np.float64)
    rows = cm.sum(axis=1).astype(np.float64)
    cols = cm.sum(axis=0).astype(np.float64)
    precision = np.divide(tp, rows, out=np.zeros(num_classes), where=rows > 0)
    recall = np.divide(tp, cols, out=np.zeros(num_classes), where=cols > 0)
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
