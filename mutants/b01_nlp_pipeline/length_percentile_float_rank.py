# replaces: length_percentile
# target: test_length_percentile
# why: divides before multiplying (q / 100 * n): 0.07 * 100 = 7.000000000000001 -> rank 8
import math


def length_percentile(lengths, q):
    ordered = sorted(int(x) for x in lengths)
    k = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[k - 1]
