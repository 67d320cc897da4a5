# replaces: forward_max_match
# target: test_forward_max_match
# why: tries lengths from short to long, so it takes the shortest dictionary word (minimum matching)
def forward_max_match(text, vocab, max_len):
    words, i, n = [], 0, len(text)
    while i < n:
        for length in range(2, min(max_len, n - i) + 1):
            if text[i : i + length] in vocab:
                break
        else:
            length = 1
        words.append(text[i : i + length])
        i += length
    return words
