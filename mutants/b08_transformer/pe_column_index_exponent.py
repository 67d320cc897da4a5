# replaces: sinusoidal_positional_encoding
# target: test_sinusoidal_positional_encoding
# why: uses the column index j in the exponent (10000^(j/d)) so a cos column does not share its sin column's frequency
def sinusoidal_positional_encoding(max_len, d_model):
    if d_model <= 0 or d_model % 2 != 0:
        raise ValueError("d_model must be positive and even")
    pos = torch.arange(max_len, dtype=torch.float64)[:, None]
    j = torch.arange(d_model, dtype=torch.float64)
    angle = pos / 10000.0 ** (j / d_model)
    pe = torch.where(j.long() % 2 == 0, torch.sin(angle), torch.cos(angle))
    return pe.float()
