# replaces: make_nsp_pairs
# target: test_make_nsp_pairs
# why: draws the sentence index before the document index (uses the rng in another order)
def make_nsp_pairs(documents, rng):
    pairs = []
    longest = max(len(doc) for doc in documents)
    for d, doc in enumerate(documents):
        for i in range(len(doc) - 1):
            if rng.random() < 0.5:
                pairs.append((doc[i], doc[i + 1], 0))
            else:
                s = rng.randrange(longest)
                j = rng.randrange(len(documents) - 1)
                if j >= d:
                    j += 1
                other = documents[j]
                pairs.append((doc[i], other[s % len(other)], 1))
    return pairs
