# replaces: bpe_train
# target: test_bpe_train
# why: after a merge the index advances by 1 instead of 2, so "aaa" with ("a", "a") becomes ["aa", "aa"] (overlap)
from collections import Counter


def _merge(symbols, a, b):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
        elif i == 0 or not (symbols[i - 1] == a and symbols[i] == b):
            out.append(symbols[i])
        i += 1
    return out


def bpe_train(word_freqs, num_merges):
    words = {w: list(w) for w in word_freqs}
    merges = []
    for _ in range(num_merges):
        counts = Counter()
        for w, symbols in words.items():
            for pair in zip(symbols, symbols[1:], strict=False):
                counts[pair] += word_freqs[w]
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        words = {w: _merge(s, *best) for w, s in words.items()}
    return merges
