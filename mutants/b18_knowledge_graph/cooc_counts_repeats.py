# replaces: cooccurrence_counts
# target: test_cooccurrence_counts
# why: counts pairs of mentions, so a name repeated in a sentence counts the pair twice
def cooccurrence_counts(entity_lists):
    counts = {}
    for entities in entity_lists:
        for i, a in enumerate(entities):
            for b in entities[i + 1:]:
                if a != b:
                    key = (min(a, b), max(a, b))
                    counts[key] = counts.get(key, 0) + 1
    return counts
