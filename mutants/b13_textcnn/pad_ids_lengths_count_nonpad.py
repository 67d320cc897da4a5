# replaces: pad_ids
# target: test_pad_ids
# why: counts lengths as the non-pad entries, wrong when a real token equals pad_id
def pad_ids(seqs, pad_id=0, min_len=1):
    T = max(min_len, max((len(s) for s in seqs), default=0))
    ids = torch.full((len(seqs), T), pad_id, dtype=torch.int64)
    for i, s in enumerate(seqs):
        if len(s):
            ids[i, : len(s)] = torch.tensor(s, dtype=torch.int64)
    return ids, (ids != pad_id).sum(dim=1)
