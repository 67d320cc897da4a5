# replaces: seq2seq_forward
# target: test_seq2seq_forward
# why: the decoder layers get no causal mask: the decoder sees the answer
def decode_logits(
    model: nn.ModuleDict,
    tgt_in: torch.Tensor,
    memory: torch.Tensor,
    memory_key_padding_mask: torch.Tensor | None,
    pad_id: int,
) -> torch.Tensor:
    """Embed (x sqrt(d)) + positions, the decoder layers with causal + padding masks, dec_norm, generator: (B, T, V)."""
    T = tgt_in.shape[1]
    d = model.tgt_embed.embedding_dim
    pad = tgt_in == pad_id
    y = model.tgt_embed(tgt_in) * math.sqrt(d) + model.pos.weight[:T]
    for layer in model.decoder_layers:
        y = layer(
            y, memory, tgt_key_padding_mask=pad, memory_key_padding_mask=memory_key_padding_mask
        )
    return model.generator(model.dec_norm(y))
