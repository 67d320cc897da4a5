# replaces: bpe_encode
# target: test_bpe_encode
# why: applies each merge right to left, so "aaa" with ("a", "a") becomes ["a", "aa"]
def bpe_encode(word, merges):
    symbols = list(word)
    for a, b in merges:
        out, i = [], len(symbols) - 1
        while i >= 0:
            if i - 1 >= 0 and symbols[i - 1] == a and symbols[i] == b:
                out.append(a + b)
                i -= 2
            else:
                out.append(symbols[i])
                i -= 1
        symbols = out[::-1]
    return symbols
