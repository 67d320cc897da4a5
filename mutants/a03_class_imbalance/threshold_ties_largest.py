# replaces: macro_f1_threshold
# target: test_macro_f1_threshold
# why: ties broken toward the largest threshold
def macro_f1_threshold(p_pos, y_true):
    p_pos = np.asarray(p_pos, dtype=np.float64)
    y_true = np.asarray(y_true, dtype=np.int64)
    best = None
    for t in sorted(set(p_pos.tolist())) + [float("inf")]:
        pred = (p_pos >= t).astype(np.int64)
        f = []
        for c in (0, 1):
            tp = int(np.sum((pred == c) & (y_true == c)))
            d = int(np.sum(pred == c)) + int(np.sum(y_true == c))
            f.append(2 * tp / d if d else 0.0)
        m = (f[0] + f[1]) / 2
        if best is None or m >= best[1]:
            best = (float(t), m)
    return best
