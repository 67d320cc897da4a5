# replaces: random_resampling
# target: test_random_resampling
# why: undersampling draws with replacement (duplicates, and other indices than the stated rule)
def random_undersample(labels, seed):
    labels = np.asarray(labels, dtype=np.int64)
    rng = np.random.default_rng(seed)
    classes = np.unique(labels)
    if len(classes) == 0:
        return np.zeros(0, dtype=np.int64)
    per_class = [np.flatnonzero(labels == c) for c in classes]
    m = min(len(idx) for idx in per_class)
    keep = [rng.choice(idx, size=m, replace=True) if len(idx) > m else idx for idx in per_class]
    return np.sort(np.concatenate(keep)).astype(np.int64)
