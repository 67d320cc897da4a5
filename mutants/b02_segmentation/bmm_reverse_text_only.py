# replaces: backward_max_match
# target: test_backward_max_match
# why: runs forward matching on the reversed text but looks the reversed pieces up in the unreversed dictionary
def backward_max_match(text, vocab, max_len):
    rev = text[::-1]
    words, i, n = [], 0, len(rev)
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            piece = rev[i : i + length]
            if length == 1 or piece in vocab:
                words.append(piece[::-1])
                i += length
                break
    return words[::-1]
