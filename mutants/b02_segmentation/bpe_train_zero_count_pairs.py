# replaces: bpe_train
# target: test_bpe_train
# why: keeps one running Counter across steps, so merged-away pairs linger with count 0 and get "merged" after the real pairs run out
from collections import Counter


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


def bpe_train(word_freqs, num_merges):
    words = {w: list(w) for w in word_freqs}
    merges = []
    counts = Counter()
    for _ in range(num_merges):
        for key in counts:
            counts[key] = 0
        for w, symbols in words.items():
            for pair in zip(symbols, symbols[1:], strict=False):
                counts[pair] += word_freqs[w]
        candidates = [p for p in counts if p not in merges]
        if not candidates:
            break
        best = min(candidates, key=lambda p: (-counts[p], p))
        merges.append(best)
        words = {w: _merge(s, *best) for w, s in words.items()}
    return merges
