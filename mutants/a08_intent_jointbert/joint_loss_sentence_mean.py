# replaces: joint_loss
# target: test_joint_loss
# why: averages the slot loss within each sentence, then over sentences (short sentences weigh more per character)
def joint_loss(
    intent_logits, slot_logits, intent_labels, slot_labels, intent_weight=1.0, slot_weight=1.0
):
    intent_term = F.cross_entropy(intent_logits, intent_labels)
    per_sentence = []
    for b in range(slot_labels.shape[0]):
        keep = slot_labels[b] != -100
        if keep.any():
            per_sentence.append(F.cross_entropy(slot_logits[b][keep], slot_labels[b][keep]))
    slot_term = torch.stack(per_sentence).mean() if per_sentence else slot_logits.sum() * 0.0
    return intent_weight * intent_term + slot_weight * slot_term
