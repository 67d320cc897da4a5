# replaces: zeropoint
# target: test_zeropoint
# why: subtracts the zero point in int8 arithmetic, which overflows
def zeropoint_quantize(x):
    lo = torch.clamp(x.min(), max=0.0)
    hi = torch.clamp(x.max(), min=0.0)
    scale = (hi - lo) / 255
    if scale == 0:
        scale = torch.tensor(1.0, dtype=torch.float32)
    zero_point = int(-128 - torch.round(lo / scale).item())
    q = torch.clamp(torch.round(x / scale) + zero_point, -128, 127).to(torch.int8)
    return q, scale, zero_point


def zeropoint_dequantize(q, scale, zero_point):
    return (q - torch.tensor(zero_point, dtype=torch.int8)).to(torch.float32) * scale
