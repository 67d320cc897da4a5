# replaces: noise_span_mask
# target: test_noise_span_mask
# why: no lower bound of one noise token (round can give 0) and no cap at n - 1
def noise_span_mask(length, noise_density, mean_span_length, generator):
    if length < 2:
        raise ValueError(length)
    num_noise = round(length * noise_density)
    num_spans = min(max(round(num_noise / mean_span_length), 1), max(num_noise, 1), max(length - num_noise, 1))

    def split(total):
        if total <= 0:
            return [0] * num_spans
        cuts = torch.randperm(max(total - 1, 0), generator=generator)[: num_spans - 1] + 1
        bounds = [0, *sorted(cuts.tolist()), total]
        return [b - a for a, b in zip(bounds[:-1], bounds[1:], strict=False)] + [0] * (num_spans + 1 - len(bounds))

    noise_lengths = split(num_noise)
    keep_lengths = split(length - num_noise)
    mask = []
    for keep, noise in zip(keep_lengths, noise_lengths, strict=False):
        mask += [False] * keep + [True] * noise
    return torch.tensor(mask, dtype=torch.bool)
