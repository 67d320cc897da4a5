# replaces: jaccard_similarity
# target: test_jaccard_similarity
# why: the union taken as len(a) + len(b) - |A & B| on the token lists, so repeats inflate it
def jaccard_similarity(a, b):
    inter = len(set(a) & set(b))
    union = len(a) + len(b) - inter
    if union == 0:
        return 0.0
    return inter / union
