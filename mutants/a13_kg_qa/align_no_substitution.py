# replaces: align_entity
# target: test_align_entity
# why: edit distance with insertions and deletions only (a substitution costs 2)
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
                    min(
                        previous[j] + 1,
                        current[j - 1] + 1,
                        previous[j - 1] + (0 if ca == cb else 2),
                    )
                )
            previous = current
        return previous[-1]

    scores = {alias: distance(mention, alias) for alias in alias_table}
    if not scores:
        return None
    best = min(scores.values())
    names = {alias_table[a] for a, d in scores.items() if d == best}
    return names.pop() if best <= max_distance and len(names) == 1 else None
