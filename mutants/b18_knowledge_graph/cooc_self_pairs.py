# replaces: cooccurrence_counts
# target: test_cooccurrence_counts
# why: pairs each entity with itself as well (combinations with replacement)
def cooccurrence_counts(entity_lists):
    counts = {}
    for entities in entity_lists:
        unique = sorted(set(entities))
        for i, a in enumerate(unique):
            for b in unique[i:]:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts
