# replaces: causal_lm_loss
# target: test_causal_lm_loss
# why: forgets the shift: position t is scored against its own token instead of the next one
def causal_lm_loss(logits, labels):
    return F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=-100)
