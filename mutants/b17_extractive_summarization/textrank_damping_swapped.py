# replaces: textrank_sentence_scores
# target: test_textrank_sentence_scores
# why: d and 1 - d swapped: the random jump gets 85 % of the weight
def textrank_sentence_scores(sim, d=0.85, tol=1e-10, max_iter=1000):
    W = np.array(sim, dtype=np.float64)
    n = W.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    np.fill_diagonal(W, 0.0)
    out = W.sum(axis=1)
    dangling = out == 0
    P = np.zeros_like(W)
    P[~dangling] = W[~dangling] / out[~dangling, None]
    s = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = d / n + (1 - d) * (P.T @ s + s[dangling].sum() / n)
        done = np.abs(new - s).sum() < tol
        s = new
        if done:
            break
    return s
