# replaces: build_vocab
# target: test_build_vocab
# why: a text token equal to a special gets a second, new id
from collections import Counter


def build_vocab(token_lists, min_freq=1, max_size=None, specials=("<pad>", "<unk>")):
    counts = Counter()
    for tokens in token_lists:
        counts.update(tokens)
    itos = list(specials) + sorted((t for t, c in counts.items() if c >= min_freq),
                                   key=lambda t: (-counts[t], t))
    if max_size is not None:
        itos = itos[: max(len(specials), max_size)]
    vocab = {}
    for i, tok in enumerate(itos):
        vocab[tok] = i
    return vocab
