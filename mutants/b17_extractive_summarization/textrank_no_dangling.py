# replaces: textrank_sentence_scores
# target: test_textrank_sentence_scores
# why: dangling sentences lose their score instead of spreading it (scores no longer sum to 1)
def textrank_sentence_scores(sim, d=0.85, tol=1e-10, max_iter=1000):
    W = np.array(sim, dtype=np.float64)
    n = W.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    np.fill_diagonal(W, 0.0)
    out = W.sum(axis=1)
    P = np.divide(W, out[:, None], out=np.zeros_like(W), where=out[:, None] > 0)
    s = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = (1 - d) / n + d * (P.T @ s)
        done = np.abs(new - s).sum() < tol
        s = new
        if done:
            break
    return s
