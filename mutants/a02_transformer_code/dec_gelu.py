# replaces: decoder_layer_forward
# target: test_decoder_layer_forward
# why: GELU in the feed-forward network; the layer's default activation is ReLU
def decoder_layer_forward(
    x: torch.Tensor,
    memory: torch.Tensor,
    layer: nn.TransformerDecoderLayer,
    tgt_mask: torch.Tensor | None = None,
    tgt_key_padding_mask: torch.Tensor | None = None,
    memory_key_padding_mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Post-LN decoder layer with layer's modules: self-attention, cross-attention, ReLU FFN, each + residual + LN."""
    sa, _ = layer.self_attn(
        x, x, x, attn_mask=tgt_mask, key_padding_mask=tgt_key_padding_mask, need_weights=False
    )
    x = layer.norm1(x + sa)
    ca, _ = layer.multihead_attn(
        x, memory, memory, key_padding_mask=memory_key_padding_mask, need_weights=False
    )
    x = layer.norm2(x + ca)
    return layer.norm3(x + layer.linear2(F.gelu(layer.linear1(x))))
