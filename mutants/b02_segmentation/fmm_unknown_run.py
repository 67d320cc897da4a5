# replaces: forward_max_match
# target: test_forward_max_match
# why: glues consecutive unmatched characters into one "unknown word" instead of single characters
def forward_max_match(text, vocab, max_len):
    words, i, n = [], 0, len(text)
    pending = ""
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            piece = text[i : i + length]
            if piece in vocab:
                if pending:
                    words.append(pending)
                    pending = ""
                words.append(piece)
                i += length
                break
        else:
            pending += text[i]
            i += 1
    if pending:
        words.append(pending)
    return words
