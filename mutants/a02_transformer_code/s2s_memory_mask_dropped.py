# replaces: seq2seq_forward
# target: test_seq2seq_forward
# why: decode_logits ignores memory_key_padding_mask: padded source positions leak in
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
    causal = torch.ones(T, T, dtype=torch.bool).triu(diagonal=1)
    pad = tgt_in == pad_id
    y = model.tgt_embed(tgt_in) * math.sqrt(d) + model.pos.weight[:T]
    for layer in model.decoder_layers:
        y = layer(
            y, memory, tgt_mask=causal, tgt_key_padding_mask=pad, memory_key_padding_mask=None
        )
    return model.generator(model.dec_norm(y))
