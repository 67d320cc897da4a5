# replaces: split_merge_heads
# target: test_split_merge_heads
# why: merge_heads reshapes (B, h, L, d_h) to (B, L, D) without moving the head axis back first
def split_heads(x, num_heads):
    B, L, D = x.shape
    if D % num_heads != 0:
        raise ValueError("not divisible")
    return x.reshape(B, L, num_heads, D // num_heads).transpose(1, 2)


def merge_heads(x):
    B, h, L, dh = x.shape
    return x.reshape(B, L, h * dh)
