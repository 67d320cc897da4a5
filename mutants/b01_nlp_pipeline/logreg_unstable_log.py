# replaces: logreg_loss_and_grad
# target: test_logreg_loss_and_grad
# why: textbook -y log p - (1 - y) log(1 - p) with p = 1 / (1 + exp(-z)): overflows / log(0) for large |z|
import numpy as np


def logreg_loss_and_grad(w, b, X, y, l2):
    y = np.asarray(y, dtype=np.float64)
    n = X.shape[0]
    z = np.asarray(X @ w).ravel() + b
    p = 1.0 / (1.0 + np.exp(-z))
    loss = np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)) + 0.5 * l2 * float(w @ w)
    r = (p - y) / n
    return float(loss), np.asarray(X.T @ r, dtype=np.float64).ravel() + l2 * w, float(r.sum())
