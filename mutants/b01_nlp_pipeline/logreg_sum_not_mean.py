# replaces: logreg_loss_and_grad
# target: test_logreg_loss_and_grad
# why: the gradient sums over the batch instead of averaging (loss is the mean)
import numpy as np
from scipy.special import expit


def logreg_loss_and_grad(w, b, X, y, l2):
    y = np.asarray(y, dtype=np.float64)
    z = np.asarray(X @ w).ravel() + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * float(w @ w)
    r = expit(z) - y
    return float(loss), np.asarray(X.T @ r, dtype=np.float64).ravel() + l2 * w, float(r.sum())
