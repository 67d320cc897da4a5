# replaces: causal_lm_loss
# target: test_causal_lm_loss
# why: averages within each sequence first, then over the batch (wrong when rows have different numbers of targets)
def causal_lm_loss(logits, labels):
    shift_logits = logits[:, :-1, :].float()
    shift_labels = labels[:, 1:]
    per_row = []
    for b in range(shift_logits.size(0)):
        keep = shift_labels[b] != -100
        if keep.any():
            per_row.append(F.cross_entropy(shift_logits[b][keep], shift_labels[b][keep]))
    return torch.stack(per_row).mean()
