# replaces: weighted_cross_entropy
# target: test_weighted_cross_entropy
# why: a class that never occurs silently gets weight 0 instead of raising ValueError
def balanced_class_weights(labels, n_classes):
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=n_classes).astype(np.float64)
    w = np.divide(counts.sum(), n_classes * counts, out=np.zeros(n_classes), where=counts > 0)
    return torch.tensor(w, dtype=torch.float32)
