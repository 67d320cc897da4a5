# replaces: absmax_per_channel
# target: test_absmax_per_channel
# why: reduces over the channel dimension instead of across it (the Conv1D (in, out) transpose: one scale per input row)
def absmax_quantize_per_channel(w, channel_dim):
    amax = w.abs().amax(dim=channel_dim, keepdim=True)
    scale = amax / 127
    scale = torch.where(scale == 0, torch.ones_like(scale), scale)
    return torch.round(w / scale).to(torch.int8), scale
