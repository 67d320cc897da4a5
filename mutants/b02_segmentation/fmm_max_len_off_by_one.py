# replaces: forward_max_match
# target: test_forward_max_match
# why: off by one in the window, range(1, max_len) never tries words of exactly max_len characters
def forward_max_match(text, vocab, max_len):
    words, i, n = [], 0, len(text)
    while i < n:
        for length in reversed(range(1, min(max_len, n - i + 1))):
            piece = text[i : i + length]
            if length == 1 or piece in vocab:
                words.append(piece)
                i += length
                break
        else:
            words.append(text[i])
            i += 1
    return words
