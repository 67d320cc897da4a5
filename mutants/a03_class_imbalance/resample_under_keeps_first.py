# replaces: random_resampling
# target: test_random_resampling
# why: undersampling keeps the first m indices of each class (no random draw at all)
def random_undersample(labels, seed):
    labels = np.asarray(labels, dtype=np.int64)
    classes = np.unique(labels)
    if len(classes) == 0:
        return np.zeros(0, dtype=np.int64)
    per_class = [np.flatnonzero(labels == c) for c in classes]
    m = min(len(idx) for idx in per_class)
    return np.sort(np.concatenate([idx[:m] for idx in per_class])).astype(np.int64)
