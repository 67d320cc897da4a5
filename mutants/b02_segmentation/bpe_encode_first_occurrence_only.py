# replaces: bpe_encode
# target: test_bpe_encode
# why: each merge is applied only to its first occurrence in the word
def bpe_encode(word, merges):
    symbols = list(word)
    for a, b in merges:
        for i in range(len(symbols) - 1):
            if symbols[i] == a and symbols[i + 1] == b:
                symbols[i : i + 2] = [a + b]
                break
    return symbols
