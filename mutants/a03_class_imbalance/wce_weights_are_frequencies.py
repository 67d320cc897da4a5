# replaces: weighted_cross_entropy
# target: test_weighted_cross_entropy
# why: class weight = frequency n_c / N (weights the majority up instead of down)
def balanced_class_weights(labels, n_classes):
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=n_classes)
    if (counts == 0).any():
        raise ValueError("a class does not occur")
    return torch.tensor(counts / counts.sum(), dtype=torch.float32)
