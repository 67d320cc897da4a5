# replaces: length_percentile
# target: test_length_percentile
# why: NumPy's default (linear interpolation) truncated to int
import numpy as np


def length_percentile(lengths, q):
    return int(np.percentile(lengths, q))
