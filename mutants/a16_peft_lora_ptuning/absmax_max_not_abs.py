# replaces: absmax
# target: test_absmax
# why: uses max(x) instead of max(|x|): large negative values overflow
def absmax_quantize(x):
    scale = x.max().abs() / 127
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    return torch.clamp(torch.round(x / scale), -127, 127).to(torch.int8), scale


def absmax_dequantize(q, scale):
    return q.to(torch.float32) * scale
