# replaces: sft_batch
# target: test_sft_batch
# why: shifts the labels by hand (response placed one position early), so the loss shifts them twice
def sft_batch(examples, pad_id):
    length = max(len(p) + len(r) for p, r in examples)
    ids = torch.full((len(examples), length), pad_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.full_like(ids, -100)
    for b, (p, r) in enumerate(examples):
        seq = list(p) + list(r)
        ids[b, :len(seq)] = torch.tensor(seq)
        mask[b, :len(seq)] = 1
        if r:
            labels[b, len(p) - 1:len(seq) - 1] = torch.tensor(list(r), dtype=torch.long)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
