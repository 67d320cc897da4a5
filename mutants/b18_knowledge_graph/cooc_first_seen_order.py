# replaces: cooccurrence_counts
# target: test_cooccurrence_counts
# why: keys keep the order of first mention, so (刘备, 关羽) and (关羽, 刘备) are counted apart
def cooccurrence_counts(entity_lists):
    counts = {}
    for entities in entity_lists:
        unique = list(dict.fromkeys(entities))
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts
