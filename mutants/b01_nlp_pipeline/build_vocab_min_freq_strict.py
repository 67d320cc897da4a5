# replaces: build_vocab
# target: test_build_vocab
# why: keeps tokens with count > min_freq instead of >= min_freq
from collections import Counter


def build_vocab(token_lists, min_freq=1, max_size=None, specials=("<pad>", "<unk>")):
    counts = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    vocab = {tok: i for i, tok in enumerate(specials)}
    kept = sorted((t for t, c in counts.items() if c > min_freq and t not in vocab),
                  key=lambda t: (-counts[t], t))
    if max_size is not None:
        kept = kept[: max(0, max_size - len(vocab))]
    for tok in kept:
        vocab[tok] = len(vocab)
    return vocab
