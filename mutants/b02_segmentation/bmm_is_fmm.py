# replaces: backward_max_match
# target: test_backward_max_match
# why: scans from the left like FMM; backward matching must start from the end of the text
def backward_max_match(text, vocab, max_len):
    words, i, n = [], 0, len(text)
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            piece = text[i : i + length]
            if length == 1 or piece in vocab:
                words.append(piece)
                i += length
                break
    return words
