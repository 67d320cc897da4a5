# replaces: bpe_train
# target: test_bpe_train
# why: merges with str.replace on space-joined symbols without boundary checks ("ba a" + ("a", "a") -> "baa")
from collections import Counter


def bpe_train(word_freqs, num_merges):
    words = {w: " ".join(w) for w in word_freqs}
    merges = []
    for _ in range(num_merges):
        counts = Counter()
        for w, joined in words.items():
            symbols = joined.split(" ")
            for pair in zip(symbols, symbols[1:], strict=False):
                counts[pair] += word_freqs[w]
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        a, b = best
        words = {w: joined.replace(f"{a} {b}", a + b) for w, joined in words.items()}
    return merges
