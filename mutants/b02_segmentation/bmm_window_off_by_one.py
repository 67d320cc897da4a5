# replaces: backward_max_match
# target: test_backward_max_match
# why: the window is one character too long (max_len + 1), so words longer than max_len can match
def backward_max_match(text, vocab, max_len):
    words, j = [], len(text)
    while j > 0:
        for length in range(min(max_len + 1, j), 0, -1):
            piece = text[j - length : j]
            if length == 1 or piece in vocab:
                words.append(piece)
                j -= length
                break
    words.reverse()
    return words
