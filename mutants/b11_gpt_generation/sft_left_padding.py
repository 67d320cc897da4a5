# replaces: sft_batch
# target: test_sft_batch
# why: pads on the left (as for batched generation) instead of on the right
def sft_batch(examples, pad_id):
    length = max(len(p) + len(r) for p, r in examples)
    ids = torch.full((len(examples), length), pad_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.full_like(ids, -100)
    for b, (p, r) in enumerate(examples):
        seq = list(p) + list(r)
        start = length - len(seq)
        ids[b, start:] = torch.tensor(seq)
        mask[b, start:] = 1
        if r:
            labels[b, start + len(p):] = torch.tensor(list(r), dtype=torch.long)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
