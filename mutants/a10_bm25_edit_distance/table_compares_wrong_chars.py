# replaces: edit_distance_table
# target: test_edit_distance_table
# why: compares a[i] with b[j] (off by one) instead of a[i - 1] with b[j - 1]
def edit_distance_table(a, b):
    table = np.zeros((len(a) + 1, len(b) + 1), dtype=np.int64)
    table[:, 0] = np.arange(len(a) + 1)
    table[0, :] = np.arange(len(b) + 1)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            same = i < len(a) and j < len(b) and a[i] == b[j]
            table[i, j] = min(
                table[i - 1, j] + 1, table[i, j - 1] + 1, table[i - 1, j - 1] + (not same)
            )
    return table
