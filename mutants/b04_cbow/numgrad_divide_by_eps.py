# replaces: numerical_gradient
# target: test_numerical_gradient
# why: central difference divided by eps instead of 2*eps (gradient twice too large)
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        f_plus = f(x)
        x[idx] = old - eps
        f_minus = f(x)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / eps
    return grad
