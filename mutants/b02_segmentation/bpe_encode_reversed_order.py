# replaces: bpe_encode
# target: test_bpe_encode
# why: applies the merges from the last to the first
def _merge(symbols, a, b):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe_encode(word, merges):
    symbols = list(word)
    for a, b in reversed(merges):
        symbols = _merge(symbols, a, b)
    return symbols
