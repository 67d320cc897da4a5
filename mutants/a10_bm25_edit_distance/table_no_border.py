# replaces: edit_distance_table
# target: test_edit_distance_table
# why: the first row and column left at 0 (as if a prefix of the other string were free)
def edit_distance_table(a, b):
    table = np.zeros((len(a) + 1, len(b) + 1), dtype=np.int64)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i, j] = min(
                table[i - 1, j] + 1,
                table[i, j - 1] + 1,
                table[i - 1, j - 1] + (a[i - 1] != b[j - 1]),
            )
    return table
