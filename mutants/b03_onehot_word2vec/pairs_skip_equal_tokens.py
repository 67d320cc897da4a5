# replaces: context_pairs
# target: test_context_pairs
# why: skips contexts equal to the center word (compares tokens instead of positions)
def context_pairs(sentences, window):
    pairs = []
    for s in sentences:
        for i, center in enumerate(s):
            for j in range(max(0, i - window), min(len(s), i + window + 1)):
                if s[j] != center:
                    pairs.append((center, s[j]))
    return pairs
