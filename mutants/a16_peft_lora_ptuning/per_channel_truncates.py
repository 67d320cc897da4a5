# replaces: absmax_per_channel
# target: test_absmax_per_channel
# why: casts to int8 without rounding (truncates toward zero)
def absmax_quantize_per_channel(w, channel_dim):
    amax = w.abs().amax(dim=1 - channel_dim, keepdim=True)
    scale = amax / 127
    scale = torch.where(scale == 0, torch.ones_like(scale), scale)
    return (w / scale).to(torch.int8), scale
