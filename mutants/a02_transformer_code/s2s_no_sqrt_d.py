# replaces: seq2seq_forward
# target: test_seq2seq_forward
# why: forgets to scale the embeddings by sqrt(d) before adding the positions
def encode_source(
    model: nn.ModuleDict, src_ids: torch.Tensor, pad_id: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Embed (x sqrt(d)) + positions, the encoder layers with the source padding mask, then enc_norm."""
    pad = src_ids == pad_id
    x = model.src_embed(src_ids) + model.pos.weight[: src_ids.shape[1]]
    for layer in model.encoder_layers:
        x = layer(x, src_key_padding_mask=pad)
    return model.enc_norm(x), pad


def decode_logits(
    model: nn.ModuleDict,
    tgt_in: torch.Tensor,
    memory: torch.Tensor,
    memory_key_padding_mask: torch.Tensor | None,
    pad_id: int,
) -> torch.Tensor:
    """Embed (x sqrt(d)) + positions, the decoder layers with causal + padding masks, dec_norm, generator: (B, T, V)."""
    T = tgt_in.shape[1]
    causal = torch.ones(T, T, dtype=torch.bool).triu(diagonal=1)
    pad = tgt_in == pad_id
    y = model.tgt_embed(tgt_in) + model.pos.weight[:T]
    for layer in model.decoder_layers:
        y = layer(
            y,
            memory,
            tgt_mask=causal,
            tgt_key_padding_mask=pad,
            memory_key_padding_mask=memory_key_padding_mask,
        )
    return model.generator(model.dec_norm(y))
