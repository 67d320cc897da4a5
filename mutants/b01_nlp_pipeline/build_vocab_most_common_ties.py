# replaces: build_vocab
# target: test_build_vocab
# why: Counter.most_common() breaks ties by first occurrence, not by token ascending
from collections import Counter


def build_vocab(token_lists, min_freq=1, max_size=None, specials=("<pad>", "<unk>")):
    counts = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    vocab = {tok: i for i, tok in enumerate(specials)}
    for tok, c in counts.most_common():
        if c < min_freq or tok in vocab:
            continue
        if max_size is not None and len(vocab) >= max_size:
            break
        vocab[tok] = len(vocab)
    return vocab
