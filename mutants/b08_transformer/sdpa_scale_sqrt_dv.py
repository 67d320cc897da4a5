# replaces: scaled_dot_product_attention
# target: test_scaled_dot_product_attention
# why: scales by sqrt of the value size d_v (v.shape[-1]) instead of the query/key size d
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(v.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    if mask is not None:
        weights = weights.masked_fill(~mask, 0.0)
    return weights @ v, weights
