# replaces: sinusoidal_positional_encoding
# target: test_sinusoidal_positional_encoding
# why: puts all sines in the first half and all cosines in the second half instead of interleaving them
def sinusoidal_positional_encoding(max_len, d_model):
    if d_model <= 0 or d_model % 2 != 0:
        raise ValueError("d_model must be positive and even")
    pos = torch.arange(max_len, dtype=torch.float64)[:, None]
    freq = 10000.0 ** (-torch.arange(0, d_model, 2, dtype=torch.float64) / d_model)
    return torch.cat([torch.sin(pos * freq), torch.cos(pos * freq)], dim=1).float()
