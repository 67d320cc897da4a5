# replaces: pad_and_sort
# target: test_pad_and_sort
# why: sorted on (length, index) with reverse=True, so equal lengths come in reverse original order
def pad_and_sort(seqs, pad_id=0):
    order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), i), reverse=True)
    lengths = torch.tensor([len(seqs[i]) for i in order], dtype=torch.long)
    padded = torch.full((int(lengths.max()), len(seqs)), pad_id, dtype=torch.long)
    for k, i in enumerate(order):
        padded[: len(seqs[i]), k] = torch.tensor(seqs[i], dtype=torch.long)
    return padded, lengths, torch.tensor(order, dtype=torch.long)
