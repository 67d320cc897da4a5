# replaces: absmax
# target: test_absmax
# why: rounds halves up (floor(v + 0.5)) instead of to even
def absmax_quantize(x):
    scale = x.abs().max() / 127
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    return torch.floor(x / scale + 0.5).to(torch.int8), scale


def absmax_dequantize(q, scale):
    return q.to(torch.float32) * scale
