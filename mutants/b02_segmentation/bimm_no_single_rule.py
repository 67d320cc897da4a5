# replaces: bidirectional_max_match
# target: test_bidirectional_max_match
# why: skips the single-character rule: equal word counts always go to BMM
def bidirectional_max_match(text, vocab, max_len):
    f = forward_max_match(text, vocab, max_len)
    b = backward_max_match(text, vocab, max_len)
    return f if len(f) < len(b) else b
