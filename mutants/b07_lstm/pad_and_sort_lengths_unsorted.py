# replaces: pad_and_sort
# target: test_pad_and_sort
# why: the columns are sorted but lengths are left in the original order
def pad_and_sort(seqs, pad_id=0):
    order = sorted(range(len(seqs)), key=lambda i: -len(seqs[i]))
    lengths = torch.tensor([len(s) for s in seqs], dtype=torch.long)
    padded = torch.full((int(lengths.max()), len(seqs)), pad_id, dtype=torch.long)
    for k, i in enumerate(order):
        padded[: len(seqs[i]), k] = torch.tensor(seqs[i], dtype=torch.long)
    return padded, lengths, torch.tensor(order, dtype=torch.long)
