# replaces: joint_loss
# target: test_joint_loss
# why: sums the slot losses and divides by the batch size instead of the number of labelled characters
def joint_loss(
    intent_logits, slot_logits, intent_labels, slot_labels, intent_weight=1.0, slot_weight=1.0
):
    intent_term = F.cross_entropy(intent_logits, intent_labels)
    slot_sum = F.cross_entropy(
        slot_logits.reshape(-1, slot_logits.shape[-1]), slot_labels.reshape(-1), reduction="sum"
    )
    return intent_weight * intent_term + slot_weight * slot_sum / slot_labels.shape[0]
