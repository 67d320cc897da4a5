# replaces: correct_query
# target: test_correct_query
# why: picks the most frequent word within max_distance, before the nearest one
def correct_query(query, vocab_df, max_distance=1, distance=None):
    if distance is None:

        def distance(x, y):
            return int(edit_distance_table(x, y)[-1, -1])

    corrected = []
    for word in query:
        if word in vocab_df:
            corrected.append(word)
            continue
        best = None
        for candidate, df in vocab_df.items():
            if abs(len(candidate) - len(word)) > max_distance:
                continue
            d = distance(word, candidate)
            if d <= max_distance and (best is None or (-df, d, candidate) < best):
                best = (-df, d, candidate)
        corrected.append(word if best is None else best[2])
    return corrected
