# replaces: max_over_time
# target: test_max_over_time
# why: off by one, t < length - k: the last fully valid window is dropped
def max_over_time(conv_out, lengths, kernel_size):
    T_out = conv_out.shape[2]
    last = (lengths - kernel_size - 1).clamp(min=0)
    valid = torch.arange(T_out)[None, :] <= last[:, None]
    return conv_out.masked_fill(~valid[:, None, :], float("-inf")).amax(dim=2)
