# replaces: scaled_dot_product_attention
# target: test_scaled_dot_product_attention
# why: zeroes the masked weights after the softmax without renormalising, so rows no longer sum to 1
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    weights = torch.softmax(scores, dim=-1)
    if mask is not None:
        weights = weights * mask
    return weights @ v, weights
