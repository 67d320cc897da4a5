# replaces: split_merge_heads
# target: test_split_merge_heads
# why: head j takes every h-th feature (j, j+h, ...) instead of a contiguous block; merge inverts it exactly
def split_heads(x, num_heads):
    B, L, D = x.shape
    if D % num_heads != 0:
        raise ValueError("not divisible")
    return x.reshape(B, L, D // num_heads, num_heads).permute(0, 3, 1, 2)


def merge_heads(x):
    B, h, L, dh = x.shape
    return x.permute(0, 2, 3, 1).reshape(B, L, h * dh)
