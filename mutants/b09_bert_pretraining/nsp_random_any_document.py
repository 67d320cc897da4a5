# replaces: make_nsp_pairs
# target: test_make_nsp_pairs
# why: the random B may come from the same document
def make_nsp_pairs(documents, rng):
    pairs = []
    for doc in documents:
        for i in range(len(doc) - 1):
            if rng.random() < 0.5:
                pairs.append((doc[i], doc[i + 1], 0))
            else:
                other = documents[rng.randrange(len(documents))]
                pairs.append((doc[i], other[rng.randrange(len(other))], 1))
    return pairs
