# replaces: geometric_span_mask
# target: test_geometric_span_mask
# why: the anchor is a uniformly random word, not the word of a uniformly random token
import math


def geometric_span_mask(word_lengths, rng, mask_ratio=0.15, p=0.2, max_span=10):
    n = sum(word_lengths)
    budget = math.ceil(mask_ratio * n)
    weights = [p * (1 - p) ** (k - 1) for k in range(1, max_span + 1)]
    starts = [0]
    for length in word_lengths:
        starts.append(starts[-1] + length)
    masked = [False] * len(word_lengths)
    total, spans = 0, []
    while total < budget:
        length = rng.choices(range(1, max_span + 1), weights=weights)[0]
        w = rng.randrange(len(word_lengths))
        if masked[w]:
            continue
        first = w
        while w < len(word_lengths) and w - first < length and not masked[w] and total < budget:
            masked[w] = True
            total += word_lengths[w]
            w += 1
        spans.append((starts[first], starts[w]))
    return spans
