# replaces: absmax
# target: test_absmax
# why: casts to int8 without rounding (truncation toward zero)
def absmax_quantize(x):
    scale = x.abs().max() / 127
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    return (x / scale).to(torch.int8), scale


def absmax_dequantize(q, scale):
    return q.to(torch.float32) * scale
