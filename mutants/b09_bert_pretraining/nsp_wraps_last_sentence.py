# replaces: make_nsp_pairs
# target: test_make_nsp_pairs
# why: off by one: the last sentence is paired too, with the document's first sentence as "next"
def make_nsp_pairs(documents, rng):
    pairs = []
    for d, doc in enumerate(documents):
        if len(doc) < 2:
            continue
        for i in range(len(doc)):
            if rng.random() < 0.5:
                pairs.append((doc[i], doc[(i + 1) % len(doc)], 0))
            else:
                j = rng.randrange(len(documents) - 1)
                if j >= d:
                    j += 1
                other = documents[j]
                pairs.append((doc[i], other[rng.randrange(len(other))], 1))
    return pairs
