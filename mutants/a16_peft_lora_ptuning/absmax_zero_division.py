# replaces: absmax
# target: test_absmax
# why: no special case for an all-zero tensor (0 / 0 -> nan)
def absmax_quantize(x):
    scale = x.abs().max() / 127
    return torch.round(x / scale).to(torch.int8), scale


def absmax_dequantize(q, scale):
    return q.to(torch.float32) * scale
