# replaces: build_vocab
# target: test_build_vocab
# why: max_size applied to the regular tokens only (the specials are not counted)
from collections import Counter


def build_vocab(token_lists, min_freq=1, max_size=None, specials=("<pad>", "<unk>")):
    counts = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    vocab = {tok: i for i, tok in enumerate(specials)}
    kept = sorted((t for t, c in counts.items() if c >= min_freq and t not in vocab),
                  key=lambda t: (-counts[t], t))
    if max_size is not None:
        kept = kept[:max_size]
    for tok in kept:
        vocab[tok] = len(vocab)
    return vocab
