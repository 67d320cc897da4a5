# replaces: forward_max_match
# target: test_forward_max_match
# why: uses the longest dictionary word as the window and ignores the max_len parameter
def forward_max_match(text, vocab, max_len):
    window = max((len(w) for w in vocab), default=1)
    words, i, n = [], 0, len(text)
    while i < n:
        for length in range(min(window, n - i), 0, -1):
            piece = text[i : i + length]
            if length == 1 or piece in vocab:
                words.append(piece)
                i += length
                break
    return words
