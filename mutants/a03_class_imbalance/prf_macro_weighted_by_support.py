# replaces: per_class_prf
# target: test_per_class_prf
# why: averages the per-class F1 weighted by support (sklearn's average="weighted"), not the plain mean
def macro_f1(y_true, y_pred, n_classes):
    _, _, f1, support = per_class_prf(y_true, y_pred, n_classes)
    return float((f1 * support).sum() / support.sum())
