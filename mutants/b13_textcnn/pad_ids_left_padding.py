# replaces: pad_ids
# target: test_pad_ids
# why: pads on the left (the RNN habit of b06), so real tokens end up at the end of the row
def pad_ids(seqs, pad_id=0, min_len=1):
    T = max(min_len, max((len(s) for s in seqs), default=0))
    ids = torch.full((len(seqs), T), pad_id, dtype=torch.int64)
    for i, s in enumerate(seqs):
        if len(s):
            ids[i, T - len(s):] = torch.tensor(s, dtype=torch.int64)
    return ids, torch.tensor([len(s) for s in seqs], dtype=torch.int64)
