# replaces: causal_lm_loss
# target: test_causal_lm_loss
# why: shifts the wrong way: logits[:, 1:] against labels[:, :-1]
def causal_lm_loss(logits, labels):
    shift_logits = logits[:, 1:, :].float()
    shift_labels = labels[:, :-1]
    return F.cross_entropy(shift_logits.reshape(-1, shift_logits.size(-1)), shift_labels.reshape(-1), ignore_index=-100)
