# replaces: sft_batch
# target: test_sft_batch
# why: attention_mask of all ones, padding included
def sft_batch(examples, pad_id):
    length = max(len(p) + len(r) for p, r in examples)
    ids = torch.full((len(examples), length), pad_id, dtype=torch.long)
    labels = torch.full_like(ids, -100)
    for b, (p, r) in enumerate(examples):
        seq = list(p) + list(r)
        ids[b, :len(seq)] = torch.tensor(seq)
        if r:
            labels[b, len(p):len(seq)] = torch.tensor(list(r), dtype=torch.long)
    return {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels}
