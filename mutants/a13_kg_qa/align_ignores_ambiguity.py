# replaces: align_entity
# target: test_align_entity
# why: takes the first alias at the smallest distance even when the tied aliases mean different entities
def align_entity(mention, alias_table, max_distance=1):
    if not mention:
        return None
    if mention in alias_table:
        return alias_table[mention]

    def distance(a, b):
        previous = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            current = [i]
            for j, cb in enumerate(b, 1):
                current.append(
                    min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
                )
            previous = current
        return previous[-1]

    best, name = max_distance + 1, None
    for alias, canonical in alias_table.items():
        d = distance(mention, alias)
        if d < best:
            best, name = d, canonical
    return name
