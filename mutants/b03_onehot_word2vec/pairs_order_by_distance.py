# replaces: context_pairs
# target: test_context_pairs
# why: contexts ordered by distance (-1, +1, -2, +2, ...) instead of left to right by position
def context_pairs(sentences, window):
    pairs = []
    for s in sentences:
        for i, center in enumerate(s):
            for d in range(1, window + 1):
                for j in (i - d, i + d):
                    if 0 <= j < len(s):
                        pairs.append((center, s[j]))
    return pairs
