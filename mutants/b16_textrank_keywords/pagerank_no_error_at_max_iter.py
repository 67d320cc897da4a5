# replaces: pagerank_power
# target: test_pagerank_power
# why: returns the last iterate silently when max_iter is reached, where networkx raises
def pagerank_power(W, d=0.85, tol=1e-6, max_iter=100):
    A = np.asarray(W, dtype=np.float64)
    n = len(A)
    if n == 0:
        return np.zeros(0), 0
    s = A.sum(axis=1)
    dangling = s == 0
    P = np.divide(A, s[:, None], out=np.zeros_like(A), where=~dangling[:, None])
    x = np.full(n, 1.0 / n)
    done = 0
    while done < max_iter:
        new = d * (x @ P + x[dangling].sum() / n) + (1 - d) / n
        change = np.abs(new - x).sum()
        x, done = new, done + 1
        if change < n * tol:
            break
    return x, done
