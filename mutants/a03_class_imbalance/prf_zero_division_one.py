# replaces: per_class_prf
# target: test_per_class_prf
# why: counts 0/0 as 1.0 (zero_division=1) instead of sklearn's default 0
def per_class_prf(y_true, y_pred, n_classes):
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    tp = np.bincount(y_true[y_true == y_pred], minlength=n_classes).astype(np.float64)
    pred_count = np.bincount(y_pred, minlength=n_classes).astype(np.float64)
    support = np.bincount(y_true, minlength=n_classes).astype(np.int64)
    precision = np.divide(tp, pred_count, out=np.ones(n_classes), where=pred_count > 0)
    recall = np.divide(tp, support, out=np.ones(n_classes), where=support > 0)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros(n_classes), where=denom > 0)
    return precision, recall, f1, support
