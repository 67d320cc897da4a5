# replaces: make_nsp_pairs
# target: test_make_nsp_pairs
# why: label 1 for IsNext and 0 for NotNext (the intuitive convention, not Hugging Face's)
def make_nsp_pairs(documents, rng):
    pairs = []
    for d, doc in enumerate(documents):
        for i in range(len(doc) - 1):
            if rng.random() < 0.5:
                pairs.append((doc[i], doc[i + 1], 1))
            else:
                j = rng.randrange(len(documents) - 1)
                if j >= d:
                    j += 1
                other = documents[j]
                pairs.append((doc[i], other[rng.randrange(len(other))], 0))
    return pairs
