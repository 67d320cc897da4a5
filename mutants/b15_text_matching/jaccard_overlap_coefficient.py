# replaces: jaccard_similarity
# target: test_jaccard_similarity
# why: divides by the smaller set (overlap coefficient) instead of the union
def jaccard_similarity(a, b):
    set_a, set_b = set(a), set(b)
    if not set_a or not set_b:
        return 0.0
    return len(set_a & set_b) / min(len(set_a), len(set_b))
