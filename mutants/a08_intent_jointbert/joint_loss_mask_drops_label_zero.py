# replaces: joint_loss
# target: test_joint_loss
# why: keeps positions with slot_labels > 0, which also throws away every character labelled with tag id 0 ("O")
def joint_loss(
    intent_logits, slot_logits, intent_labels, slot_labels, intent_weight=1.0, slot_weight=1.0
):
    intent_term = F.cross_entropy(intent_logits, intent_labels)
    keep = slot_labels > 0
    if keep.any():
        slot_term = F.cross_entropy(slot_logits[keep], slot_labels[keep])
    else:
        slot_term = slot_logits.sum() * 0.0
    return intent_weight * intent_term + slot_weight * slot_term
