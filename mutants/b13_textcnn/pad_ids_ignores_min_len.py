# replaces: pad_ids
# target: test_pad_ids
# why: pads to the longest sequence only; min_len is ignored
def pad_ids(seqs, pad_id=0, min_len=1):
    T = max((len(s) for s in seqs), default=0)
    ids = torch.full((len(seqs), T), pad_id, dtype=torch.int64)
    for i, s in enumerate(seqs):
        if len(s):
            ids[i, : len(s)] = torch.tensor(s, dtype=torch.int64)
    return ids, torch.tensor([len(s) for s in seqs], dtype=torch.int64)
