# replaces: pagerank_power
# target: test_pagerank_power
# why: normalises the columns of W instead of the rows (each node splits its score by in-weights)
def pagerank_power(W, d=0.85, tol=1e-6, max_iter=100):
    A = np.asarray(W, dtype=np.float64)
    n = len(A)
    if n == 0:
        return np.zeros(0), 0
    s = A.sum(axis=0)
    dangling = A.sum(axis=1) == 0
    P = np.divide(A, s[None, :], out=np.zeros_like(A), where=s[None, :] > 0)
    x = np.full(n, 1.0 / n)
    for it in range(1, max_iter + 1):
        new = d * (x @ P + x[dangling].sum() / n) + (1 - d) / n
        if np.abs(new - x).sum() < n * tol:
            return new, it
        x = new
    raise RuntimeError("no convergence")
