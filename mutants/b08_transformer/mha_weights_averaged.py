# replaces: multi_head_attention
# target: test_multi_head_attention
# why: returns the weights averaged over heads (nn.MultiheadAttention's default) instead of per head
def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, mask=None):
    w_q, w_k, w_v = in_proj_weight.chunk(3, dim=0)
    b_q, b_k, b_v = (None, None, None) if in_proj_bias is None else in_proj_bias.chunk(3)
    q = split_heads(F.linear(query, w_q, b_q), num_heads)
    k = split_heads(F.linear(key, w_k, b_k), num_heads)
    v = split_heads(F.linear(value, w_v, b_v), num_heads)
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    return F.linear(merge_heads(heads), out_proj_weight, out_proj_bias), weights.mean(dim=1)
