# replaces: edit_distance_table
# target: test_edit_distance_table
# why: a substitution costs 2 (a delete plus an insert), the LCS-style distance
def edit_distance_table(a, b):
    table = np.zeros((len(a) + 1, len(b) + 1), dtype=np.int64)
    table[:, 0] = np.arange(len(a) + 1)
    table[0, :] = np.arange(len(b) + 1)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i, j] = min(
                table[i - 1, j] + 1,
                table[i, j - 1] + 1,
                table[i - 1, j - 1] + 2 * (a[i - 1] != b[j - 1]),
            )
    return table
