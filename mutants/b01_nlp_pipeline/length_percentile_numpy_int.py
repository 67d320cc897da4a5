# replaces: length_percentile
# target: test_length_percentile
# why: right value but returns np.int64 instead of a Python int
import math

import numpy as np


def length_percentile(lengths, q):
    ordered = np.sort(np.asarray(lengths))
    k = max(1, math.ceil(q * len(ordered) / 100))
    return ordered[k - 1]
