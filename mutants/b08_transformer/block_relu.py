# replaces: encoder_block
# target: test_encoder_block
# why: ReLU (nn.TransformerEncoderLayer's default) instead of the stated GELU
def encoder_block(x, layer, mask=None):
    attn = layer.self_attn

    def mha(h):
        out, _ = multi_head_attention(h, h, h, attn.num_heads, attn.in_proj_weight, attn.in_proj_bias,
                                      attn.out_proj.weight, attn.out_proj.bias, mask)
        return out

    x = x + mha(layer.norm1(x))
    return x + layer.linear2(F.relu(layer.linear1(layer.norm2(x))))
