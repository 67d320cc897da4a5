# replaces: numerical_gradient
# target: test_numerical_gradient
# why: forward differences (f(x+eps) - f(x)) / eps, error O(eps) instead of O(eps^2)
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape, dtype=np.float64)
    f0 = f(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        grad[idx] = (f(x) - f0) / eps
        x[idx] = old
    return grad
