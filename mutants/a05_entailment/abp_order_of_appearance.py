# replaces: accuracy_by_phenomenon
# target: test_accuracy_by_phenomenon
# why: keys in order of first appearance, not sorted
def accuracy_by_phenomenon(phenomena, y_true, y_pred):
    right, total = {}, {}
    for ph, t, p in zip(phenomena, y_true, y_pred, strict=True):
        total[ph] = total.get(ph, 0) + 1
        right[ph] = right.get(ph, 0) + int(int(t) == int(p))
    return {ph: (right[ph] / total[ph], total[ph]) for ph in total}
