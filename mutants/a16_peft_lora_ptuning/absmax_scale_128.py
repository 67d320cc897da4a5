# replaces: absmax
# target: test_absmax
# why: divides by 128 (the int8 minimum) instead of 127
def absmax_quantize(x):
    scale = x.abs().max() / 128
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    return torch.round(x / scale).to(torch.int8), scale


def absmax_dequantize(q, scale):
    return q.to(torch.float32) * scale
