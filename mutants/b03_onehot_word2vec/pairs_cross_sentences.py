# replaces: context_pairs
# target: test_context_pairs
# why: concatenates all sentences first, so windows run across sentence boundaries
def context_pairs(sentences, window):
    flat = [t for s in sentences for t in s]
    pairs = []
    for i, center in enumerate(flat):
        for j in range(max(0, i - window), min(len(flat), i + window + 1)):
            if j != i:
                pairs.append((center, flat[j]))
    return pairs
