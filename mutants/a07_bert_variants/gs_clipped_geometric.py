# replaces: geometric_span_mask
# target: test_geometric_span_mask
# why: span length drawn as a geometric count clipped with min(l, max_span) (mean 4.46, not 3.8)
import math


def geometric_span_mask(word_lengths, rng, mask_ratio=0.15, p=0.2, max_span=10):
    n = sum(word_lengths)
    budget = math.ceil(mask_ratio * n)
    starts = [0]
    for length in word_lengths:
        starts.append(starts[-1] + length)
    word_of_token = [w for w, length in enumerate(word_lengths) for _ in range(length)]
    masked = [False] * len(word_lengths)
    total, spans = 0, []
    while total < budget:
        length = 1
        while rng.random() > p and length < max_span:
            length += 1
        w = word_of_token[rng.randrange(n)]
        if masked[w]:
            continue
        first = w
        while w < len(word_lengths) and w - first < length and not masked[w] and total < budget:
            masked[w] = True
            total += word_lengths[w]
            w += 1
        spans.append((starts[first], starts[w]))
    return spans
