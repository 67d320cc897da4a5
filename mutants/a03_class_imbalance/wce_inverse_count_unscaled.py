# replaces: weighted_cross_entropy
# target: test_weighted_cross_entropy
# why: w_c = 1 / n_c without the N / C scale (same loss, but not sklearn's "balanced" weights)
def balanced_class_weights(labels, n_classes):
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=n_classes)
    if (counts == 0).any():
        raise ValueError("a class does not occur")
    return torch.tensor(1.0 / counts, dtype=torch.float32)
