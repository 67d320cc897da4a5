# replaces: expand_beams
# target: test_expand_beams
# why: ties broken toward the larger flat index (sorts ascending, then reverses)
def expand_beams(beam_scores, log_probs, n_keep):
    n, vocab = log_probs.shape
    if n_keep < 1 or n_keep > n * vocab:
        raise ValueError(n_keep)
    total = (beam_scores[:, None] + log_probs).reshape(-1)
    order = torch.sort(total, stable=True).indices.flip(0)[:n_keep]
    return total[order], order // vocab, order % vocab
