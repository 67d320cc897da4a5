# replaces: noise_span_mask
# target: test_noise_span_mask
# why: int() (floor) instead of round() for the number of spans
def noise_span_mask(length, noise_density, mean_span_length, generator):
    if length < 2:
        raise ValueError(length)
    num_noise = min(max(round(length * noise_density), 1), length - 1)
    num_spans = min(max(int(num_noise / mean_span_length), 1), num_noise, length - num_noise)

    def split(total):
        cuts = torch.randperm(total - 1, generator=generator)[: num_spans - 1] + 1
        bounds = [0, *sorted(cuts.tolist()), total]
        return [b - a for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    noise_lengths = split(num_noise)
    keep_lengths = split(length - num_noise)
    mask = []
    for keep, noise in zip(keep_lengths, noise_lengths, strict=True):
        mask += [False] * keep + [True] * noise
    return torch.tensor(mask, dtype=torch.bool)
