# replaces: jaccard_similarity
# target: test_jaccard_similarity
# why: counts repeated tokens (multiset min/max) instead of comparing sets
from collections import Counter


def jaccard_similarity(a, b):
    ca, cb = Counter(a), Counter(b)
    union = sum((ca | cb).values())
    if union == 0:
        return 0.0
    return sum((ca & cb).values()) / union
