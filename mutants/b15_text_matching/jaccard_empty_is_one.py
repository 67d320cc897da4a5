# replaces: jaccard_similarity
# target: test_jaccard_similarity
# why: two empty texts treated as identical (1.0) instead of the stated 0.0
def jaccard_similarity(a, b):
    set_a, set_b = set(a), set(b)
    union = len(set_a | set_b)
    if union == 0:
        return 1.0
    return len(set_a & set_b) / union
