# replaces: max_over_time
# target: test_max_over_time
# why: no special case for sentences shorter than the kernel: no window is valid and the result is -inf
def max_over_time(conv_out, lengths, kernel_size):
    T_out = conv_out.shape[2]
    valid = torch.arange(T_out)[None, :] <= (lengths - kernel_size)[:, None]
    return conv_out.masked_fill(~valid[:, None, :], float("-inf")).amax(dim=2)
