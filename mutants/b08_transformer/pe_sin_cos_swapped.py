# replaces: sinusoidal_positional_encoding
# target: test_sinusoidal_positional_encoding
# why: cos in the even columns and sin in the odd ones
def sinusoidal_positional_encoding(max_len, d_model):
    if d_model <= 0 or d_model % 2 != 0:
        raise ValueError("d_model must be positive and even")
    pos = torch.arange(max_len, dtype=torch.float64)[:, None]
    freq = 10000.0 ** (-torch.arange(0, d_model, 2, dtype=torch.float64) / d_model)
    pe = torch.zeros(max_len, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.cos(pos * freq)
    pe[:, 1::2] = torch.sin(pos * freq)
    return pe.float()
