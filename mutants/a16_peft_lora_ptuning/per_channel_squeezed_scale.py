# replaces: absmax_per_channel
# target: test_absmax_per_channel
# why: the scale loses the reduced dimension: shape (C,) instead of (1, C) / (C, 1)
def absmax_quantize_per_channel(w, channel_dim):
    amax = w.abs().amax(dim=1 - channel_dim, keepdim=True)
    scale = torch.where(amax == 0, torch.ones_like(amax), amax / 127)
    return torch.round(w / scale).to(torch.int8), scale.flatten()
