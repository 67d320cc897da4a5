# replaces: kmeans_select_sentences
# target: test_kmeans_select_sentences
# why: the sentence nearest each centroid among all sentences, not among the cluster's members
def kmeans_select_sentences(X, k, seed=0):
    X = np.asarray(X, dtype=np.float64)
    c = min(k, len({row.tobytes() for row in X}))
    km = KMeans(n_clusters=c, n_init=10, random_state=seed).fit(X)
    chosen = set()
    for j in range(c):
        dist = ((X - km.cluster_centers_[j]) ** 2).sum(axis=1)
        chosen.add(int(np.argmin(dist)))
    return sorted(chosen)
