# replaces: pad_and_sort
# target: test_pad_and_sort
# why: padding put on the left (as in the previous chapter) instead of the right
def pad_and_sort(seqs, pad_id=0):
    order = sorted(range(len(seqs)), key=lambda i: -len(seqs[i]))
    lengths = torch.tensor([len(seqs[i]) for i in order], dtype=torch.long)
    T = int(lengths.max())
    padded = torch.full((T, len(seqs)), pad_id, dtype=torch.long)
    for k, i in enumerate(order):
        padded[T - len(seqs[i]):, k] = torch.tensor(seqs[i], dtype=torch.long)
    return padded, lengths, torch.tensor(order, dtype=torch.long)
