# replaces: context_pairs
# target: test_context_pairs
# why: range(i - window, i + window) misses the right-most context position
def context_pairs(sentences, window):
    pairs = []
    for s in sentences:
        for i, center in enumerate(s):
            for j in range(max(0, i - window), min(len(s), i + window)):
                if j != i:
                    pairs.append((center, s[j]))
    return pairs
