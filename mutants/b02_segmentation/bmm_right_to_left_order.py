# replaces: backward_max_match
# target: test_backward_max_match
# why: forgets to reverse the collected words, so they come out right to left
def backward_max_match(text, vocab, max_len):
    words, j = [], len(text)
    while j > 0:
        for length in range(min(max_len, j), 0, -1):
            piece = text[j - length : j]
            if length == 1 or piece in vocab:
                words.append(piece)
                j -= length
                break
    return words
