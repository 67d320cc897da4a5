# replaces: per_class_prf
# target: test_per_class_prf
# why: averages only over the classes that occur in y_true or y_pred (sklearn without labels=range(C))
def macro_f1(y_true, y_pred, n_classes):
    present = np.union1d(np.asarray(y_true), np.asarray(y_pred)).astype(np.int64)
    return float(per_class_prf(y_true, y_pred, n_classes)[2][present].mean())
