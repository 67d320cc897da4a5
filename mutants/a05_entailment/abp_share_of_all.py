# replaces: accuracy_by_phenomenon
# target: test_accuracy_by_phenomenon
# why: divides the correct count of a phenomenon by the size of the whole test set
def accuracy_by_phenomenon(phenomena, y_true, y_pred):
    right, total = {}, {}
    n = 0
    for ph, t, p in zip(phenomena, y_true, y_pred, strict=True):
        n += 1
        total[ph] = total.get(ph, 0) + 1
        right[ph] = right.get(ph, 0) + int(int(t) == int(p))
    return {ph: (right[ph] / n, total[ph]) for ph in sorted(total)}
