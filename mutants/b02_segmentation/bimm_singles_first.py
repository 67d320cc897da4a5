# replaces: bidirectional_max_match
# target: test_bidirectional_max_match
# why: compares the number of single-character words before the number of words
def bidirectional_max_match(text, vocab, max_len):
    f = forward_max_match(text, vocab, max_len)
    b = backward_max_match(text, vocab, max_len)
    f_key = (sum(len(w) == 1 for w in f), len(f))
    b_key = (sum(len(w) == 1 for w in b), len(b))
    return f if f_key < b_key else b
