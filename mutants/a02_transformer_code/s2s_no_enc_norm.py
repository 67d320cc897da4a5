# replaces: seq2seq_forward
# target: test_seq2seq_forward
# why: no final LayerNorm after the encoder stack
def encode_source(
    model: nn.ModuleDict, src_ids: torch.Tensor, pad_id: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Embed (x sqrt(d)) + positions, the encoder layers with the source padding mask, then enc_norm."""
    pad = src_ids == pad_id
    d = model.src_embed.embedding_dim
    x = model.src_embed(src_ids) * math.sqrt(d) + model.pos.weight[: src_ids.shape[1]]
    for layer in model.encoder_layers:
        x = layer(x, src_key_padding_mask=pad)
    return x, pad
