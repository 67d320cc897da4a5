# replaces: bidirectional_max_match
# target: test_bidirectional_max_match
# why: on a full tie returns the FMM result instead of the BMM result
def bidirectional_max_match(text, vocab, max_len):
    f = forward_max_match(text, vocab, max_len)
    b = backward_max_match(text, vocab, max_len)
    if len(f) != len(b):
        return f if len(f) < len(b) else b
    f_single = sum(len(w) == 1 for w in f)
    b_single = sum(len(w) == 1 for w in b)
    return b if b_single < f_single else f
