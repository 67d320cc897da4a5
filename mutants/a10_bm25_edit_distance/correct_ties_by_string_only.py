# replaces: correct_query
# target: test_correct_query
# why: ties between equally near words broken by the string alone, not by document frequency
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
        for candidate in vocab_df:
            if abs(len(candidate) - len(word)) > max_distance:
                continue
            d = distance(word, candidate)
            if d <= max_distance and (best is None or (d, candidate) < best):
                best = (d, candidate)
        corrected.append(word if best is None else best[1])
    return corrected
