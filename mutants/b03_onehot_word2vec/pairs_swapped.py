# replaces: context_pairs
# target: test_context_pairs
# why: returns (context, center) instead of (center, context)
def context_pairs(sentences, window):
    pairs = []
    for s in sentences:
        for i, center in enumerate(s):
            for j in range(max(0, i - window), min(len(s), i + window + 1)):
                if j != i:
                    pairs.append((s[j], center))
    return pairs
