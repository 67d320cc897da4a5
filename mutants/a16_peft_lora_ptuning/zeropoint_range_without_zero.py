# replaces: zeropoint
# target: test_zeropoint
# why: uses [min(x), max(x)] without extending the range to contain 0
def zeropoint_quantize(x):
    lo, hi = x.min(), x.max()
    scale = (hi - lo) / 255
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    zero_point = int(-128 - torch.round(lo / scale).item())
    q = torch.clamp(torch.round(x / scale) + zero_point, -128, 127).to(torch.int8)
    return q, scale, zero_point


def zeropoint_dequantize(q, scale, zero_point):
    return (q.to(torch.float32) - zero_point) * scale
