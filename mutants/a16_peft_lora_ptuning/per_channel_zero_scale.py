# replaces: absmax_per_channel
# target: test_absmax_per_channel
# why: an all-zero channel keeps scale 0 (0 / 0 gives NaN, cast to int8)
def absmax_quantize_per_channel(w, channel_dim):
    scale = w.abs().amax(dim=1 - channel_dim, keepdim=True) / 127
    return torch.nan_to_num(torch.round(w / scale)).to(torch.int8), scale
