# replaces: causal_lm_loss
# target: test_causal_lm_loss
# why: keeps the input dtype instead of computing in float32 as stated
def causal_lm_loss(logits, labels):
    shift_logits = logits[:, :-1, :]
    shift_labels = labels[:, 1:]
    return F.cross_entropy(shift_logits.reshape(-1, shift_logits.size(-1)), shift_labels.reshape(-1), ignore_index=-100)
