# replaces: top_keywords
# target: test_top_keywords
# why: a stable sort on weight alone: ties keep column order, which is term order only for a sorted vocabulary
def top_keywords(weights, terms, k):
    dense = weights.toarray()
    out = []
    for row in dense:
        order = sorted(range(len(row)), key=lambda j: -row[j])
        out.append([(terms[j], float(row[j])) for j in order if row[j] > 0][:k])
    return out
