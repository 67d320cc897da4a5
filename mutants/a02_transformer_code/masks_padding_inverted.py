# replaces: transformer_masks
# target: test_transformer_masks
# why: padding masks in SDPA's convention: True for real tokens
def transformer_masks(
    src_ids: torch.Tensor, tgt_ids: torch.Tensor, pad_id: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """PyTorch convention (True = may NOT attend): (src_key_padding_mask (B, S), tgt_key_padding_mask (B, T), tgt_mask (T, T))."""
    T = tgt_ids.shape[1]
    src_key_padding_mask = src_ids != pad_id
    tgt_key_padding_mask = tgt_ids != pad_id
    tgt_mask = torch.ones(T, T, dtype=torch.bool).triu(diagonal=1)
    return src_key_padding_mask, tgt_key_padding_mask, tgt_mask
