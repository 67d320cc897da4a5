# replaces: numerical_gradient
# target: test_numerical_gradient
# why: loops over range(len(x)), so on a 2-D array a whole row is moved at once
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape, dtype=np.float64)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + eps
        f_plus = f(x)
        x[i] = old - eps
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad
