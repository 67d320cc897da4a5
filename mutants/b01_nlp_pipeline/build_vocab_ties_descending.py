# replaces: build_vocab
# target: test_build_vocab
# why: sorted(..., reverse=True) on (count, token): ties broken by token descending
from collections import Counter


def build_vocab(token_lists, min_freq=1, max_size=None, specials=("<pad>", "<unk>")):
    counts = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    vocab = {tok: i for i, tok in enumerate(specials)}
    kept = sorted(((c, t) for t, c in counts.items() if c >= min_freq and t not in vocab), reverse=True)
    if max_size is not None:
        kept = kept[: max(0, max_size - len(vocab))]
    for _, tok in kept:
        vocab[tok] = len(vocab)
    return vocab
