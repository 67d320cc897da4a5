# replaces: random_resampling
# target: test_random_resampling
# why: classes processed from the largest label down: the draws land on other classes
def random_oversample(labels, seed):
    labels = np.asarray(labels, dtype=np.int64)
    rng = np.random.default_rng(seed)
    classes = np.unique(labels)[::-1]
    if len(classes) == 0:
        return np.zeros(0, dtype=np.int64)
    per_class = [np.flatnonzero(labels == c) for c in classes]
    m = max(len(idx) for idx in per_class)
    keep = []
    for idx in per_class:
        keep.append(idx)
        if len(idx) < m:
            keep.append(rng.choice(idx, size=m - len(idx), replace=True))
    return np.sort(np.concatenate(keep)).astype(np.int64)
