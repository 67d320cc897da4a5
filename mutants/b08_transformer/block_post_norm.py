# replaces: encoder_block
# target: test_encoder_block
# why: post-norm (the 2017 paper, norm_first=False) instead of the stated pre-norm
def encoder_block(x, layer, mask=None):
    attn = layer.self_attn

    def mha(h):
        out, _ = multi_head_attention(h, h, h, attn.num_heads, attn.in_proj_weight, attn.in_proj_bias,
                                      attn.out_proj.weight, attn.out_proj.bias, mask)
        return out

    x = layer.norm1(x + mha(x))
    return layer.norm2(x + layer.linear2(F.gelu(layer.linear1(x))))
