# replaces: choose_threshold
# target: test_choose_threshold
# why: a cumulative sweep over the sorted samples that cuts between equal scores, so it can
#      report an accuracy no threshold reaches
def choose_threshold(scores, labels):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    order = np.argsort(scores, kind="stable")
    s, y = scores[order], labels[order]
    n = len(s)
    # cut k: samples k.. predicted 1, threshold s[k]; k = n: threshold inf
    pos_above = np.concatenate([np.cumsum(y[::-1])[::-1], [0]])
    neg_below = np.concatenate([[0], np.cumsum(1 - y)])
    correct = pos_above + neg_below
    candidates = np.concatenate([s, [np.inf]])
    return float(candidates[int(np.argmax(correct[: n + 1]))])
