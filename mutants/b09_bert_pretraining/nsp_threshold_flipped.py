# replaces: make_nsp_pairs
# target: test_make_nsp_pairs
# why: IsNext when rng.random() >= 0.5 (same statistics, but not the stated procedure)
def make_nsp_pairs(documents, rng):
    pairs = []
    for d, doc in enumerate(documents):
        for i in range(len(doc) - 1):
            if rng.random() >= 0.5:
                pairs.append((doc[i], doc[i + 1], 0))
            else:
                j = rng.randrange(len(documents) - 1)
                if j >= d:
                    j += 1
                other = documents[j]
                pairs.append((doc[i], other[rng.randrange(len(other))], 1))
    return pairs
