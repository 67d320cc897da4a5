# replaces: scaled_dot_product_attention
# target: test_scaled_dot_product_attention
# why: fills masked scores with -1e9; fine for ordinary rows, but a fully masked row becomes uniform instead of zero
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(~mask, -1e9)
    weights = torch.softmax(scores, dim=-1)
    return weights @ v, weights
