# replaces: pad_ids
# target: test_pad_ids
# why: fills with 0 whatever pad_id is
def pad_ids(seqs, pad_id=0, min_len=1):
    T = max(min_len, max((len(s) for s in seqs), default=0))
    ids = torch.zeros((len(seqs), T), dtype=torch.int64)
    for i, s in enumerate(seqs):
        if len(s):
            ids[i, : len(s)] = torch.tensor(s, dtype=torch.int64)
    return ids, torch.tensor([len(s) for s in seqs], dtype=torch.int64)
