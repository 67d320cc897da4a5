# replaces: kmeans_select_sentences
# target: test_kmeans_select_sentences
# why: equal distances go to the larger index
def kmeans_select_sentences(X, k, seed=0):
    X = np.asarray(X, dtype=np.float64)
    c = min(k, len({row.tobytes() for row in X}))
    km = KMeans(n_clusters=c, n_init=10, random_state=seed).fit(X)
    chosen = []
    for j in range(c):
        members = np.flatnonzero(km.labels_ == j)
        dist = ((X[members] - km.cluster_centers_[j]) ** 2).sum(axis=1)
        chosen.append(int(members[len(members) - 1 - np.argmin(dist[::-1])]))
    return sorted(chosen)
