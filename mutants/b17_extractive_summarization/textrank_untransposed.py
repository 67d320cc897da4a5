# replaces: textrank_sentence_scores
# target: test_textrank_sentence_scores
# why: P @ s instead of P.T @ s: a sentence collects its own out-going shares
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
        new = (1 - d) / n + d * (P @ s + s[dangling].sum() / n)
        done = np.abs(new - s).sum() < tol
        s = new
        if done:
            break
    return s
