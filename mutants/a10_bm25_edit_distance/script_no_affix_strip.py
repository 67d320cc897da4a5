# replaces: edit_script
# target: test_edit_script
# why: backtraces the whole table without removing the common prefix and suffix first
def edit_script(a, b):
    table = edit_distance_table(a, b)
    i, j, ops = len(a), len(b), []
    while i > 0 or j > 0:
        here = table[i, j]
        if i > 0 and table[i - 1, j] + 1 == here:
            ops.append(("delete", i - 1, j))
            i -= 1
        elif i > 0 and j > 0 and a[i - 1] != b[j - 1] and table[i - 1, j - 1] + 1 == here:
            ops.append(("replace", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif j > 0 and table[i, j - 1] + 1 == here:
            ops.append(("insert", i, j - 1))
            j -= 1
        else:
            i, j = i - 1, j - 1
    return ops[::-1]
