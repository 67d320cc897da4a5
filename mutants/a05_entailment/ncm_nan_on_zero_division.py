# replaces: nli_confusion_metrics
# target: test_nli_confusion_metrics
# why: plain division: a class never predicted gets precision nan (and nan propagates into macro-F1)
def nli_confusion_metrics(y_true, y_pred, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        cm[int(t), int(p)] += 1
    tp = np.diag(cm).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = tp / cm.sum(axis=0)
        recall = tp / cm.sum(axis=1)
        f1 = 2 * precision * recall / (precision + recall)
    return {
        "confusion": cm,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": float(tp.sum() / cm.sum()),
        "macro_f1": float(np.mean(f1)),
    }
