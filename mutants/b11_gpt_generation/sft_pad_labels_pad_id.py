# replaces: sft_batch
# target: test_sft_batch
# why: padding positions get label pad_id instead of -100, so the model is trained to emit padding
def sft_batch(examples, pad_id):
    length = max(len(p) + len(r) for p, r in examples)
    ids = torch.full((len(examples), length), pad_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.full_like(ids, pad_id)
    for b, (p, r) in enumerate(examples):
        seq = list(p) + list(r)
        ids[b, :len(seq)] = torch.tensor(seq)
        mask[b, :len(seq)] = 1
        labels[b, :len(p)] = -100
        labels[b, len(p):len(seq)] = torch.tensor(list(r), dtype=torch.long)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
