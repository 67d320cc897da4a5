# replaces: encode_joint_batch
# target: test_encode_joint_batch
# why: padding and the special positions get the label of "O" instead of -100, so they enter the loss
def encode_joint_batch(items, stoi, intent_to_id, tag_to_id):
    pad, unk, cls, sep = stoi["[PAD]"], stoi["[UNK]"], stoi["[CLS]"], stoi["[SEP]"]
    T = 2 + max(len(it["chars"]) for it in items)
    B = len(items)
    input_ids = torch.full((B, T), pad, dtype=torch.int64)
    attention_mask = torch.zeros((B, T), dtype=torch.int64)
    slot_labels = torch.full((B, T), tag_to_id["O"], dtype=torch.int64)
    for b, it in enumerate(items):
        L = len(it["chars"])
        input_ids[b, : L + 2] = torch.tensor(
            [cls] + [stoi.get(ch, unk) for ch in it["chars"]] + [sep]
        )
        attention_mask[b, : L + 2] = 1
        if L:
            slot_labels[b, 1 : L + 1] = torch.tensor([tag_to_id[t] for t in it["tags"]])
    intent_labels = torch.tensor([intent_to_id[it["intent"]] for it in items], dtype=torch.int64)
    return input_ids, attention_mask, intent_labels, slot_labels
