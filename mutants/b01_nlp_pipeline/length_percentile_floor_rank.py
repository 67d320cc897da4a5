# replaces: length_percentile
# target: test_length_percentile
# why: uses int(q * n / 100) as a 0-based index (floor instead of ceil, one rank too high)
def length_percentile(lengths, q):
    ordered = sorted(int(x) for x in lengths)
    return ordered[min(int(q * len(ordered) / 100), len(ordered) - 1)]
