# replaces: macro_f1_threshold
# target: test_macro_f1_threshold
# why: maximises the F1 of class 1 (the majority here) instead of macro-F1
def macro_f1_threshold(p_pos, y_true):
    p_pos = np.asarray(p_pos, dtype=np.float64)
    y_true = np.asarray(y_true, dtype=np.int64)
    best = None
    for t in sorted(set(p_pos.tolist())) + [float("inf")]:
        pred = (p_pos >= t).astype(np.int64)
        tp = int(np.sum((pred == 1) & (y_true == 1)))
        d = int(np.sum(pred == 1)) + int(np.sum(y_true == 1))
        m = 2 * tp / d if d else 0.0
        if best is None or m > best[1]:
            best = (float(t), m)
    return best
