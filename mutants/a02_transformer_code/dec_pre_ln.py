# replaces: decoder_layer_forward
# target: test_decoder_layer_forward
# why: pre-LN wiring (norm_first=True) instead of the post-LN the layer uses
def decoder_layer_forward(
    x: torch.Tensor,
    memory: torch.Tensor,
    layer: nn.TransformerDecoderLayer,
    tgt_mask: torch.Tensor | None = None,
    tgt_key_padding_mask: torch.Tensor | None = None,
    memory_key_padding_mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Post-LN decoder layer with layer's modules: self-attention, cross-attention, ReLU FFN, each + residual + LN."""
    h = layer.norm1(x)
    sa, _ = layer.self_attn(
        h, h, h, attn_mask=tgt_mask, key_padding_mask=tgt_key_padding_mask, need_weights=False
    )
    x = x + sa
    h = layer.norm2(x)
    ca, _ = layer.multihead_attn(
        h, memory, memory, key_padding_mask=memory_key_padding_mask, need_weights=False
    )
    x = x + ca
    return x + layer.linear2(F.relu(layer.linear1(layer.norm3(x))))
