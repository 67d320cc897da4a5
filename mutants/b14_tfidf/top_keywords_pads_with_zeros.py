# replaces: top_keywords
# target: test_top_keywords
# why: always returns k terms (argsort of the dense row), zero-weight terms included when too few are positive
def top_keywords(weights, terms, k):
    dense = weights.toarray()
    out = []
    for row in dense:
        order = sorted(range(len(row)), key=lambda j: (-row[j], terms[j]))[:k]
        out.append([(terms[j], float(row[j])) for j in order])
    return out
