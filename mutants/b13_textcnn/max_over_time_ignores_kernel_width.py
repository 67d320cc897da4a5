# replaces: max_over_time
# target: test_max_over_time
# why: keeps every window that starts inside the sentence (t < length), including those overlapping padding
def max_over_time(conv_out, lengths, kernel_size):
    T_out = conv_out.shape[2]
    last = (lengths - 1).clamp(min=0, max=T_out - 1)
    valid = torch.arange(T_out)[None, :] <= last[:, None]
    return conv_out.masked_fill(~valid[:, None, :], float("-inf")).amax(dim=2)
