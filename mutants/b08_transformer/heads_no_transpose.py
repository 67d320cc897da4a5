# replaces: split_merge_heads
# target: test_split_merge_heads
# why: reshapes (B, L, D) straight to (B, h, L, D/h); the round trip works but heads mix tokens and features
def split_heads(x, num_heads):
    B, L, D = x.shape
    if D % num_heads != 0:
        raise ValueError("not divisible")
    return x.reshape(B, num_heads, L, D // num_heads)


def merge_heads(x):
    B, h, L, dh = x.shape
    return x.reshape(B, L, h * dh)
