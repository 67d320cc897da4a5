# replaces: choose_threshold
# target: test_choose_threshold
# why: evaluates candidates with `scores > t` although the rule (and the pipeline) predicts `scores >= t`
def choose_threshold(scores, labels):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels)
    best_acc, best_t = -1, None
    for t in sorted(set(scores.tolist())) + [float("inf")]:
        acc = int(np.sum((scores > t) == (labels == 1)))
        if acc > best_acc:
            best_acc, best_t = acc, t
    return float(best_t)
