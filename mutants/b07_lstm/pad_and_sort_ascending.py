# replaces: pad_and_sort
# target: test_pad_and_sort
# why: sorted by increasing length (pack_padded_sequence needs decreasing)
def pad_and_sort(seqs, pad_id=0):
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    lengths = torch.tensor([len(seqs[i]) for i in order], dtype=torch.long)
    padded = torch.full((int(lengths.max()), len(seqs)), pad_id, dtype=torch.long)
    for k, i in enumerate(order):
        padded[: len(seqs[i]), k] = torch.tensor(seqs[i], dtype=torch.long)
    return padded, lengths, torch.tensor(order, dtype=torch.long)
