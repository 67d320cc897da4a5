# replaces: accuracy_by_phenomenon
# target: test_accuracy_by_phenomenon
# why: returns NumPy scalars (np.float64, np.int64) instead of Python float and int
def accuracy_by_phenomenon(phenomena, y_true, y_pred):
    ph = np.array(phenomena)
    correct = np.asarray(y_true) == np.asarray(y_pred)
    return {
        name: (np.mean(correct[ph == name]), np.sum(ph == name)) for name in sorted(set(phenomena))
    }
