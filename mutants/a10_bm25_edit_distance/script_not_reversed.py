# replaces: edit_script
# target: test_edit_script
# why: returns the operations in the order the backtrace found them (right to left)
def edit_script(a, b):
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(a), len(b)) - prefix and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]
    ):
        suffix += 1
    mid_a, mid_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    table = edit_distance_table(mid_a, mid_b)
    i, j, ops = len(mid_a), len(mid_b), []
    while i > 0 or j > 0:
        here = table[i, j]
        if i > 0 and table[i - 1, j] + 1 == here:
            ops.append(("delete", prefix + i - 1, prefix + j))
            i -= 1
        elif i > 0 and j > 0 and mid_a[i - 1] != mid_b[j - 1] and table[i - 1, j - 1] + 1 == here:
            ops.append(("replace", prefix + i - 1, prefix + j - 1))
            i, j = i - 1, j - 1
        elif j > 0 and table[i, j - 1] + 1 == here:
            ops.append(("insert", prefix + i, prefix + j - 1))
            j -= 1
        else:
            i, j = i - 1, j - 1
    return ops
