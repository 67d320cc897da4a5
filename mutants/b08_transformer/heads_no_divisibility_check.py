# replaces: split_merge_heads
# target: test_split_merge_heads
# why: no check that D is divisible by the number of heads (view raises RuntimeError or silently rounds)
def split_heads(x, num_heads):
    B, L, D = x.shape
    return x.reshape(B, L, num_heads, -1).transpose(1, 2)


def merge_heads(x):
    B, h, L, dh = x.shape
    return x.transpose(1, 2).reshape(B, L, h * dh)
