# replaces: scaled_dot_product_attention
# target: test_scaled_dot_product_attention
# why: the textbook -inf fill without handling fully masked rows: 0/0 gives NaN there
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    return weights @ v, weights
