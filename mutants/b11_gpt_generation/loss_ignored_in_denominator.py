# replaces: causal_lm_loss
# target: test_causal_lm_loss
# why: sums the counted positions but divides by all B*(T-1) positions, ignored ones included
def causal_lm_loss(logits, labels):
    shift_logits = logits[:, :-1, :].float()
    shift_labels = labels[:, 1:]
    total = F.cross_entropy(shift_logits.reshape(-1, shift_logits.size(-1)), shift_labels.reshape(-1),
                            ignore_index=-100, reduction="sum")
    return total / shift_labels.numel()
