# replaces: length_percentile
# target: test_length_percentile
# why: forgets to sort the lengths
import math


def length_percentile(lengths, q):
    values = [int(x) for x in lengths]
    k = max(1, math.ceil(q * len(values) / 100))
    return values[k - 1]
